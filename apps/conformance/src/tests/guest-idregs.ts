/** guest/idregs: the ID registers a guest reads are the VM's, field by field, under any restriction. */
import { VmIdRegisters } from "@a64vm/hypervisor";
import { ID_REGISTER_ENCODINGS } from "@a64vm/sysreg";
import { guestTest } from "../guest/differential";
import { FULL, randomRestrictions } from "../guest/variations";

/**
 * The registers the idregs guest prints, in its order (apps/conformance/guests/src/idregs.c): the
 * identification registers, every allocated register of op0=3, op1=0, CRn=0, CRm 1-7, then four more.
 */
export const IDREGS_GUEST_REGISTERS: readonly string[] = [
  "MIDR_EL1",
  "MPIDR_EL1",
  "REVIDR_EL1",
  ...ID_REGISTER_ENCODINGS.filter((r) => r.encoding.op1 === 0 && r.encoding.crm >= 1).map((r) => r.name),
  "AIDR_EL1",
  "CTR_EL0",
  "DCZID_EL0",
  "CLIDR_EL1",
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
