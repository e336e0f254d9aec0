import { FeatureSet } from "@a64vm/sysreg";
import { InconsistentFeaturesError } from "./errors";
import { kindsOf } from "./fp-register-set";
import type { FpLayout } from "./layout";
import type { VectorLengthSet } from "./vector-length";

/** What a host CPU implements for FP state: its features and the vector lengths it can run. */
export interface FpHostCapabilities {
  readonly features: FeatureSet;
  /** SVE vector lengths the host supports (empty without FEAT_SVE). */
  readonly sveLengths: VectorLengthSet;
  /** SME streaming vector lengths the host supports (empty without FEAT_SME). */
  readonly smeLengths: VectorLengthSet;
}

/** What a VM asks for: its advertised features and, optionally, maximum vector lengths. */
export interface FpVmConfig {
  readonly features: FeatureSet;
  /** The VM's maximum SVE vector length; defaults to the host's maximum. */
  readonly vl?: number;
  /** The VM's maximum SME streaming vector length; defaults to the host's maximum. */
  readonly svl?: number;
}

/** FP-relevant features: the union of what any kind's feature rule looks at. */
export const FP_FEATURES: FeatureSet = FeatureSet.of("FP", "AdvSIMD", "SVE", "SME", "SME2", "SME_FA64", "FPMR");

/** The layout of the host's own FP state (its full vector lengths). */
export function hostLayout(host: FpHostCapabilities): FpLayout {
  const layout: FpLayout = {
    features: host.features,
    vl: host.features.has("FEAT_SVE") ? host.sveLengths.chooseVmMaximum("host SVE vector length") : 0,
    svl: host.features.has("FEAT_SME") ? host.smeLengths.chooseVmMaximum("host SME streaming vector length") : 0,
  };
  kindsOf(layout);
  return layout;
}

/**
 * The layout of a VM's FP state on this host: its features must be ones the host implements, and its
 * maximum vector lengths are chosen from the host's supported sets (so at most the host's).
 */
export function vmLayout(host: FpHostCapabilities, config: FpVmConfig): FpLayout {
  const missing = config.features.intersect(FP_FEATURES).difference(host.features);
  if (missing.size > 0)
    throw new InconsistentFeaturesError(`the VM advertises ${missing.names().join(", ")}, which the host lacks`);
  const hasSve = config.features.has("FEAT_SVE");
  const hasSme = config.features.has("FEAT_SME");
  if (!hasSve && config.vl !== undefined)
    throw new InconsistentFeaturesError(`SVE vector length ${config.vl} given for a VM without FEAT_SVE`);
  if (!hasSme && config.svl !== undefined)
    throw new InconsistentFeaturesError(`SME streaming vector length ${config.svl} given for a VM without FEAT_SME`);
  const layout: FpLayout = {
    features: config.features,
    vl: hasSve ? host.sveLengths.chooseVmMaximum("SVE vector length", config.vl) : 0,
    svl: hasSme ? host.smeLengths.chooseVmMaximum("SME streaming vector length", config.svl) : 0,
  };
  kindsOf(layout);
  return layout;
}
