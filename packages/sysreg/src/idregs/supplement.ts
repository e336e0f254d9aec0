import type { IdFieldRule } from "../features/expr";

const ge = (field: string, n: number) => [">=", ["UInt", field], n] as const;
const iff = (subject: string, condition: IdFieldRule["condition"]): IdFieldRule => ({
  kind: "iff",
  guard: true,
  subject,
  condition,
});

/**
 * Advertising rules that Features.json leaves to prose: the Exception-level features from
 * ID_AA64PFR0_EL1.EL0..EL3 (1: AArch64 only, 2: AArch64 and AArch32; Arm ARM D23.2 "ID_AA64PFR0_EL1"),
 * the EL and execution-state summaries that follow from them, and FEAT_PAuth, which is implemented
 * exactly when one of its algorithms is (Arm ARM A2.2 "FEAT_PAuth").
 */
export const SUPPLEMENTARY_RULES: Readonly<Record<string, readonly IdFieldRule[]>> = {
  FEAT_AA64EL0: [iff("FEAT_AA64EL0", ge("ID_AA64PFR0_EL1.EL0", 1))],
  FEAT_AA32EL0: [iff("FEAT_AA32EL0", ge("ID_AA64PFR0_EL1.EL0", 2))],
  FEAT_AA64EL1: [iff("FEAT_AA64EL1", ge("ID_AA64PFR0_EL1.EL1", 1))],
  FEAT_AA32EL1: [iff("FEAT_AA32EL1", ge("ID_AA64PFR0_EL1.EL1", 2))],
  FEAT_AA64EL2: [iff("FEAT_AA64EL2", ge("ID_AA64PFR0_EL1.EL2", 1))],
  FEAT_AA32EL2: [iff("FEAT_AA32EL2", ge("ID_AA64PFR0_EL1.EL2", 2))],
  FEAT_AA64EL3: [iff("FEAT_AA64EL3", ge("ID_AA64PFR0_EL1.EL3", 1))],
  FEAT_AA32EL3: [iff("FEAT_AA32EL3", ge("ID_AA64PFR0_EL1.EL3", 2))],
  FEAT_EL0: [iff("FEAT_EL0", ["||", "FEAT_AA64EL0", "FEAT_AA32EL0"])],
  FEAT_EL1: [iff("FEAT_EL1", ["||", "FEAT_AA64EL1", "FEAT_AA32EL1"])],
  FEAT_EL2: [iff("FEAT_EL2", ["||", "FEAT_AA64EL2", "FEAT_AA32EL2"])],
  FEAT_EL3: [iff("FEAT_EL3", ["||", "FEAT_AA64EL3", "FEAT_AA32EL3"])],
  FEAT_AA64: [iff("FEAT_AA64", ["||", ["||", "FEAT_AA64EL0", "FEAT_AA64EL1"], ["||", "FEAT_AA64EL2", "FEAT_AA64EL3"]])],
  FEAT_AA32: [iff("FEAT_AA32", "FEAT_AA32EL0")],
  FEAT_PAuth: [iff("FEAT_PAuth", ["||", ["||", "FEAT_PACQARMA5", "FEAT_PACIMP"], "FEAT_PACQARMA3"])],
};
