import { FeatureSet } from "@a64vm/sysreg";
import { type FpHostCapabilities, VectorLengthSet } from "../src/index";

/** A host with everything FP: SVE up to 512 bits, SME up to 1024 bits, SME2 with FA64, FPMR. */
export const FULL_HOST: FpHostCapabilities = {
  features: FeatureSet.of("FP", "AdvSIMD", "SVE", "SVE2", "SME", "SME2", "SME_FA64", "FPMR", "FP8"),
  sveLengths: VectorLengthSet.powersOfTwoUpTo(512),
  smeLengths: VectorLengthSet.powersOfTwoUpTo(1024),
};

/** A host whose SVE and SME reach the architectural maximum of 2048 bits at every granule. */
export const WIDEST_HOST: FpHostCapabilities = {
  features: FULL_HOST.features,
  sveLengths: VectorLengthSet.of(...Array.from({ length: 16 }, (_, k) => (k + 1) * 128)),
  smeLengths: VectorLengthSet.of(...Array.from({ length: 16 }, (_, k) => (k + 1) * 128)),
};

/** A plain Armv8.0 host: FP/AdvSIMD only. */
export const FPSIMD_HOST: FpHostCapabilities = {
  features: FeatureSet.of("FP", "AdvSIMD"),
  sveLengths: VectorLengthSet.EMPTY,
  smeLengths: VectorLengthSet.EMPTY,
};

export const FPSIMD_ONLY = FeatureSet.of("FP", "AdvSIMD");
export const WITH_SVE = FPSIMD_ONLY.with("SVE");
export const WITH_FPMR = FPSIMD_ONLY.with("FPMR");
export const EVERYTHING = FULL_HOST.features;
