/**
 * AdvSIMD three-same floating point on single-precision lanes, bit-exact with the Arm ARM: FPCR
 * rounding mode, FZ (with IDC), DN, NaN propagation with payloads, and the FPSR cumulative flags.
 * Lane values compute as doubles (products of singles are exact there) and round once through
 * roundFloat with the double's error sign. Double-precision lanes stay in simd.ts's FP_VEC3.
 */
import type { Cpu } from "../core/cpu";
import { ABD, ADD, DIV, MAX, MAXNM, MIN, MINNM, MUL, MULX, RECPS, RSQRTS, SUB } from "./fp-op";
import { roundFloat, SINGLE } from "./fp-round";
import { errorSign, FPSR_DZC, FPSR_IOC } from "./rounding";
import { define } from "./table";

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const IDC = 0x80;
const DEFAULT_NAN = 0x7fc00000;
const TWO = 0x40000000;
const THREE_HALVES = 0x3fc00000;
/** Staged result lanes so Vd may alias a source. */
const R = new Uint32Array(4);

function isNaN32(b: number): boolean {
  return (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;
}

function isSNaN32(b: number): boolean {
  return isNaN32(b) && (b & 0x400000) === 0;
}

function isInf32(b: number): boolean {
  return (b & 0x7fffffff) === 0x7f800000;
}

function bits32(v: number): number {
  F32[0] = v;
  return U32[0]!;
}

/** FPUnpack: the value of single bits; with FZ a denormal is a signed zero and raises IDC. */
function unpack(c: Cpu, b: number): number {
  if ((c.fpcr & 0x1000000) !== 0 && (b & 0x7f800000) === 0 && (b & 0x7fffff) !== 0) {
    c.fpsr |= IDC;
    return (b & 0x80000000) !== 0 ? -0 : 0;
  }
  U32[0] = b;
  return F32[0]!;
}

function isZero(c: Cpu, b: number): boolean {
  return (b & 0x7f800000) === 0 && ((b & 0x7fffff) === 0 || (c.fpcr & 0x1000000) !== 0);
}

function quietNaN(c: Cpu, b: number): number {
  if (isSNaN32(b)) c.fpsr |= FPSR_IOC;
  return (c.fpcr & 0x2000000) !== 0 ? DEFAULT_NAN : (b | 0x400000) >>> 0;
}

/** FPProcessNaNs over two or three operands in order; -1 when none is a NaN. */
function processNaNs(c: Cpu, a: number, b: number, addend: number, three: boolean): number {
  if (three && isSNaN32(addend)) return quietNaN(c, addend);
  if (isSNaN32(a)) return quietNaN(c, a);
  if (isSNaN32(b)) return quietNaN(c, b);
  if (three && isNaN32(addend)) return quietNaN(c, addend);
  if (isNaN32(a)) return quietNaN(c, a);
  if (isNaN32(b)) return quietNaN(c, b);
  return -1;
}

function invalid(c: Cpu): number {
  c.fpsr |= FPSR_IOC;
  return DEFAULT_NAN;
}

function mode(c: Cpu): number {
  return (c.fpcr >>> 22) & 3;
}

function flush(c: Cpu): boolean {
  return (c.fpcr & 0x1000000) !== 0;
}

/** a + b of exact doubles, rounded once to single; an exact zero takes the IEEE sign. */
function roundedSum(c: Cpu, a: number, b: number): number {
  const r = a + b;
  if (Number.isNaN(r)) return invalid(c);
  if (r === 0) return bits32(a === 0 && b === 0 && Object.is(a, b) ? a : mode(c) === 2 ? -0 : 0);
  return bits32(roundFloat(c, r, errorSign(0, a, b, r), mode(c), flush(c), SINGLE));
}

/** FPMulAdd(addend, a, b) on single bits: NaNs in addend, a, b order, one rounding. */
function mulAdd(c: Cpu, addend: number, a: number, b: number): number {
  const va = unpack(c, a);
  const vb = unpack(c, b);
  const vc = unpack(c, addend);
  const nan = processNaNs(c, a, b, addend, true);
  const infZero = (isInf32(a) && isZero(c, b)) || (isZero(c, a) && isInf32(b));
  if (isNaN32(addend) && !isSNaN32(addend) && infZero) return invalid(c);
  if (nan !== -1) return nan;
  const p = va * vb;
  if (Number.isNaN(p)) return invalid(c);
  return roundedSum(c, vc, p);
}

/** One two-operand single-precision operation on bits. */
function binary(c: Cpu, op: number, a: number, b: number): number {
  if (op === RECPS || op === RSQRTS) a = (a ^ 0x80000000) >>> 0;
  if (op === MAXNM || op === MINNM) {
    const qa = isNaN32(a) && !isSNaN32(a);
    const qb = isNaN32(b) && !isSNaN32(b);
    if (qa && !isNaN32(b)) a = op === MAXNM ? 0xff800000 : 0x7f800000;
    else if (qb && !isNaN32(a)) b = op === MAXNM ? 0xff800000 : 0x7f800000;
  }
  const va = unpack(c, a);
  const vb = unpack(c, b);
  const nan = processNaNs(c, a, b, 0, false);
  if (nan !== -1) return op === ABD ? nan & 0x7fffffff : nan;
  switch (op) {
    case ADD:
      return roundedSum(c, va, vb);
    case SUB:
      return roundedSum(c, va, -vb);
    case ABD:
      return roundedSum(c, va, -vb) & 0x7fffffff;
    case MUL:
    case MULX: {
      const r = va * vb;
      if (Number.isNaN(r)) return op === MULX ? (((a ^ b) & 0x80000000) | TWO) >>> 0 : invalid(c);
      if (r === 0 || !Number.isFinite(r)) return bits32(r);
      return bits32(roundFloat(c, r, 0, mode(c), flush(c), SINGLE));
    }
    case DIV: {
      const r = va / vb;
      if (Number.isNaN(r)) return invalid(c);
      if (vb === 0 && Number.isFinite(va)) {
        c.fpsr |= FPSR_DZC;
        return bits32(r);
      }
      if (r === 0 || !Number.isFinite(r)) return bits32(r);
      return bits32(roundFloat(c, r, errorSign(3, va, vb, r), mode(c), flush(c), SINGLE));
    }
    case MAX:
    case MAXNM:
    case MIN:
    case MINNM: {
      // Math.max/min order +0 above -0 as FPMax/FPMin do; the winner is exact, FPRound flushes it under FZ.
      const r = op === MAX || op === MAXNM ? Math.max(va, vb) : Math.min(va, vb);
      if (r === 0 || !Number.isFinite(r)) return bits32(r);
      return bits32(roundFloat(c, r, 0, mode(c), flush(c), SINGLE));
    }
    case RECPS:
      if (Number.isNaN(va * vb)) return TWO;
      return roundedSum(c, 2, va * vb);
    default: {
      const p = va * vb;
      if (Number.isNaN(p)) return THREE_HALVES;
      const r = 3 + p;
      if (r === 0) return mode(c) === 2 ? 0x80000000 : 0;
      return bits32(roundFloat(c, r / 2, errorSign(0, 3, p, r), mode(c), flush(c), SINGLE));
    }
  }
}

/** Compare masks: 0 EQ, 1 GE, 2 GT, 3 absolute GE, 4 absolute GT. */
function compare(c: Cpu, op: number, a: number, b: number): number {
  const va = unpack(c, a);
  const vb = unpack(c, b);
  if (isNaN32(a) || isNaN32(b)) {
    if (op !== 0 || isSNaN32(a) || isSNaN32(b)) c.fpsr |= FPSR_IOC;
    return 0;
  }
  switch (op) {
    case 0:
      return va === vb ? -1 : 0;
    case 1:
      return va >= vb ? -1 : 0;
    case 2:
      return va > vb ? -1 : 0;
    case 3:
      return Math.abs(va) >= Math.abs(vb) ? -1 : 0;
    default:
      return Math.abs(va) > Math.abs(vb) ? -1 : 0;
  }
}

/** Key U:a:opcode<2:0> of the three-same FP forms (opcode<4:3> = 11). */
function sameKey(w: number): number {
  return (((w >>> 29) & 1) << 4) | (((w >>> 23) & 1) << 3) | ((w >>> 11) & 7);
}

/** binary() op, or -(compare op) - 10 for compares, -1 for FMLA, -2 for FMLS, by key. */
const OPS: readonly number[] = (() => {
  const t = new Array<number>(32).fill(-100);
  t[0b00000] = MAXNM;
  t[0b00001] = -1;
  t[0b00010] = ADD;
  t[0b00011] = MULX;
  t[0b00100] = -10;
  t[0b00110] = MAX;
  t[0b00111] = RECPS;
  t[0b01000] = MINNM;
  t[0b01001] = -2;
  t[0b01010] = SUB;
  t[0b01110] = MIN;
  t[0b01111] = RSQRTS;
  t[0b10000] = MAXNM;
  t[0b10010] = ADD;
  t[0b10011] = MUL;
  t[0b10100] = -11;
  t[0b10101] = -13;
  t[0b10110] = MAX;
  t[0b10111] = DIV;
  t[0b11000] = MINNM;
  t[0b11010] = ABD;
  t[0b11100] = -12;
  t[0b11101] = -14;
  t[0b11110] = MIN;
  return t;
})();
/** Pairwise keys: FMAXNMP, FADDP, FMAXP, FMINNMP, FMINP. */
const PAIRWISE = new Set([0b10000, 0b10010, 0b10110, 0b11000, 0b11110]);

/** Whether a three-same FP word with sz = 0 is one of the forms FP_SAME_S executes. */
export function isSingleSame(w: number): boolean {
  return ((w >>> 22) & 1) === 0 && OPS[sameKey(w)] !== -100;
}

/** Every three-same FP form on .2s/.4s: arithmetic, max/min (NM), FMLA/FMLS, FMULX, FRECPS/FRSQRTS, FABD, compares, pairwise. */
export const FP_SAME_S = define("FP_SAME_S", (c, w) => {
  const lanes = 2 << ((w >>> 30) & 1);
  const key = sameKey(w);
  const op = OPS[key]!;
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const pairwise = PAIRWISE.has(key);
  for (let e = 0; e < lanes; e++) {
    let a: number;
    let b: number;
    if (pairwise) {
      const k = 2 * e;
      const src = k < lanes ? n : m;
      a = v32[src * 4 + (k % lanes)]! >>> 0;
      b = v32[src * 4 + ((k + 1) % lanes)]! >>> 0;
    } else {
      a = v32[n * 4 + e]! >>> 0;
      b = v32[m * 4 + e]! >>> 0;
    }
    if (op >= 0) R[e] = binary(c, op, a, b);
    else if (op === -1) R[e] = mulAdd(c, v32[d * 4 + e]! >>> 0, a, b);
    else if (op === -2) R[e] = mulAdd(c, v32[d * 4 + e]! >>> 0, (a ^ 0x80000000) >>> 0, b);
    else R[e] = compare(c, -op - 10, a, b);
  }
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = e < lanes ? R[e]! : 0;
});
