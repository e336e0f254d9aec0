/** System register spellings for MRS/MSR/MRRS/MSRR, from the @a64vm/sysreg catalogue (LLVM's names). */
import { encodingKey, formatGenericName, type SysRegEncoding, sysRegsAtKey } from "@a64vm/sysreg";

/**
 * The name LLVM prints for a register operand: the catalogue name that can be read (MRS) or written
 * (MSR) at that encoding, otherwise the generic `S3_3_C4_C4_2` spelling.
 */
export function sysRegName(e: SysRegEncoding, direction: "read" | "write"): string {
  for (const reg of sysRegsAtKey(encodingKey(e))) {
    if (direction === "read" ? reg.readable : reg.writable) return llvmCase(reg.name);
  }
  return formatGenericName(e);
}

/** The catalogue spells names in upper case; LLVM keeps mixed case for these two families. */
function llvmCase(name: string): string {
  const key = /^AP(IA|IB|DA|DB|GA)KEY(HI|LO)_EL1$/.exec(name);
  if (key !== null) return `AP${key[1]}Key${key[2] === "HI" ? "Hi" : "Lo"}_EL1`;
  const banked = /^SPSR_(IRQ|ABT|UND|FIQ)$/.exec(name);
  if (banked !== null) return `SPSR_${banked[1]!.toLowerCase()}`;
  return name;
}
