import type { FeatureSet } from "@a64vm/sysreg";

/**
 * What shapes one set of FP registers: the features that decide which kinds of state exist, and the
 * vector lengths of those that have one (0 when absent).
 */
export interface FpLayout {
  readonly features: FeatureSet;
  /** Maximum SVE vector length in bits, or 0 without FEAT_SVE. */
  readonly vl: number;
  /** Maximum SME streaming vector length in bits, or 0 without FEAT_SME. */
  readonly svl: number;
}

/** Width of the shared V/Z bank: 128 bits for FP/SIMD alone, otherwise the longest vector length. */
export function vectorBankBits(layout: FpLayout): number {
  return Math.max(128, layout.vl, layout.svl);
}
