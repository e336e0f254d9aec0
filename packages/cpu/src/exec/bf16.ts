/**
 * BFloat16 (FEAT_BF16): BFCVT/BFCVTN/BFCVTN2 (single to BF16 under FPCR), BFMLALB/BFMLALT (fused
 * single-precision multiply-add of widened BF16 elements, under FPCR), and BFDOT/BFMMLA, which
 * without FEAT_EBF16 ignore FPCR: every product and sum rounds to odd, denormals flush to zero, NaNs
 * are the default NaN and no FPSR flag is raised. Values compute as doubles (exact for single) and
 * roundFloat rounds once given the double's error sign.
 */
import type { Cpu } from "../core/cpu";
import { BFLOAT16, type FpFlags, ROUND_ODD, roundFloat, SINGLE } from "./fp-round";
import { errorSign, FPSR_IOC } from "./rounding";
import { define } from "./table";

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const IDC = 0x80;
const DEFAULT_NAN = 0x7fc00000;
/** Staged result words so Vd may alias a source. */
const R = new Uint32Array(4);

/** The FPCR-free environment of BFDOT/BFMMLA: flags land here and are dropped. */
const quiet = { fpsr: 0 };

function isNaN32(b: number): boolean {
  return (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;
}

function isSNaN32(b: number): boolean {
  return isNaN32(b) && (b & 0x400000) === 0;
}

function value32(b: number): number {
  U32[0] = b;
  return F32[0]!;
}

function bits32(v: number): number {
  F32[0] = v;
  return U32[0]!;
}

/** A single's value with FZ: a denormal reads as zero (IDC). */
function input(env: FpFlags, b: number, flush: boolean): number {
  if (flush && (b & 0x7f800000) === 0 && (b & 0x7fffff) !== 0) {
    env.fpsr |= IDC;
    return (b & 0x80000000) !== 0 ? -0 : 0;
  }
  return value32(b);
}

function nanOut(env: FpFlags, b: number, dn: boolean): number {
  if (isSNaN32(b)) env.fpsr |= FPSR_IOC;
  return dn ? DEFAULT_NAN : (b | 0x400000) >>> 0;
}

/** addend + a*b with one rounding (FPMulAdd), NaN rules in addend, a, b order. */
function mulAdd(env: FpFlags, addend: number, a: number, b: number, mode: number, flush: boolean, dn: boolean): number {
  // FPUnpack of all three operands comes first: a flushed denormal raises IDC even beside a NaN.
  const va = input(env, a, flush);
  const vb = input(env, b, flush);
  const vAddend = input(env, addend, flush);
  const inf = (x: number) => (x & 0x7fffffff) === 0x7f800000;
  const zero = (x: number) => (x & 0x7f800000) === 0 && ((x & 0x7fffff) === 0 || flush);
  let nan = -1;
  if (isSNaN32(addend)) nan = nanOut(env, addend, dn);
  else if (isSNaN32(a)) nan = nanOut(env, a, dn);
  else if (isSNaN32(b)) nan = nanOut(env, b, dn);
  else if (isNaN32(addend)) nan = nanOut(env, addend, dn);
  else if (isNaN32(a)) nan = nanOut(env, a, dn);
  else if (isNaN32(b)) nan = nanOut(env, b, dn);
  if (isNaN32(addend) && !isSNaN32(addend) && ((inf(a) && zero(b)) || (zero(a) && inf(b)))) {
    env.fpsr |= FPSR_IOC;
    return DEFAULT_NAN;
  }
  if (nan !== -1) return nan;
  return sum(env, vAddend, va * vb, mode, flush);
}

/** a + b (both exact doubles) rounded once to single. */
function sum(env: FpFlags, a: number, b: number, mode: number, flush: boolean): number {
  const r = a + b;
  if (Number.isNaN(r)) {
    env.fpsr |= FPSR_IOC;
    return DEFAULT_NAN;
  }
  if (r === 0) {
    const sameSign = a === 0 && b === 0 && Object.is(a, b);
    return bits32(sameSign ? a : mode === 2 ? -0 : 0);
  }
  return bits32(roundFloat(env, r, errorSign(0, a, b, r), mode, flush, SINGLE));
}

/** BFDotAdd without EBF16: two products and two sums, each rounded to odd with flushing and the default NaN. */
function dotAdd(acc: number, e1: number, e2: number): number {
  const lo = product(e1 << 16, e2 << 16);
  const hi = product(e1 & 0xffff0000, e2 & 0xffff0000);
  return add(acc, add(lo, hi));
}

function product(a: number, b: number): number {
  a >>>= 0;
  b >>>= 0;
  if (isNaN32(a) || isNaN32(b)) return DEFAULT_NAN;
  const r = input(quiet, a, true) * input(quiet, b, true);
  if (Number.isNaN(r)) return DEFAULT_NAN;
  return bits32(roundFloat(quiet, r, 0, ROUND_ODD, true, SINGLE));
}

function add(a: number, b: number): number {
  if (isNaN32(a) || isNaN32(b)) return DEFAULT_NAN;
  return sum(quiet, input(quiet, a, true), input(quiet, b, true), ROUND_ODD, true);
}

/** Single bits to BF16 bits under FPCR (BFCVT/BFCVTN). */
function toBf16(c: Cpu, b: number): number {
  const dn = ((c.fpcr >>> 25) & 1) === 1;
  if (isNaN32(b)) return nanOut(c, b, dn) >>> 16;
  const flush = ((c.fpcr >>> 24) & 1) === 1;
  const v = roundFloat(c, input(c, b, flush), 0, (c.fpcr >>> 22) & 3, flush, BFLOAT16);
  return bits32(v) >>> 16;
}

/** BFCVT Hd, Sn. */
export const BFCVT = define("BFCVT", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const r = toBf16(c, v32[n * 4]! >>> 0);
  v32[d * 4] = r;
  v32[d * 4 + 1] = 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** BFCVTN/BFCVTN2: four singles to BF16 in the lower half (upper half zeroed) or the upper half. */
export const BFCVTN = define("BFCVTN", (c, w) => {
  const upper = ((w >>> 30) & 1) === 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  for (let e = 0; e < 4; e++) R[e] = toBf16(c, v32[n * 4 + e]! >>> 0);
  const base = upper ? 2 : 0;
  v32[d * 4 + base] = R[0]! | (R[1]! << 16);
  v32[d * 4 + base + 1] = R[2]! | (R[3]! << 16);
  if (!upper) v32[d * 4 + 2] = v32[d * 4 + 3] = 0;
});

/** BFMLALB/BFMLALT, vector (index -1) or by element: Vd.4s += widened even/odd BF16 products, fused, under FPCR. */
function mlal(c: Cpu, w: number, index: number): void {
  const top = (w >>> 30) & 1;
  const m = index < 0 ? (w >>> 16) & 31 : (w >>> 16) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v16 = c.v16;
  const v32 = c.v32;
  const mode = (c.fpcr >>> 22) & 3;
  const flush = ((c.fpcr >>> 24) & 1) === 1;
  const dn = ((c.fpcr >>> 25) & 1) === 1;
  for (let e = 0; e < 4; e++) {
    const a = v16[n * 8 + 2 * e + top]! << 16;
    const b = v16[m * 8 + (index < 0 ? 2 * e + top : index)]! << 16;
    R[e] = mulAdd(c, v32[d * 4 + e]! >>> 0, a >>> 0, b >>> 0, mode, flush, dn);
  }
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = R[e]!;
}

export const BFMLAL = define("BFMLAL", (c, w) => mlal(c, w, -1));

export const BFMLAL_ELEM = define("BFMLAL_ELEM", (c, w) => {
  mlal(c, w, (((w >>> 11) & 1) << 2) | (((w >>> 21) & 1) << 1) | ((w >>> 20) & 1));
});

/** BFDOT, vector (index -1) or by element (a pair of BF16 from Vm.s[index]). */
function dot(c: Cpu, w: number, index: number): void {
  const q = (w >>> 30) & 1;
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const lanes = 2 << q;
  for (let e = 0; e < lanes; e++)
    R[e] = dotAdd(v32[d * 4 + e]! >>> 0, v32[n * 4 + e]! >>> 0, v32[m * 4 + (index < 0 ? e : index)]! >>> 0);
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = e < lanes ? R[e]! : 0;
}

export const BFDOT = define("BFDOT", (c, w) => dot(c, w, -1));

export const BFDOT_ELEM = define("BFDOT_ELEM", (c, w) => {
  dot(c, w, (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1));
});

/** BFMMLA: the 2x4 by 4x2 BF16 matrix product added to the 2x2 single matrix in Vd. */
export const BFMMLA = define("BFMMLA", (c, w) => {
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      let acc = v32[d * 4 + 2 * i + j]! >>> 0;
      acc = dotAdd(acc, v32[n * 4 + 2 * i]! >>> 0, v32[m * 4 + 2 * j]! >>> 0);
      R[2 * i + j] = dotAdd(acc, v32[n * 4 + 2 * i + 1]! >>> 0, v32[m * 4 + 2 * j + 1]! >>> 0);
    }
  }
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = R[e]!;
});

/** The BF16 handler of a word, or -1 when the word is not a BF16 form. FEAT_BF16 comes from the tags. */
export function decodeBf16(w: number): number {
  if ((w & 0xfffffc00) >>> 0 === 0x1e634000) return BFCVT;
  if ((w & 0xbffffc00) >>> 0 === 0x0ea16800) return BFCVTN;
  if ((w & 0xbfe0fc00) >>> 0 === 0x2e40fc00) return BFDOT;
  if ((w & 0xffe0fc00) >>> 0 === 0x6e40ec00) return BFMMLA;
  if ((w & 0xbfe0fc00) >>> 0 === 0x2ec0fc00) return BFMLAL;
  if ((w & 0xbfc0f400) >>> 0 === 0x0f40f000) return BFDOT_ELEM;
  if ((w & 0xbfc0f400) >>> 0 === 0x0fc0f000) return BFMLAL_ELEM;
  return -1;
}
