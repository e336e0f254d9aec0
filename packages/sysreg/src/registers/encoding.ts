/** The five-field encoding of an AArch64 system register or SYS-space instruction. */
export interface SysRegEncoding {
  readonly op0: number;
  readonly op1: number;
  readonly crn: number;
  readonly crm: number;
  readonly op2: number;
}

/**
 * The packed key of an encoding, `op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2`: the index KVM uses in
 * system-register ONE_REG IDs, and the key of every O(1) lookup in a64vm (FPMR: 0xDA22).
 */
export function encodingKey(e: SysRegEncoding): number {
  return (e.op0 << 14) | (e.op1 << 11) | (e.crn << 7) | (e.crm << 3) | e.op2;
}

/** The encoding a packed key stands for. */
export function encodingFromKey(key: number): SysRegEncoding {
  return { op0: (key >>> 14) & 3, op1: (key >>> 11) & 7, crn: (key >>> 7) & 15, crm: (key >>> 3) & 15, op2: key & 7 };
}

const GENERIC = /^S([0-3])_([0-7])_C([0-9]|1[0-5])_C([0-9]|1[0-5])_([0-7])$/i;

/** Parses the generic spelling `S3_3_C4_C4_2` (any case); null when the text is not one. */
export function parseGenericName(text: string): SysRegEncoding | null {
  const m = GENERIC.exec(text.trim());
  if (m === null) return null;
  return { op0: Number(m[1]), op1: Number(m[2]), crn: Number(m[3]), crm: Number(m[4]), op2: Number(m[5]) };
}

/** The generic spelling of an encoding, as LLVM prints an unnamed register: `S3_3_C4_C4_2`. */
export function formatGenericName(e: SysRegEncoding): string {
  return `S${e.op0}_${e.op1}_C${e.crn}_C${e.crm}_${e.op2}`;
}
