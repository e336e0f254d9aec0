/**
 * Integer AdvSIMD multiplies by element (MUL, MLA, MLS, S/UMULL, S/UMLAL, S/UMLSL, SQDMULL,
 * SQDMLAL, SQDMLSL, SQDMULH, SQRDMULH) and FEAT_RDM's SQRDMLAH/SQRDMLSH (vector, scalar, by
 * element), with FPSR.QC on saturation. 16-bit lanes compute exactly in doubles; 32-bit products
 * split into high and low words without BigInt.
 */
import type { Cpu } from "../core/cpu";
import { define } from "./table";

const QC = 0x8000000;
const TWO32 = 4294967296;
/** Result words staged so Vd may alias a source. */
const R = new Int32Array(4);
const R16 = new Uint16Array(R.buffer);

/** The indexed element's number: H:L:M for halfwords, H:L for words. */
function elementIndex(w: number, size: number): number {
  const hl = (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1);
  return size === 1 ? (hl << 1) | ((w >>> 20) & 1) : hl;
}

/** The indexed register: Rm<3:0> for halfwords (M is an index bit), M:Rm for words. */
function elementRegister(w: number, size: number): number {
  return size === 1 ? (w >>> 16) & 15 : (w >>> 16) & 31;
}

function signedLane(c: Cpu, reg: number, size: number, i: number): number {
  return size === 1 ? (c.v16[reg * 8 + i]! << 16) >> 16 : c.v32[reg * 4 + i]!;
}

function unsignedLane(c: Cpu, reg: number, size: number, i: number): number {
  return size === 1 ? c.v16[reg * 8 + i]! : c.v32[reg * 4 + i]! >>> 0;
}

/** Copies `words` staged words to Vd, zeroing the rest. */
function commit(c: Cpu, d: number, words: number): void {
  const v32 = c.v32;
  for (let i = 0; i < 4; i++) v32[d * 4 + i] = i < words ? R[i]! : 0;
}

/** High word of the exact product a*b (|a|, |b| <= 2^32) given its low word `low` (unsigned). */
function productHigh(a: number, b: number, low: number): number {
  // The double product is within 2^11 of the exact one, so the quotient rounds to the exact high word.
  return Math.round((a * b - low) / TWO32);
}

/** SignedSatQ to `bits` (16 or 32), raising QC. */
function saturate(c: Cpu, v: number, bits: number): number {
  const max = bits === 16 ? 32767 : 2147483647;
  if (v > max) {
    c.fpsr |= QC;
    return max;
  }
  if (v < -max - 1) {
    c.fpsr |= QC;
    return -max - 1;
  }
  return v;
}

/** 0 SQDMULH, 1 SQRDMULH, 2 SQRDMLAH, 3 SQRDMLSH. */
const DMULH = 0;
const RDMULH = 1;
const RDMLAH = 2;
const RDMLSH = 3;

/**
 * The saturated high half of (acc << esize) +/- 2*a*b (+ rounding constant) for one lane of
 * `size` (1 halfword, 2 word).
 */
function doublingHigh(c: Cpu, op: number, size: number, a: number, b: number, acc: number): number {
  const accumulate = op >= RDMLAH;
  const rounding = op !== DMULH;
  if (op === RDMLSH) a = -a;
  if (size === 1) {
    const total = (accumulate ? acc * 65536 : 0) + 2 * a * b + (rounding ? 32768 : 0);
    return saturate(c, Math.floor(total / 65536), 16);
  }
  // a may be 2^31 after negation: Math.imul wraps it to -2^31, which has the same low product word.
  const low = Math.imul(a, b) >>> 0;
  const high = productHigh(a, b, low);
  const lowSum = 2 * low + (rounding ? 0x80000000 : 0);
  return saturate(c, 2 * high + (accumulate ? acc : 0) + Math.floor(lowSum / TWO32), 32);
}

/** SQDMULH/SQRDMULH/SQRDMLAH/SQRDMLSH: vector or scalar (bit 28), by element or lane by lane. */
function doublingHighForm(c: Cpu, w: number, op: number, indexed: boolean): void {
  const scalar = ((w >>> 28) & 1) === 1;
  const size = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const m = indexed ? elementRegister(w, size) : (w >>> 16) & 31;
  const index = indexed ? elementIndex(w, size) : -1;
  const lanes = scalar ? 1 : (2 << ((w >>> 30) & 1)) << (2 - size);
  const words = scalar ? 1 : 2 << ((w >>> 30) & 1);
  R[0] = R[1] = R[2] = R[3] = 0;
  for (let e = 0; e < lanes; e++) {
    const b = signedLane(c, m, size, index < 0 ? e : index);
    const r = doublingHigh(c, op, size, signedLane(c, n, size, e), b, signedLane(c, d, size, e));
    if (size === 1) R16[e] = r;
    else R[e] = r;
  }
  commit(c, d, size === 1 && scalar ? 1 : words);
}

export const SQDMULH_ELEM = define("SQDMULH_ELEM", (c, w) => doublingHighForm(c, w, DMULH, true));
export const SQRDMULH_ELEM = define("SQRDMULH_ELEM", (c, w) => doublingHighForm(c, w, RDMULH, true));
export const SQRDMLAH_ELEM = define("SQRDMLAH_ELEM", (c, w) => doublingHighForm(c, w, RDMLAH, true));
export const SQRDMLSH_ELEM = define("SQRDMLSH_ELEM", (c, w) => doublingHighForm(c, w, RDMLSH, true));
export const SQRDMLAH_VEC = define("SQRDMLAH_VEC", (c, w) => doublingHighForm(c, w, RDMLAH, false));
export const SQRDMLSH_VEC = define("SQRDMLSH_VEC", (c, w) => doublingHighForm(c, w, RDMLSH, false));

/** MUL/MLA/MLS by element: `op` 0 MUL, 1 MLA, -1 MLS; lanes wrap. */
function multiplyForm(c: Cpu, w: number, op: number): void {
  const size = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const m = elementRegister(w, size);
  const b = unsignedLane(c, m, size, elementIndex(w, size));
  const words = 2 << ((w >>> 30) & 1);
  const lanes = words << (2 - size);
  for (let e = 0; e < lanes; e++) {
    const p = Math.imul(unsignedLane(c, n, size, e), b);
    const r = op === 0 ? p : op > 0 ? unsignedLane(c, d, size, e) + p : unsignedLane(c, d, size, e) - p;
    if (size === 1) R16[e] = r;
    else R[e] = r;
  }
  commit(c, d, words);
}

export const MUL_ELEM = define("MUL_ELEM", (c, w) => multiplyForm(c, w, 0));
export const MLA_ELEM = define("MLA_ELEM", (c, w) => multiplyForm(c, w, 1));
export const MLS_ELEM = define("MLS_ELEM", (c, w) => multiplyForm(c, w, -1));

/**
 * S/UMULL, S/UMLAL, S/UMLSL by element: `op` 0 multiply, 1 add, -1 subtract; the 2 forms read
 * the upper half of Vn; results are twice the width and wrap.
 */
function longForm(c: Cpu, w: number, op: number): void {
  const unsigned = ((w >>> 29) & 1) === 1;
  const size = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const m = elementRegister(w, size);
  const index = elementIndex(w, size);
  const b = unsigned ? unsignedLane(c, m, size, index) : signedLane(c, m, size, index);
  const lanes = 4 >>> (size - 1);
  const first = ((w >>> 30) & 1) * lanes;
  const v32 = c.v32;
  for (let e = 0; e < lanes; e++) {
    const a = unsigned ? unsignedLane(c, n, size, first + e) : signedLane(c, n, size, first + e);
    if (size === 1) {
      // Halfword products fit a word: wrap the sum to 32 bits.
      const p = a * b;
      R[e] = op === 0 ? p : op > 0 ? (v32[d * 4 + e]! + p) | 0 : (v32[d * 4 + e]! - p) | 0;
      continue;
    }
    const low = Math.imul(a, b) >>> 0;
    const high = productHigh(a, b, low);
    if (op === 0) {
      R[2 * e] = low;
      R[2 * e + 1] = high;
      continue;
    }
    const alo = v32[d * 4 + 2 * e]! >>> 0;
    const ahi = v32[d * 4 + 2 * e + 1]!;
    const lo = op > 0 ? alo + low : alo - low;
    const carry = Math.floor(lo / TWO32);
    R[2 * e] = lo;
    R[2 * e + 1] = (op > 0 ? ahi + high : ahi - high) + carry;
  }
  commit(c, d, 4);
}

export const MULL_ELEM = define("MULL_ELEM", (c, w) => longForm(c, w, 0));
export const MLAL_ELEM = define("MLAL_ELEM", (c, w) => longForm(c, w, 1));
export const MLSL_ELEM = define("MLSL_ELEM", (c, w) => longForm(c, w, -1));

/**
 * SQDMULL/SQDMLAL/SQDMLSL by element, vector (2 forms read Vn's upper half) or scalar:
 * SignedSatQ(2*a*b) added to or subtracted from the accumulator, which saturates again.
 */
function doublingLongForm(c: Cpu, w: number, op: number): void {
  const scalar = ((w >>> 28) & 1) === 1;
  const size = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const m = elementRegister(w, size);
  const b = signedLane(c, m, size, elementIndex(w, size));
  const lanes = scalar ? 1 : 4 >>> (size - 1);
  const first = scalar ? 0 : ((w >>> 30) & 1) * lanes;
  const v32 = c.v32;
  R[0] = R[1] = R[2] = R[3] = 0;
  for (let e = 0; e < lanes; e++) {
    const a = signedLane(c, n, size, first + e);
    if (size === 1) {
      const p = saturate(c, 2 * a * b, 32);
      R[e] = op === 0 ? p : saturate(c, op > 0 ? v32[d * 4 + e]! + p : v32[d * 4 + e]! - p, 32);
      continue;
    }
    let low: number;
    let high: number;
    if (a === -0x80000000 && b === -0x80000000) {
      c.fpsr |= QC;
      low = 0xffffffff;
      high = 0x7fffffff;
    } else {
      const low1 = Math.imul(a, b) >>> 0;
      const high1 = productHigh(a, b, low1);
      low = (2 * low1) % TWO32;
      high = 2 * high1 + (low1 >= 0x80000000 ? 1 : 0);
    }
    if (op !== 0) {
      const alo = v32[d * 4 + 2 * e]! >>> 0;
      const ahi = v32[d * 4 + 2 * e + 1]!;
      const lo = op > 0 ? alo + low : alo - low;
      const carry = Math.floor(lo / TWO32);
      high = (op > 0 ? ahi + high : ahi - high) + carry;
      low = lo - carry * TWO32;
      if (high > 0x7fffffff) {
        c.fpsr |= QC;
        high = 0x7fffffff;
        low = 0xffffffff;
      } else if (high < -0x80000000) {
        c.fpsr |= QC;
        high = -0x80000000;
        low = 0;
      }
    }
    R[2 * e] = low;
    R[2 * e + 1] = high;
  }
  commit(c, d, scalar ? (size === 1 ? 1 : 2) : 4);
}

export const SQDMULL_ELEM = define("SQDMULL_ELEM", (c, w) => doublingLongForm(c, w, 0));
export const SQDMLAL_ELEM = define("SQDMLAL_ELEM", (c, w) => doublingLongForm(c, w, 1));
export const SQDMLSL_ELEM = define("SQDMLSL_ELEM", (c, w) => doublingLongForm(c, w, -1));
