/**
 * AdvSIMD integer two-register misc forms simd.ts leaves UNDEF, vector and scalar:
 * SUQADD/USQADD, CLS/CLZ, SQABS/SQNEG, SQXTN/UQXTN/SQXTUN(2), SHLL(2), and the scalar
 * 64-bit ABS/NEG/CMxx #0. Saturation sets FPSR.QC (Arm ARM SatQ).
 */
import type { Cpu } from "../core/cpu";
import { define } from "./table";

/** FPSR.QC: a saturating operation saturated. */
const FPSR_QC = 1 << 27;

/** Result staging so Vd may alias Vn; module-level, never reallocated. */
const R = new Uint8Array(16);
const R16 = new Uint16Array(R.buffer);
const R32 = new Int32Array(R.buffer);

function readLane(c: Cpu, reg: number, size: number, i: number, signed: boolean): number {
  if (size === 0) return signed ? (c.v[reg * 16 + i]! << 24) >> 24 : c.v[reg * 16 + i]!;
  if (size === 1) return signed ? (c.v16[reg * 8 + i]! << 16) >> 16 : c.v16[reg * 8 + i]!;
  return signed ? c.v32[reg * 4 + i]! : c.v32[reg * 4 + i]! >>> 0;
}

function writeLane(size: number, i: number, value: number): void {
  if (size === 0) R[i] = value;
  else if (size === 1) R16[i] = value;
  else R32[i] = value;
}

/** v saturated to a signed or unsigned `bits`-bit lane (SignedSatQ / UnsignedSatQ). */
function saturate(c: Cpu, v: number, bits: number, signed: boolean): number {
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (v < min) {
    c.fpsr |= FPSR_QC;
    return min;
  }
  if (v > max) {
    c.fpsr |= FPSR_QC;
    return max;
  }
  return v;
}

/** Vd = staged result, the first `bytes` bytes kept and the rest zeroed. */
function commitBytes(c: Cpu, d: number, bytes: number): void {
  for (let i = 0; i < 16; i++) c.v[d * 16 + i] = i < bytes ? R[i]! : 0;
}

/** One 64-bit lane (lo/hi words) of SUQADD/USQADD/SQABS/SQNEG/ABS/NEG/CMxx #0, staged at R32[2e]. */
function lane64(c: Cpu, u: number, opcode: number, n: number, d: number, e: number): void {
  const v32 = c.v32;
  const lo = v32[n * 4 + e * 2]!;
  const hi = v32[n * 4 + e * 2 + 1]!;
  let rlo = 0;
  let rhi = 0;
  if (opcode === 3) {
    // SUQADD: signed Vd + unsigned Vn; USQADD: unsigned Vd + signed Vn. The raw 64-bit sum
    // plus 2^64 * (carry - [signed operand negative]) is the exact sum.
    const dlo = v32[d * 4 + e * 2]!;
    const dhi = v32[d * 4 + e * 2 + 1]!;
    const low = (lo >>> 0) + (dlo >>> 0);
    rlo = low | 0;
    const high = (hi >>> 0) + (dhi >>> 0) + (low > 0xffffffff ? 1 : 0);
    rhi = high | 0;
    const carry = high > 0xffffffff ? 1 : 0;
    const wrap = carry - (u === 0 ? (dhi < 0 ? 1 : 0) : hi < 0 ? 1 : 0);
    if (u === 0) {
      if (wrap === 1 || (wrap === 0 && rhi < 0)) {
        rlo = -1;
        rhi = 0x7fffffff;
        c.fpsr |= FPSR_QC;
      } else if (wrap === -1 && rhi >= 0) {
        rlo = 0;
        rhi = 0x80000000 | 0;
        c.fpsr |= FPSR_QC;
      }
    } else if (wrap === 1) {
      rlo = rhi = -1;
      c.fpsr |= FPSR_QC;
    } else if (wrap === -1) {
      rlo = rhi = 0;
      c.fpsr |= FPSR_QC;
    }
  } else if (opcode === 7 || opcode === 11) {
    // SQABS/ABS (u=0) negate negative values; SQNEG/NEG (u=1) negate all. Only -2^63 saturates.
    const negate = u === 1 || hi < 0;
    if (negate) {
      rlo = -lo | 0;
      rhi = (~hi + (lo === 0 ? 1 : 0)) | 0;
      if (opcode === 7 && lo === 0 && hi === (0x80000000 | 0)) {
        rlo = -1;
        rhi = 0x7fffffff;
        c.fpsr |= FPSR_QC;
      }
    } else {
      rlo = lo;
      rhi = hi;
    }
  } else {
    // CMGT/CMGE (8), CMEQ/CMLE (9), CMLT (10) against zero
    const zero = (lo | hi) === 0;
    const negative = hi < 0;
    let t: boolean;
    if (opcode === 8) t = u === 0 ? !zero && !negative : !negative;
    else if (opcode === 9) t = u === 0 ? zero : zero || negative;
    else t = negative;
    rlo = rhi = t ? -1 : 0;
  }
  R32[e * 2] = rlo;
  R32[e * 2 + 1] = rhi;
}

/** One lane of 8/16/32 bits for SUQADD/USQADD (3), CLS/CLZ (4), SQABS/SQNEG (7). */
function laneSmall(c: Cpu, u: number, opcode: number, size: number, n: number, d: number, e: number): number {
  const bits = 8 << size;
  if (opcode === 3) {
    const sum = readLane(c, n, size, e, u === 1) + readLane(c, d, size, e, u === 0);
    return saturate(c, sum, bits, u === 0);
  }
  if (opcode === 4) {
    const x = readLane(c, n, size, e, false);
    if (u === 1) return Math.clz32(x) - (32 - bits);
    // CountLeadingSignBits(x) = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>)
    const mask = bits === 32 ? 0x7fffffff : (1 << (bits - 1)) - 1;
    return Math.clz32((x ^ (x >>> 1)) & mask) - (33 - bits);
  }
  const x = readLane(c, n, size, e, true);
  return saturate(c, u === 1 || x < 0 ? -x : x, bits, true);
}

/** A 2*esize lane narrowed to esize: SQXTN (u0), UQXTN (u1 op20), SQXTUN (u1 op18). */
function narrowLane(c: Cpu, u: number, opcode: number, size: number, n: number, e: number): number {
  const signedSource = u === 0 || opcode === 18;
  const signedResult = u === 0;
  if (size < 2) return saturate(c, readLane(c, n, size + 1, e, signedSource), 8 << size, signedResult);
  const lo = c.v32[n * 4 + e * 2]!;
  const hi = c.v32[n * 4 + e * 2 + 1]!;
  if (signedResult) {
    if (hi === lo >> 31) return lo;
    c.fpsr |= FPSR_QC;
    return hi < 0 ? 0x80000000 | 0 : 0x7fffffff;
  }
  if (hi === 0) return lo;
  c.fpsr |= FPSR_QC;
  return signedSource && hi < 0 ? 0 : -1;
}

/** Vector forms (0 q u 01110 size 10000 opcode 10 n d). */
export const SIMD_MISC_INT_VEC = define("SIMD_MISC_INT_VEC", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (opcode === 18 || opcode === 20) {
    // SQXTN/UQXTN/SQXTUN(2): the "2" forms write the upper half and keep the lower
    const elems = 8 >>> size;
    for (let e = 0; e < elems; e++) writeLane(size, e, narrowLane(c, u, opcode, size, n, e));
    if (q === 0) {
      commitBytes(c, d, 8);
      return;
    }
    for (let i = 0; i < 8; i++) c.v[d * 16 + 8 + i] = R[i]!;
    return;
  }
  if (opcode === 19) {
    // SHLL(2): each esize lane of the chosen half widened and shifted left by esize
    const elems = 8 >>> size;
    const base = q * elems;
    const bits = 8 << size;
    for (let e = 0; e < elems; e++) {
      const x = readLane(c, n, size, base + e, false);
      if (size === 2) {
        R32[e * 2] = 0;
        R32[e * 2 + 1] = x;
      } else writeLane(size + 1, e, x << bits);
    }
    commitBytes(c, d, 16);
    return;
  }
  if (size === 3) {
    lane64(c, u, opcode, n, d, 0);
    lane64(c, u, opcode, n, d, 1);
    commitBytes(c, d, 16);
    return;
  }
  const elems = (8 << q) >>> size;
  for (let e = 0; e < elems; e++) writeLane(size, e, laneSmall(c, u, opcode, size, n, d, e));
  commitBytes(c, d, 8 << q);
});

/** Scalar forms (01 u 11110 size 10000 opcode 10 n d): one lane, the rest of Vd zeroed. */
export const SIMD_MISC_INT_SCALAR = define("SIMD_MISC_INT_SCALAR", (c, w) => {
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (opcode === 18 || opcode === 20) {
    writeLane(size, 0, narrowLane(c, u, opcode, size, n, 0));
    commitBytes(c, d, 1 << size);
    return;
  }
  if (size === 3) {
    lane64(c, u, opcode, n, d, 0);
    commitBytes(c, d, 8);
    return;
  }
  writeLane(size, 0, laneSmall(c, u, opcode, size, n, d, 0));
  commitBytes(c, d, 1 << size);
});

/** The integer handler for a two-reg misc word of this file's forms, or -1. */
export function decodeSimdMiscInt(w: number): number {
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const opcode = (w >>> 12) & 31;
  if ((w & 0x9f3e0c00) >>> 0 === 0x0e200800) {
    const q = (w >>> 30) & 1;
    if (opcode === 3 || opcode === 7) return size === 3 && q === 0 ? -1 : SIMD_MISC_INT_VEC;
    if (opcode === 4 || opcode === 20 || (u === 1 && (opcode === 18 || opcode === 19)))
      return size === 3 ? -1 : SIMD_MISC_INT_VEC;
    return -1;
  }
  if ((w & 0xdf3e0c00) >>> 0 === 0x5e200800) {
    if (opcode === 3 || opcode === 7) return SIMD_MISC_INT_SCALAR;
    if (opcode === 20 || (u === 1 && opcode === 18)) return size === 3 ? -1 : SIMD_MISC_INT_SCALAR;
    if (opcode >= 8 && opcode <= 11 && !(u === 1 && opcode === 10)) return size === 3 ? SIMD_MISC_INT_SCALAR : -1;
    return -1;
  }
  return -1;
}
