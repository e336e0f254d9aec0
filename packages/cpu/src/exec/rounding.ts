/**
 * IEEE-754 arithmetic in all four FPCR rounding modes from JS's round-to-nearest-even, using
 * error-free transformations: the exact result is RNE + err, so a directed mode moves the RNE
 * result by one ulp when err points the other way. Also raises FPSR cumulative flags.
 */
import type { Cpu } from "../core/cpu";

const F64 = new Float64Array(1);
const I64 = new Int32Array(F64.buffer);
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);
const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)

/** FPSR cumulative exception bits. */
export const FPSR_IOC = 1;
export const FPSR_DZC = 2;
export const FPSR_OFC = 4;
export const FPSR_UFC = 8;
export const FPSR_IXC = 16;

function nextUp64(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  F64[0] = x;
  if (x > 0) {
    I64[0] = (I64[0]! + 1) | 0;
    if (I64[0] === 0) I64[1] = (I64[1]! + 1) | 0;
  } else {
    if (I64[0] === 0) I64[1] = (I64[1]! - 1) | 0;
    I64[0] = (I64[0]! - 1) | 0;
  }
  return F64[0]!;
}

function nextDown64(x: number): number {
  return -nextUp64(-x);
}

function nextUp32(x: number): number {
  if (x === 0) return 1.401298464324817e-45;
  F32[0] = x;
  I32[0] = x > 0 ? I32[0]! + 1 : I32[0]! - 1;
  return F32[0]!;
}

function nextDown32(x: number): number {
  return -nextUp32(-x);
}

/** Error term of a*b (Dekker's TwoProduct); exact when no overflow/underflow occurs. */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** x = m * 2^e with integer m (BigInt), for exact comparisons at the extremes of the range. */
function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = I64[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(I64[0]! >>> 0);
  let e = biased - 1075;
  if (biased === 0) e = -1074;
  else m |= 1n << 52n;
  return [x < 0 ? -m : m, e];
}

/** sign(p * 2^pe - q * 2^qe) for BigInt mantissas. */
function compareScaled(p: bigint, pe: number, q: bigint, qe: number): number {
  const e0 = Math.min(pe, qe);
  const d = (p << BigInt(pe - e0)) - (q << BigInt(qe - e0));
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** Exact error sign for mul/div/sqrt where Dekker's split could overflow or underflow. */
function exactErrorSign(op: number, a: number, b: number, r: number): number {
  const [ma, ea] = decompose(a);
  const [mr, er] = decompose(r);
  if (op === 2) {
    const [mb, eb] = decompose(b);
    return compareScaled(ma * mb, ea + eb, mr, er);
  }
  if (op === 3) {
    const [mb, eb] = decompose(b);
    const s = compareScaled(ma, ea, mr * mb, er + eb);
    return b > 0 ? s : -s;
  }
  return compareScaled(ma, ea, mr * mr, er + er);
}

const SAFE_HIGH = 2 ** 995;
const SAFE_LOW = 2 ** -969;

/**
 * Sign of (exact - r) for the operation `op` (0 add, 1 sub, 2 mul, 3 div, 4 sqrt) whose RNE double result is r.
 */
export function errorSign(op: number, a: number, b: number, r: number): number {
  if (!Number.isFinite(r)) return 0;
  if (op >= 2) {
    const m = Math.max(Math.abs(a), Math.abs(b), Math.abs(r));
    const small = Math.min(Math.abs(r), op === 4 ? Math.abs(a) : Math.min(Math.abs(a), Math.abs(b)));
    if (r !== 0 && (m > SAFE_HIGH || small < SAFE_LOW)) return exactErrorSign(op, a, b, r);
    if (r === 0 && a !== 0 && (op !== 2 || b !== 0))
      return op === 3 ? Math.sign(a) * Math.sign(b) : Math.sign(a) * Math.sign(b);
  }
  let e: number;
  switch (op) {
    case 0:
    case 1: {
      const bb = op === 1 ? -b : b;
      const v = r - a;
      e = a - (r - v) + (bb - v);
      break;
    }
    case 2:
      e = productError(a, b, r);
      break;
    case 3: {
      if (b === 0 || !Number.isFinite(b) || !Number.isFinite(a)) return 0;
      const p = r * b;
      const rem = a - p - productError(r, b, p);
      e = b > 0 ? rem : -rem;
      break;
    }
    default: {
      const p = r * r;
      e = a - p - productError(r, r, p);
    }
  }
  return e > 0 ? 1 : e < 0 ? -1 : 0;
}

/** Moves an RNE result toward the FPCR mode given the sign of the rounding error; double precision. */
export function direct64(r: number, sign: number, mode: number): number {
  if (sign === 0 || mode === 0) return r;
  if (mode === 1) return sign > 0 ? nextUp64(r) : r;
  if (mode === 2) return sign < 0 ? nextDown64(r) : r;
  if (r > 0 && sign < 0) return nextDown64(r);
  if (r < 0 && sign > 0) return nextUp64(r);
  return r;
}

/**
 * Rounds a double `x` (whose own error sign against the exact value is `sign`) to single precision
 * in FPCR mode `mode`, setting IXC on `c` when inexact.
 */
export function round32(c: Cpu, x: number, sign: number, mode: number): number {
  const f = Math.fround(x);
  if (!Number.isFinite(x)) return f;
  const d = x - f;
  const s = d > 0 ? 1 : d < 0 ? -1 : sign;
  if (s !== 0) c.fpsr |= FPSR_IXC;
  if (!Number.isFinite(f)) {
    c.fpsr |= FPSR_OFC | FPSR_IXC;
    if (mode === 3 || (mode === 1 && f < 0) || (mode === 2 && f > 0))
      return f > 0 ? 3.4028234663852886e38 : -3.4028234663852886e38;
    return f;
  }
  if (s === 0 || mode === 0) return f;
  if (mode === 1) return s > 0 ? nextUp32(f) : f;
  if (mode === 2) return s < 0 ? nextDown32(f) : f;
  if (f > 0 && s < 0) return nextDown32(f);
  if (f < 0 && s > 0) return nextUp32(f);
  return f;
}

/** One arithmetic operation (op as in errorSign) in FPCR's rounding mode, with FPSR flags. */
export function arith(c: Cpu, op: number, a: number, b: number, single: boolean): number {
  const mode = (c.fpcr >>> 22) & 3;
  let r: number;
  if (op === 0) r = a + b;
  else if (op === 1) r = a - b;
  else if (op === 2) r = a * b;
  else if (op === 3) r = a / b;
  else r = Math.sqrt(a);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(a) && !Number.isNaN(b)) c.fpsr |= FPSR_IOC;
    return r;
  }
  if (op === 3 && b === 0 && Number.isFinite(a) && a !== 0) c.fpsr |= FPSR_DZC;
  const sign = errorSign(op, a, b, r);
  if (single) return round32(c, r, sign, mode);
  if (sign !== 0) c.fpsr |= FPSR_IXC;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b) && !(op === 3 && b === 0)) {
    c.fpsr |= FPSR_OFC | FPSR_IXC;
    if (mode === 3 || (mode === 1 && r < 0) || (mode === 2 && r > 0))
      return r > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
    return r;
  }
  return direct64(r, sign, mode);
}

/** x * 2^e without intermediate overflow/underflow in the scale factor. */
function scale(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

/** Fused multiply-add a*b + c with a single round-to-nearest-even (exact BigInt sum when needed). */
export function fma64(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || a === 0 || b === 0 || c === 0) {
    return p + c;
  }
  const big = Math.max(Math.abs(a), Math.abs(b), Math.abs(p), Math.abs(c));
  if (big < SAFE_HIGH && Math.abs(p) > SAFE_LOW && Math.abs(c) > SAFE_LOW) {
    // a*b + c = p + pl + c exactly; s + err1 = p + c exactly; rh + rl = err1 + pl exactly.
    const pl = productError(a, b, p);
    if (pl === 0) return p + c;
    const s = p + c;
    const v1 = s - p;
    const err1 = p - (s - v1) + (c - v1);
    const rh = err1 + pl;
    const v2 = rh - err1;
    const rl = err1 - (rh - v2) + (pl - v2);
    const r = s + rh;
    const v3 = r - s;
    const err2 = s - (r - v3) + (rh - v3);
    // r = RN(s + rh) is RN(exact) unless err2 + rl reaches a midpoint next to r.
    if (rl === 0) return r;
    const gap = Math.min(nextUp64(Math.abs(r)) - Math.abs(r), Math.abs(r) - nextDown64(Math.abs(r)));
    if (Number.isFinite(r) && Math.abs(err2) + Math.abs(rl) < gap * 0.4999) return r;
  }
  return fmaExact(a, b, c);
}

/** The BigInt reference of fma64: exact a*b + c, rounded once to nearest-even (finite, nonzero a, b, c). */
export function fmaExact(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const pe = ea + eb;
  const e0 = Math.min(pe, ec);
  const sum = ((ma * mb) << BigInt(pe - e0)) + (mc << BigInt(ec - e0));
  if (sum === 0n) return 0;
  const negative = sum < 0n;
  let mag = negative ? -sum : sum;
  let exp = e0;
  const bits = mag.toString(2).length;
  if (bits > 60) {
    const shift = bits - 60;
    const sticky = (mag & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
    mag = (mag >> BigInt(shift)) | sticky;
    exp += shift;
  }
  const r = scale(Number(mag), exp);
  return negative ? -r : r;
}
