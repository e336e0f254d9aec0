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
  // URECPE/URSQRTE: 0 q u 01110 1 0 10000 11100 10
  if ((w & 0x9ffffc00) >>> 0 === 0x0ea1c800) return URECPE_URSQRTE;
  // FRECPX: 01 0 11110 1 sz 10000 11111 10, half 01 0 11110 1 1111 00 11111 10
  if ((w & 0xffbffc00) >>> 0 === 0x5ea1f800) return FRECPX;
  if ((w & 0xfffffc00) >>> 0 === 0x5ef9f800) return FRECPX;
  return -1;
}
