export { FeatureListSyntaxError, SysregError, UnknownFeatureError } from "./errors";
export { FeatureSet, parseFeatureChanges } from "./features/feature-set";
export { ARCH_VERSIONS, FEATURE_NAMES } from "./features/features.generated";
export {
  FEATURE_COUNT,
  type FeatureName,
  featureIndex,
  isFeatureName,
  parseFeatureName,
  suggestFeature,
} from "./features/names";
