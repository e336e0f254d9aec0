// The feature model over ID registers lives with the ID registers; it is part of the features API.
export { idRegistersFor } from "../idregs/advertise";
export { discoverableFeatures, type FeatureCondition, featureCondition, featuresOf } from "../idregs/discovery";
export { withoutFeature } from "./dependencies";
export type {
  ArchVersionDefinition,
  BinaryOperator,
  FeatureDefinition,
  FeatureExpr,
  FieldFunction,
  FieldReference,
  IdFieldRule,
} from "./expr";
export { FeatureSet, parseFeatureChanges } from "./feature-set";
export {
  ARCH_VERSION_DEFINITIONS,
  ARCH_VERSIONS,
  FEATURE_DEFINITIONS,
  FEATURE_NAMES,
  GLOBAL_CONSTRAINTS,
} from "./features.generated";
export { describeExpr, formatExpr } from "./format";
export {
  LATER_FEATURE_DEFINITIONS,
  LATER_FEATURE_NAMES,
  type LaterFeatureDefinition,
  type LaterFeatureName,
} from "./later-features";
export {
  FEATURE_COUNT,
  type FeatureName,
  featureDefinition,
  featureIndex,
  isFeatureName,
  KNOWN_FEATURE_NAMES,
  parseFeatureName,
  suggestFeature,
} from "./names";
export { type ConstraintViolation, type ValidateOptions, validate } from "./validate";
export {
  type ArchVersion,
  featuresMandatedBy,
  includedVersions,
  minimumArchVersion,
  parseArchVersion,
  requiredVersions,
  UnknownArchVersionError,
  versionIncludes,
} from "./versions";
