/**
 * The Arm ARM's FP8 results from first principles, for guest/fp8's expected output: the OCP formats
 * E5M2 (bias 15, IEEE infinities and NaNs) and E4M3 (bias 7, no infinities, NaN only S.1111.111),
 * and rounding to nearest-even by a binary search over the target format's encodings (which order
 * its magnitudes), comparing exact rationals. Nothing here comes from a64vm's core.
 */

/** FPMR's format codes: 0 E5M2, 1 E4M3. */
export type Fp8Code = 0 | 1;

export interface Result {
  readonly bits: number;
  /** FPSR bits: IOC 0x01, OFC 0x04, UFC 0x08, IXC 0x10. */
  readonly fpsr: number;
}

const IOC = 0x01;
const OFC = 0x04;
const UFC = 0x08;
const IXC = 0x10;

interface Layout {
  readonly exponentBits: number;
  readonly fractionBits: number;
  /** Largest finite encoding, and the magnitude just past it that rounding may reach (overflow). */
  readonly largest: number;
  readonly beyond: number;
  /** Overflow without saturation: infinity, or E4M3's NaN. */
  readonly overflowBits: number;
  readonly defaultNan: number;
}

const E5M2: Layout = {
  exponentBits: 5,
  fractionBits: 2,
  largest: 0x7b,
  beyond: 65536,
  overflowBits: 0x7c,
  defaultNan: 0x7e,
};
const E4M3: Layout = {
  exponentBits: 4,
  fractionBits: 3,
  largest: 0x7e,
  beyond: 480,
  overflowBits: 0x7f,
  defaultNan: 0x7f,
};
const HALF: Layout = {
  exponentBits: 5,
  fractionBits: 10,
  largest: 0x7bff,
  beyond: 65536,
  overflowBits: 0x7c00,
  defaultNan: 0x7e00,
};
const SINGLE: Layout = {
  exponentBits: 8,
  fractionBits: 23,
  largest: 0x7f7fffff,
  beyond: 2 ** 128,
  overflowBits: 0x7f800000,
  defaultNan: 0x7fc00000,
};

/** An exact dyadic rational: num x 2^pow. */
interface Exact {
  readonly num: bigint;
  readonly pow: number;
}

function exact(x: number): Exact {
  let num = x;
  let pow = 0;
  while (!Number.isInteger(num)) {
    num *= 2;
    pow--;
  }
  return { num: BigInt(num), pow };
}

function sum(a: Exact, b: Exact): Exact {
  const pow = Math.min(a.pow, b.pow);
  return { num: (a.num << BigInt(a.pow - pow)) + (b.num << BigInt(b.pow - pow)), pow };
}

/** Sign of a - b. */
function compare(a: Exact, b: Exact): number {
  const d = sum(a, { num: -b.num, pow: b.pow }).num;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** The magnitude of a non-negative encoding of a layout (no special cases: callers exclude them). */
function magnitude(l: Layout, bits: number): number {
  const bias = 2 ** (l.exponentBits - 1) - 1;
  const exponent = Math.floor(bits / 2 ** l.fractionBits);
  const fraction = bits % 2 ** l.fractionBits;
  return exponent === 0
    ? fraction * 2 ** (1 - bias - l.fractionBits)
    : (2 ** l.fractionBits + fraction) * 2 ** (exponent - bias - l.fractionBits);
}

/** The magnitude of an encoding, exactly; one past the largest is the overflow threshold's neighbour. */
function exactMagnitude(l: Layout, bits: number): Exact {
  return exact(bits > l.largest ? l.beyond : magnitude(l, bits));
}

/** Rounds an exact value to the layout with ties to the even encoding; overflow saturates or gives overflowBits. */
function roundExact(l: Layout, x: Exact, negative: boolean, saturate: boolean): Result {
  const signBit = negative ? 2 ** (l.exponentBits + l.fractionBits) : 0;
  const a = x.num < 0n ? { num: -x.num, pow: x.pow } : x;
  // The largest encoding whose magnitude is at most a (encodings order magnitudes).
  let lo = 0;
  let hi = l.largest + 1;
  if (compare(exactMagnitude(l, hi), a) <= 0) lo = hi;
  else {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (compare(exactMagnitude(l, mid), a) <= 0) lo = mid;
      else hi = mid;
    }
  }
  let pick = lo;
  if (lo <= l.largest) {
    const below = sum(a, { num: -exactMagnitude(l, lo).num, pow: exactMagnitude(l, lo).pow });
    const above = sum(exactMagnitude(l, lo + 1), { num: -a.num, pow: a.pow });
    const c = compare(below, above);
    if (below.num !== 0n && (c > 0 || (c === 0 && lo % 2 === 1))) pick = lo + 1;
  }
  if (pick > l.largest) return { bits: signBit + (saturate ? l.largest : l.overflowBits), fpsr: OFC | IXC };
  const inexact = compare(exactMagnitude(l, pick), a) !== 0;
  const tiny = compare(a, exact(magnitude(l, 2 ** l.fractionBits))) < 0;
  return { bits: signBit + pick, fpsr: inexact ? (tiny ? UFC | IXC : IXC) : 0 };
}

/** Rounds a finite real or an infinity to the layout (RNE), saturating on overflow when asked. */
function round(l: Layout, x: number, saturate: boolean): Result {
  const negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) {
    const signBit = negative ? 2 ** (l.exponentBits + l.fractionBits) : 0;
    return { bits: signBit + (saturate ? l.largest : l.overflowBits), fpsr: 0 };
  }
  return roundExact(l, exact(x), negative, saturate);
}

const layoutOf = (code: Fp8Code) => (code === 0 ? E5M2 : E4M3);

/** The value of an FP8 byte, or null for a NaN (with whether it signals). */
export function fp8Value(code: Fp8Code, byte: number): { value: number } | { nan: "quiet" | "signalling" } {
  const l = layoutOf(code);
  const negative = byte >= 0x80;
  const bits = byte & 0x7f;
  const exponentAllOnes = bits >> l.fractionBits === 2 ** l.exponentBits - 1;
  if (code === 1 && bits === 0x7f) return { nan: "quiet" };
  if (code === 0 && exponentAllOnes && (bits & 3) !== 0) return { nan: bits & 2 ? "quiet" : "signalling" };
  const v = code === 0 && exponentAllOnes ? Number.POSITIVE_INFINITY : magnitude(l, bits);
  return { value: negative ? -v : v };
}

/** F1CVTL/F2CVTL: an FP8 byte (format `code`, or a reserved code) times 2^-scale to FP16. */
export function fp8ToHalf(code: number, byte: number, scale: number): Result {
  if (code > 1) return { bits: HALF.defaultNan, fpsr: IOC };
  const v = fp8Value(code as Fp8Code, byte);
  if ("nan" in v) return { bits: HALF.defaultNan, fpsr: v.nan === "signalling" ? IOC : 0 };
  return round(HALF, v.value * 2 ** -scale, false);
}

/** BF1CVTL/BF2CVTL: exact in BF16 for every FP8 value and scale. */
export function fp8ToBfloat16(code: number, byte: number, scale: number): Result {
  if (code > 1) return { bits: 0x7fc0, fpsr: IOC };
  const v = fp8Value(code as Fp8Code, byte);
  if ("nan" in v) return { bits: 0x7fc0, fpsr: v.nan === "signalling" ? IOC : 0 };
  const word = new Uint32Array(new Float32Array([v.value * 2 ** -scale]).buffer)[0]!;
  return { bits: word >>> 16, fpsr: 0 };
}

/** FCVTN: a real (or NaN) times 2^scale to FP8 format `code`, saturating when OSC is set. */
export function toFp8(code: number, x: number, signallingNan: boolean, scale: number, saturate: boolean): Result {
  if (code > 1) return { bits: 0xff, fpsr: IOC };
  const l = layoutOf(code as Fp8Code);
  if (Number.isNaN(x)) return { bits: l.defaultNan, fpsr: signallingNan ? IOC : 0 };
  return round(l, x * 2 ** scale, saturate);
}

/** An FP16 encoding's value (NaN for NaNs). */
export function halfToReal(h: number): number {
  const bits = h & 0x7fff;
  const v = bits >= 0x7c00 ? (bits === 0x7c00 ? Number.POSITIVE_INFINITY : Number.NaN) : magnitude(HALF, bits);
  return h & 0x8000 ? -v : v;
}

/**
 * FMLALB, FMLALLBB and FDOT: an FP16 or FP32 accumulator plus products of FP8 bytes (first in F8S1's
 * format, second in F8S2's) times 2^-scale, summed exactly and rounded once to nearest-even; NaNs
 * and invalid operations give the default NaN, OSM saturates an overflow, and no FPSR flag is set.
 */
export function multiplyAdd(
  toHalf: boolean,
  accumulator: number,
  products: readonly (readonly [number, number])[],
  s1: number,
  s2: number,
  scale: number,
  saturate: boolean,
): number {
  const l = toHalf ? HALF : SINGLE;
  let total: Exact = { num: 0n, pow: 0 };
  let allNegativeZero = Object.is(accumulator, -0);
  let infinity = 0;
  let invalid = Number.isNaN(accumulator) || s1 > 1 || s2 > 1;
  if (Number.isFinite(accumulator)) total = exact(accumulator);
  else if (!invalid) infinity = Math.sign(accumulator);
  for (const [a, b] of products) {
    if (invalid) break;
    const x = fp8Value(s1 as Fp8Code, a);
    const y = fp8Value(s2 as Fp8Code, b);
    if ("nan" in x || "nan" in y) {
      invalid = true;
      break;
    }
    const p = x.value * y.value;
    if (Number.isNaN(p)) invalid = true;
    else if (!Number.isFinite(p)) {
      if (infinity === -Math.sign(p)) invalid = true;
      infinity = Math.sign(p);
    } else {
      if (!Object.is(p, -0)) allNegativeZero = false;
      const e = exact(p);
      total = sum(total, { num: e.num, pow: e.pow - scale });
    }
  }
  if (invalid) return l.defaultNan;
  const signBit = 2 ** (l.exponentBits + l.fractionBits);
  if (infinity !== 0) return (infinity < 0 ? signBit : 0) + (l.fractionBits === 10 ? 0x7c00 : 0x7f800000);
  if (total.num === 0n) return allNegativeZero ? signBit : 0;
  return roundExact(l, total, total.num < 0n, saturate).bits;
}
