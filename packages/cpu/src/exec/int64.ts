/**
 * 64-bit integer arithmetic on lo/hi int32 pairs. Results go to `c.rlo`/`c.rhi`; flags to
 * `c.n/z/c/vf`. Nothing here allocates.
 */
import type { Cpu } from "../core/cpu";

const TWO32 = 4294967296;

/** Logical shift left by 0..63. */
export function shl64(c: Cpu, lo: number, hi: number, s: number): void {
  if (s === 0) {
    c.rlo = lo;
    c.rhi = hi;
  } else if (s < 32) {
    c.rhi = (hi << s) | (lo >>> (32 - s));
    c.rlo = lo << s;
  } else {
    c.rhi = lo << (s - 32);
    c.rlo = 0;
  }
}

/** Logical shift right by 0..63. */
export function shr64(c: Cpu, lo: number, hi: number, s: number): void {
  if (s === 0) {
    c.rlo = lo;
    c.rhi = hi;
  } else if (s < 32) {
    c.rlo = (lo >>> s) | (hi << (32 - s));
    c.rhi = hi >>> s;
  } else {
    c.rlo = hi >>> (s - 32);
    c.rhi = 0;
  }
}

/** Arithmetic shift right by 0..63. */
export function sar64(c: Cpu, lo: number, hi: number, s: number): void {
  if (s === 0) {
    c.rlo = lo;
    c.rhi = hi;
  } else if (s < 32) {
    c.rlo = (lo >>> s) | (hi << (32 - s));
    c.rhi = hi >> s;
  } else {
    c.rlo = hi >> (s - 32);
    c.rhi = hi >> 31;
  }
}

/** Rotate right by 0..63. */
export function ror64(c: Cpu, lo: number, hi: number, s: number): void {
  if (s === 0) {
    c.rlo = lo;
    c.rhi = hi;
    return;
  }
  let l = lo;
  let h = hi;
  if (s >= 32) {
    l = hi;
    h = lo;
    s -= 32;
  }
  if (s === 0) {
    c.rlo = l;
    c.rhi = h;
  } else {
    c.rlo = (l >>> s) | (h << (32 - s));
    c.rhi = (h >>> s) | (l << (32 - s));
  }
}

/** Shift of a register operand: type 0 LSL, 1 LSR, 2 ASR, 3 ROR. */
export function shift64(c: Cpu, lo: number, hi: number, type: number, s: number): void {
  if (type === 0) shl64(c, lo, hi, s);
  else if (type === 1) shr64(c, lo, hi, s);
  else if (type === 2) sar64(c, lo, hi, s);
  else ror64(c, lo, hi, s);
}

export function shift32(v: number, type: number, s: number): number {
  if (s === 0) return v;
  if (type === 0) return v << s;
  if (type === 1) return v >>> s;
  if (type === 2) return v >> s;
  return (v >>> s) | (v << (32 - s));
}

/** a + b + carry, 64-bit, with optional NZCV. */
export function add64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number, carry: number, flags: boolean): void {
  const sl = (alo >>> 0) + (blo >>> 0) + carry;
  const cl = sl >= TWO32 ? 1 : 0;
  const sh = (ahi >>> 0) + (bhi >>> 0) + cl;
  const rlo = sl | 0;
  const rhi = sh | 0;
  c.rlo = rlo;
  c.rhi = rhi;
  if (flags) {
    c.n = rhi >>> 31;
    c.z = (rlo | rhi) === 0 ? 1 : 0;
    c.c = sh >= TWO32 ? 1 : 0;
    c.vf = (~(ahi ^ bhi) & (ahi ^ rhi)) >>> 31;
  }
}

/** a + b + carry, 32-bit, with optional NZCV; returns the result. */
export function add32(c: Cpu, a: number, b: number, carry: number, flags: boolean): number {
  const s = (a >>> 0) + (b >>> 0) + carry;
  const r = s | 0;
  if (flags) {
    c.n = r >>> 31;
    c.z = r === 0 ? 1 : 0;
    c.c = s >= TWO32 ? 1 : 0;
    c.vf = (~(a ^ b) & (a ^ r)) >>> 31;
  }
  return r;
}

/** Full 32x32 -> 64 unsigned product into rlo/rhi. */
export function umul32(c: Cpu, a: number, b: number): void {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  c.rlo = (p00 & 0xffff) | (mid << 16);
  c.rhi = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 65536)) | 0;
}

/** Full 32x32 -> 64 signed product into rlo/rhi. */
export function smul32(c: Cpu, a: number, b: number): void {
  umul32(c, a, b);
  let hi = c.rhi;
  if (a < 0) hi = (hi - b) | 0;
  if (b < 0) hi = (hi - a) | 0;
  c.rhi = hi;
}

/** Low 64 bits of a 64x64 product into rlo/rhi. */
export function mul64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  umul32(c, alo, blo);
  c.rhi = (c.rhi + Math.imul(ahi, blo) + Math.imul(alo, bhi)) | 0;
}

/** High 64 bits of the unsigned 128-bit product of two 64-bit values into rlo/rhi (UMULH). */
export function umulh64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  umul32(c, alo, blo);
  const p00hi = c.rhi >>> 0;
  umul32(c, alo, bhi);
  const p01lo = c.rlo >>> 0;
  const p01hi = c.rhi >>> 0;
  umul32(c, ahi, blo);
  const p10lo = c.rlo >>> 0;
  const p10hi = c.rhi >>> 0;
  umul32(c, ahi, bhi);
  // Every sum below stays under 2^53, so doubles hold it exactly.
  const mid = p00hi + p01lo + p10lo;
  const low = (c.rlo >>> 0) + p01hi + p10hi + Math.floor(mid / 4294967296);
  c.rhi = (c.rhi + Math.floor(low / 4294967296)) | 0;
  c.rlo = low | 0;
}

/** High 64 bits of the signed 128-bit product into rlo/rhi (SMULH): UMULH less each negative operand's partner. */
export function smulh64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  umulh64(c, alo, ahi, blo, bhi);
  if (ahi < 0) add64(c, c.rlo, c.rhi, ~blo, ~bhi, 1, false);
  if (bhi < 0) add64(c, c.rlo, c.rhi, ~alo, ~ahi, 1, false);
}

/** Unsigned 64-bit quotient into rlo/rhi; the divisor is not zero. */
export function udiv64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  if (bhi === 0) {
    // Long division in 16-bit digits: every partial dividend stays below 2^48.
    const b = blo >>> 0;
    let r = 0;
    let q = 0;
    let cur = (ahi >>> 16) + r * 65536;
    q = Math.floor(cur / b);
    r = cur - q * b;
    const q3 = q;
    cur = (ahi & 0xffff) + r * 65536;
    q = Math.floor(cur / b);
    r = cur - q * b;
    const q2 = q;
    cur = (alo >>> 16) + r * 65536;
    q = Math.floor(cur / b);
    r = cur - q * b;
    const q1 = q;
    cur = (alo & 0xffff) + r * 65536;
    q = Math.floor(cur / b);
    c.rhi = (q3 << 16) | q2;
    c.rlo = (q1 << 16) | q;
    return;
  }
  // A divisor of 2^32 or more leaves a quotient below 2^32: 32 steps of shift and subtract.
  let rlo = ahi;
  let rhi = 0;
  let qlo = alo;
  let quotient = 0;
  for (let i = 0; i < 32; i++) {
    // A bit shifted out of the top means the remainder passed 2^64, so past any divisor.
    const carried = rhi >>> 31 === 1;
    rhi = (rhi << 1) | (rlo >>> 31);
    rlo = (rlo << 1) | (qlo >>> 31);
    qlo <<= 1;
    const geq = carried || rhi >>> 0 > bhi >>> 0 || (rhi === bhi && rlo >>> 0 >= blo >>> 0);
    quotient = (quotient << 1) | (geq ? 1 : 0);
    if (geq) {
      const lo = (rlo >>> 0) - (blo >>> 0);
      rhi = (rhi - bhi - (lo < 0 ? 1 : 0)) | 0;
      rlo = lo | 0;
    }
  }
  c.rlo = quotient;
  c.rhi = 0;
}

/** Signed 64-bit quotient (rounded toward zero) into rlo/rhi; the divisor is not zero. */
export function sdiv64(c: Cpu, alo: number, ahi: number, blo: number, bhi: number): void {
  const negate = (ahi ^ bhi) < 0;
  if (ahi < 0) {
    add64(c, ~alo, ~ahi, 1, 0, 0, false);
    alo = c.rlo;
    ahi = c.rhi;
  }
  if (bhi < 0) {
    add64(c, ~blo, ~bhi, 1, 0, 0, false);
    blo = c.rlo;
    bhi = c.rhi;
  }
  udiv64(c, alo, ahi, blo, bhi);
  if (negate) add64(c, ~c.rlo, ~c.rhi, 1, 0, 0, false);
}

export function toBigU(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function toBigS(lo: number, hi: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/** Stores a BigInt's low 64 bits into rlo/rhi. */
export function fromBig(c: Cpu, v: bigint): void {
  c.rlo = Number(BigInt.asIntN(32, v));
  c.rhi = Number(BigInt.asIntN(32, v >> 32n));
}

/** Count leading zeros of a 64-bit pair. */
export function clz64(lo: number, hi: number): number {
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
}

/** Condition code check (Arm ARM ConditionHolds). */
export function condHolds(c: Cpu, cond: number): boolean {
  let r: boolean;
  switch (cond >>> 1) {
    case 0:
      r = c.z === 1;
      break;
    case 1:
      r = c.c === 1;
      break;
    case 2:
      r = c.n === 1;
      break;
    case 3:
      r = c.vf === 1;
      break;
    case 4:
      r = c.c === 1 && c.z === 0;
      break;
    case 5:
      r = c.n === c.vf;
      break;
    case 6:
      r = c.n === c.vf && c.z === 0;
      break;
    default:
      return true;
  }
  return (cond & 1) === 1 ? !r : r;
}
