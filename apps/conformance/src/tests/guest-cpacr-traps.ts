/**
 * guest/cpacr-traps: with the guest's own CPACR_EL1.FPEN/ZEN/SMEN clear, an FP instruction and the
 * FP-, SVE- and SME-controlled registers trap to EL1 with the architectural exception class of their
 * trap class (0x07, 0x19, 0x1D); a register whose feature the VM lacks UNDEFs (0x00) instead.
 */
import { FP_TRAP_CONTROL_BY_CLASS, type FpTrapClass } from "@a64vm/fpstate";
import { lookupSysReg } from "@a64vm/sysreg";
import { guestTest } from "../guest/differential";
import { FULL, hiding } from "../guest/variations";

/** What the guest probes, in its order, with the CPACR_EL1 enable that controls each. */
const PROBES: readonly { label: string; register: string | null; trap: FpTrapClass }[] = [
  { label: "FMOV d0, x0", register: null, trap: "fp" },
  { label: "MRS FPMR", register: "FPMR", trap: "fp" },
  { label: "MRS ZCR_EL1", register: "ZCR_EL1", trap: "sve" },
  { label: "MRS SMCR_EL1", register: "SMCR_EL1", trap: "sme" },
  { label: "MRS SVCR", register: "SVCR", trap: "sme" },
];

const hex2 = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;

export const guestCpacrTraps = guestTest({
  id: "guest/cpacr-traps",
  title: "accesses disabled by the guest's CPACR_EL1 trap with EC 0x07/0x19/0x1D, hidden ones UNDEF",
  guest: "cpacr-traps",
  variations: (context) => [FULL, ...hiding(context, ["FEAT_FPMR", "FEAT_SVE", "FEAT_SME"])],
  expected: (machine) =>
    PROBES.map(({ label, register, trap }) => {
      const present = register === null || lookupSysReg(register).features.every((f) => machine.vm.features.has(f));
      return `${label.padEnd(14)} EC ${hex2(present ? FP_TRAP_CONTROL_BY_CLASS[trap].exceptionClass : 0)}\n`;
    }).join(""),
});
