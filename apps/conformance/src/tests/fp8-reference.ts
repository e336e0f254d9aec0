/**
 * The Arm ARM's FP8 results from first principles, for guest/fp8's expected output: the OCP formats
 * E5M2 (bias 15, IEEE infinities and NaNs) and E4M3 (bias 7, no infinities, NaN only S.1111.111),
 * and rounding to nearest-even by searching every finite value of the target format. Nothing here
 * comes from a64vm's core.
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

/** The magnitude of a non-negative encoding of a layout (no special cases: callers exclude them). */
function magnitude(l: Layout, bits: number): number {
  const bias = 2 ** (l.exponentBits - 1) - 1;
  const exponent = Math.floor(bits / 2 ** l.fractionBits);
  const fraction = bits % 2 ** l.fractionBits;
  return exponent === 0
    ? fraction * 2 ** (1 - bias - l.fractionBits)
    : (2 ** l.fractionBits + fraction) * 2 ** (exponent - bias - l.fractionBits);
}

const magnitudes = new Map<Layout, Float64Array>();

function table(l: Layout): Float64Array {
  let t = magnitudes.get(l);
  if (t === undefined) {
    t = Float64Array.from({ length: l.largest + 2 }, (_, i) => (i <= l.largest ? magnitude(l, i) : l.beyond));
    magnitudes.set(l, t);
  }
  return t;
}

/** Rounds x to the layout with ties to the even encoding; overflow saturates or gives overflowBits. */
function round(l: Layout, x: number, saturate: boolean): Result {
  const signBit = x < 0 || Object.is(x, -0) ? 2 ** (l.exponentBits + l.fractionBits) : 0;
  const a = Math.abs(x);
  if (a === Number.POSITIVE_INFINITY) return { bits: signBit + (saturate ? l.largest : l.overflowBits), fpsr: 0 };
  const t = table(l);
  let below = 0;
  while (below + 1 < t.length && t[below + 1]! <= a) below++;
  const above = Math.min(below + 1, t.length - 1);
  const pick =
    a - t[below]! < t[above]! - a || (a - t[below]! === t[above]! - a && below % 2 === 0) || below === above
      ? below
      : above;
  if (pick > l.largest) return { bits: signBit + (saturate ? l.largest : l.overflowBits), fpsr: OFC | IXC };
  const inexact = t[pick] !== a;
  const tiny = a < magnitude(l, 2 ** l.fractionBits);
  return { bits: signBit + pick, fpsr: inexact ? (tiny ? UFC | IXC : IXC) : 0 };
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
