/**
 * Small floating-point formats for FP8 and its neighbours: decoding the OFP8 formats E5M2 and E4M3
 * (FPMR.F8S1/F8S2/F8D: 0 E5M2, 1 E4M3), and one exact rounder that narrows a value `v * 2^k` into
 * FP8, FP16, BF16, FP32 or FP64 with the Arm ARM's FPRound behaviour (tininess before rounding,
 * FPSR flags, overflow to infinity, maximum or E4M3's NaN). Values travel as JS doubles, which hold
 * every FP8/FP16/BF16/FP32 value exactly; nothing here allocates.
 */
import { FPSR_IXC, FPSR_OFC, FPSR_UFC } from "./rounding";

/** A binary interchange-like format: exponent and fraction widths, and how its top exponent is used. */
export interface FloatFormat {
  readonly expBits: number;
  readonly fracBits: number;
  readonly bias: number;
  /** E4M3: no infinities, and the top exponent holds normal numbers except the all-ones NaN. */
  readonly finiteOnly: boolean;
  /** Largest unbiased exponent of a finite value, and the largest significand there (with its leading 1). */
  readonly maxExp: number;
  readonly maxSignificand: number;
  /** The largest finite value. */
  readonly maxValue: number;
  /** Encoding of +infinity (finiteOnly formats: their NaN). */
  readonly infBits: number;
  /** The default NaN: sign 0, top fraction bit 1 (E4M3: its only NaN, S.1111.111). */
  readonly defaultNan: number;
}

function format(expBits: number, fracBits: number, finiteOnly: boolean): FloatFormat {
  const top = 2 ** expBits - 1;
  const bias = 2 ** (expBits - 1) - 1;
  const maxExp = finiteOnly ? top - bias : top - 1 - bias;
  const maxSignificand = finiteOnly ? 2 ** (fracBits + 1) - 2 : 2 ** (fracBits + 1) - 1;
  return {
    expBits,
    fracBits,
    bias,
    finiteOnly,
    maxExp,
    maxSignificand,
    maxValue: maxSignificand * 2 ** (maxExp - fracBits),
    infBits: finiteOnly ? top * 2 ** fracBits + 2 ** fracBits - 1 : top * 2 ** fracBits,
    defaultNan: top * 2 ** fracBits + (finiteOnly ? 2 ** fracBits - 1 : 2 ** (fracBits - 1)),
  };
}

export const E5M2 = format(5, 2, false);
export const E4M3 = format(4, 3, true);
export const HALF = format(5, 10, false);
export const BFLOAT16 = format(8, 7, false);
export const SINGLE = format(8, 23, false);
export const DOUBLE = format(11, 52, false);

/** FPMR's FP8 format codes; the other six values of a 3-bit field are reserved. */
export const FP8_E5M2 = 0;
export const FP8_E4M3 = 1;

/** Classes of a decoded operand. */
export const NUMBER = 0;
export const QNAN = 1;
export const SNAN = 2;

/** Per format code (0 E5M2, 1 E4M3): the value of each of the 256 encodings and its class. */
const FP8_VALUE = new Float64Array(512);
const FP8_CLASS = new Uint8Array(512);

function fillFp8(code: number, f: FloatFormat): void {
  const fracScale = 2 ** f.fracBits;
  for (let b = 0; b < 256; b++) {
    const sign = b >>> 7 === 1 ? -1 : 1;
    const exp = (b >>> f.fracBits) & ((1 << f.expBits) - 1);
    const frac = b & (fracScale - 1);
    const i = code * 256 + b;
    const isNan = f.finiteOnly ? (b & 0x7f) === f.infBits : exp === (1 << f.expBits) - 1 && frac !== 0;
    if (isNan) {
      // The NaN's top fraction bit is its quiet bit: E4M3's one NaN has it set.
      FP8_VALUE[i] = Number.NaN;
      FP8_CLASS[i] = (frac >>> (f.fracBits - 1)) & 1 ? QNAN : SNAN;
    } else if (!f.finiteOnly && exp === (1 << f.expBits) - 1) {
      FP8_VALUE[i] = sign * Number.POSITIVE_INFINITY;
    } else if (exp === 0) {
      FP8_VALUE[i] = sign * frac * 2 ** (1 - f.bias - f.fracBits);
    } else {
      FP8_VALUE[i] = sign * (fracScale + frac) * 2 ** (exp - f.bias - f.fracBits);
    }
  }
}
fillFp8(FP8_E5M2, E5M2);
fillFp8(FP8_E4M3, E4M3);

/** The value of FP8 byte `b` in format code `fmt` (NaN for NaNs; a reserved code reads as a NaN). */
export function fp8Value(fmt: number, b: number): number {
  return fmt <= 1 ? FP8_VALUE[fmt * 256 + b]! : Number.NaN;
}

/** The class of FP8 byte `b`: a reserved format code makes every input a signalling NaN (FPMR's option). */
export function fp8Class(fmt: number, b: number): number {
  return fmt <= 1 ? FP8_CLASS[fmt * 256 + b]! : SNAN;
}

/** The FPCR.RMode rounding modes. */
export const ROUND_NEAREST_EVEN = 0;
export const ROUND_PLUS_INF = 1;
export const ROUND_MINUS_INF = 2;
export const ROUND_ZERO = 3;

/** What an overflowing result becomes. */
export const OVERFLOW_IEEE = 0;
/** FPMR.OSC/OSM = 1: the largest finite value of the right sign. */
export const OVERFLOW_SATURATE = 1;

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/**
 * Rounds `v * 2^k` (v finite, k an integer) to format `f` in `mode` and returns the rounded value
 * (infinite on an overflow to infinity, which E4M3 encodes as its NaN), ORing the FPSR flags the
 * rounding raises into `flags.value`. Zero keeps its sign. `flushToZero` (FPCR.FZ/FZ16 on an output)
 * turns a tiny result into zero with UFC only, as FPRound does. `sticky` is the sign of a remainder
 * below every bit of `v` (exact value = v * 2^k + remainder), for sums kept as expansions; it decides
 * ties and inexactness in nearest-even mode, and rounds up in a directed mode when it points away
 * from zero.
 */
export function roundToFormat(
  v: number,
  k: number,
  f: FloatFormat,
  mode: number,
  overflow: number,
  flushToZero: boolean,
  flags: { value: number },
  sticky = 0,
): number {
  scratch[0] = v;
  const hiWord = scratchWords[1]!;
  const negative = hiWord >>> 31 === 1;
  const biased = (hiWord >>> 20) & 0x7ff;
  let sig = (hiWord & 0xfffff) * 4294967296 + scratchWords[0]!;
  if (biased === 0 && sig === 0) return v;
  if (biased !== 0) sig += 4503599627370496;
  // The value is sig * 2^exp with sig < 2^53.
  const exp = (biased === 0 ? -1074 : biased - 1075) + k;
  const e = exponentOf(sig) + exp;
  const minExp = 1 - f.bias;
  const tiny = e < minExp;
  if (tiny && flushToZero) {
    flags.value |= FPSR_UFC;
    return negative ? -0 : 0;
  }
  // The weight of the last fraction bit at this exponent, and how far sig must shift to reach it.
  const quantum = (tiny ? minExp : e) - f.fracBits;
  const shift = quantum - exp;
  let mant: number;
  let inexact = false;
  // The remainder's sign relative to the magnitude.
  const away = negative ? -sticky : sticky;
  if (shift <= 0) {
    mant = sig * 2 ** -shift;
    if (away !== 0) {
      inexact = true;
      if (away > 0 && roundUp(mode, negative, false, false, false)) mant += 1;
    }
  } else if (shift > 60) {
    mant = roundUp(mode, negative, false, false, false) ? 1 : 0;
    inexact = true;
  } else {
    const unit = 2 ** shift;
    mant = Math.floor(sig / unit);
    const rem = sig - mant * unit;
    if (rem !== 0 || away !== 0) {
      inexact = true;
      const half = unit / 2;
      const above = rem > half || (rem === half && away > 0);
      if (roundUp(mode, negative, above, rem === half && away === 0, mant % 2 === 1)) mant += 1;
    }
  }
  // A carry out of the significand moves the value up one binade.
  const carried = mant === 2 ** (f.fracBits + 1);
  const resultExp = carried ? e + 1 : e;
  const resultMant = carried ? mant / 2 : mant;
  if (!tiny && (resultExp > f.maxExp || (resultExp === f.maxExp && resultMant > f.maxSignificand))) {
    flags.value |= FPSR_OFC | FPSR_IXC;
    const toMax =
      overflow === OVERFLOW_SATURATE ||
      mode === ROUND_ZERO ||
      (mode === ROUND_PLUS_INF && negative) ||
      (mode === ROUND_MINUS_INF && !negative);
    const big = toMax ? f.maxValue : Number.POSITIVE_INFINITY;
    return negative ? -big : big;
  }
  if (inexact) flags.value |= tiny ? FPSR_UFC | FPSR_IXC : FPSR_IXC;
  const magnitude = mant * 2 ** quantum;
  return negative ? -magnitude : magnitude;
}

/** The exponent of the leading bit of a positive finite number. */
function exponentOf(n: number): number {
  const e = Math.floor(Math.log2(n));
  // Math.log2 may land one off next to a power of two; settle it exactly.
  return n >= 2 ** (e + 1) ? e + 1 : n < 2 ** e ? e - 1 : e;
}

/**
 * Encodes a value of format `f` (as roundToFormat returns it) for formats of up to 32 bits:
 * infinities become infBits (E4M3: its NaN, keeping the sign).
 */
export function encodeValue(f: FloatFormat, value: number): number {
  const negative = value < 0 || Object.is(value, -0);
  const signBits = negative ? 2 ** (f.expBits + f.fracBits) : 0;
  const a = Math.abs(value);
  if (a === 0) return signBits;
  if (a === Number.POSITIVE_INFINITY) return signBits + f.infBits;
  const minExp = 1 - f.bias;
  const e = exponentOf(a);
  if (e < minExp) return signBits + a * 2 ** (f.fracBits - minExp);
  return signBits + (e + f.bias) * 2 ** f.fracBits + a * 2 ** (f.fracBits - e) - 2 ** f.fracBits;
}

/**
 * Whether a discarded remainder rounds the magnitude up: `above`/`tie` compare it with half a unit,
 * `odd` is the kept part's last bit (for nearest-even).
 */
function roundUp(mode: number, negative: boolean, above: boolean, tie: boolean, odd: boolean): boolean {
  switch (mode) {
    case ROUND_NEAREST_EVEN:
      return above || (tie && odd);
    case ROUND_PLUS_INF:
      return !negative;
    case ROUND_MINUS_INF:
      return negative;
    default:
      return false;
  }
}

/** Decodes a FP16 encoding to a double. */
export function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 31;
  const frac = h & 0x3ff;
  if (exp === 31) return frac === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  if (exp === 0) return sign * frac * 2 ** -24;
  return sign * (1024 + frac) * 2 ** (exp - 25);
}
