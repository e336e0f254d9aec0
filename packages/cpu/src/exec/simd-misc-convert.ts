/**
 * AdvSIMD FP precision conversions: FCVTN(2) (narrow: single to half, double to single), FCVTL(2)
 * (widen), FCVTXN(2) and scalar FCVTXN (double to single rounding to odd). Arm ARM FPConvert:
 * half operands and results ignore FZ16; single/double inputs honour FZ; DN picks the default NaN.
 */
import type { Cpu } from "../core/cpu";
import { D, fpConvert, resultHi, resultLo, S } from "./fp-lane";
import { HALF, ROUND_ODD, roundFloat, SINGLE } from "./fp-round";
import { FPSR_IOC } from "./rounding";
import { define } from "./table";

const F64 = new Float64Array(1);
const W64 = new Int32Array(F64.buffer);
const F32 = new Float32Array(1);
const W32 = new Int32Array(F32.buffer);

/** Staging so Vd may alias Vn. */
const R32 = new Int32Array(4);
const R16 = new Uint16Array(R32.buffer);

const IDC = 0x80;

function defaultNaN(c: Cpu): boolean {
  return (c.fpcr & 0x2000000) !== 0;
}

/** A half's bits widened exactly to single's bits. */
function halfToSingle(c: Cpu, h: number): number {
  const sign = (h & 0x8000) << 16;
  const e = (h >>> 10) & 31;
  const m = h & 0x3ff;
  if (e === 31 && m !== 0) {
    if ((m & 0x200) === 0) c.fpsr |= FPSR_IOC;
    return defaultNaN(c) ? 0x7fc00000 : sign | 0x7fc00000 | (m << 13);
  }
  if (e === 31) return sign | 0x7f800000;
  F32[0] = (e === 0 ? m * 2 ** -24 : (1024 + m) * 2 ** (e - 25)) * (sign !== 0 ? -1 : 1);
  return W32[0]!;
}

/** A finite value exactly representable in half (or infinite, or zero) as half bits. */
function halfBits(v: number): number {
  F32[0] = v;
  const b = W32[0]!;
  const sign = (b >>> 16) & 0x8000;
  const m = Math.abs(v);
  if (m === 0) return sign;
  if (m === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (m < 2 ** -14) return sign | (m * 2 ** 24);
  return sign | ((((b >>> 23) & 255) - 112) << 10) | ((b >>> 13) & 0x3ff);
}

/** A single's bits narrowed to half in FPCR's rounding mode. */
function singleToHalf(c: Cpu, s: number): number {
  const sign = (s >>> 16) & 0x8000;
  if ((s & 0x7f800000) === 0x7f800000 && (s & 0x7fffff) !== 0) {
    if ((s & 0x400000) === 0) c.fpsr |= FPSR_IOC;
    return defaultNaN(c) ? 0x7e00 : sign | 0x7e00 | ((s >>> 13) & 0x1ff);
  }
  if ((s & 0x7f800000) === 0 && (s & 0x7fffff) !== 0 && ((c.fpcr >>> 24) & 1) === 1) {
    c.fpsr |= IDC;
    return sign;
  }
  W32[0] = s;
  return halfBits(roundFloat(c, F32[0]!, 0, (c.fpcr >>> 22) & 3, false, HALF));
}

/** A double's bits (hi:lo) narrowed to single rounding to odd (FCVTXN). */
function doubleToSingleOdd(c: Cpu, hi: number, lo: number): number {
  if ((hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0) {
    fpConvert(c, D, S, hi, lo);
    return resultHi;
  }
  let v: number;
  if ((hi & 0x7ff00000) === 0 && ((hi & 0xfffff) | lo) !== 0 && ((c.fpcr >>> 24) & 1) === 1) {
    c.fpsr |= IDC;
    v = hi < 0 ? -0 : 0;
  } else {
    W64[0] = lo;
    W64[1] = hi;
    v = F64[0]!;
  }
  let r = roundFloat(c, v, 0, ROUND_ODD, ((c.fpcr >>> 24) & 1) === 1, SINGLE);
  // FPRound: rounding to odd overflows to the largest finite value, not to infinity.
  if (!Number.isFinite(r) && Number.isFinite(v)) r = r < 0 ? -SINGLE.max : SINGLE.max;
  F32[0] = r;
  return W32[0]!;
}

/** Vector: 0 q u 01110 0 sz 10000 1011x 10; x = 0 narrows (FCVTN, FCVTXN with u = 1), 1 widens. */
export const FCVT_NARROW_WIDEN = define("FCVT_NARROW_WIDEN", (c, w) => {
  const q = (w >>> 30) & 1;
  const odd = ((w >>> 29) & 1) === 1;
  const double = ((w >>> 22) & 1) === 1;
  const widen = ((w >>> 12) & 1) === 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  if (widen) {
    for (let e = 0; e < (double ? 2 : 4); e++) {
      if (double) {
        fpConvert(c, S, D, v32[n * 4 + q * 2 + e]!, 0);
        R32[e * 2] = resultLo;
        R32[e * 2 + 1] = resultHi;
      } else R32[e] = halfToSingle(c, c.v16[n * 8 + q * 4 + e]!);
    }
    for (let i = 0; i < 4; i++) v32[d * 4 + i] = R32[i]!;
    return;
  }
  // Narrow into the low 64 bits of the staging, then into Vd's lower or (the "2" forms) upper half.
  for (let e = 0; e < (double ? 2 : 4); e++) {
    if (!double) R16[e] = singleToHalf(c, v32[n * 4 + e]!);
    else if (odd) R32[e] = doubleToSingleOdd(c, v32[n * 4 + e * 2 + 1]!, v32[n * 4 + e * 2]!);
    else {
      fpConvert(c, D, S, v32[n * 4 + e * 2 + 1]!, v32[n * 4 + e * 2]!);
      R32[e] = resultHi;
    }
  }
  if (q === 1) {
    v32[d * 4 + 2] = R32[0]!;
    v32[d * 4 + 3] = R32[1]!;
  } else {
    v32[d * 4] = R32[0]!;
    v32[d * 4 + 1] = R32[1]!;
    v32[d * 4 + 2] = 0;
    v32[d * 4 + 3] = 0;
  }
});

/** Scalar FCVTXN Sd, Dn. */
export const FCVTXN_SCALAR = define("FCVTXN_SCALAR", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const r = doubleToSingleOdd(c, v32[n * 4 + 1]!, v32[n * 4]!);
  v32[d * 4] = r;
  v32[d * 4 + 1] = 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** The handler for an FCVTN/FCVTL/FCVTXN word, or -1. */
export function decodeSimdMiscConvert(w: number): number {
  if ((w & 0x9fbfec00) >>> 0 === 0x0e216800) {
    const u = (w >>> 29) & 1;
    const widen = (w >>> 12) & 1;
    if (u === 1 && (widen === 1 || ((w >>> 22) & 1) === 0)) return -1;
    return FCVT_NARROW_WIDEN;
  }
  if ((w & 0xfffffc00) >>> 0 === 0x7e616800) return FCVTXN_SCALAR;
  return -1;
}
