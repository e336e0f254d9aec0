/**
 * System register and SYS-alias spellings. Register names come from the @a64vm/sysreg catalogue
 * once it lands; until then every register prints in LLVM's generic `S3_3_C4_C4_2` form.
 */
import { formatGenericName, type SysRegEncoding } from "@a64vm/sysreg";

/** The name LLVM prints for a system register operand. */
export function sysRegName(e: SysRegEncoding): string {
  return formatGenericName(e);
}

/** A SYS alias (AT, DC, IC, TLBI ...): its text and whether it takes a register. */
export interface SysAlias {
  readonly text: string;
  readonly operand: "register" | "none";
}

/** The alias LLVM prints for SYS #op1, Cn, Cm, #op2, or null for the generic form. */
export function sysAlias(_op1: number, _crn: number, _crm: number, _op2: number): SysAlias | null {
  return null;
}
