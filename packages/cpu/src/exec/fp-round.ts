/**
 * FPRound for the binary formats the core rounds to in software (half, BFloat16, single): once,
 * from the double nearest the exact result and the sign of that double's own error, in any FPCR
 * rounding mode or round to odd, with tininess detected before rounding as AArch64 does.
 */
import { FPSR_IXC, FPSR_OFC, FPSR_UFC } from "./rounding";

/** Where the cumulative flags go: the vCPU (its FPSR) or a scratch sink for FPCR-free operations. */
export interface FpFlags {
  fpsr: number;
}

/** A binary format: fraction bits, minimum normal exponent, largest finite value. */
export interface FloatFormat {
  readonly frac: number;
  readonly emin: number;
  readonly max: number;
}

export const HALF: FloatFormat = { frac: 10, emin: -14, max: 65504 };
export const BFLOAT16: FloatFormat = { frac: 7, emin: -126, max: (2 - 2 ** -7) * 2 ** 127 };
export const SINGLE: FloatFormat = { frac: 23, emin: -126, max: (2 - 2 ** -23) * 2 ** 127 };

/** Rounding-mode value for round to odd (beyond FPCR's 0-3); it overflows to infinity. */
export const ROUND_ODD = 4;

/**
 * x rounded to `fmt` (x the double nearest the exact result, s the sign of exact - x), `mode`
 * 0-3 as FPCR.RMode or ROUND_ODD; `flush` turns a tiny result into a signed zero (UFC). Returns
 * the rounded value as a double (infinite on overflow to infinity), raising IXC/UFC/OFC.
 */
export function roundFloat(env: FpFlags, x: number, s: number, mode: number, flush: boolean, fmt: FloatFormat): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const negative = x < 0;
  const mag = Math.abs(x);
  const sm = negative ? -s : s;
  const minNormal = 2 ** fmt.emin;
  const tiny = mag < minNormal || (mag === minNormal && sm < 0);
  if (tiny && flush) {
    env.fpsr |= FPSR_UFC;
    return negative ? -0 : 0;
  }
  let e = Math.floor(Math.log2(mag));
  if (2 ** e > mag) e--;
  else if (2 ** (e + 1) <= mag) e++;
  if (e < fmt.emin) e = fmt.emin;
  let quantum = 2 ** (e - fmt.frac);
  const q = mag / quantum;
  let i = Math.floor(q);
  const rest = q - i;
  // 0 exact, 1 below the midpoint, 2 on it, 3 above it
  let cls: number;
  if (rest === 0) {
    if (sm === 0) cls = 0;
    else if (sm > 0) cls = 1;
    else {
      // Just below a power of two: the value lies in the binade beneath, with half the quantum.
      if (i === 2 ** fmt.frac && e > fmt.emin) {
        quantum /= 2;
        i = 2 ** (fmt.frac + 1) - 1;
      } else i -= 1;
      cls = 3;
    }
  } else if (rest < 0.5) cls = 1;
  else if (rest > 0.5) cls = 3;
  else cls = sm > 0 ? 3 : sm < 0 ? 1 : 2;
  if (cls !== 0) {
    env.fpsr |= FPSR_IXC;
    if (tiny) env.fpsr |= FPSR_UFC;
    if (mode === ROUND_ODD) i += i % 2 === 0 ? 1 : 0;
    else if (mode === 0 ? cls === 3 || (cls === 2 && i % 2 === 1) : mode === 1 ? !negative : mode === 2 && negative)
      i++;
  }
  const v = i * quantum;
  if (v > fmt.max) {
    env.fpsr |= FPSR_OFC | FPSR_IXC;
    const toInf = mode === 0 || mode === ROUND_ODD || (mode === 1 && !negative) || (mode === 2 && negative);
    const r = toInf ? Number.POSITIVE_INFINITY : fmt.max;
    return negative ? -r : r;
  }
  return negative ? -v : v;
}
