// Fine-grained trap groups: which FGT register traps a read, a write or an instruction.
import type { ControlRegister } from "./controls";

export const FGT_GROUPS = ["HFG", "HFGI", "HDFG", "HAFG", "HFG2", "HFGI2", "HDFG2"] as const;
export type FgtGroup = (typeof FGT_GROUPS)[number];

/** The register that traps reads and the one that traps writes, per group (null: not trapped). */
export const FGT_GROUP_REGISTERS: Readonly<
  Record<FgtGroup, { readonly read: ControlRegister | null; readonly write: ControlRegister | null }>
> = {
  HFG: { read: "HFGRTR_EL2", write: "HFGWTR_EL2" },
  HFGI: { read: "HFGITR_EL2", write: "HFGITR_EL2" },
  HDFG: { read: "HDFGRTR_EL2", write: "HDFGWTR_EL2" },
  // Activity monitors have a read trap register only.
  HAFG: { read: "HAFGRTR_EL2", write: null },
  HFG2: { read: "HFGRTR2_EL2", write: "HFGWTR2_EL2" },
  HFGI2: { read: "HFGITR2_EL2", write: "HFGITR2_EL2" },
  HDFG2: { read: "HDFGRTR2_EL2", write: "HDFGWTR2_EL2" },
};
