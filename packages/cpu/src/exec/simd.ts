/**
 * AdvSIMD: immediates, copies, permutes, integer three-same/two-reg/across-lanes/shifts/widening,
 * and the decode of the whole FP/SIMD data-processing space (scalar FP handlers live in ./fp).
 * Lanes of 8/16/32 bits compute as JS numbers; 64-bit lanes as lo/hi pairs.
 */
import type { FeatureSet } from "@a64vm/sysreg";
import type { Cpu } from "../core/cpu";
import { decodeBf16 } from "./bf16";
import { UNDEF } from "./branch";
import { decodeCrypto } from "./crypto";
import * as fp from "./fp";
import {
  D,
  fixedToFp,
  fpAdd,
  fpCompare,
  fpDiv,
  fpMinMax,
  fpMul,
  fpMulAdd,
  fpRoundInt,
  fpSqrt,
  fpStepFused,
  fpToFixed,
  H,
  isNaNBits,
  resultHi,
  resultLo,
  S,
} from "./fp-lane";
import { FP_SAME_S, isSingleSame } from "./fp-vector";
import { decodeFp8 } from "./fp8";
import { decodeFp16 } from "./fp16";
import { FMLAL_VEC, FMLSL_VEC } from "./simd-element-float";
import { define } from "./table";

/** Result staging so a destination may alias a source; module-level, never reallocated. */
const T = new Uint8Array(16);
const T32 = new Int32Array(T.buffer);

function lane(c: Cpu, reg: number, size: number, i: number, signed: boolean): number {
  switch (size) {
    case 0:
      return signed ? (c.v[reg * 16 + i]! << 24) >> 24 : c.v[reg * 16 + i]!;
    case 1:
      return signed ? (c.v16[reg * 8 + i]! << 16) >> 16 : c.v16[reg * 8 + i]!;
    default:
      return signed ? c.v32[reg * 4 + i]! : c.v32[reg * 4 + i]! >>> 0;
  }
}

function putT(size: number, i: number, value: number): void {
  if (size === 0) T[i] = value;
  else if (size === 1) {
    T[i * 2] = value;
    T[i * 2 + 1] = value >>> 8;
  } else T32[i] = value;
}

/** Copies the staged result to Vd (Q=0 zeroes the upper half). */
function commit(c: Cpu, d: number, q: number): void {
  const v32 = c.v32;
  v32[d * 4] = T32[0]!;
  v32[d * 4 + 1] = T32[1]!;
  v32[d * 4 + 2] = q === 1 ? T32[2]! : 0;
  v32[d * 4 + 3] = q === 1 ? T32[3]! : 0;
}

function ones(size: number): number {
  return size === 0 ? 0xff : size === 1 ? 0xffff : -1;
}

/** AdvSIMDExpandImm into T (64 bits, replicated to both halves). */
function expandImm(op: number, cmode: number, imm8: number): void {
  let lo = 0;
  let hi = 0;
  switch (cmode >>> 1) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const v = imm8 << (8 * (cmode >>> 1));
      lo = v;
      hi = v;
      break;
    }
    case 4:
    case 5: {
      const h = imm8 << (8 * ((cmode >>> 1) & 1));
      lo = h | (h << 16);
      hi = lo;
      break;
    }
    case 6: {
      const v = (cmode & 1) === 0 ? (imm8 << 8) | 0xff : (imm8 << 16) | 0xffff;
      lo = v;
      hi = v;
      break;
    }
    default:
      if ((cmode & 1) === 0 && op === 0) {
        lo = imm8 * 0x01010101;
        hi = lo;
      } else if ((cmode & 1) === 0) {
        for (let i = 0; i < 8; i++) {
          const byte = (imm8 >>> i) & 1 ? 0xff : 0;
          if (i < 4) lo |= byte << (8 * i);
          else hi |= byte << (8 * (i - 4));
        }
      } else if (op === 0) {
        // FMOV (vector, single): imm8 to a float32 bit pattern
        const b = (imm8 >>> 6) & 1;
        const v = ((imm8 & 0x80) << 24) | ((b ^ 1) << 30) | ((b === 1 ? 0x1f : 0) << 25) | ((imm8 & 0x3f) << 19);
        lo = v;
        hi = v;
      } else {
        const b = (imm8 >>> 6) & 1;
        hi = ((imm8 & 0x80) << 24) | ((b ^ 1) << 30) | ((b === 1 ? 0xff : 0) << 22) | ((imm8 & 0x3f) << 16);
        lo = 0;
      }
  }
  T32[0] = lo | 0;
  T32[1] = hi | 0;
  T32[2] = lo | 0;
  T32[3] = hi | 0;
}

/** MOVI/MVNI/ORR/BIC (vector, immediate) and FMOV (vector, immediate). */
export const MOVI = define("MOVI", (c, w) => {
  const q = (w >>> 30) & 1;
  const op = (w >>> 29) & 1;
  const cmode = (w >>> 12) & 15;
  const imm8 = (((w >>> 16) & 7) << 5) | ((w >>> 5) & 31);
  const d = w & 31;
  expandImm(op, cmode, imm8);
  if (cmode === 15 && op === 0 && ((w >>> 11) & 1) === 1) {
    // FMOV (vector, half precision): imm8 as a:NOT(b):b:b:cdefgh:000000, in every lane.
    const b = (imm8 >>> 6) & 1;
    const h = ((imm8 & 0x80) << 8) | ((b ^ 1) << 14) | ((b === 1 ? 3 : 0) << 12) | ((imm8 & 0x3f) << 6);
    T32[0] = T32[1] = T32[2] = T32[3] = h | (h << 16);
  }
  const isOrrBic = (cmode & 1) === 1 && cmode < 12;
  const v32 = c.v32;
  if (isOrrBic) {
    for (let i = 0; i < 4; i++) v32[d * 4 + i] = op === 1 ? v32[d * 4 + i]! & ~T32[i]! : v32[d * 4 + i]! | T32[i]!;
  } else {
    const invert = op === 1 && cmode < 14;
    for (let i = 0; i < 4; i++) v32[d * 4 + i] = invert ? ~T32[i]! : T32[i]!;
  }
  if (q === 0) {
    v32[d * 4 + 2] = 0;
    v32[d * 4 + 3] = 0;
  }
});

/** DUP (element/general), SMOV, UMOV, INS (element/general). */
export const COPY = define("COPY", (c, w) => {
  const q = (w >>> 30) & 1;
  const op = (w >>> 29) & 1;
  const imm5 = (w >>> 16) & 31;
  const imm4 = (w >>> 11) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const size = 31 - Math.clz32(imm5 & -imm5);
  if (size > 3) c.undefined();
  const index = imm5 >>> (size + 1);
  const esize = 1 << size;
  const v = c.v;
  const x = c.x;
  if (op === 1) {
    // INS (element)
    const src = imm4 >>> size;
    for (let b = 0; b < esize; b++) T[b] = v[n * 16 + src * esize + b]!;
    for (let b = 0; b < esize; b++) v[d * 16 + index * esize + b] = T[b]!;
    return;
  }
  switch (imm4) {
    case 0: {
      // DUP (element)
      for (let b = 0; b < esize; b++) T[b] = v[n * 16 + index * esize + b]!;
      const total = 8 << q;
      for (let i = esize; i < total; i++) T[i] = T[i % esize]!;
      for (let i = 0; i < total; i++) v[d * 16 + i] = T[i]!;
      if (q === 0) for (let i = 8; i < 16; i++) v[d * 16 + i] = 0;
      return;
    }
    case 1: {
      // DUP (general)
      const lo = x[n * 2]!;
      const hi = x[n * 2 + 1]!;
      const total = 8 << q;
      for (let i = 0; i < total; i++) {
        const b = i % esize;
        v[d * 16 + i] = b < 4 ? lo >>> (8 * b) : hi >>> (8 * (b - 4));
      }
      if (q === 0) for (let i = 8; i < 16; i++) v[d * 16 + i] = 0;
      return;
    }
    case 3: {
      // INS (general)
      const lo = x[n * 2]!;
      const hi = x[n * 2 + 1]!;
      for (let b = 0; b < esize; b++) v[d * 16 + index * esize + b] = b < 4 ? lo >>> (8 * b) : hi >>> (8 * (b - 4));
      return;
    }
    case 5:
    case 7: {
      // SMOV / UMOV
      if (size === 3) {
        x[d * 2] = c.v32[n * 4 + index * 2]!;
        x[d * 2 + 1] = c.v32[n * 4 + index * 2 + 1]!;
        return;
      }
      const val = lane(c, n, size, index, imm4 === 5);
      x[d * 2] = val | 0;
      x[d * 2 + 1] = imm4 === 5 && q === 1 ? val >> 31 : 0;
      if (imm4 === 5 && q === 0) x[d * 2] = val & 0xffffffff;
      return;
    }
    default:
      return c.undefined();
  }
});

export const EXT = define("EXT", (c, w) => {
  const q = (w >>> 30) & 1;
  const m = (w >>> 16) & 31;
  const pos = (w >>> 11) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const bytes = 8 << q;
  if (q === 0 && pos >= 8) c.undefined();
  const v = c.v;
  for (let i = 0; i < bytes; i++) {
    const k = i + pos;
    T[i] = k < bytes ? v[n * 16 + k]! : v[m * 16 + k - bytes]!;
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** UZP1/2, TRN1/2, ZIP1/2. */
export const PERMUTE = define("PERMUTE", (c, w) => {
  const q = (w >>> 30) & 1;
  const size = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const op = (w >>> 12) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const esize = 1 << size;
  const elems = (8 << q) / esize;
  const part = op >>> 2;
  const v = c.v;
  const src = (r: number, e: number, b: number) => v[r * 16 + e * esize + b]!;
  for (let e = 0; e < elems; e++) {
    let r: number;
    let k: number;
    if ((op & 3) === 1) {
      // UZP
      const idx = 2 * e + part;
      r = idx < elems ? n : m;
      k = idx % elems;
    } else if ((op & 3) === 2) {
      // TRN
      r = (e & 1) === 0 ? n : m;
      k = (e & ~1) + part;
    } else {
      // ZIP
      const base = part * (elems / 2);
      r = (e & 1) === 0 ? n : m;
      k = base + (e >>> 1);
    }
    for (let b = 0; b < esize; b++) T[e * esize + b] = src(r, k, b);
  }
  commit(c, d, q);
});

function cmpLanes64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): number {
  const ah = signed ? ahi : ahi >>> 0;
  const bh = signed ? bhi : bhi >>> 0;
  if (ah !== bh) return ah < bh ? -1 : 1;
  return alo >>> 0 === blo >>> 0 ? 0 : alo >>> 0 < blo >>> 0 ? -1 : 1;
}

/** Integer three-same: logic, ADD/SUB, compares, MAX/MIN(P), ADDP, MUL, USHL/SSHL. */
/** FPSR.QC: a saturating operation saturated. */
const FPSR_QC = 1 << 27;

/** v saturated to a signed or unsigned `bits`-bit lane, setting FPSR.QC when it saturates. */
function saturateLane(c: Cpu, v: number, bits: number, signed: boolean): number {
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

/**
 * A 64-bit lane of SQADD/UQADD (1), SQSUB/UQSUB (5), SSHL/USHL (8), SQSHL/UQSHL (9), SRSHL/URSHL (10)
 * or SQRSHL/UQRSHL (11): exact in BigInt, then wrapped or saturated (FPSR.QC) to 64 bits.
 */
function wideLane64(
  c: Cpu,
  opcode: number,
  signed: boolean,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): bigint {
  const word = (lo: number, hi: number): bigint => {
    const v = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    return signed ? BigInt.asIntN(64, v) : v;
  };
  const a = word(alo, ahi);
  let v: bigint;
  if (opcode === 1 || opcode === 5) v = opcode === 1 ? a + word(blo, bhi) : a - word(blo, bhi);
  else {
    const shift = (blo << 24) >> 24;
    const rounding = opcode === 10 || opcode === 11;
    if (shift >= 0) v = a << BigInt(shift);
    else v = (a + (rounding ? 1n << BigInt(-shift - 1) : 0n)) >> BigInt(-shift);
    if (opcode === 8 || opcode === 10) return v;
  }
  const min = signed ? -(1n << 63n) : 0n;
  const max = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  if (v < min || v > max) {
    c.fpsr |= FPSR_QC;
    return v < min ? min : max;
  }
  return v;
}

/** PMUL: the low 8 bits of the carry-less product of two bytes. */
function polynomialMultiply8(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if (((b >>> i) & 1) === 1) r ^= a << i;
  return r;
}

export const THREE_SAME = define("THREE_SAME", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const opcode = (w >>> 11) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const words = q === 1 ? 4 : 2;
  if (opcode === 3) {
    for (let i = 0; i < words; i++) {
      const a = v32[n * 4 + i]!;
      const b = v32[m * 4 + i]!;
      const dv = v32[d * 4 + i]!;
      let r: number;
      if (u === 0) r = size === 0 ? a & b : size === 1 ? a & ~b : size === 2 ? a | b : a | ~b;
      else if (size === 0) r = a ^ b;
      else if (size === 1)
        r = (dv & a) | (~dv & b); // BSL
      else if (size === 2)
        r = (dv & ~b) | (a & b); // BIT
      else r = (dv & b) | (a & ~b); // BIF
      T32[i] = r;
    }
    if (q === 0) T32[2] = T32[3] = 0;
    commit(c, d, q);
    return;
  }
  if (size === 3) {
    if (q === 0) c.undefined();
    if (opcode === 23 && u === 0) {
      // ADDP .2d: the sum of Vn's two lanes, then of Vm's.
      for (let e = 0; e < 2; e++) {
        const src = (e === 0 ? n : m) * 4;
        const s = (v32[src]! >>> 0) + (v32[src + 2]! >>> 0);
        T32[e * 2] = s | 0;
        T32[e * 2 + 1] = (v32[src + 1]! + v32[src + 3]! + (s >= 4294967296 ? 1 : 0)) | 0;
      }
      commit(c, d, 1);
      return;
    }
    for (let e = 0; e < 2; e++) {
      const alo = v32[n * 4 + e * 2]!;
      const ahi = v32[n * 4 + e * 2 + 1]!;
      const blo = v32[m * 4 + e * 2]!;
      const bhi = v32[m * 4 + e * 2 + 1]!;
      let rlo = 0;
      let rhi = 0;
      switch (opcode) {
        case 16: {
          const bl = u === 1 ? ~blo : blo;
          const bh = u === 1 ? ~bhi : bhi;
          const s = (alo >>> 0) + (bl >>> 0) + u;
          rlo = s | 0;
          rhi = (ahi + bh + (s >= 4294967296 ? 1 : 0)) | 0;
          break;
        }
        case 17: {
          const t = u === 1 ? alo === blo && ahi === bhi : ((alo & blo) | (ahi & bhi)) !== 0;
          rlo = rhi = t ? -1 : 0;
          break;
        }
        case 6:
          rlo = rhi = cmpLanes64(alo, ahi, blo, bhi, u === 0) > 0 ? -1 : 0;
          break;
        case 7:
          rlo = rhi = cmpLanes64(alo, ahi, blo, bhi, u === 0) >= 0 ? -1 : 0;
          break;
        case 1:
        case 5:
        case 8:
        case 9:
        case 10:
        case 11: {
          // 64-bit saturating add/sub and shifts by register: rare enough for BigInt lanes.
          const v = wideLane64(c, opcode, u === 0, alo, ahi, blo, bhi);
          rlo = Number(BigInt.asIntN(32, v));
          rhi = Number(BigInt.asIntN(32, v >> 32n));
          break;
        }
        default:
          return c.undefined();
      }
      T32[e * 2] = rlo;
      T32[e * 2 + 1] = rhi;
    }
    commit(c, d, q);
    return;
  }
  const elems = (8 << q) >>> size;
  const mask = ones(size);
  const signed = u === 0;
  const bits = 8 << size;
  for (let e = 0; e < elems; e++) {
    let r: number;
    if (opcode === 20 || opcode === 21 || opcode === 23) {
      // pairwise: lanes of n then m
      const half = elems >>> 1;
      const src = e < half ? n : m;
      const k = (e % half) * 2;
      const a = lane(c, src, size, k, signed && opcode !== 23);
      const b = lane(c, src, size, k + 1, signed && opcode !== 23);
      r = opcode === 23 ? a + b : opcode === 20 ? Math.max(a, b) : Math.min(a, b);
    } else {
      const a = lane(c, n, size, e, signed);
      const b = lane(c, m, size, e, signed);
      switch (opcode) {
        case 16:
          r = u === 1 ? a - b : a + b;
          break;
        case 17:
          r = u === 1 ? (a === b ? -1 : 0) : (a & b & mask) !== 0 ? -1 : 0;
          break;
        case 6:
          r = a > b ? -1 : 0;
          break;
        case 7:
          r = a >= b ? -1 : 0;
          break;
        case 12:
          r = Math.max(a, b);
          break;
        case 13:
          r = Math.min(a, b);
          break;
        case 19:
          r = u === 1 ? polynomialMultiply8(a, b) : Math.imul(a, b);
          break;
        case 14: {
          // SABD/UABD
          r = Math.abs(a - b);
          break;
        }
        case 8: {
          // SSHL/USHL by the signed low byte of b
          const s = (lane(c, m, size, e, false) << 24) >> 24;
          if (s >= 0) r = s >= bits ? 0 : a * 2 ** s;
          else r = -s >= bits ? (signed && a < 0 ? -1 : 0) : Math.floor(a / 2 ** -s);
          break;
        }
        case 0:
          // SHADD/UHADD, SRHADD/URHADD, SHSUB/UHSUB: exact, then halved toward minus infinity.
          r = Math.floor((a + b) / 2);
          break;
        case 2:
          r = Math.floor((a + b + 1) / 2);
          break;
        case 4:
          r = Math.floor((a - b) / 2);
          break;
        case 1:
          r = saturateLane(c, a + b, bits, signed);
          break;
        case 5:
          r = saturateLane(c, a - b, bits, signed);
          break;
        case 15:
          // SABA/UABA: accumulate the absolute difference (modulo the lane).
          r = lane(c, d, size, e, false) + Math.abs(a - b);
          break;
        case 18: {
          // MLA/MLS, modulo the lane.
          const product = Math.imul(a, b);
          r = u === 0 ? lane(c, d, size, e, false) + product : lane(c, d, size, e, false) - product;
          break;
        }
        case 9:
        case 10:
        case 11: {
          // SQSHL/UQSHL, SRSHL/URSHL, SQRSHL/UQRSHL by the signed low byte of b.
          const s = (lane(c, m, size, e, false) << 24) >> 24;
          const rounding = opcode !== 9;
          let v: number;
          if (s >= 0) v = a === 0 ? 0 : s >= 64 ? (a < 0 ? -(2 ** 64) : 2 ** 64) : a * 2 ** s;
          else v = Math.floor((a + (rounding ? 2 ** (-s - 1) : 0)) / 2 ** -s);
          r = opcode === 10 ? v % 2 ** bits : saturateLane(c, v, bits, signed);
          break;
        }
        case 22: {
          // SQDMULH/SQRDMULH: the high half of 2ab (rounded for SQRDMULH), saturated.
          if (size === 0 || size === 3) c.undefined();
          // Both forms are signed (U selects the rounding).
          const sa = BigInt(lane(c, n, size, e, true));
          const doubled = sa * BigInt(lane(c, m, size, e, true)) * 2n + (u === 1 ? 1n << BigInt(bits - 1) : 0n);
          r = saturateLane(c, Number(doubled >> BigInt(bits)), bits, true);
          break;
        }
        default:
          return c.undefined();
      }
    }
    putT(size, e, r & mask);
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** Two-register misc (integer): REV*, CNT, NOT/MVN, RBIT, CMxx #0, ABS, NEG, XTN. */
export const TWO_MISC = define("TWO_MISC", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v = c.v;
  const bytes = 8 << q;
  if (opcode <= 1) {
    // REV64 (u0 op0), REV32 (u1 op0), REV16 (u0 op1): reverse `size` elements within containers
    const container = opcode === 1 ? 2 : u === 1 ? 4 : 8;
    const esize = 1 << size;
    if (esize >= container) c.undefined();
    for (let i = 0; i < bytes; i++) {
      const base = i - (i % container);
      const within = i % container;
      const elem = Math.floor(within / esize);
      const nelem = container / esize;
      T[i] = v[n * 16 + base + (nelem - 1 - elem) * esize + (within % esize)]!;
    }
    commit(c, d, q);
    return;
  }
  if (opcode === 5) {
    for (let i = 0; i < bytes; i++) {
      const b = v[n * 16 + i]!;
      if (u === 0) {
        let k = b - ((b >>> 1) & 0x55);
        k = (k & 0x33) + ((k >>> 2) & 0x33);
        T[i] = (k + (k >>> 4)) & 15;
      } else if (size === 0) T[i] = ~b;
      else {
        let r = 0;
        for (let k = 0; k < 8; k++) r |= ((b >>> k) & 1) << (7 - k);
        T[i] = r;
      }
    }
    commit(c, d, q);
    return;
  }
  if (opcode === 18 && u === 0) {
    // XTN/XTN2: narrow 2*size lanes to size
    if (size === 3) c.undefined();
    const elems = 8 >>> size;
    const out = q === 1 ? 8 : 0;
    const src = c.v32;
    for (let i = 0; i < 16; i++) T[i] = v[d * 16 + i]!;
    for (let e = 0; e < elems; e++) {
      const wide = size === 2 ? src[n * 4 + e * 2]! : lane(c, n, size + 1, e, false);
      for (let b = 0; b < 1 << size; b++) T[out + e * (1 << size) + b] = wide >>> (8 * b);
    }
    if (q === 0) T32[2] = T32[3] = 0;
    commit(c, d, 1);
    return;
  }
  if (opcode === 2 || opcode === 6) {
    // SADDLP/UADDLP (2), SADALP/UADALP (6): pairwise widening add, optionally accumulating
    if (size === 3) return c.undefined();
    const pairs = (bytes >>> size) >>> 1;
    for (let e = 0; e < pairs; e++) {
      let r = lane(c, n, size, 2 * e, u === 0) + lane(c, n, size, 2 * e + 1, u === 0);
      if (size === 2) {
        // The pair sum (|r| < 2^33) plus the 64-bit accumulator, word by word with the carry.
        const hi = Math.floor(r / 4294967296);
        const low = r - hi * 4294967296 + (opcode === 6 ? c.v32[d * 4 + e * 2]! >>> 0 : 0);
        const carry = low >= 4294967296 ? 1 : 0;
        T32[e * 2] = low | 0;
        T32[e * 2 + 1] = (hi + carry + (opcode === 6 ? c.v32[d * 4 + e * 2 + 1]! : 0)) | 0;
      } else {
        if (opcode === 6) r += lane(c, d, size + 1, e, false);
        putT(size + 1, e, r & ones(size + 1));
      }
    }
    if (q === 0) T32[2] = T32[3] = 0;
    commit(c, d, q);
    return;
  }
  const elems = bytes >>> size;
  if (size === 3) {
    if (q === 0) c.undefined();
    const v32 = c.v32;
    for (let e = 0; e < 2; e++) {
      const lo = v32[n * 4 + e * 2]!;
      const hi = v32[n * 4 + e * 2 + 1]!;
      let t: boolean;
      let rlo = 0;
      let rhi = 0;
      const isZero = (lo | hi) === 0;
      const neg = hi < 0;
      switch (opcode) {
        case 8:
          t = u === 0 ? !neg && !isZero : !neg;
          rlo = rhi = t ? -1 : 0;
          break;
        case 9:
          t = u === 0 ? isZero : neg || isZero;
          rlo = rhi = t ? -1 : 0;
          break;
        case 10:
          rlo = rhi = neg ? -1 : 0;
          break;
        case 11: {
          const doNeg = u === 1 || neg;
          if (doNeg) {
            rlo = -lo | 0;
            rhi = (~hi + (lo === 0 ? 1 : 0)) | 0;
          } else {
            rlo = lo;
            rhi = hi;
          }
          break;
        }
        default:
          return c.undefined();
      }
      T32[e * 2] = rlo;
      T32[e * 2 + 1] = rhi;
    }
    commit(c, d, q);
    return;
  }
  const mask = ones(size);
  for (let e = 0; e < elems; e++) {
    const a = lane(c, n, size, e, true);
    let r: number;
    switch (opcode) {
      case 8:
        r = (u === 0 ? a > 0 : a >= 0) ? -1 : 0;
        break;
      case 9:
        r = (u === 0 ? a === 0 : a <= 0) ? -1 : 0;
        break;
      case 10:
        if (u === 1) c.undefined();
        r = a < 0 ? -1 : 0;
        break;
      case 11:
        r = u === 1 ? -a : Math.abs(a);
        break;
      default:
        return c.undefined();
    }
    putT(size, e, r & mask);
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** Scratch lanes of an FP reduction. */
const REDUCE = new Int32Array(8);

/** The Arm ARM's Reduce: op(Reduce(lower half), Reduce(upper half)), down to single lanes. */
function reduceMinMax(c: Cpu, f: number, first: number, count: number, max: boolean, numeric: boolean): number {
  if (count === 1) return REDUCE[first]!;
  const half = count >>> 1;
  const lo = reduceMinMax(c, f, first, half, max, numeric);
  const hi = reduceMinMax(c, f, first + half, half, max, numeric);
  fpMinMax(c, f, lo, 0, hi, 0, max, numeric);
  return resultHi;
}

/** FMAXV/FMINV/FMAXNMV/FMINNMV: single (4S, U = 1) or half (4H/8H, U = 0) across lanes. */
function fpAcross(c: Cpu, w: number): void {
  const q = (w >>> 30) & 1;
  const single = ((w >>> 29) & 1) === 1;
  if (((w >>> 22) & 1) === 1 || (single && q === 0)) c.undefined();
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const count = single ? 4 : 4 << q;
  for (let e = 0; e < count; e++) REDUCE[e] = single ? c.v32[n * 4 + e]! : c.v16[n * 8 + e]!;
  const r = reduceMinMax(c, single ? S : H, 0, count, ((w >>> 23) & 1) === 0, ((w >>> 12) & 31) === 12);
  const v32 = c.v32;
  v32[d * 4] = single ? r : r & 0xffff;
  v32[d * 4 + 1] = 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
}

/** ADDV, SMAXV/UMAXV, SMINV/UMINV, SADDLV/UADDLV, and the FP max/min across lanes. */
export const ACROSS = define("ACROSS", (c, w) => {
  const opcode5 = (w >>> 12) & 31;
  if (opcode5 === 12 || opcode5 === 15) {
    fpAcross(c, w);
    return;
  }
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (size === 3 || (size === 2 && q === 0)) c.undefined();
  const elems = (8 << q) >>> size;
  const signed = u === 0;
  let acc = lane(c, n, size, 0, signed);
  for (let e = 1; e < elems; e++) {
    const a = lane(c, n, size, e, signed);
    if (opcode === 27 || opcode === 3) acc += a;
    else if (opcode === 10) acc = Math.max(acc, a);
    else if (opcode === 26) acc = Math.min(acc, a);
    else c.undefined();
  }
  const outSize = opcode === 3 ? size + 1 : size;
  T32[0] = T32[1] = T32[2] = T32[3] = 0;
  if (outSize === 3) {
    // SADDLV/UADDLV of four words: |acc| < 2^34, exact in a double.
    T32[0] = acc | 0;
    T32[1] = Math.floor(acc / 4294967296) | 0;
  } else putT(outSize, 0, acc & ones(outSize));
  commit(c, d, 1);
});

/** Shift by immediate: SSHR/USHR, SSRA/USRA, SHL, SLI/SRI, SHRN, SSHLL/USHLL. */
export const SHIFT_IMM = define("SHIFT_IMM", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const immh = (w >>> 19) & 15;
  const immhb = (w >>> 16) & 127;
  const opcode = (w >>> 11) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const size = 31 - Math.clz32(immh);
  const esize = 8 << size;
  const v32 = c.v32;
  if (opcode >= 16 && opcode <= 19) {
    if (size === 3) c.undefined();
    shiftRightNarrow(c, w, size, immhb, opcode, u);
    return;
  }
  if (opcode === 28 || opcode === 31) {
    fixedPointVector(c, w, immh, immhb, opcode === 28, u === 1);
    return;
  }
  if (opcode === 16 || opcode === 20) {
    // SHRN (narrow from 2*esize) / SSHLL, USHLL (widen to 2*esize)
    if (size === 3) c.undefined();
    if (opcode === 16) {
      if (u === 1) c.undefined();
      const shift = 2 * esize - immhb;
      const elems = 64 / esize;
      for (let i = 0; i < 16; i++) T[i] = c.v[d * 16 + i]!;
      const out = q === 1 ? elems : 0;
      for (let e = 0; e < elems; e++) {
        let r: number;
        if (size === 2) {
          const lo = v32[n * 4 + e * 2]!;
          const hi = v32[n * 4 + e * 2 + 1]!;
          r = shift >= 32 ? hi >>> (shift - 32) : (lo >>> shift) | (shift === 0 ? 0 : hi << (32 - shift));
        } else r = lane(c, n, size + 1, e, false) >>> shift;
        putT(size, out + e, r & ones(size));
      }
      if (q === 0) T32[2] = T32[3] = 0;
      commit(c, d, 1);
      return;
    }
    const shift = immhb - esize;
    const elems = 64 / esize;
    const base = q === 1 ? elems : 0;
    for (let e = 0; e < elems; e++) {
      const a = lane(c, n, size, base + e, u === 0);
      if (size === 2) {
        const val = a * 2 ** shift;
        const hi = Math.floor(val / 4294967296);
        T32[e * 2] = (val - hi * 4294967296) | 0;
        T32[e * 2 + 1] = hi | 0;
      } else putT(size + 1, e, (a << shift) & ones(size + 1));
    }
    commit(c, d, 1);
    return;
  }
  if (size === 3 && q === 0) c.undefined();
  const elems = (8 << q) / (esize / 8);
  const rshift = 2 * esize - immhb;
  const lshift = immhb - esize;
  const signedSource = shiftSourceSigned(opcode, u);
  // SSHR/USHR, SSRA/USRA and SHL on lanes up to 32 bits: exact in doubles, no BigInt.
  if (size < 3 && (opcode === 0 || opcode === 2 || (opcode === 10 && u === 0))) {
    for (let e = 0; e < elems; e++) {
      const a = lane(c, n, size, e, signedSource);
      let r = opcode === 10 ? a * 2 ** lshift : Math.floor(a / 2 ** rshift);
      if (opcode === 2) r += lane(c, d, size, e, false);
      putT(size, e, r & ones(size));
    }
    if (q === 0) T32[2] = T32[3] = 0;
    commit(c, d, q);
    return;
  }
  for (let e = 0; e < elems; e++) {
    const a = laneBig(c, n, size, e, signedSource);
    const v = shiftImmediateLane(c, opcode, u, a, laneBig(c, d, size, e, false), esize, rshift, lshift);
    if (size === 3) {
      T32[e * 2] = Number(BigInt.asIntN(32, v));
      T32[e * 2 + 1] = Number(BigInt.asIntN(32, v >> 32n));
    } else putT(size, e, Number(BigInt.asUintN(esize, v)) | 0);
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** Lane e of Vn of `size` as a BigInt, signed or not. */
function laneBig(c: Cpu, n: number, size: number, e: number, signed: boolean): bigint {
  return size === 3 ? lane64(c, n, e, signed) : BigInt(lane(c, n, size, e, signed));
}

/** Whether a shift-by-immediate form reads its source lanes as signed. */
function shiftSourceSigned(opcode: number, u: number): boolean {
  // SQSHLU shifts signed values into an unsigned range; SRI/SLI/SHL move bits.
  if (opcode === 12) return true;
  if (opcode === 8 || opcode === 10) return false;
  return u === 0;
}

/**
 * One lane of SSHR/USHR (0), SSRA/USRA (2), SRSHR/URSHR (4), SRSRA/URSRA (6), SRI (8), SHL/SLI (10),
 * SQSHLU (12) and SQSHL/UQSHL (14) by immediate, exactly; the saturating forms set FPSR.QC.
 */
function shiftImmediateLane(
  c: Cpu,
  opcode: number,
  u: number,
  a: bigint,
  dv: bigint,
  esize: number,
  rshift: number,
  lshift: number,
): bigint {
  switch (opcode) {
    case 0:
      return a >> BigInt(rshift);
    case 2:
      return dv + (a >> BigInt(rshift));
    case 4:
      return (a + (1n << BigInt(rshift - 1))) >> BigInt(rshift);
    case 6:
      return dv + ((a + (1n << BigInt(rshift - 1))) >> BigInt(rshift));
    case 8: {
      if (u === 0) return c.undefined();
      const ones = (1n << BigInt(esize)) - 1n;
      return (dv & ~(ones >> BigInt(rshift)) & ones) | (a >> BigInt(rshift));
    }
    case 10:
      return u === 0 ? a << BigInt(lshift) : (a << BigInt(lshift)) | (dv & ((1n << BigInt(lshift)) - 1n));
    case 12:
      if (u === 0) return c.undefined();
      return saturateLaneBig(c, a << BigInt(lshift), esize, false);
    case 14:
      return saturateLaneBig(c, a << BigInt(lshift), esize, u === 0);
    default:
      return c.undefined();
  }
}

/** v saturated to a signed or unsigned `bits`-bit lane, setting FPSR.QC when it saturates. */
function saturateLaneBig(c: Cpu, v: bigint, bits: number, signed: boolean): bigint {
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (v < min || v > max) {
    c.fpsr |= FPSR_QC;
    return v < min ? min : max;
  }
  return v;
}

/**
 * SHRN/RSHRN (16/17, U = 0: truncate), SQSHRUN/SQRSHRUN (16/17, U = 1: signed to unsigned) and
 * SQSHRN/SQRSHRN, UQSHRN/UQRSHRN (18/19): lanes of 2*esize shifted right (rounded for the odd
 * opcodes) into esize lanes of the lower or, for the "2" forms (Q = 1), upper half of Vd.
 */
function shiftRightNarrow(c: Cpu, w: number, size: number, immhb: number, opcode: number, u: number): void {
  const q = (w >>> 30) & 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const esize = 8 << size;
  const shift = 2 * esize - immhb;
  const elems = 64 / esize;
  const rounding = (opcode & 1) === 1;
  const truncate = opcode <= 17 && u === 0;
  const signedSource = opcode <= 17 ? u === 1 : u === 0;
  const signedResult = opcode >= 18 && u === 0;
  for (let i = 0; i < 16; i++) T[i] = c.v[d * 16 + i]!;
  const out = q === 1 ? elems : 0;
  for (let e = 0; e < elems; e++) {
    const a = laneBig(c, n, size + 1, e, signedSource);
    const v = (a + (rounding ? 1n << BigInt(shift - 1) : 0n)) >> BigInt(shift);
    const r = truncate ? v : saturateLaneBig(c, v, esize, signedResult);
    putT(size, out + e, Number(BigInt.asUintN(esize, r)) | 0);
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, 1);
}

/**
 * SCVTF/UCVTF and FCVTZS/FCVTZU (vector, fixed-point) on half (immh = 001x), single (01xx) or
 * double (1xxx) lanes, with fbits = 2*esize - immh:immb, through the exact lane conversions.
 */
function fixedPointVector(c: Cpu, w: number, immh: number, immhb: number, toFloat: boolean, unsigned: boolean): void {
  const q = (w >>> 30) & 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (immh < 2 || (immh >= 8 && q === 0)) c.undefined();
  const f = immh >= 8 ? D : immh >= 4 ? S : H;
  const esize = f === D ? 64 : f === S ? 32 : 16;
  const fbits = 2 * esize - immhb;
  const elems = (64 << q) / esize;
  const v32 = c.v32;
  for (let e = 0; e < elems; e++) {
    let hi: number;
    let lo: number;
    if (f === D) {
      lo = v32[n * 4 + e * 2]!;
      hi = v32[n * 4 + e * 2 + 1]!;
    } else {
      const raw = f === S ? v32[n * 4 + e]! : c.v16[n * 8 + e]!;
      if (toFloat) {
        // The integer lane extended to 64 bits for FixedToFP.
        lo = f === S || unsigned ? raw : (raw << 16) >> 16;
        hi = unsigned ? 0 : lo >> 31;
      } else {
        hi = raw;
        lo = 0;
      }
    }
    if (toFloat) fixedToFp(c, f, hi, lo, unsigned, fbits);
    else fpToFixed(c, f, hi, lo, fbits, 3, esize, unsigned);
    if (f === D) {
      T32[e * 2] = resultLo;
      T32[e * 2 + 1] = resultHi;
    } else if (f === S) T32[e] = toFloat ? resultHi : resultLo;
    else putT(1, e, (toFloat ? resultHi : resultLo) & 0xffff);
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
}

/**
 * Three-different: SADDL/UADDL, SADDW/UADDW, SSUBL/USUBL, SSUBW/USUBW, (R)ADDHN/(R)SUBHN, SABAL/UABAL,
 * SABDL/UABDL, SMLAL/UMLAL, SMLSL/UMLSL, SMULL/UMULL, SQDMLAL, SQDMLSL, SQDMULL.
 */
export const THREE_DIFF = define("THREE_DIFF", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const size = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const opcode = (w >>> 12) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (size === 3) c.undefined();
  const elems = 64 >>> (3 + size);
  const half = q === 1 ? elems : 0;
  const signed = u === 0;
  const v32 = c.v32;
  if (opcode === 4 || opcode === 6) {
    // ADDHN/SUBHN: high half of wide sums
    for (let i = 0; i < 16; i++) T[i] = c.v[d * 16 + i]!;
    for (let e = 0; e < elems; e++) {
      let r: number;
      if (size === 2) {
        const alo = v32[n * 4 + e * 2]!;
        const ahi = v32[n * 4 + e * 2 + 1]!;
        const blo = opcode === 6 ? ~v32[m * 4 + e * 2]! : v32[m * 4 + e * 2]!;
        const bhi = opcode === 6 ? ~v32[m * 4 + e * 2 + 1]! : v32[m * 4 + e * 2 + 1]!;
        // RADDHN/RSUBHN (U = 1) add half of the dropped part's weight before taking the high half.
        const s = (alo >>> 0) + (blo >>> 0) + (opcode === 6 ? 1 : 0) + (u === 1 ? 0x80000000 : 0);
        r = (ahi + bhi + Math.floor(s / 4294967296)) | 0;
      } else {
        const a = lane(c, n, size + 1, e, false);
        const b = lane(c, m, size + 1, e, false);
        const bits = 8 << size;
        r = Math.floor(((opcode === 6 ? a - b : a + b) + (u === 1 ? 2 ** (bits - 1) : 0)) / 2 ** bits);
      }
      putT(size, half + e, r & ones(size));
    }
    if (q === 0) T32[2] = T32[3] = 0;
    commit(c, d, 1);
    return;
  }
  // The long forms: lanes of 2*esize from esize lanes of n (or 2*esize lanes for the W forms) and m.
  const wide = opcode === 1 || opcode === 3;
  const doubling = opcode === 9 || opcode === 11 || opcode === 13;
  if ((doubling && (u === 1 || size === 0)) || opcode === 14 || opcode === 15) c.undefined();
  const outBits = 16 << size;
  for (let e = 0; e < elems; e++) {
    const a = wide ? (size === 2 ? 0 : lane(c, n, size + 1, e, signed)) : lane(c, n, size, half + e, signed);
    const b = lane(c, m, size, half + e, signed);
    if (size === 2) {
      // 64-bit lanes: exact in BigInt.
      const acc =
        opcode === 5 || opcode === 8 || opcode === 9 || opcode === 10 || opcode === 11 ? lane64(c, d, e, signed) : 0n;
      const v = longLane(c, opcode, wide ? lane64(c, n, e, signed) : BigInt(a), BigInt(b), acc, 64);
      T32[e * 2] = Number(BigInt.asIntN(32, v));
      T32[e * 2 + 1] = Number(BigInt.asIntN(32, v >> 32n));
      continue;
    }
    const acc =
      opcode === 5 || opcode === 8 || opcode === 9 || opcode === 10 || opcode === 11
        ? lane(c, d, size + 1, e, signed)
        : 0;
    putT(
      size + 1,
      e,
      Number(longLane(c, opcode, BigInt(a), BigInt(b), BigInt(acc), outBits) & ((1n << BigInt(outBits)) - 1n)) | 0,
    );
  }
  commit(c, d, 1);
});

/** Lane e of Vn as a 64-bit BigInt, signed or not. */
function lane64(c: Cpu, n: number, e: number, signed: boolean): bigint {
  const v = (BigInt(c.v32[n * 4 + e * 2 + 1]! >>> 0) << 32n) | BigInt(c.v32[n * 4 + e * 2]! >>> 0);
  return signed ? BigInt.asIntN(64, v) : v;
}

/** One long-form lane of `bits`: the exact value, wrapped (or saturated with FPSR.QC for SQDMLAL/SQDMLSL/SQDMULL). */
function longLane(c: Cpu, opcode: number, a: bigint, b: bigint, acc: bigint, bits: number): bigint {
  const abs = (v: bigint): bigint => (v < 0n ? -v : v);
  let v: bigint;
  switch (opcode) {
    case 0:
    case 1:
      v = a + b;
      break;
    case 2:
    case 3:
      v = a - b;
      break;
    case 5:
      v = acc + abs(a - b);
      break;
    case 7:
      v = abs(a - b);
      break;
    case 8:
      v = acc + a * b;
      break;
    case 10:
      v = acc - a * b;
      break;
    case 12:
      v = a * b;
      break;
    default: {
      // SQDMULL, SQDMLAL, SQDMLSL: the doubled product saturates first, then the accumulation.
      const product = saturateBig(c, 2n * a * b, bits);
      v = opcode === 13 ? product : saturateBig(c, opcode === 9 ? acc + product : acc - product, bits);
      return BigInt.asIntN(bits, v);
    }
  }
  return BigInt.asIntN(bits, v);
}

/** v saturated to a signed `bits`-bit value, setting FPSR.QC when it saturates. */
function saturateBig(c: Cpu, v: bigint, bits: number): bigint {
  const max = (1n << BigInt(bits - 1)) - 1n;
  const min = -(1n << BigInt(bits - 1));
  if (v > max || v < min) {
    c.fpsr |= FPSR_QC;
    return v > max ? max : min;
  }
  return v;
}

/** TBL/TBX with 1-4 table registers. */
export const TBL = define("TBL", (c, w) => {
  const q = (w >>> 30) & 1;
  const m = (w >>> 16) & 31;
  const len = ((w >>> 13) & 3) + 1;
  const tbx = ((w >>> 12) & 1) === 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v = c.v;
  const bytes = 8 << q;
  for (let i = 0; i < bytes; i++) {
    const idx = v[m * 16 + i]!;
    if (idx < len * 16) T[i] = v[((n + (idx >>> 4)) & 31) * 16 + (idx & 15)]!;
    else T[i] = tbx ? v[d * 16 + i]! : 0;
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** Vector FP three-same: FADD/FSUB/FMUL/FDIV/FMAX/FMIN, FCMEQ/FCMGE/FCMGT (single and double). */
/** Reads lane e of Vn in format f (S or D) into LANE_HI/LANE_LO. */
function fpLane(c: Cpu, f: number, n: number, e: number): void {
  if (f === S) {
    LANE_HI = c.v32[n * 4 + e]!;
    LANE_LO = 0;
  } else {
    LANE_HI = c.v32[n * 4 + e * 2 + 1]!;
    LANE_LO = c.v32[n * 4 + e * 2]!;
  }
}
let LANE_HI = 0;
let LANE_LO = 0;

/** Compare result of fpCompare (NZCV) as the lane mask a compare form writes. */
function compareMask(nzcv: number, op: number): number {
  if (nzcv === 0x30000000) return 0;
  return op === 0
    ? nzcv === 0x60000000
      ? -1
      : 0
    : op === 1
      ? nzcv !== (0x80000000 | 0)
        ? -1
        : 0
      : nzcv === 0x20000000
        ? -1
        : 0;
}

/**
 * One lane of an FP three-same form (key U:size<1>:opcode) on a (ahi, alo) and b (bhi, blo), the
 * accumulator lane in d; the result in resultHi/resultLo. Returns false for an unallocated key.
 */
function fpThreeSameLane(
  c: Cpu,
  f: number,
  key: number,
  d: number,
  e: number,
  ahi: number,
  alo: number,
  bhi: number,
  blo: number,
): boolean {
  const sign = f === S ? 0x80000000 | 0 : 0x80000000 | 0;
  switch (key) {
    case 0b0011000:
    case 0b0111000:
      fpMinMax(c, f, ahi, alo, bhi, blo, key === 0b0011000, true);
      return true;
    case 0b0011110:
    case 0b0111110:
      fpMinMax(c, f, ahi, alo, bhi, blo, key === 0b0011110, false);
      return true;
    case 0b0011001:
    case 0b0111001: {
      fpLane(c, f, d, e);
      fpMulAdd(c, f, LANE_HI, LANE_LO, key === 0b0111001 ? ahi ^ sign : ahi, alo, bhi, blo);
      return true;
    }
    case 0b0011010:
      fpAdd(c, f, ahi, alo, bhi, blo);
      return true;
    case 0b0111010:
    case 0b1111010: {
      // FSUB, and FABD = |a - b| (FPAbs clears the sign of a NaN as well).
      fpAdd(c, f, ahi, alo, isNaNBits(f, bhi, blo) ? bhi : bhi ^ sign, blo);
      if (key === 0b1111010) setLaneResult(resultHi & ~sign, resultLo);
      return true;
    }
    case 0b0011011:
    case 0b1011011:
      fpMul(c, f, ahi, alo, bhi, blo, key === 0b0011011);
      return true;
    case 0b1011111:
      fpDiv(c, f, ahi, alo, bhi, blo);
      return true;
    case 0b0011111:
    case 0b0111111:
      fpStepFused(c, f, ahi, alo, bhi, blo, key === 0b0111111);
      return true;
    case 0b0011100:
      setLaneResult(compareMask(fpCompare(c, f, ahi, alo, bhi, blo, false), 0), -0);
      return true;
    case 0b1011100:
    case 0b1111100:
      setLaneResult(compareMask(fpCompare(c, f, ahi, alo, bhi, blo, true), key === 0b1011100 ? 1 : 2), -0);
      return true;
    case 0b1011101:
    case 0b1111101:
      setLaneResult(
        compareMask(fpCompare(c, f, ahi & ~sign, alo, bhi & ~sign, blo, true), key === 0b1011101 ? 1 : 2),
        -0,
      );
      return true;
    default:
      return false;
  }
}

/** A lane result of this file's own (a compare mask: lo = -0 means "copy hi to both words"). */
let OWN_HI = 0;
let OWN_LO = 0;
let OWN = false;
function setLaneResult(hi: number, lo: number): void {
  OWN_HI = hi;
  OWN_LO = lo;
  OWN = true;
}

/** FP three-same, double (and the single forms FP_SAME_S does not take), every lane through fp-lane. */
export const FP_VEC3 = define("FP_VEC3", (c, w) => {
  const q = (w >>> 30) & 1;
  const u = (w >>> 29) & 1;
  const hi = (w >>> 23) & 1;
  const sz = (w >>> 22) & 1;
  const m = (w >>> 16) & 31;
  const opcode = (w >>> 11) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (sz === 1 && q === 0) c.undefined();
  const f = sz === 1 ? D : S;
  const elems = sz === 1 ? 2 : 2 << q;
  const key = (u << 6) | (hi << 5) | opcode;
  // Pairwise forms (FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP) take adjacent lanes of n:m.
  const pairwise = u === 1 && (opcode === 24 || opcode === 26 || opcode === 30) && key !== 0b1111010;
  const laneKey = pairwise ? (opcode === 26 ? 0b0011010 : (hi << 5) | opcode) : key;
  for (let e = 0; e < elems; e++) {
    let src1 = n;
    let i1 = e;
    let src2 = m;
    let i2 = e;
    if (pairwise) {
      const half = elems >>> 1;
      src1 = src2 = e < half ? n : m;
      i1 = (e % half) * 2;
      i2 = i1 + 1;
    }
    fpLane(c, f, src1, i1);
    const ahi = LANE_HI;
    const alo = LANE_LO;
    fpLane(c, f, src2, i2);
    OWN = false;
    if (!fpThreeSameLane(c, f, laneKey, d, e, ahi, alo, LANE_HI, LANE_LO)) return c.undefined();
    const rhi = OWN ? OWN_HI : resultHi;
    const rlo = OWN ? (Object.is(OWN_LO, -0) ? OWN_HI : OWN_LO) : resultLo;
    if (f === D) {
      T32[e * 2] = rlo;
      T32[e * 2 + 1] = rhi;
    } else T32[e] = rhi;
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** DUP (element, scalar): Vd's lowest element = Vn[index], the rest of Vd zeroed. */
export const DUP_SCALAR = define("DUP_SCALAR", (c, w) => {
  const imm5 = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const size = 31 - Math.clz32(imm5 & -imm5);
  const esize = 1 << size;
  const index = imm5 >>> (size + 1);
  T32[0] = T32[1] = T32[2] = T32[3] = 0;
  for (let b = 0; b < esize; b++) T[b] = c.v[n * 16 + index * esize + b]!;
  commit(c, d, 1);
});

/** Key of an FP two-register-misc form: U:size<1>:opcode. */
function fpMiscKey(w: number): number {
  return (((w >>> 29) & 1) << 6) | (((w >>> 23) & 1) << 5) | ((w >>> 12) & 31);
}

const FP_MISC_OPS = new Set([
  0b0011101, // SCVTF
  0b1011101, // UCVTF
  0b0111011, // FCVTZS
  0b1111011, // FCVTZU
  0b0101111, // FABS
  0b1101111, // FNEG
  0b1111111, // FSQRT
  0b0011000, // FRINTN
  0b0011001, // FRINTM
  0b0111000, // FRINTP
  0b0111001, // FRINTZ
  0b1011000, // FRINTA
  0b1111001, // FRINTI
  0b1011001, // FRINTX
]);

/** FP two-register misc, vector and scalar (AdvSIMD scalar: bit 28 set): conversions, FABS/FNEG/FSQRT, FRINT*. */
export const FP_MISC = define("FP_MISC", (c, w) => {
  const scalar = ((w >>> 28) & 1) === 1;
  const q = (w >>> 30) & 1;
  const sz = (w >>> 22) & 1;
  const key = fpMiscKey(w);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (!scalar && sz === 1 && q === 0) return c.undefined();
  const elems = scalar ? 1 : sz === 1 ? 2 : 2 << q;
  const f = sz === 1 ? D : S;
  const v32 = c.v32;
  const fpcrMode = (c.fpcr >>> 22) & 3;
  for (let e = 0; e < elems; e++) {
    // A single lane is hi = its bits, lo = 0 (the fp-lane convention); a double lane is hi:lo.
    const word = v32[n * 4 + e * (sz + 1)]!;
    const hi = sz === 1 ? v32[n * 4 + e * 2 + 1]! : word;
    const lo = sz === 1 ? word : 0;
    let integerResult = false;
    switch (key) {
      case 0b0011101:
      case 0b1011101:
        // SCVTF/UCVTF: the lane as a 64-bit integer.
        if (sz === 1) fixedToFp(c, f, hi, lo, key === 0b1011101, 0);
        else fixedToFp(c, f, key === 0b1011101 ? 0 : word >> 31, word, key === 0b1011101, 0);
        break;
      case 0b0111011:
      case 0b1111011:
        fpToFixed(c, f, hi, lo, 0, 3, sz === 1 ? 64 : 32, key === 0b1111011);
        integerResult = true;
        break;
      case 0b0101111:
      case 0b1101111: {
        // FABS/FNEG change the sign bit only, NaNs included.
        const flipped = key === 0b0101111 ? hi & 0x7fffffff : hi ^ -0x80000000;
        if (sz === 1) {
          T32[e * 2] = word;
          T32[e * 2 + 1] = flipped;
        } else T32[e] = flipped;
        continue;
      }
      case 0b1111111:
        fpSqrt(c, f, hi, lo);
        break;
      default:
        fpRoundInt(c, f, hi, lo, frintRounding(key, fpcrMode), key === 0b1011001);
    }
    if (sz === 1) {
      T32[e * 2] = resultLo;
      T32[e * 2 + 1] = resultHi;
    } else T32[e] = integerResult ? resultLo : resultHi;
  }
  if (scalar) {
    if (sz === 0) T32[1] = 0;
    T32[2] = T32[3] = 0;
    commit(c, d, 1);
    return;
  }
  if (q === 0) T32[2] = T32[3] = 0;
  commit(c, d, q);
});

/** The rounding of an FRINT* key: FPCR.RMode numbering (0 RN, 1 RP, 2 RM, 3 RZ) or 4 (ties away). */
function frintRounding(key: number, fpcrMode: number): number {
  switch (key) {
    case 0b0011000:
      return 0;
    case 0b0011001:
      return 2;
    case 0b0111000:
      return 1;
    case 0b0111001:
      return 3;
    case 0b1011000:
      return 4;
    default:
      return fpcrMode;
  }
}

export function decodeSimd(w: number, f: FeatureSet): number {
  // FP8 forms sit inside the FP16 and two-register spaces; the decoder's tags gate them (AdvSIMD, FP8).
  const fp8 = decodeFp8(w);
  if (fp8 !== 0) return fp8;
  const half = decodeFp16(w);
  if (half !== -1) return half;
  const brain = decodeBf16(w);
  if (brain !== -1) return brain;
  // Scalar floating point (bits 31:24 = 0x1e, 0x1f).
  const top = (w >>> 24) & 0xff;
  if (top === 0x1e || top === 0x9e) {
    const type = (w >>> 22) & 3;
    if (type === 3) return f.has("FEAT_FP16") ? UNDEF : UNDEF;
    if (type === 2) {
      // only FMOV Xd, Vn.D[1] / Vd.D[1], Xn
      if ((w & 0xfff6fc00) >>> 0 === 0x9eae0000) return fp.FP_INT;
      return UNDEF;
    }
    if ((w & 0x7f200000) === 0x1e000000) {
      const kind = (w >>> 16) & 31; // rmode:opcode
      if (type > 1 || (w >>> 31 === 0 && ((w >>> 15) & 1) === 0)) return UNDEF;
      return kind === 0b00010 || kind === 0b00011 || kind === 0b11000 || kind === 0b11001 ? fp.FP_FIXED : UNDEF;
    }
    if ((w & 0x7f20fc00) === 0x1e200000) {
      const opcode = (w >>> 16) & 7;
      const rmode = (w >>> 19) & 3;
      const sf = w >>> 31;
      if (opcode >= 6) return rmode === 0 && sf === type ? fp.FP_INT : UNDEF;
      if ((opcode === 2 || opcode === 3) && rmode !== 0) return UNDEF;
      if ((opcode === 4 || opcode === 5) && rmode !== 0) return UNDEF;
      return fp.FP_INT;
    }
    if (w >>> 31 === 1) return UNDEF;
    if ((w & 0xff207c00) >>> 0 === 0x1e204000 >>> 0) {
      const op = (w >>> 15) & 63;
      if (op === 0) return fp.FMOV_REG;
      if (op <= 5 || (op >= 8 && op <= 15 && op !== 13)) return op === 4 + type ? UNDEF : fp.FP1;
      return UNDEF;
    }
    if ((w & 0xff203c07) >>> 0 === 0x1e202000 >>> 0) return fp.FCMP;
    if ((w & 0xff201fe0) >>> 0 === 0x1e201000 >>> 0) return fp.FMOV_IMM;
    if ((w & 0xff200c00) >>> 0 === 0x1e200800 >>> 0) return ((w >>> 12) & 15) <= 8 ? fp.FP2 : UNDEF;
    if ((w & 0xff200c00) >>> 0 === 0x1e200c00 >>> 0) return fp.FCSEL;
    if ((w & 0xff200c00) >>> 0 === 0x1e200400 >>> 0) return fp.FCCMP;
    return UNDEF;
  }
  if (top === 0x1f) return ((w >>> 22) & 3) < 2 ? fp.FP3 : UNDEF;
  if (!f.has("FEAT_AdvSIMD")) return UNDEF;
  const crypto = decodeCrypto(w);
  if (crypto !== -1) return crypto;
  if ((w & 0xdf3e0c00) >>> 0 === 0x5e200800) return FP_MISC_OPS.has(fpMiscKey(w)) ? FP_MISC : UNDEF;
  if ((w & 0xffe0fc00) >>> 0 === 0x5e000400) return (w >>> 16) & 15 ? DUP_SCALAR : UNDEF;
  if ((w & 0x9ff80400) >>> 0 === 0x0f000400) return MOVI;
  if ((w & 0x9fe08400) >>> 0 === 0x0e000400) return COPY;
  if ((w & 0xbfe08400) >>> 0 === 0x2e000000) return EXT;
  if ((w & 0xbf208c00) >>> 0 === 0x0e000800) return ((w >>> 12) & 3) !== 0 ? PERMUTE : UNDEF;
  if ((w & 0xbf208c00) >>> 0 === 0x0e000000) return TBL;
  if ((w & 0x9f800400) >>> 0 === 0x0f000400) return SHIFT_IMM;
  if ((w & 0x9f200400) >>> 0 === 0x0e200400) {
    const opcode = (w >>> 11) & 31;
    // FEAT_FHM's vector FMLAL/FMLSL(2) share the FP three-same space.
    const fhm = (w & 0xbfe0fc00) >>> 0;
    if (fhm === 0x0e20ec00 || fhm === 0x2e20cc00) return FMLAL_VEC;
    if (fhm === 0x0ea0ec00 || fhm === 0x2ea0cc00) return FMLSL_VEC;
    if (opcode >= 24) return isSingleSame(w) ? FP_SAME_S : FP_VEC3;
    return THREE_SAME;
  }
  if ((w & 0x9f3e0c00) >>> 0 === 0x0e200800) {
    const opcode = (w >>> 12) & 31;
    if (opcode <= 2 || opcode === 5 || opcode === 6 || (opcode >= 8 && opcode <= 11)) return TWO_MISC;
    // XTN here; SQXTUN (U = 1) belongs to the two-register misc extension (simd-misc-int.ts).
    if (opcode === 18) return (w >>> 29) & 1 ? UNDEF : TWO_MISC;
    return FP_MISC_OPS.has(fpMiscKey(w)) ? FP_MISC : UNDEF;
  }
  if ((w & 0x9f3e0c00) >>> 0 === 0x0e300800) return ACROSS;
  if ((w & 0x9f200c00) >>> 0 === 0x0e200000) return THREE_DIFF;
  return UNDEF;
}
