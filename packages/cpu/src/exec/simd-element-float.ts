/**
 * Floating-point by-element forms (FMLA, FMLS, FMUL, FMULX on half, single and double lanes,
 * vector and scalar), FEAT_FHM's FMLAL/FMLSL(2) by element and FEAT_FCMA's FCMLA (vector, by
 * element) and FCADD, on the lane arithmetic of fp-lane.ts.
 */
import type { Cpu } from "../core/cpu";
import { D, fpAdd, fpMul, fpMulAdd, fpMulAddHalves, H, resultHi, resultLo, S } from "./fp-lane";
import { define } from "./table";

/** Result lanes staged so Vd may alias a source. */
const R = new Int32Array(4);
const R16 = new Uint16Array(R.buffer);

const FMLA = 0;
const FMLS = 1;
const FMUL = 2;
const FMULX = 3;

/** Lane i of register reg in format f: its top word (the whole lane for H and S). */
function laneHi(c: Cpu, f: number, reg: number, i: number): number {
  if (f === H) return c.v16[reg * 8 + i]!;
  if (f === S) return c.v32[reg * 4 + i]!;
  return c.v32[reg * 4 + 2 * i + 1]!;
}

/** The low word of a D lane (0 for H and S). */
function laneLo(c: Cpu, f: number, reg: number, i: number): number {
  return f === D ? c.v32[reg * 4 + 2 * i]! : 0;
}

/** The sign bit of a lane's top word, for FPNeg. */
function signOf(f: number): number {
  return f === H ? 0x8000 : 0x80000000;
}

/** Stages the last result as lane i of format f. */
function stage(f: number, i: number): void {
  if (f === H) R16[i] = resultHi;
  else if (f === S) R[i] = resultHi;
  else {
    R[2 * i] = resultLo;
    R[2 * i + 1] = resultHi;
  }
}

/** Copies `bytes` staged bytes (4, 8 or 16; 2 for one half) to Vd, zeroing the rest. */
function commit(c: Cpu, d: number, bytes: number): void {
  const v32 = c.v32;
  if (bytes === 2) R16[1] = 0;
  const words = bytes <= 4 ? 1 : bytes >>> 2;
  for (let i = 0; i < 4; i++) v32[d * 4 + i] = i < words ? R[i]! : 0;
}

/** FMLA/FMLS/FMUL/FMULX by element: vector or scalar (bit 28), half (size 00), single or double (sz). */
function elementForm(c: Cpu, w: number, op: number): void {
  const scalar = ((w >>> 28) & 1) === 1;
  const q = (w >>> 30) & 1;
  const f = ((w >>> 23) & 1) === 0 ? H : ((w >>> 22) & 1) === 0 ? S : D;
  const h = (w >>> 11) & 1;
  const l = (w >>> 21) & 1;
  const index = f === H ? (h << 2) | (l << 1) | ((w >>> 20) & 1) : f === S ? (h << 1) | l : h;
  const m = f === H ? (w >>> 16) & 15 : (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const bytes = scalar ? 2 << f : 8 << q;
  const lanes = scalar ? 1 : bytes >>> (f + 1);
  const bhi = laneHi(c, f, m, index);
  const blo = laneLo(c, f, m, index);
  for (let e = 0; e < lanes; e++) {
    let ahi = laneHi(c, f, n, e);
    const alo = laneLo(c, f, n, e);
    if (op === FMUL || op === FMULX) fpMul(c, f, ahi, alo, bhi, blo, op === FMULX);
    else {
      if (op === FMLS) ahi ^= signOf(f);
      fpMulAdd(c, f, laneHi(c, f, d, e), laneLo(c, f, d, e), ahi, alo, bhi, blo);
    }
    stage(f, e);
  }
  commit(c, d, bytes);
}

export const FMLA_ELEM = define("FMLA_ELEM", (c, w) => elementForm(c, w, FMLA));
export const FMLS_ELEM = define("FMLS_ELEM", (c, w) => elementForm(c, w, FMLS));
export const FMUL_ELEM = define("FMUL_ELEM", (c, w) => elementForm(c, w, FMUL));
export const FMULX_ELEM = define("FMULX_ELEM", (c, w) => elementForm(c, w, FMULX));

/**
 * FMLAL/FMLSL (U=0, lower halves of Vn) and FMLAL2/FMLSL2 (U=1, upper halves), by element
 * (`indexed`) or vector (the same halves of Vm); `sub` negates Vn's halves.
 */
function widenForm(c: Cpu, w: number, sub: boolean, indexed: boolean): void {
  const q = (w >>> 30) & 1;
  const upper = (w >>> 29) & 1;
  const index = (((w >>> 11) & 1) << 2) | (((w >>> 21) & 1) << 1) | ((w >>> 20) & 1);
  const m = indexed ? (w >>> 16) & 15 : (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const lanes = 2 << q;
  for (let e = 0; e < lanes; e++) {
    const a = c.v16[n * 8 + upper * lanes + e]! ^ (sub ? 0x8000 : 0);
    const b = c.v16[m * 8 + (indexed ? index : upper * lanes + e)]!;
    fpMulAddHalves(c, c.v32[d * 4 + e]!, a, b);
    R[e] = resultHi;
  }
  commit(c, d, 8 << q);
}

export const FMLAL_ELEM = define("FMLAL_ELEM", (c, w) => widenForm(c, w, false, true));
export const FMLSL_ELEM = define("FMLSL_ELEM", (c, w) => widenForm(c, w, true, true));
export const FMLAL_VEC = define("FMLAL_VEC", (c, w) => widenForm(c, w, false, false));
export const FMLSL_VEC = define("FMLSL_VEC", (c, w) => widenForm(c, w, true, false));

/**
 * FCMLA: per complex pair, Vd.re += Vn.x * rot(Vm).re and Vd.im += Vn.x * rot(Vm).im, fused, where x
 * is re for rotations 0 and 180 and im for 90 and 270; `index` picks one pair of Vm, or -1 for the
 * same pair as the destination's.
 */
function complexMultiplyAdd(c: Cpu, w: number, f: number, index: number, m: number): void {
  const q = (w >>> 30) & 1;
  const rot = index < 0 ? (w >>> 11) & 3 : (w >>> 13) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const bytes = 8 << q;
  const pairs = bytes >>> (f + 2);
  const sign = signOf(f);
  // Which part of Vn multiplies (0 re, 1 im), which part of Vm feeds each output, and its negation.
  const nPart = rot & 1;
  const reFrom = rot & 1;
  const imFrom = 1 - reFrom;
  const reNeg = rot === 1 || rot === 2 ? sign : 0;
  const imNeg = rot === 2 || rot === 3 ? sign : 0;
  for (let e = 0; e < pairs; e++) {
    const pair = index < 0 ? e : index;
    const ahi = laneHi(c, f, n, 2 * e + nPart);
    const alo = laneLo(c, f, n, 2 * e + nPart);
    for (let part = 0; part < 2; part++) {
      const from = part === 0 ? reFrom : imFrom;
      const bhi = laneHi(c, f, m, 2 * pair + from) ^ (part === 0 ? reNeg : imNeg);
      const blo = laneLo(c, f, m, 2 * pair + from);
      fpMulAdd(c, f, laneHi(c, f, d, 2 * e + part), laneLo(c, f, d, 2 * e + part), ahi, alo, bhi, blo);
      stage(f, 2 * e + part);
    }
  }
  commit(c, d, bytes);
}

export const FCMLA_VEC = define("FCMLA_VEC", (c, w) => {
  const f = ((w >>> 23) & 1) === 0 ? H : ((w >>> 22) & 1) === 0 ? S : D;
  complexMultiplyAdd(c, w, f, -1, (w >>> 16) & 31);
});

export const FCMLA_ELEM = define("FCMLA_ELEM", (c, w) => {
  const half = ((w >>> 22) & 3) === 1;
  const h = (w >>> 11) & 1;
  complexMultiplyAdd(c, w, half ? H : S, half ? (h << 1) | ((w >>> 21) & 1) : h, (w >>> 16) & 31);
});

/** FCADD #90 (rot 0) or #270 (rot 1): Vd.re = Vn.re -/+ Vm.im, Vd.im = Vn.im +/- Vm.re. */
export const FCADD = define("FCADD", (c, w) => {
  const f = ((w >>> 23) & 1) === 0 ? H : ((w >>> 22) & 1) === 0 ? S : D;
  const rot = (w >>> 12) & 1;
  const q = (w >>> 30) & 1;
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const bytes = 8 << q;
  const pairs = bytes >>> (f + 2);
  const sign = signOf(f);
  for (let e = 0; e < pairs; e++) {
    const imHi = laneHi(c, f, m, 2 * e + 1) ^ (rot === 0 ? sign : 0);
    fpAdd(c, f, laneHi(c, f, n, 2 * e), laneLo(c, f, n, 2 * e), imHi, laneLo(c, f, m, 2 * e + 1));
    stage(f, 2 * e);
    const reHi = laneHi(c, f, m, 2 * e) ^ (rot === 1 ? sign : 0);
    fpAdd(c, f, laneHi(c, f, n, 2 * e + 1), laneLo(c, f, n, 2 * e + 1), reHi, laneLo(c, f, m, 2 * e));
    stage(f, 2 * e + 1);
  }
  commit(c, d, bytes);
});
