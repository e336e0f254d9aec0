/**
 * Base integer extensions: FEAT_LRCPC2 (the LDAPUR and STLUR families: unscaled loads and stores with
 * acquire/release ordering, which a single core observes as LDUR/STUR), FEAT_FlagM (RMIF, SETF8,
 * SETF16; CFINV runs as an MSR of PSTATE) and FEAT_CSSC (ABS, CNT, CTZ, SMAX/SMIN/UMAX/UMIN).
 */

import { OPCODES, opcodeOf } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import type { Cpu } from "../core/cpu";
import { define } from "./table";

/** The features whose every group 1-2 instruction this file completes (added to IMPLEMENTED_FEATURES). */
export const INTEGER_EXTENSION_FEATURES: readonly string[] = ["FEAT_LRCPC2", "FEAT_FlagM", "FEAT_CSSC"];

/** LDAPUR/STLUR family: size:opc as LDUR's (0 store, 1 load, 2 signed to 64, 3 signed to 32). */
export const LDAPUR = define("LDAPUR", (c, w) => {
  const x = c.x;
  const size = w >>> 30;
  const opc = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const offset = (w << 11) >> 23;
  const sum = (x[ni]! >>> 0) + offset;
  const lo = sum | 0;
  const hi = sum >= 4294967296 ? (x[ni + 1]! + 1) | 0 : sum < 0 ? (x[ni + 1]! - 1) | 0 : x[ni + 1]!;
  const t = (w & 31) << 1;
  if (opc === 0) {
    if (size === 3) c.write64(lo, hi, x[t]!, x[t + 1]!);
    else if (size === 2) c.write32(lo, hi, x[t]!);
    else if (size === 1) c.write16(lo, hi, x[t]! & 0xffff);
    else c.write8(lo, hi, x[t]! & 0xff);
    return;
  }
  let vlo: number;
  let vhi = 0;
  if (size === 3) {
    c.read64(lo, hi);
    vlo = c.rlo;
    vhi = c.rhi;
  } else if (size === 2) vlo = c.read32(lo, hi);
  else if (size === 1) vlo = c.read16(lo, hi);
  else vlo = c.read8(lo, hi);
  if (opc >= 2) {
    // Sign-extend from the access size: to 64 bits (opc 2) or to 32 bits, zero above (opc 3).
    const bits = 8 << size;
    if (bits < 32) vlo = (vlo << (32 - bits)) >> (32 - bits);
    vhi = opc === 2 ? vlo >> 31 : 0;
  }
  if (t === 62) return;
  x[t] = vlo;
  x[t + 1] = vhi;
});

/** RMIF Xn, #shift, #mask: NZCV bits under the mask from bits 3:0 of Xn rotated right by shift. */
export const RMIF = define("RMIF", (c, w) => {
  const x = c.x;
  const shift = (w >>> 15) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const lo = x[n]!;
  const hi = x[n + 1]!;
  // Bits 3:0 of ROR(Xn, shift) are bits shift+3..shift of Xn, wrapping at 64.
  let bits = 0;
  for (let i = 0; i < 4; i++) {
    const b = (shift + i) & 63;
    bits |= ((b < 32 ? lo >>> b : hi >>> (b - 32)) & 1) << i;
  }
  const mask = w & 15;
  if ((mask & 8) !== 0) c.n = (bits >>> 3) & 1;
  if ((mask & 4) !== 0) c.z = (bits >>> 2) & 1;
  if ((mask & 2) !== 0) c.c = (bits >>> 1) & 1;
  if ((mask & 1) !== 0) c.vf = bits & 1;
});

/** SETF8/SETF16 Wn: N = top bit, Z = all zero, V = the bit above XOR the top bit; C unchanged. */
export const SETF = define("SETF", (c, w) => {
  const v = c.x[((w >>> 5) & 31) << 1]!;
  const top = ((w >>> 14) & 1) === 1 ? 15 : 7;
  c.n = (v >>> top) & 1;
  c.z = (v & ((2 << top) - 1)) === 0 ? 1 : 0;
  c.vf = ((v >>> (top + 1)) ^ (v >>> top)) & 1;
});

/** Xn (or Wn, zero- or sign-extended) as a BigInt. */
function operand(c: Cpu, r: number, sf: number, signed: boolean): bigint {
  const lo = c.x[r << 1]!;
  if (sf === 0) return BigInt(signed ? lo : lo >>> 0);
  const v = (BigInt(c.x[(r << 1) + 1]! >>> 0) << 32n) | BigInt(lo >>> 0);
  return signed ? BigInt.asIntN(64, v) : v;
}

function writeResult(c: Cpu, d: number, sf: number, v: bigint): void {
  if (d === 31) return;
  const u = BigInt.asUintN(sf === 1 ? 64 : 32, v);
  c.x[d << 1] = Number(BigInt.asIntN(32, u));
  c.x[(d << 1) + 1] = sf === 1 ? Number(BigInt.asIntN(32, u >> 32n)) : 0;
}

/** CSSC ABS/CNT/CTZ: the absolute value (wrapping at the minimum), the population count, trailing zeros. */
export const CSSC_UNARY = define("CSSC_UNARY", (c, w) => {
  const sf = w >>> 31;
  const op = (w >>> 10) & 63;
  const a = operand(c, (w >>> 5) & 31, sf, op === 8);
  const width = sf === 1 ? 64 : 32;
  let r: bigint;
  if (op === 8) r = a < 0n ? -a : a;
  else {
    const bits = BigInt.asUintN(width, a);
    let count = 0;
    if (op === 7) for (let i = 0; i < width; i++) count += Number((bits >> BigInt(i)) & 1n);
    else while (count < width && ((bits >> BigInt(count)) & 1n) === 0n) count++;
    r = BigInt(count);
  }
  writeResult(c, w & 31, sf, r);
});

/** CSSC SMAX/UMAX/SMIN/UMIN, immediate (imm8, signed for S) and register forms. */
export const CSSC_MINMAX = define("CSSC_MINMAX", (c, w) => {
  const sf = w >>> 31;
  // Immediate: bits 28:22 = 1000111; register: bits 28:21 = 11010110.
  const immediate = ((w >>> 27) & 1) === 0;
  // opc: bit 0 unsigned, bit 1 minimum (immediate: bits 19:18; register: bits 11:10).
  const opc = immediate ? (w >>> 18) & 3 : (w >>> 10) & 3;
  const signed = (opc & 1) === 0;
  const a = operand(c, (w >>> 5) & 31, sf, signed);
  const imm8 = (w >>> 10) & 0xff;
  const b = immediate ? BigInt(signed ? (imm8 << 24) >> 24 : imm8) : operand(c, (w >>> 16) & 31, sf, signed);
  const min = (opc & 2) !== 0;
  writeResult(c, w & 31, sf, min ? (a < b ? a : b) : a > b ? a : b);
});

const BY_NAME = new Map<string, number>([
  ["STLURB", LDAPUR],
  ["LDAPURB", LDAPUR],
  ["LDAPURSB", LDAPUR],
  ["STLURH", LDAPUR],
  ["LDAPURH", LDAPUR],
  ["LDAPURSH", LDAPUR],
  ["STLUR", LDAPUR],
  ["LDAPUR", LDAPUR],
  ["LDAPURSW", LDAPUR],
  ["RMIF", RMIF],
  ["SETF", SETF],
  ["ABS", CSSC_UNARY],
  ["CNT", CSSC_UNARY],
  ["CTZ", CSSC_UNARY],
  ["SMAX_imm", CSSC_MINMAX],
  ["UMAX_imm", CSSC_MINMAX],
  ["SMIN_imm", CSSC_MINMAX],
  ["UMIN_imm", CSSC_MINMAX],
  ["SMAX_reg", CSSC_MINMAX],
  ["UMAX_reg", CSSC_MINMAX],
  ["SMIN_reg", CSSC_MINMAX],
  ["UMIN_reg", CSSC_MINMAX],
]);

/** The handler id for a word the base decoders UNDEF, or -1 when the word is not one of this file's forms. */
export function decodeIntegerExtension(w: number, _f: FeatureSet): number {
  // The decoder's encoding table names the form (and rejects reserved size:opc combinations).
  const name = OPCODES[opcodeOf(w >>> 0)]?.name;
  return name === undefined ? -1 : (BY_NAME.get(name) ?? -1);
}
