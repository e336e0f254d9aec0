import type { FeatureDefinition } from "./expr";

/**
 * Features of Armv9.7-A (Arm's 2025 extensions) that the Features.json release this package is
 * generated from predates, named as Arm names them. LLVM 22 decodes their instructions, so the
 * decoder tags those with these names. None has an ID register rule here (no field is cited), so
 * `featuresOf` never finds one and every VM UNDEFs their instructions.
 */
export const LATER_FEATURE_NAMES = [
  "FEAT_F16F32DOT",
  "FEAT_F16F32MM",
  "FEAT_F16MM",
  "FEAT_LSCP",
  "FEAT_MOPS_GO",
  "FEAT_SME2p3",
  "FEAT_SVE2p3",
  "FEAT_SVE_B16MM",
  "FEAT_TEV",
] as const;

export type LaterFeatureName = (typeof LATER_FEATURE_NAMES)[number];

/** A later feature: its requirements as Features.json would state them, plus where it comes from. */
export interface LaterFeatureDefinition extends FeatureDefinition {
  /** The architecture version that introduces it (after the last of ARCH_VERSIONS, so not evaluated). */
  readonly version: "v9Ap7";
  /** LLVM's `-mattr` name for the instructions it adds. */
  readonly llvmName: string;
}

function later(llvmName: string, requires: readonly string[]): LaterFeatureDefinition {
  return { version: "v9Ap7", llvmName, requires, constraints: [], idRules: [] };
}

/** Requirements: the features LLVM 22 implies when each is enabled (its `-mattr` dependencies). */
export const LATER_FEATURE_DEFINITIONS: Readonly<Record<LaterFeatureName, LaterFeatureDefinition>> = {
  FEAT_F16F32DOT: later("f16f32dot", ["FEAT_FP16"]),
  FEAT_F16F32MM: later("f16f32mm", ["FEAT_FP16"]),
  FEAT_F16MM: later("f16mm", ["FEAT_FP16"]),
  FEAT_LSCP: later("lscp", []),
  FEAT_MOPS_GO: later("mops-go", ["FEAT_MOPS", "FEAT_MTE2"]),
  FEAT_SME2p3: later("sme2p3", ["FEAT_SME2p2"]),
  FEAT_SVE2p3: later("sve2p3", ["FEAT_SVE2p2"]),
  FEAT_SVE_B16MM: later("sve-b16mm", ["FEAT_SVE"]),
  FEAT_TEV: later("tev", []),
};
