/** Validity rules that fixed bits cannot express, shared by the encoding files. */

/** True when N:immr:imms of a logical-immediate word is a valid bitmask for its register size. */
export function validBitmask(word: number): boolean {
  const sf = (word >>> 31) & 1;
  const n = (word >>> 22) & 1;
  const imms = (word >>> 10) & 0x3f;
  if (sf === 0 && n === 1) return false;
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return false;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return false;
  const levels = (1 << len) - 1;
  return (imms & levels) !== levels;
}

/** SBFM/BFM/UBFM and EXTR: N must equal sf, and 32-bit forms keep immr/imms below 32. */
export function validBitfield(word: number): boolean {
  const sf = (word >>> 31) & 1;
  const n = (word >>> 22) & 1;
  if (n !== sf) return false;
  if (sf === 1) return true;
  return ((word >>> 21) & 1) === 0 && ((word >>> 15) & 1) === 0;
}

/** EXTR: N must equal sf, and the 32-bit form keeps imms below 32. */
export function validExtract(word: number): boolean {
  const sf = (word >>> 31) & 1;
  const n = (word >>> 22) & 1;
  return n === sf && (sf === 1 || ((word >>> 15) & 1) === 0);
}

/** Field helper for guards: bits [lsb, lsb+width) of a word. */
export function bits(word: number, lsb: number, width: number): number {
  return (word >>> lsb) & ((1 << width) - 1);
}
