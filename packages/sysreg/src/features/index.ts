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
export {
  FEATURE_COUNT,
  type FeatureName,
  featureIndex,
  isFeatureName,
  parseFeatureName,
  suggestFeature,
} from "./names";
