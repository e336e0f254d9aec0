/**
 * Reciprocal and reciprocal square root estimates (Arm ARM RecipEstimate, RecipSqrtEstimate),
 * the unsigned forms URECPE/URSQRTE, and FRECPX (FPRecpX) for half, single and double.
 */
import type { Cpu } from "../core/cpu";
import { FPSR_IOC } from "./rounding";
import { define } from "./table";

/** RecipEstimate: a in [256, 511] (0.1xxxxxxxx scaled) to a 9-bit estimate in [256, 511]. */
export function recipEstimate(a: number): number {
  const b = Math.floor(2 ** 19 / (a * 2 + 1));
  return (b + 1) >>> 1;
}

/** RecipSqrtEstimate: a in [128, 511] (two ranges of the operand's exponent parity) to [256, 511]. */
export function recipSqrtEstimate(a: number): number {
  const scaled = a < 256 ? a * 2 + 1 : (((a >>> 1) << 1) + 1) * 2;
  let b = 512;
  while (scaled * (b + 1) * (b + 1) < 2 ** 28) b++;
  return (b + 1) >>> 1;
}

/** URECPE (opcode key 0b0111100) and URSQRTE (0b1111100) on 32-bit lanes. */
export const URECPE_URSQRTE = define("URECPE_URSQRTE", (c, w) => {
  const q = (w >>> 30) & 1;
  const sqrt = ((w >>> 29) & 1) === 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const elems = 2 << q;
  let r0 = 0;
  let r1 = 0;
  let r2 = 0;
  let r3 = 0;
  for (let e = 0; e < elems; e++) {
    const x = v32[n * 4 + e]! >>> 0;
    let r: number;
    if (sqrt) r = x >>> 30 === 0 ? -1 : recipSqrtEstimate(x >>> 23) << 23;
    else r = x >>> 31 === 0 ? -1 : recipEstimate(x >>> 23) << 23;
    if (e === 0) r0 = r;
    else if (e === 1) r1 = r;
    else if (e === 2) r2 = r;
    else r3 = r;
  }
  v32[d * 4] = r0;
  v32[d * 4 + 1] = r1;
  v32[d * 4 + 2] = r2;
  v32[d * 4 + 3] = r3;
});

/** FRECPX scalar (half: bit 19 set; else sz): sign kept, exponent inverted, fraction zero. */
export const FRECPX = define("FRECPX", (c, w) => {
  const half = ((w >>> 19) & 1) === 1;
  const double = !half && ((w >>> 22) & 1) === 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const dn = (c.fpcr & 0x2000000) !== 0;
  let hi: number;
  let lo = 0;
  if (half) {
    const x = c.v16[n * 8]!;
    const exp = x & 0x7c00;
    if (exp === 0x7c00 && (x & 0x3ff) !== 0) {
      if ((x & 0x200) === 0) c.fpsr |= FPSR_IOC;
      hi = dn ? 0x7e00 : x | 0x200;
    } else hi = (x & 0x8000) | (exp === 0 ? 0x7800 : ~x & 0x7c00);
  } else if (!double) {
    const x = v32[n * 4]!;
    const exp = x & 0x7f800000;
    if (exp === 0x7f800000 && (x & 0x7fffff) !== 0) {
      if ((x & 0x400000) === 0) c.fpsr |= FPSR_IOC;
      hi = dn ? 0x7fc00000 : x | 0x400000;
    } else {
      if (exp === 0 && (x & 0x7fffff) !== 0 && ((c.fpcr >>> 24) & 1) === 1) c.fpsr |= 0x80;
      hi = (x & 0x80000000) | (exp === 0 ? 0x7f000000 : ~x & 0x7f800000);
    }
  } else {
    const xlo = v32[n * 4]!;
    const x = v32[n * 4 + 1]!;
    const exp = x & 0x7ff00000;
    if (exp === 0x7ff00000 && ((x & 0xfffff) | xlo) !== 0) {
      if ((x & 0x80000) === 0) c.fpsr |= FPSR_IOC;
      hi = dn ? 0x7ff80000 : x | 0x80000;
      lo = dn ? 0 : xlo;
    } else {
      if (exp === 0 && ((x & 0xfffff) | xlo) !== 0 && ((c.fpcr >>> 24) & 1) === 1) c.fpsr |= 0x80;
      hi = (x & 0x80000000) | (exp === 0 ? 0x7fe00000 : ~x & 0x7ff00000);
    }
  }
  if (double) {
    v32[d * 4] = lo;
    v32[d * 4 + 1] = hi;
  } else {
    v32[d * 4] = half ? hi & 0xffff : hi;
    v32[d * 4 + 1] = 0;
  }
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** The handler for a URECPE/URSQRTE/FRECPX word, or -1. */
export function decodeFpEstimate(w: number): number {
  const estimate = decodeFpRecipEstimate(w);
  if (estimate !== -1) return estimate;
  // URECPE/URSQRTE: 0 q u 01110 1 0 10000 11100 10
  if ((w & 0x9ffffc00) >>> 0 === 0x0ea1c800) return URECPE_URSQRTE;
  // FRECPX: 01 0 11110 1 sz 10000 11111 10, half 01 0 11110 1 1111 00 11111 10
  if ((w & 0xffbffc00) >>> 0 === 0x5ea1f800) return FRECPX;
  if ((w & 0xfffffc00) >>> 0 === 0x5ef9f800) return FRECPX;
  return -1;
}

/** Per format (half, single, double): fraction bits, exponent bits, bias. */
const FRAC_BITS = [10, 23, 52];
const EXP_BITS = [5, 8, 11];
const BIAS = [15, 127, 1023];

/** The last lane result: sign, biased exponent field and fraction field (a number up to 2^52). */
let outSign = 0;
let outExp = 0;
let outFrac = 0;
/** Set when the lane result is a NaN given whole as (nanHi, nanLo) in the lane's own layout. */
let nanResult = false;

/** FPProcessNaN of a NaN lane: quieted, or the default NaN under FPCR.DN; IOC for a signalling one. */
function processNaN(c: Cpu, k: number, quiet: boolean, sign: number, frac: number): void {
  if (!quiet) c.fpsr |= FPSR_IOC;
  const quietBit = 2 ** (FRAC_BITS[k]! - 1);
  nanResult = true;
  outExp = 2 ** EXP_BITS[k]! - 1;
  if ((c.fpcr & 0x2000000) !== 0) {
    outSign = 0;
    outFrac = quietBit;
  } else {
    outSign = sign;
    outFrac = frac % quietBit === frac ? frac + quietBit : frac;
  }
}

/** FPRecipEstimate (sqrt false) or FPRSqrtEstimate (sqrt true) of a lane in format k (0 H, 1 S, 2 D). */
function estimateLane(c: Cpu, k: number, sign: number, exp: number, frac: number, sqrt: boolean): void {
  const fbits = FRAC_BITS[k]!;
  const maxExp = 2 ** EXP_BITS[k]! - 1;
  const bias = BIAS[k]!;
  nanResult = false;
  outSign = sign;
  if (exp === maxExp) {
    if (frac !== 0) {
      processNaN(c, k, frac >= 2 ** (fbits - 1), sign, frac);
      return;
    }
    // 1/inf = 0; 1/sqrt(+inf) = +0; 1/sqrt(-inf) is invalid
    if (sqrt && sign === 1) {
      c.fpsr |= FPSR_IOC;
      processNaN(c, k, true, 0, 0);
      outSign = 0;
      outFrac = 2 ** (fbits - 1);
      return;
    }
    outExp = 0;
    outFrac = 0;
    return;
  }
  const flush = ((c.fpcr >>> (k === 0 ? 19 : 24)) & 1) === 1;
  if (exp === 0 && frac !== 0 && flush) {
    if (k !== 0) c.fpsr |= 0x80;
    frac = 0;
  }
  if (exp === 0 && frac === 0) {
    c.fpsr |= 2;
    outExp = maxExp;
    outFrac = 0;
    return;
  }
  if (sqrt) {
    if (sign === 1) {
      c.fpsr |= FPSR_IOC;
      nanResult = true;
      outSign = 0;
      outExp = maxExp;
      outFrac = 2 ** (fbits - 1);
      return;
    }
    let e = exp;
    let f = frac;
    if (e === 0) {
      while (f < 2 ** (fbits - 1)) {
        f *= 2;
        e--;
      }
      f = (f * 2) % 2 ** fbits;
    }
    const top = Math.floor(f / 2 ** (fbits - 8));
    const scaled = (e & 1) === 0 ? 256 + top : 128 + (top >>> 1);
    const estimate = recipSqrtEstimate(scaled);
    outExp = Math.floor((3 * bias - 1 - e) / 2);
    outFrac = (estimate & 255) * 2 ** (fbits - 8);
    return;
  }
  // |value| < 2^-(bias+1) (2^-16 / 2^-128 / 2^-1024): the reciprocal overflows.
  const value = (exp === 0 ? frac : 2 ** fbits + frac) * 2 ** (Math.max(exp, 1) - bias - fbits);
  if (value < 2 ** -(bias + 1)) {
    const rmode = (c.fpcr >>> 22) & 3;
    const toInf = rmode === 0 || (rmode === 1 && sign === 0) || (rmode === 2 && sign === 1);
    c.fpsr |= 4 | 16;
    outExp = toInf ? maxExp : maxExp - 1;
    outFrac = toInf ? 0 : 2 ** fbits - 1;
    return;
  }
  if (flush && value >= 2 ** (bias - 1)) {
    c.fpsr |= 8;
    outExp = 0;
    outFrac = 0;
    return;
  }
  let e = exp;
  let f = frac;
  if (e === 0) {
    if (f < 2 ** (fbits - 1)) {
      e = -1;
      f = (f * 4) % 2 ** fbits;
    } else f = (f * 2) % 2 ** fbits;
  }
  const scaled = 256 + Math.floor(f / 2 ** (fbits - 8));
  let resultExp = 2 * bias - 1 - e;
  let fraction = (recipEstimate(scaled) & 255) * 2 ** (fbits - 8);
  if (resultExp === 0) fraction = 2 ** (fbits - 1) + Math.floor(fraction / 2);
  else if (resultExp === -1) {
    fraction = 2 ** (fbits - 2) + Math.floor(fraction / 4);
    resultExp = 0;
  }
  outExp = resultExp;
  outFrac = fraction;
}

/** FRECPE/FRSQRTE vector and scalar, half (bit 19 with the FP16 encoding), single, double. */
export const FP_ESTIMATE = define("FP_ESTIMATE", (c, w) => {
  const scalar = ((w >>> 28) & 1) === 1;
  const q = (w >>> 30) & 1;
  const sqrt = ((w >>> 29) & 1) === 1;
  const k = ((w >>> 19) & 1) === 1 && ((w >>> 21) & 3) === 3 ? 0 : ((w >>> 22) & 1) === 1 ? 2 : 1;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const elems = scalar ? 1 : k === 2 ? 2 : k === 1 ? 2 << q : 4 << q;
  for (let e = 0; e < elems; e++) {
    let sign: number;
    let exp: number;
    let frac: number;
    if (k === 0) {
      const x = c.v16[n * 8 + e]!;
      sign = x >>> 15;
      exp = (x >>> 10) & 31;
      frac = x & 0x3ff;
    } else if (k === 1) {
      const x = v32[n * 4 + e]!;
      sign = x >>> 31;
      exp = (x >>> 23) & 255;
      frac = x & 0x7fffff;
    } else {
      const hi = v32[n * 4 + e * 2 + 1]!;
      sign = hi >>> 31;
      exp = (hi >>> 20) & 0x7ff;
      frac = (hi & 0xfffff) * 4294967296 + (v32[n * 4 + e * 2]! >>> 0);
    }
    estimateLane(c, k, sign, exp, frac, sqrt);
    if (k === 0) ESTIMATE16[e] = (outSign << 15) | (outExp << 10) | outFrac;
    else if (k === 1) ESTIMATE32[e] = (outSign << 31) | (outExp << 23) | outFrac;
    else {
      const fracHi = Math.floor(outFrac / 4294967296);
      ESTIMATE32[e * 2] = outFrac - fracHi * 4294967296;
      ESTIMATE32[e * 2 + 1] = (outSign << 31) | (outExp << 20) | fracHi;
    }
  }
  const bytes = scalar ? 2 << k : 8 << q;
  const v = c.v;
  for (let i = 0; i < 16; i++) v[d * 16 + i] = i < bytes ? ESTIMATE8[i]! : 0;
});

const ESTIMATE32 = new Int32Array(4);
const ESTIMATE16 = new Uint16Array(ESTIMATE32.buffer);
const ESTIMATE8 = new Uint8Array(ESTIMATE32.buffer);

/** The FRECPE/FRSQRTE handler for a word, or -1. */
export function decodeFpRecipEstimate(w: number): number {
  const key = (((w >>> 29) & 1) << 6) | (((w >>> 23) & 1) << 5) | ((w >>> 12) & 31);
  if (key !== 0b0111101 && key !== 0b1111101) return -1;
  if ((w & 0x9f3e0c00) >>> 0 === 0x0e200800) return ((w >>> 22) & 1) === 1 && ((w >>> 30) & 1) === 0 ? -1 : FP_ESTIMATE;
  if ((w & 0xdf3e0c00) >>> 0 === 0x5e200800) return FP_ESTIMATE;
  if ((w & 0x9f7e0c00) >>> 0 === 0x0e780800) return FP_ESTIMATE;
  if ((w & 0xdf7e0c00) >>> 0 === 0x5e780800) return FP_ESTIMATE;
  return -1;
}
