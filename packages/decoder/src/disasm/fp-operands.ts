/** Operand spellings shared by the FP, AdvSIMD, SVE and SME formatters, exactly as LLVM prints them. */

/** Scalar FP register letter by ftype (00 single, 01 double, 10 unused, 11 half). */
const FTYPE_LETTER = ["s", "d", "?", "h"] as const;

/** Scalar SIMD&FP register letter by element size (0 byte .. 4 quad). */
export const SIZE_LETTER = ["b", "h", "s", "d", "q"] as const;

/** The scalar FP register `s3`/`d3`/`h3` of an ftype. */
export function fpr(ftype: number, n: number): string {
  return `${FTYPE_LETTER[ftype & 3]}${n}`;
}

/** The scalar SIMD&FP register `b3`..`q3` of an element size 0..4. */
export function sreg(size: number, n: number): string {
  return `${SIZE_LETTER[size]}${n}`;
}

/** The mnemonic of an encoding name: the lower-cased text before the first underscore. */
export function mnemonicOf(name: string): string {
  const cut = name.indexOf("_");
  return (cut < 0 ? name : name.slice(0, cut)).toLowerCase();
}

/** The value of an 8-bit FP immediate abcdefgh: (-1)^a * (16 + efgh) / 16 * 2^e with e from bcd. */
export function fpImmValue(imm8: number): number {
  const sign = (imm8 >>> 7) & 1 ? -1 : 1;
  const b = (imm8 >>> 6) & 1;
  const cd = (imm8 >>> 4) & 3;
  const exponent = b ? cd - 3 : cd + 1;
  return (sign * (16 + (imm8 & 15)) * 2 ** exponent) / 16;
}

/** An FP immediate operand as LLVM prints it: `#-1.25000000`. */
export function fpImm(imm8: number): string {
  return `#${fpImmValue(imm8).toFixed(8)}`;
}

/** The low `width` bits of `word` from `lsb`. */
export function bitsOf(word: number, lsb: number, width: number): number {
  return (word >>> lsb) & ((1 << width) - 1);
}
