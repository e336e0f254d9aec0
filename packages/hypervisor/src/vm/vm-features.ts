/**
 * The feature set the rest of the stack sees for a VM: what its ID registers advertise, limited
 * to what the host has, closed under dependencies (hiding FEAT_FPMR hides FEAT_FP8 even when
 * ID_AA64FPFR0_EL1 still reads non-zero).
 */
import { type FeatureName, FeatureSet, featuresOf, type IdRegisterValues, withoutFeature } from "@a64vm/sysreg";

export interface VmFeatureSet {
  readonly features: FeatureSet;
  /** Host features the VM does not have, each with the features that went with it. */
  readonly hidden: ReadonlyMap<FeatureName, readonly FeatureName[]>;
}

export function vmFeatureSet(hostFeatures: FeatureSet, idRegisters: IdRegisterValues): VmFeatureSet {
  const advertised = featuresOf(idRegisters).intersect(hostFeatures);
  let features = advertised;
  const hidden = new Map<FeatureName, readonly FeatureName[]>();
  for (const missing of hostFeatures.difference(advertised)) {
    // Remove what depends on the missing feature even when the ID registers still advertise it.
    const { set, removed } = withoutFeature(features.union(FeatureSet.of(missing)), missing);
    features = set;
    hidden.set(
      missing,
      removed.filter((f) => f !== missing),
    );
  }
  return { features, hidden };
}

/** Features in `wanted` the host lacks; a VM can never have them. */
export function missingOnHost(hostFeatures: FeatureSet, wanted: FeatureSet): FeatureName[] {
  return wanted.difference(hostFeatures).names();
}

export { FeatureSet };
