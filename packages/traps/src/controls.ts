// The trap-control registers a64vm computes per VM, and the bit masks of their fields by name.
import { ALL_LAYOUTS, type RegisterLayout } from "@a64vm/sysreg";
import { UnknownControlError } from "./errors";

/** Every trap-control register, in the order of the packed control arrays (index = position). */
export const CONTROL_REGISTERS = [
  "HCR_EL2",
  "HCRX_EL2",
  "CPTR_EL2",
  "MDCR_EL2",
  "HFGRTR_EL2",
  "HFGWTR_EL2",
  "HFGITR_EL2",
  "HDFGRTR_EL2",
  "HDFGWTR_EL2",
  "HAFGRTR_EL2",
  "HFGRTR2_EL2",
  "HFGWTR2_EL2",
  "HFGITR2_EL2",
  "HDFGRTR2_EL2",
  "HDFGWTR2_EL2",
] as const;

export type ControlRegister = (typeof CONTROL_REGISTERS)[number];

/** The fine-grained trap registers (FGT and FGT2). */
export const FGT_REGISTERS: readonly ControlRegister[] = CONTROL_REGISTERS.slice(4);

/** Which HCR_EL2.E2H layout CPTR_EL2 uses. */
export type CptrLayout = "E2H=0" | "E2H=1";

export function controlIndex(register: ControlRegister): number {
  return CONTROL_REGISTERS.indexOf(register);
}

export function isControlRegister(name: string): name is ControlRegister {
  return (CONTROL_REGISTERS as readonly string[]).includes(name);
}

/** The layout of a control register (CPTR_EL2 needs the E2H variant). */
export function controlLayout(register: ControlRegister, cptr: CptrLayout = "E2H=1"): RegisterLayout {
  const found = ALL_LAYOUTS.find((l) => l.register === register && (register !== "CPTR_EL2" || l.variant === cptr));
  if (found === undefined) throw new UnknownControlError(register);
  return found;
}

/** The mask of one named field of a control register. */
export function fieldMask(register: ControlRegister, field: string, cptr: CptrLayout = "E2H=1"): bigint {
  const f = controlLayout(register, cptr).fields.find((x) => x.name === field);
  if (f === undefined) throw new UnknownControlError(`${register}.${field}`);
  return ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
}

/** True when the field exists in the register's layout. */
export function hasField(register: ControlRegister, field: string, cptr: CptrLayout = "E2H=1"): boolean {
  return controlLayout(register, cptr).fields.some((x) => x.name === field);
}

/** The bits of a layout that are fields (neither RES0 nor RES1). */
export function definedBits(layout: RegisterLayout): bigint {
  return ~(layout.res0 | layout.res1) & 0xffff_ffff_ffff_ffffn;
}
