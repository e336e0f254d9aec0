export { FeatureSet, parseFeatureChanges } from "./feature-set";
export { ARCH_VERSIONS, FEATURE_NAMES } from "./features.generated";
export {
  FEATURE_COUNT,
  type FeatureName,
  featureIndex,
  isFeatureName,
  parseFeatureName,
  suggestFeature,
} from "./names";
