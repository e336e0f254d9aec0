/**
 * An FP8 reference built only from the OCP 8-bit floating point definitions the Arm ARM adopts
 * (E5M2: bias 15, infinities and IEEE NaNs; E4M3: bias 7, no infinities, NaN only S.1111.111), with
 * rounding by exhaustive nearest-value search. It shares no code with the core.
 */
export type Fp8Name = "E5M2" | "E4M3";

const SHAPE = { E5M2: { e: 5, m: 2, bias: 15 }, E4M3: { e: 4, m: 3, bias: 7 } } as const;

/** The real value of an FP8 code (NaN for its NaNs). */
export function fp8Decode(name: Fp8Name, code: number): number {
  const { e, m, bias } = SHAPE[name];
  const sign = code & 0x80 ? -1 : 1;
  const exp = (code >> m) & ((1 << e) - 1);
  const man = code & ((1 << m) - 1);
  if (name === "E5M2" && exp === 31) return man === 0 ? sign * Infinity : Number.NaN;
  if (name === "E4M3" && exp === 15 && man === 7) return Number.NaN;
  if (exp === 0) return sign * (man / 2 ** m) * 2 ** (1 - bias);
  return sign * (1 + man / 2 ** m) * 2 ** (exp - bias);
}

/** Whether an FP8 code is a signalling NaN (top fraction bit clear). */
export function fp8IsSignalling(name: Fp8Name, code: number): boolean {
  return name === "E5M2" && (code & 0x7c) === 0x7c && (code & 3) === 1;
}

export const FP8_MAX = { E5M2: 0x7b, E4M3: 0x7e } as const;
export const FP8_DEFAULT_NAN = { E5M2: 0x7e, E4M3: 0x7f } as const;

export interface Rounded {
  code: number;
  overflow: boolean;
  inexact: boolean;
  underflow: boolean;
}

/** Positive finite values of a format by code, and the code-like value just past its maximum. */
function ladder(values: (code: number) => number, maxCode: number, past: number): number[] {
  const out: number[] = [];
  for (let code = 0; code <= maxCode; code++) out.push(values(code));
  out.push(past);
  return out;
}

const FP8_LADDER = {
  // Past E5M2's maximum (1.11b x 2^15) lies 2^16 (an even significand); past E4M3's 448 lies 480 (odd).
  E5M2: ladder((c) => fp8Decode("E5M2", c), 0x7b, 65536),
  E4M3: ladder((c) => fp8Decode("E4M3", c), 0x7e, 480),
};

/** Round-to-nearest, ties to the even code, over an ascending ladder of magnitudes. */
function nearest(steps: readonly number[], a: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  if (a >= steps[hi]!) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (steps[mid]! <= a) lo = mid;
    else hi = mid;
  }
  const dLo = a - steps[lo]!;
  const dHi = steps[hi]! - a;
  if (dLo < dHi) return lo;
  if (dHi < dLo) return hi;
  return lo % 2 === 0 ? lo : hi;
}

/** A finite real (or infinity) to FP8 with RNE; overflow gives infinity/NaN, or the maximum when saturating. */
export function fp8Encode(name: Fp8Name, x: number, saturate: boolean): Rounded {
  const sign = x < 0 || Object.is(x, -0) ? 0x80 : 0;
  const a = Math.abs(x);
  const steps = FP8_LADDER[name];
  const maxCode = FP8_MAX[name];
  if (a === Infinity) {
    const code = saturate ? maxCode : name === "E5M2" ? 0x7c : 0x7f;
    return { code: sign | code, overflow: false, inexact: false, underflow: false };
  }
  const i = nearest(steps, a);
  const inexact = steps[i] !== a;
  if (i > maxCode) {
    const code = saturate ? maxCode : name === "E5M2" ? 0x7c : 0x7f;
    return { code: sign | code, overflow: true, inexact: true, underflow: false };
  }
  const minNormal = name === "E5M2" ? 2 ** -14 : 2 ** -6;
  return { code: sign | i, overflow: false, inexact, underflow: inexact && a < minNormal };
}

function halfDecode(code: number): number {
  const exp = (code >> 10) & 31;
  const man = code & 0x3ff;
  const v = exp === 0 ? (man / 1024) * 2 ** -14 : (1 + man / 1024) * 2 ** (exp - 15);
  return code & 0x8000 ? -v : v;
}

const HALF_LADDER = ladder(halfDecode, 0x7bff, 65536);

/** A real to FP16 with RNE (finite inputs that stay in range, as the FP8 widenings produce). */
export function halfEncode(x: number): Rounded {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return { code: sign | 0x7c00, overflow: false, inexact: false, underflow: false };
  const i = nearest(HALF_LADDER, a);
  const inexact = HALF_LADDER[i] !== a;
  return { code: sign | i, overflow: false, inexact, underflow: inexact && a < 2 ** -14 };
}

/** A real exactly representable in BF16 to its encoding (the top half of its FP32 encoding). */
export function bfloat16Encode(x: number): number {
  const bits = new Uint32Array(new Float32Array([x]).buffer)[0]!;
  if ((bits & 0xffff) !== 0) throw new Error(`${x} is not a BF16 value`);
  return bits >>> 16;
}

export function halfToNumber(code: number): number {
  return halfDecode(code);
}
