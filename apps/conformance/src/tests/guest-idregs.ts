/** guest/idregs: the ID registers a guest reads are the VM's, field by field, under any restriction. */
import { VmIdRegisters } from "@a64vm/hypervisor";
import { guestTest } from "../guest/differential";
import { FULL, randomRestrictions } from "../guest/variations";

/** The registers the idregs guest prints, in its order (apps/conformance/guests/src/idregs.c). */
export const IDREGS_GUEST_REGISTERS: readonly string[] = [
  "MIDR_EL1", "MPIDR_EL1", "REVIDR_EL1",
  "ID_PFR0_EL1", "ID_PFR1_EL1", "ID_DFR0_EL1", "ID_AFR0_EL1",
  "ID_MMFR0_EL1", "ID_MMFR1_EL1", "ID_MMFR2_EL1", "ID_MMFR3_EL1",
  "ID_ISAR0_EL1", "ID_ISAR1_EL1", "ID_ISAR2_EL1", "ID_ISAR3_EL1", "ID_ISAR4_EL1", "ID_ISAR5_EL1",
  "ID_MMFR4_EL1", "ID_ISAR6_EL1", "MVFR0_EL1", "MVFR1_EL1", "MVFR2_EL1",
  "ID_PFR2_EL1", "ID_DFR1_EL1", "ID_MMFR5_EL1",
  "ID_AA64PFR0_EL1", "ID_AA64PFR1_EL1", "ID_AA64PFR2_EL1", "ID_AA64ZFR0_EL1", "ID_AA64SMFR0_EL1", "ID_AA64FPFR0_EL1",
  "ID_AA64DFR0_EL1", "ID_AA64DFR1_EL1", "ID_AA64DFR2_EL1", "ID_AA64AFR0_EL1", "ID_AA64AFR1_EL1",
  "ID_AA64ISAR0_EL1", "ID_AA64ISAR1_EL1", "ID_AA64ISAR2_EL1", "ID_AA64ISAR3_EL1",
  "ID_AA64MMFR0_EL1", "ID_AA64MMFR1_EL1", "ID_AA64MMFR2_EL1", "ID_AA64MMFR3_EL1", "ID_AA64MMFR4_EL1",
  "AIDR_EL1", "CTR_EL0", "DCZID_EL0", "CLIDR_EL1",
];

/** MPIDR_EL1 of vCPU 0: bit 31 RES1, affinity 0. */
const BOOT_MPIDR = 0x8000_0000n;

export const guestIdregs = guestTest({
  id: "guest/idregs",
  title: "the ID registers the guest reads equal what the VM advertises, field by field",
  guest: "idregs",
  variations: (context) => [FULL, ...randomRestrictions(context)],
  expected: (machine) =>
    IDREGS_GUEST_REGISTERS.map((name) => {
      const value = name === "MPIDR_EL1" ? BOOT_MPIDR : machine.vm.idRegisters.get(VmIdRegisters.keyOf(name)!);
      return `${name.padEnd(18)} 0x${value.toString(16).padStart(16, "0")}\n`;
    }).join(""),
});
