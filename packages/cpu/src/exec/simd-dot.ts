/**
 * Integer dot products and matrix multiplies: FEAT_DotProd SDOT/UDOT (vector, by element) and
 * FEAT_I8MM USDOT (vector, by element), SUDOT (by element), SMMLA, UMMLA, USMMLA. Every 32-bit
 * accumulator wraps.
 */
import type { Cpu } from "../core/cpu";
import { define } from "./table";

/** Result words staged so Vd may alias a source. */
const R = new Int32Array(4);

function byteOf(c: Cpu, reg: number, i: number, signed: boolean): number {
  const b = c.v[reg * 16 + i]!;
  return signed ? (b << 24) >> 24 : b;
}

/**
 * Vd.s[e] += the sum of four byte products of Vn's word e and Vm's word e (or word `index`);
 * `nSigned`/`mSigned` say how each source's bytes read.
 */
function dot(c: Cpu, w: number, index: number, nSigned: boolean, mSigned: boolean): void {
  const q = (w >>> 30) & 1;
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const lanes = 2 << q;
  for (let e = 0; e < lanes; e++) {
    const word = index < 0 ? e : index;
    let sum = v32[d * 4 + e]!;
    for (let k = 0; k < 4; k++) sum += byteOf(c, n, 4 * e + k, nSigned) * byteOf(c, m, 4 * word + k, mSigned);
    R[e] = sum;
  }
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = e < lanes ? R[e]! : 0;
}

/** The word index H:L of a by-element dot product. */
function dotIndex(w: number): number {
  return (((w >>> 11) & 1) << 1) | ((w >>> 21) & 1);
}

export const SDOT = define("SDOT", (c, w) => dot(c, w, -1, true, true));
export const UDOT = define("UDOT", (c, w) => dot(c, w, -1, false, false));
export const USDOT = define("USDOT", (c, w) => dot(c, w, -1, false, true));
export const SDOT_ELEM = define("SDOT_ELEM", (c, w) => dot(c, w, dotIndex(w), true, true));
export const UDOT_ELEM = define("UDOT_ELEM", (c, w) => dot(c, w, dotIndex(w), false, false));
export const USDOT_ELEM = define("USDOT_ELEM", (c, w) => dot(c, w, dotIndex(w), false, true));
export const SUDOT_ELEM = define("SUDOT_ELEM", (c, w) => dot(c, w, dotIndex(w), true, false));

/** Vd (2x2 words) += Vn (2x8 bytes) times the transpose of Vm (2x8 bytes). */
function matrixMultiply(c: Cpu, w: number, nSigned: boolean, mSigned: boolean): void {
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      let sum = v32[d * 4 + 2 * i + j]!;
      for (let k = 0; k < 8; k++) sum += byteOf(c, n, 8 * i + k, nSigned) * byteOf(c, m, 8 * j + k, mSigned);
      R[2 * i + j] = sum;
    }
  }
  for (let e = 0; e < 4; e++) v32[d * 4 + e] = R[e]!;
}

export const SMMLA = define("SMMLA", (c, w) => matrixMultiply(c, w, true, true));
export const UMMLA = define("UMMLA", (c, w) => matrixMultiply(c, w, false, false));
export const USMMLA = define("USMMLA", (c, w) => matrixMultiply(c, w, false, true));
