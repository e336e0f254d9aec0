/**
 * A host as the hypervisor sees it: a CPU profile, the features its ID registers advertise, and
 * the facts ID registers do not carry (the SVE and SME vector lengths it runs).
 */
import { VectorLengthSet } from "@a64vm/fpstate";
import { type CpuProfile, FeatureSet, featuresOf, hostProfile } from "@a64vm/sysreg";

export interface Host {
  readonly profile: CpuProfile;
  readonly features: FeatureSet;
  readonly sveLengths: VectorLengthSet;
  readonly smeLengths: VectorLengthSet;
}

// Maximum SVE/SME vector lengths in bits, from each core's Technical Reference Manual; `max`
// supports every power of two up to 2048.
const VECTOR_BITS: Readonly<Record<string, { sve: number; sme: number }>> = {
  "neoverse-v1": { sve: 256, sme: 0 },
  a64fx: { sve: 512, sme: 0 },
  "neoverse-v2": { sve: 128, sme: 0 },
  "neoverse-n2": { sve: 128, sme: 0 },
  "cortex-a710": { sve: 128, sme: 0 },
  "fujitsu-monaka": { sve: 128, sme: 0 },
  max: { sve: 2048, sme: 2048 },
};

export function hostOf(profile: CpuProfile | string): Host {
  const p = typeof profile === "string" ? hostProfile(profile) : profile;
  const features = featuresOf(p.idRegisters);
  const bits = VECTOR_BITS[p.name] ?? { sve: 128, sme: 128 };
  return {
    profile: p,
    features,
    sveLengths: features.has("FEAT_SVE") ? VectorLengthSet.powersOfTwoUpTo(bits.sve) : VectorLengthSet.EMPTY,
    smeLengths: features.has("FEAT_SME") ? VectorLengthSet.powersOfTwoUpTo(bits.sme || 128) : VectorLengthSet.EMPTY,
  };
}

export { FeatureSet };
