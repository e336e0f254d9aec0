/**
 * host/set-id-regs, after KVM's set_id_regs selftest: for every writable field of every ID register,
 * a safe value is accepted and reads back, an unsafe one is refused (EINVAL) and changes nothing;
 * safe writes are what the guest then reads; after the first run a change is refused (EBUSY) while
 * an identical write succeeds; a system reset (guest reloaded, vCPU re-entered) keeps the values.
 */
import { InvalidRegisterValueError, sysRegId, type Vcpu, VmBusyError, VmIdRegisters } from "@a64vm/hypervisor";
import {
  encodingFromKey,
  fieldSafety,
  idRegisterLayout,
  type RegisterField,
  readField,
  writeField,
} from "@a64vm/sysreg";
import { abnormalEnd, GUEST_BUDGET, guestImage, loadGuest } from "../guest/run";
import { FULL } from "../guest/variations";
import { type CaseSpec, type ConformanceTest, failed, passed } from "../model";
import { randomSource } from "../random";
import { IDREGS_GUEST_REGISTERS } from "./guest-idregs";

interface FieldWrite {
  readonly register: string;
  readonly id: bigint;
  readonly field: RegisterField;
  /** A value KVM's rules accept in place of the host's, or null when the field has no other safe value. */
  readonly safe: bigint | null;
  /** A value the rules refuse, or null when every value of the field is safe. */
  readonly unsafe: bigint | null;
}

/** Raw field values as numbers in the field's own order (signed fields: 0xF is -1). */
function candidates(register: string, field: RegisterField, current: bigint): Pick<FieldWrite, "safe" | "unsafe"> {
  const { rule, signed, safeValue } = fieldSafety(register, field.name);
  const width = field.msb - field.lsb + 1;
  const max = (1n << BigInt(width)) - 1n;
  const toNumber = (raw: bigint) => (signed && raw > max >> 1n ? raw - (max + 1n) : raw);
  const toRaw = (n: bigint) => (n < 0n ? n + max + 1n : n);
  const low = signed ? -((max + 1n) >> 1n) : 0n;
  const high = signed ? max >> 1n : max;
  const host = toNumber(current);
  const below = host > low ? toRaw(host - 1n) : null;
  const above = host < high ? toRaw(host + 1n) : null;
  switch (rule) {
    case "lower":
      return { safe: below, unsafe: above };
    case "higher":
      return { safe: above, unsafe: below };
    case "higherOrZero":
      return { safe: current !== 0n ? 0n : above, unsafe: host > 1n ? toRaw(host - 1n) : null };
    case "exact": {
      const safe = BigInt(safeValue) !== current ? BigInt(safeValue) : null;
      let unsafe: bigint | null = null;
      for (let v = 0n; v <= max && unsafe === null; v++) if (v !== current && v !== BigInt(safeValue)) unsafe = v;
      return { safe, unsafe };
    }
    default:
      return { safe: current ^ 1n, unsafe: null };
  }
}

/** Every field that lies wholly inside its register's writable mask, with its candidate values. */
function writableFields(vcpu: Vcpu): FieldWrite[] {
  const registers = vcpu.vm.idRegisters;
  const writes: FieldWrite[] = [];
  for (const [key, mask] of registers.writableMasks()) {
    const register = VmIdRegisters.nameOf(key);
    if (mask === 0n || register === undefined) continue;
    const current = registers.get(key);
    for (const field of idRegisterLayout(register).fields) {
      const bits = ((1n << BigInt(field.msb - field.lsb + 1)) - 1n) << BigInt(field.lsb);
      if ((bits & mask) !== bits) continue;
      const id = sysRegId(encodingFromKey(key));
      writes.push({ register, id, field, ...candidates(register, field, readField(current, field)) });
    }
  }
  return writes;
}

const hex = (v: bigint) => `0x${v.toString(16)}`;

/** Safe accepted and read back, unsafe refused and unchanged; the register is left as it was. */
function checkField(vcpu: Vcpu, w: FieldWrite): string | null {
  const before = vcpu.getOneReg(w.id);
  const label = `${w.register}.${w.field.name}`;
  if (w.safe !== null) {
    const value = writeField(before, w.field, w.safe);
    try {
      vcpu.setOneReg(w.id, value);
    } catch (error) {
      return `${label} = ${hex(w.safe)} (safe below host ${hex(readField(before, w.field))}) refused: ${(error as Error).message}`;
    }
    if (vcpu.getOneReg(w.id) !== value)
      return `${label} = ${hex(w.safe)} accepted but reads ${hex(vcpu.getOneReg(w.id))}`;
    vcpu.setOneReg(w.id, before);
  }
  if (w.unsafe !== null) {
    try {
      vcpu.setOneReg(w.id, writeField(before, w.field, w.unsafe));
      return `${label} = ${hex(w.unsafe)} (unsafe) accepted`;
    } catch (error) {
      if (!(error instanceof InvalidRegisterValueError)) return `${label} unsafe write: untyped error ${String(error)}`;
    }
    if (vcpu.getOneReg(w.id) !== before) return `${label}: a refused write changed the register`;
  }
  return null;
}

/** What the idregs guest prints for a register on vCPU 0 of this VM. */
function guestLine(vcpu: Vcpu, register: string): string {
  const value = vcpu.getOneReg(sysRegId(encodingFromKey(VmIdRegisters.keyOf(register)!)));
  return `${register.padEnd(18)} 0x${value.toString(16).padStart(16, "0")}`;
}

export const hostSetIdRegs: ConformanceTest = {
  id: "host/set-id-regs",
  title: "every writable ID field: safe accepted and seen by the guest, unsafe refused, locked after the first run",
  variations: () => [FULL],
  run(spec: CaseSpec) {
    const { machine, output } = loadGuest("idregs", spec.host, spec.features);
    const vcpu = machine.vm.vcpus[0]!;
    const fields = writableFields(vcpu);
    if (fields.length === 0) return failed("no writable ID field");
    for (const w of fields) {
      const problem = checkField(vcpu, w);
      if (problem !== null) return failed(problem);
    }
    // A few safe writes the guest prints, chosen by the seed, applied together.
    const random = randomSource(spec.seed);
    // The guest must still run: it is an AArch64 EL1 program, so EL0/EL1 stay AArch64 (checkField above
    // still shows KVM's rules accept those writes).
    const printed = fields.filter(
      (w) =>
        w.safe !== null &&
        IDREGS_GUEST_REGISTERS.includes(w.register) &&
        !(w.register === "ID_AA64PFR0_EL1" && (w.field.name === "EL0" || w.field.name === "EL1") && w.safe === 0n),
    );
    const written = new Map<string, bigint>();
    for (let i = 0; i < 4 && printed.length > 0; i++) {
      const w = printed.splice(Math.floor(random() * printed.length), 1)[0]!;
      const value = writeField(vcpu.getOneReg(w.id), w.field, w.safe!);
      try {
        vcpu.setOneReg(w.id, value);
        written.set(w.register, value);
      } catch (error) {
        if (!(error instanceof InvalidRegisterValueError)) throw error;
      }
    }
    const expected = IDREGS_GUEST_REGISTERS.filter((r) => r !== "MPIDR_EL1").map((r) => guestLine(vcpu, r));
    const first = machine.run(GUEST_BUDGET);
    const abnormal = abnormalEnd(first);
    if (abnormal !== null) return failed(abnormal, undefined, output());
    const seen = output()
      .split("\n")
      .filter((l) => l !== "" && !l.startsWith("MPIDR_EL1"));
    if (seen.join("\n") !== expected.join("\n")) {
      return failed("the guest does not read the written values", expected.join("\n"), seen.join("\n"));
    }
    for (const [register, value] of written) {
      const id = sysRegId(encodingFromKey(VmIdRegisters.keyOf(register)!));
      vcpu.setOneReg(id, value); // identical: still fine after the first run
      const w = fields.find((f) => f.register === register)!;
      try {
        vcpu.setOneReg(id, value ^ (1n << BigInt(w.field.lsb)));
        return failed(`${register}: a changing write after the first run was accepted`);
      } catch (error) {
        if (!(error instanceof VmBusyError))
          return failed(`${register}: after the first run: ${String(error)}, not EBUSY`);
      }
      if (vcpu.getOneReg(id) !== value) return failed(`${register}: a refused write after the first run changed it`);
    }
    // System reset: the VMM reloads the image and re-enters vCPU 0; the written values stay.
    const before = output();
    machine.load(guestImage("idregs"));
    const second = machine.run(GUEST_BUDGET);
    const again = output().slice(before.length);
    if (abnormalEnd(second) !== null || again !== before) {
      return failed("after a reset the guest reads other values", before, again);
    }
    return passed;
  },
};
