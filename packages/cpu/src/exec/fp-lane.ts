/**
 * Floating-point lane arithmetic (scalar FP, the by-element, FHM and complex forms) on raw lane bits in
 * half (H), single (S) or double (D) format, bit-exact with the Arm ARM's FPMul, FPMulX, FPMulAdd,
 * FPMulAddH and FPAdd: FPCR rounding mode, FZ/FZ16 (IDC for S and D inputs), DN, NaN payloads
 * and FPSR flags. Half and single values compute exactly as doubles and round once through
 * roundFloat with the double's error sign; double products use errorSign, and double fused sums
 * round fma64's result by the exact sign of its error (Dekker's product, an exact four-term sum),
 * falling back to an exact BigInt sum only near the ends of the exponent range.
 * An operand is its top word `hi` (the whole lane for H and S) and `lo` (the low word of a D lane).
 * Results land in resultHi/resultLo.
 */
import type { Cpu } from "../core/cpu";
import { type FloatFormat, HALF, roundFloat, SINGLE } from "./fp-round";
import { direct64, errorSign, FPSR_DZC, FPSR_IOC, FPSR_IXC, FPSR_OFC, FPSR_UFC, fma64 } from "./rounding";

export const H = 0;
export const S = 1;
export const D = 2;

const DOUBLE: FloatFormat = { frac: 52, emin: -1022, max: Number.MAX_VALUE };
const FORMATS: readonly FloatFormat[] = [HALF, SINGLE, DOUBLE];
/** Per format, masks on the top word: sign, exponent, fraction (its top-word part), quiet bit. */
const SIGN = [0x8000, 0x80000000, 0x80000000];
const EXP = [0x7c00, 0x7f800000, 0x7ff00000];
const FRAC = [0x3ff, 0x7fffff, 0xfffff];
const QUIET = [0x200, 0x400000, 0x80000];
const DEFAULT_NAN = [0x7e00, 0x7fc00000, 0x7ff80000];
/** Top word of 2.0 (FPMulX of infinity by zero). */
const TWO = [0x4000, 0x40000000, 0x40000000];
const IDC = 0x80;

const F64 = new Float64Array(1);
const W64 = new Int32Array(F64.buffer);
const F32 = new Float32Array(1);
const W32 = new Int32Array(F32.buffer);

/** The result of the last operation: top word and low word (0 unless D). */
export let resultHi = 0;
export let resultLo = 0;

function setResult(hi: number, lo: number): void {
  resultHi = hi;
  resultLo = lo;
}

export function isNaNBits(f: number, hi: number, lo: number): boolean {
  return (hi & EXP[f]!) === EXP[f]! && ((hi & FRAC[f]!) | lo) !== 0;
}

function isSNaN(f: number, hi: number, lo: number): boolean {
  return isNaNBits(f, hi, lo) && (hi & QUIET[f]!) === 0;
}

function isInf(f: number, hi: number, lo: number): boolean {
  return (hi & (EXP[f]! | FRAC[f]!)) === EXP[f]! && lo === 0;
}

function flushes(c: Cpu, f: number): boolean {
  return ((c.fpcr >>> (f === H ? 19 : 24)) & 1) === 1;
}

/** Zero after FPUnpack's flushing of denormals. */
function isZero(c: Cpu, f: number, hi: number, lo: number): boolean {
  return (hi & EXP[f]!) === 0 && (((hi & FRAC[f]!) | lo) === 0 || flushes(c, f));
}

function isNegative(f: number, hi: number): boolean {
  return (hi & SIGN[f]!) !== 0;
}

/** FPUnpack of a non-NaN: the value as a double; FZ (FZ16 for H) reads a denormal as zero, IDC for S/D. */
function value(c: Cpu, f: number, hi: number, lo: number): number {
  if ((hi & EXP[f]!) === 0 && ((hi & FRAC[f]!) | lo) !== 0 && flushes(c, f)) {
    if (f !== H) c.fpsr |= IDC;
    return isNegative(f, hi) ? -0 : 0;
  }
  if (f === S) {
    W32[0] = hi;
    return F32[0]!;
  }
  if (f === D) {
    W64[0] = lo;
    W64[1] = hi;
    return F64[0]!;
  }
  const e = (hi >>> 10) & 31;
  const m = hi & 0x3ff;
  const v = e === 0 ? m * 2 ** -24 : e === 31 ? Number.POSITIVE_INFINITY : (1024 + m) * 2 ** (e - 25);
  return (hi & 0x8000) !== 0 ? -v : v;
}

/** Stores a double exactly representable in format f (or infinite, or a signed zero) as the result. */
function store(f: number, v: number): void {
  if (f === S) {
    F32[0] = v;
    setResult(W32[0]!, 0);
  } else if (f === D) {
    F64[0] = v;
    setResult(W64[1]!, W64[0]!);
  } else {
    F32[0] = v;
    // A half is exact in single: rebias the exponent and drop 13 fraction bits.
    const b = W32[0]!;
    const sign = (b >>> 16) & 0x8000;
    const m = Math.abs(v);
    if (m === 0) setResult(sign, 0);
    else if (m === Number.POSITIVE_INFINITY) setResult(sign | 0x7c00, 0);
    else if (m < 2 ** -14) setResult(sign | (m * 2 ** 24), 0);
    else setResult(sign | ((((b >>> 23) & 255) - 112) << 10) | ((b >>> 13) & 0x3ff), 0);
  }
}

function mode(c: Cpu): number {
  return (c.fpcr >>> 22) & 3;
}

/** FPRound of x (the double nearest the exact value, s the sign of exact - x) to format f. */
function round(c: Cpu, f: number, x: number, s: number): void {
  if (f === D && x !== 0 && Number.isFinite(x)) roundDouble(c, x, s);
  else store(f, roundFloat(c, x, s, mode(c), flushes(c, f), FORMATS[f]!));
}

const MIN_NORMAL_DOUBLE = 2 ** -1022;

/**
 * FPRound to double of a finite nonzero x that is already the nearest-even double to the exact
 * value (JS arithmetic and fma64 round so): only the directed modes move it, one step toward the
 * exact value, by the error sign s. Tininess is judged before rounding, as AArch64 does.
 */
function roundDouble(c: Cpu, x: number, s: number): void {
  const negative = x < 0;
  const mag = negative ? -x : x;
  const below = negative ? s > 0 : s < 0;
  const tiny = mag < MIN_NORMAL_DOUBLE || (mag === MIN_NORMAL_DOUBLE && below);
  if (tiny && flushes(c, D)) {
    c.fpsr |= FPSR_UFC;
    store(D, negative ? -0 : 0);
    return;
  }
  if (s === 0) {
    store(D, x);
    return;
  }
  c.fpsr |= tiny ? FPSR_IXC | FPSR_UFC : FPSR_IXC;
  const r = direct64(x, s, mode(c));
  if (!Number.isFinite(r)) c.fpsr |= FPSR_OFC;
  store(D, r);
}

/** Quieted NaN operand (IOC if signalling) or the default NaN under FPCR.DN. */
function propagate(c: Cpu, f: number, hi: number, lo: number): void {
  if (isSNaN(f, hi, lo)) c.fpsr |= FPSR_IOC;
  if ((c.fpcr & 0x2000000) !== 0) setResult(DEFAULT_NAN[f]!, 0);
  else setResult(hi | QUIET[f]!, lo);
}

function invalid(c: Cpu, f: number): void {
  c.fpsr |= FPSR_IOC;
  setResult(DEFAULT_NAN[f]!, 0);
}

/** FPProcessNaNs for two operands; true when a NaN result was stored. */
function nans2(c: Cpu, f: number, ahi: number, alo: number, bhi: number, blo: number): boolean {
  if (isSNaN(f, ahi, alo)) propagate(c, f, ahi, alo);
  else if (isSNaN(f, bhi, blo)) propagate(c, f, bhi, blo);
  else if (isNaNBits(f, ahi, alo)) propagate(c, f, ahi, alo);
  else if (isNaNBits(f, bhi, blo)) propagate(c, f, bhi, blo);
  else return false;
  return true;
}

/** An exact nonzero result beyond the largest finite value: infinity or the largest finite per RMode. */
function overflow(c: Cpu, f: number, negative: boolean): void {
  c.fpsr |= FPSR_OFC | FPSR_IXC;
  const m = mode(c);
  const toInfinity = m === 0 || (m === 1 && !negative) || (m === 2 && negative);
  const r = toInfinity ? Number.POSITIVE_INFINITY : FORMATS[f]!.max;
  store(f, negative ? -r : r);
}

/** A double result whose exact value is nonzero but at most half the smallest denormal. */
function underflowBelowDenormals(c: Cpu, negative: boolean): void {
  if (flushes(c, D)) {
    c.fpsr |= FPSR_UFC;
    store(D, negative ? -0 : 0);
    return;
  }
  c.fpsr |= FPSR_UFC | FPSR_IXC;
  const m = mode(c);
  const up = (m === 1 && !negative) || (m === 2 && negative);
  const r = up ? Number.MIN_VALUE : 0;
  store(D, negative ? -r : r);
}

/** An exact zero sum of nonzero terms: +0, or -0 when rounding toward minus infinity. */
function exactZero(c: Cpu, f: number): void {
  setResult(mode(c) === 2 ? SIGN[f]! : 0, 0);
}

/** FPMul (or FPMulX when `extended`) of a by b in format f. */
export function fpMul(c: Cpu, f: number, ahi: number, alo: number, bhi: number, blo: number, extended: boolean): void {
  const a = isNaNBits(f, ahi, alo) ? 0 : value(c, f, ahi, alo);
  const b = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  if (nans2(c, f, ahi, alo, bhi, blo)) return;
  const p = a * b;
  if (Number.isNaN(p)) {
    if (extended) setResult(((ahi ^ bhi) & SIGN[f]!) | TWO[f]!, 0);
    else invalid(c, f);
    return;
  }
  if (a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) {
    store(f, p);
    return;
  }
  if (f !== D) {
    round(c, f, p, 0);
    return;
  }
  if (!Number.isFinite(p)) overflow(c, D, p < 0);
  else if (p === 0) underflowBelowDenormals(c, isNegative(D, ahi) !== isNegative(D, bhi));
  else round(c, D, p, errorSign(2, a, b, p));
}

/** FPAdd of a and b in format f. */
export function fpAdd(c: Cpu, f: number, ahi: number, alo: number, bhi: number, blo: number): void {
  const a = isNaNBits(f, ahi, alo) ? 0 : value(c, f, ahi, alo);
  const b = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  if (nans2(c, f, ahi, alo, bhi, blo)) return;
  const r = a + b;
  if (Number.isNaN(r)) invalid(c, f);
  else if (!Number.isFinite(a) || !Number.isFinite(b)) store(f, r);
  else if (a === 0 && b === 0) store(f, Object.is(a, b) ? a : mode(c) === 2 ? -0 : 0);
  else if (r === 0) exactZero(c, f);
  else if (!Number.isFinite(r)) overflow(c, f, r < 0);
  else round(c, f, r, errorSign(0, a, b, r));
}

/** x = m * 2^e with an integer BigInt m. */
function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = W64[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(W64[0]! >>> 0);
  let e = biased - 1075;
  if (biased === 0) e = -1074;
  else m |= 1n << 52n;
  return [x < 0 ? -m : m, e];
}

/** FPRound to double of the exact nonzero value m * 2^e. */
function roundExactDouble(c: Cpu, m: bigint, e: number): void {
  const negative = m < 0n;
  const mag = negative ? -m : m;
  const top = e + mag.toString(2).length - 1;
  const tiny = top < -1022;
  if (tiny && flushes(c, D)) {
    c.fpsr |= FPSR_UFC;
    store(D, negative ? -0 : 0);
    return;
  }
  const quantum = Math.max(top, -1022) - 52;
  let i: bigint;
  // 0 exact, 1 below the midpoint, 2 on it, 3 above it
  let cls = 0;
  if (quantum <= e) i = mag << BigInt(e - quantum);
  else {
    const k = BigInt(quantum - e);
    i = mag >> k;
    const rest = mag - (i << k);
    const half = 1n << (k - 1n);
    cls = rest === 0n ? 0 : rest < half ? 1 : rest === half ? 2 : 3;
  }
  if (cls !== 0) {
    c.fpsr |= FPSR_IXC;
    if (tiny) c.fpsr |= FPSR_UFC;
    const m0 = mode(c);
    if (m0 === 0 ? cls === 3 || (cls === 2 && (i & 1n) === 1n) : m0 === 1 ? !negative : m0 === 2 && negative) i += 1n;
  }
  const v = Number(i) * 2 ** quantum;
  if (v > Number.MAX_VALUE) {
    overflow(c, D, negative);
    return;
  }
  store(D, negative ? -v : v);
}

/** Terms of an exact sum, grown one at a time into a nonoverlapping expansion (Shewchuk). */
const EXPANSION = new Float64Array(4);

/** The sign of w + x + y + z, exactly (no term or partial sum may overflow). */
function sumSign(w: number, x: number, y: number, z: number): number {
  let count = 0;
  for (let k = 0; k < 4; k++) {
    let q = k === 0 ? w : k === 1 ? x : k === 2 ? y : z;
    for (let i = 0; i < count; i++) {
      const e = EXPANSION[i]!;
      const s = q + e;
      const v = s - q;
      EXPANSION[i] = q - (s - v) + (e - v);
      q = s;
    }
    EXPANSION[count++] = q;
  }
  // The components grow in magnitude and do not overlap: the largest nonzero one has the sum's sign.
  for (let i = count - 1; i >= 0; i--) if (EXPANSION[i] !== 0) return EXPANSION[i]! > 0 ? 1 : -1;
  return 0;
}

/** Bounds within which Dekker's product and TwoSum are exact (no overflow, no underflow of partial products). */
const SAFE_HIGH = 2 ** 995;
const SAFE_LOW = 2 ** -969;

/** addend + a*b, all finite and the product nonzero, rounded once to double. */
export function fusedDouble(c: Cpu, addend: number, a: number, b: number): void {
  const p = a * b;
  const m = Math.abs(p);
  if (
    m < SAFE_HIGH &&
    m > SAFE_LOW &&
    Math.abs(a) < SAFE_HIGH &&
    Math.abs(b) < SAFE_HIGH &&
    Math.abs(addend) < SAFE_HIGH
  ) {
    const s = 134217729 * a;
    const ah = s - (s - a);
    const al = a - ah;
    const t = 134217729 * b;
    const bh = t - (t - b);
    const bl = b - bh;
    // a*b = p + pl exactly.
    const pl = ah * bh - p + ah * bl + al * bh + al * bl;
    if (pl === 0) {
      const r = addend + p;
      if (r === 0) exactZero(c, D);
      else round(c, D, r, errorSign(0, addend, p, r));
      return;
    }
    const r = fma64(a, b, addend);
    if (r !== 0 && Number.isFinite(r)) {
      round(c, D, r, sumSign(p, -r, addend, pl));
      return;
    }
  }
  fusedDoubleExact(c, addend, a, b);
}

/** The BigInt reference of fusedDouble: the exact sum, rounded by roundExactDouble. */
export function fusedDoubleExact(c: Cpu, addend: number, a: number, b: number): void {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const pe = ea + eb;
  let sum = ma * mb;
  let e = pe;
  if (addend !== 0) {
    const [mc, ec] = decompose(addend);
    e = Math.min(pe, ec);
    sum = (sum << BigInt(pe - e)) + (mc << BigInt(ec - e));
  }
  if (sum === 0n) exactZero(c, D);
  else roundExactDouble(c, sum, e);
}

/** FPMulAdd(addend, a, b) in format f: NaNs in addend, a, b order, one rounding. */
export function fpMulAdd(
  c: Cpu,
  f: number,
  chi: number,
  clo: number,
  ahi: number,
  alo: number,
  bhi: number,
  blo: number,
): void {
  const vc = isNaNBits(f, chi, clo) ? 0 : value(c, f, chi, clo);
  const va = isNaNBits(f, ahi, alo) ? 0 : value(c, f, ahi, alo);
  const vb = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  let done = true;
  if (isSNaN(f, chi, clo)) propagate(c, f, chi, clo);
  else if (isSNaN(f, ahi, alo)) propagate(c, f, ahi, alo);
  else if (isSNaN(f, bhi, blo)) propagate(c, f, bhi, blo);
  else if (isNaNBits(f, chi, clo)) propagate(c, f, chi, clo);
  else if (isNaNBits(f, ahi, alo)) propagate(c, f, ahi, alo);
  else if (isNaNBits(f, bhi, blo)) propagate(c, f, bhi, blo);
  else done = false;
  const infTimesZero = (isInf(f, ahi, alo) && isZero(c, f, bhi, blo)) || (isZero(c, f, ahi, alo) && isInf(f, bhi, blo));
  // A quiet-NaN addend does not hide an invalid infinity-times-zero product.
  if (infTimesZero && isNaNBits(f, chi, clo) && !isSNaN(f, chi, clo)) {
    invalid(c, f);
    return;
  }
  if (done) return;
  fusedValues(c, f, vc, va, vb, infTimesZero);
}

/** The numeric part of FPMulAdd once NaN operands are dealt with. */
function fusedValues(c: Cpu, f: number, vc: number, va: number, vb: number, infTimesZero: boolean): void {
  const p = va * vb;
  const infP = !Number.isFinite(va) || !Number.isFinite(vb);
  if (infTimesZero || (infP && !Number.isFinite(vc) && vc !== p)) {
    invalid(c, f);
    return;
  }
  if (!Number.isFinite(vc)) {
    store(f, vc);
    return;
  }
  if (infP) {
    store(f, p);
    return;
  }
  if (va === 0 || vb === 0) {
    // An exact zero product: a zero sum of like-signed zeros keeps the sign, of unlike ones follows RMode.
    if (vc === 0) {
      if (Object.is(vc, p)) store(f, vc);
      else exactZero(c, f);
    } else round(c, f, vc, 0);
    return;
  }
  if (f === D) {
    fusedDouble(c, vc, va, vb);
    return;
  }
  const r = vc + p;
  if (r === 0) exactZero(c, f);
  else round(c, f, r, errorSign(0, vc, p, r));
}

/** A half NaN as the single NaN FPConvertNaN makes of it (sign, quiet, payload at the top). */
function widenNaN(h: number): number {
  return ((h & 0x8000) << 16) | 0x7fc00000 | ((h & 0x1ff) << 13);
}

/** FPMulAddH(addend, a, b): single addend, half multiplicands, one rounding to single (FMLAL/FMLSL). */
export function fpMulAddHalves(c: Cpu, addend: number, a: number, b: number): void {
  const vc = isNaNBits(S, addend, 0) ? 0 : value(c, S, addend, 0);
  const va = isNaNBits(H, a, 0) ? 0 : value(c, H, a, 0);
  const vb = isNaNBits(H, b, 0) ? 0 : value(c, H, b, 0);
  let nan = 0;
  let done = true;
  if (isSNaN(S, addend, 0)) nan = addend;
  else if (isSNaN(H, a, 0)) nan = widenNaN(a);
  else if (isSNaN(H, b, 0)) nan = widenNaN(b);
  else if (isNaNBits(S, addend, 0)) nan = addend;
  else if (isNaNBits(H, a, 0)) nan = widenNaN(a);
  else if (isNaNBits(H, b, 0)) nan = widenNaN(b);
  else done = false;
  if (done) {
    if (isSNaN(S, addend, 0) || isSNaN(H, a, 0) || isSNaN(H, b, 0)) c.fpsr |= FPSR_IOC;
    setResult((c.fpcr & 0x2000000) !== 0 ? DEFAULT_NAN[S]! : nan | QUIET[S]!, 0);
  }
  const infTimesZero = (isInf(H, a, 0) && isZero(c, H, b, 0)) || (isZero(c, H, a, 0) && isInf(H, b, 0));
  if (infTimesZero && isNaNBits(S, addend, 0) && !isSNaN(S, addend, 0)) {
    invalid(c, S);
    return;
  }
  if (done) return;
  fusedValues(c, S, vc, va, vb, infTimesZero);
}

// ---- the scalar operations: FPDiv, FPSqrt, FPMax/FPMin(Num), FPRoundInt, FPCompare, FPConvert,
// ---- FPToFixed and FixedToFP (single and double)

/** FPDiv of a by b in format f (S or D). */
export function fpDiv(c: Cpu, f: number, ahi: number, alo: number, bhi: number, blo: number): void {
  const a = isNaNBits(f, ahi, alo) ? 0 : value(c, f, ahi, alo);
  const b = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  if (nans2(c, f, ahi, alo, bhi, blo)) return;
  const q = a / b;
  if (Number.isNaN(q)) invalid(c, f);
  else if (b === 0 && Number.isFinite(a)) {
    if (a !== 0) c.fpsr |= FPSR_DZC;
    store(f, q);
  } else if (a === 0 || !Number.isFinite(a) || !Number.isFinite(b)) store(f, q);
  else if (f !== D) round(c, f, q, errorSign(3, a, b, q));
  else if (!Number.isFinite(q)) overflow(c, D, q < 0);
  else if (q === 0) underflowBelowDenormals(c, q < 0 || Object.is(q, -0));
  else round(c, D, q, errorSign(3, a, b, q));
}

/** FPSqrt in format f (S or D). */
export function fpSqrt(c: Cpu, f: number, hi: number, lo: number): void {
  if (isNaNBits(f, hi, lo)) {
    propagate(c, f, hi, lo);
    return;
  }
  const a = value(c, f, hi, lo);
  if (a === 0 || a === Number.POSITIVE_INFINITY) store(f, a);
  else if (a < 0) invalid(c, f);
  else {
    const r = Math.sqrt(a);
    round(c, f, r, errorSign(4, a, 0, r));
  }
}

/**
 * FPMax/FPMin, or FPMaxNum/FPMinNum (`numeric`: a quiet NaN against a number yields the number),
 * in format f: the larger (smaller) value, +0 over -0 for max and -0 over +0 for min.
 */
export function fpMinMax(
  c: Cpu,
  f: number,
  ahi: number,
  alo: number,
  bhi: number,
  blo: number,
  max: boolean,
  numeric: boolean,
): void {
  if (numeric) {
    const aQuiet = isNaNBits(f, ahi, alo) && !isSNaN(f, ahi, alo);
    const bQuiet = isNaNBits(f, bhi, blo) && !isSNaN(f, bhi, blo);
    // FPMaxNum/FPMinNum: a lone quiet NaN becomes the infinity that loses.
    const loser = max ? SIGN[f]! | EXP[f]! : EXP[f]!;
    if (aQuiet && !isNaNBits(f, bhi, blo)) {
      ahi = loser;
      alo = 0;
    } else if (bQuiet && !isNaNBits(f, ahi, alo)) {
      bhi = loser;
      blo = 0;
    }
  }
  const a = isNaNBits(f, ahi, alo) ? 0 : value(c, f, ahi, alo);
  const b = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  if (nans2(c, f, ahi, alo, bhi, blo)) return;
  let r: number;
  if (a === 0 && b === 0) {
    const negative = max ? Object.is(a, -0) && Object.is(b, -0) : Object.is(a, -0) || Object.is(b, -0);
    r = negative ? -0 : 0;
  } else r = max ? Math.max(a, b) : Math.min(a, b);
  // The result is one of the (unpacked) operands: exact in the format.
  store(f, r);
}

/**
 * FPRoundInt in format f: `rounding` 0-3 as FPCR.RMode or 4 (ties away); `exact` (FRINTX) raises
 * IXC when the value changes.
 */
export function fpRoundInt(c: Cpu, f: number, hi: number, lo: number, rounding: number, exact: boolean): void {
  if (isNaNBits(f, hi, lo)) {
    propagate(c, f, hi, lo);
    return;
  }
  const a = value(c, f, hi, lo);
  if (a === 0 || !Number.isFinite(a)) {
    store(f, a);
    return;
  }
  let r = roundToIntegral(a, rounding);
  if (r === 0) r = a < 0 ? -0 : 0;
  if (exact && r !== a) c.fpsr |= FPSR_IXC;
  store(f, r);
}

/** An integral value of a finite double in rounding mode 0-3 (FPCR.RMode) or 4 (ties away from zero). */
export function roundToIntegral(v: number, rounding: number): number {
  switch (rounding) {
    case 0: {
      const fl = Math.floor(v);
      const d = v - fl;
      if (d > 0.5) return fl + 1;
      if (d < 0.5) return fl;
      return fl % 2 === 0 ? fl : fl + 1;
    }
    case 1:
      return Math.ceil(v);
    case 2:
      return Math.floor(v);
    case 3:
      return Math.trunc(v);
    default:
      return v < 0 ? -Math.round(-v) : Math.round(v);
  }
}

/**
 * FPCompare in format f as NZCV (bits 31:28): unordered 0011, equal 0110, less 1000, greater 0010.
 * A signalling NaN raises IOC; so does a quiet one when `signalling` (FCMPE).
 */
export function fpCompare(
  c: Cpu,
  f: number,
  ahi: number,
  alo: number,
  bhi: number,
  blo: number,
  signalling: boolean,
): number {
  const aNaN = isNaNBits(f, ahi, alo);
  const bNaN = isNaNBits(f, bhi, blo);
  // Both operands unpack first, so a flushed denormal raises IDC even against a NaN.
  const a = aNaN ? 0 : value(c, f, ahi, alo);
  const b = bNaN ? 0 : value(c, f, bhi, blo);
  if (aNaN || bNaN) {
    if (signalling || isSNaN(f, ahi, alo) || isSNaN(f, bhi, blo)) c.fpsr |= FPSR_IOC;
    return 0x30000000;
  }
  return a === b ? 0x60000000 : a < b ? 0x80000000 | 0 : 0x20000000;
}

/** FPConvert between single and double (`from` -> `to`): NaN payloads move with the top fraction bits. */
export function fpConvert(c: Cpu, from: number, to: number, hi: number, lo: number): void {
  if (isNaNBits(from, hi, lo)) {
    if (isSNaN(from, hi, lo)) c.fpsr |= FPSR_IOC;
    if ((c.fpcr & 0x2000000) !== 0) {
      setResult(DEFAULT_NAN[to]!, 0);
      return;
    }
    const sign = hi & SIGN[from]!;
    if (from === D) {
      // Single fraction = the double fraction's top 23 bits, quieted.
      const frac = ((hi & 0xfffff) << 3) | (lo >>> 29);
      setResult(sign | 0x7f800000 | 0x400000 | frac, 0);
    } else {
      const frac = hi & 0x7fffff;
      setResult(sign | 0x7ff00000 | 0x80000 | (frac >>> 3), (frac & 7) << 29);
    }
    return;
  }
  const v = value(c, from, hi, lo);
  if (v === 0 || !Number.isFinite(v) || to === D) store(to, v);
  else round(c, to, v, 0);
}

/**
 * FPToFixed: the value in format f times 2^fbits, rounded to an integer by `rounding`, saturated to
 * a signed or unsigned integer of `bits` (16, 32 or 64) into resultHi:resultLo (sign- or
 * zero-extended). NaN and out-of-range inputs raise IOC (NaN gives 0), an inexact in-range result IXC.
 */
export function fpToFixed(
  c: Cpu,
  f: number,
  hi: number,
  lo: number,
  fbits: number,
  rounding: number,
  bits: number,
  unsigned: boolean,
): void {
  if (isNaNBits(f, hi, lo)) {
    c.fpsr |= FPSR_IOC;
    setResult(0, 0);
    return;
  }
  const scaled = value(c, f, hi, lo) * 2 ** fbits;
  const r = Number.isFinite(scaled) ? roundToIntegral(scaled, rounding) : scaled;
  const min = unsigned ? 0 : -(2 ** (bits - 1));
  // The maximum is exclusive: 2^63 - 1 and 2^64 - 1 have no double of their own.
  const above = unsigned ? 2 ** bits : 2 ** (bits - 1);
  if (r < min || r >= above) {
    c.fpsr |= FPSR_IOC;
    if (r < min) {
      if (unsigned) setResult(0, 0);
      else if (bits === 64) setResult(0x80000000 | 0, 0);
      else setResult(0, min | 0);
    } else if (bits === 64) setResult(unsigned ? -1 : 0x7fffffff, -1);
    else setResult(0, (above - 1) | 0);
    return;
  }
  if (r !== scaled) c.fpsr |= FPSR_IXC;
  const high = Math.floor(r / 4294967296);
  setResult(bits === 64 ? high | 0 : 0, (r - high * 4294967296) | 0);
}

/**
 * FixedToFP: the integer hi:lo (signed or unsigned, 64 bits; a 32-bit source already extended)
 * divided by 2^fbits, rounded once to format f (S or D) in FPCR's mode.
 */
export function fixedToFp(c: Cpu, f: number, hi: number, lo: number, unsigned: boolean, fbits: number): void {
  // hi * 2^32 is exact; the sum rounds once, and TwoSum gives the sign of its error.
  const big = (unsigned ? hi >>> 0 : hi) * 4294967296;
  const small = lo >>> 0;
  const sum = big + small;
  const bv = sum - big;
  const err = big - (sum - bv) + (small - bv);
  if (sum === 0) {
    store(f, 0);
    return;
  }
  const scale = 2 ** -fbits;
  round(c, f, sum * scale, err > 0 ? 1 : err < 0 ? -1 : 0);
}

/**
 * FPRecipStepFused (FRECPS: 2 - a*b) or FPRSqrtStepFused (FRSQRTS: (3 - a*b) / 2) in format f (S
 * or D): NaNs first, infinity times zero gives 2.0 or 1.5, otherwise one fused rounding (the halving
 * of FRSQRTS is exact away from the denormal range).
 */
export function fpStepFused(
  c: Cpu,
  f: number,
  ahi: number,
  alo: number,
  bhi: number,
  blo: number,
  rsqrt: boolean,
): void {
  // The pseudocode negates the first operand before anything else, a NaN included.
  const nhi = ahi ^ SIGN[f]!;
  const a = isNaNBits(f, nhi, alo) ? 0 : value(c, f, nhi, alo);
  const b = isNaNBits(f, bhi, blo) ? 0 : value(c, f, bhi, blo);
  if (nans2(c, f, nhi, alo, bhi, blo)) return;
  if ((!Number.isFinite(a) && b === 0) || (a === 0 && !Number.isFinite(b))) {
    store(f, rsqrt ? 1.5 : 2);
    return;
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    // a*b is infinite: the result is that infinity (halved, still infinite).
    store(f, a < 0 !== b < 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
    return;
  }
  if (a === 0 || b === 0) {
    store(f, rsqrt ? 1.5 : 2);
    return;
  }
  // FRSQRTS rounds (3 + a*b)/2 once: 1.5 + a*(b/2), halving the larger operand (exact unless both
  // are denormal, when the product is far below 1.5's last place anyway).
  if (rsqrt && f === D && Math.max(Math.abs(a), Math.abs(b)) < 2 ** -1020) {
    // Both denormal: halving either would lose bits, so sum exactly and halve the exponent.
    const [ma, ea] = decompose(a);
    const [mb, eb] = decompose(b);
    const e = Math.min(ea + eb, 0);
    roundExactDouble(c, ((ma * mb) << BigInt(ea + eb - e)) + (3n << BigInt(-e)), e - 1);
    return;
  }
  const addend = rsqrt ? 1.5 : 2;
  const halveA = rsqrt && Math.abs(a) >= Math.abs(b);
  const x = halveA ? a / 2 : a;
  const y = rsqrt && !halveA ? b / 2 : b;
  if (f === D) fusedDouble(c, addend, x, y);
  else {
    const r = addend + x * y;
    if (r === 0) exactZero(c, f);
    else round(c, f, r, errorSign(0, addend, x * y, r));
  }
}
