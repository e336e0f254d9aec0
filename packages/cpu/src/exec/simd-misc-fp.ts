/**
 * AdvSIMD FP two-register misc forms simd.ts / fp16.ts leave UNDEF, vector and scalar, half,
 * single and double: FCVT{N,M,A,P}{S,U} (FPToFixed with an explicit rounding) and
 * FCMGT/FCMEQ/FCMLT/FCMGE/FCMLE against #0.0 (FPCompareGT/EQ/GE with a zero operand).
 */
import type { Cpu } from "../core/cpu";
import { D, fpCompare, fpToFixed, H, resultHi, resultLo, S } from "./fp-lane";
import { define } from "./table";

/** Result staging so Vd may alias Vn; module-level, never reallocated. */
const R32 = new Int32Array(4);
const R16 = new Uint16Array(R32.buffer);

/** Key of a FP misc form: U, a (bit 23), opcode. */
function fpMiscKey(w: number): number {
  return (((w >>> 29) & 1) << 6) | (((w >>> 23) & 1) << 5) | ((w >>> 12) & 31);
}

/** FCVT{N,P,M,A}{S,U}: key -> FPRounding (0 nearest-even, 1 +inf, 2 -inf, 4 ties away). */
const CONVERT_ROUNDING = new Map([
  [0b0011010, 0], // FCVTNS
  [0b1011010, 0], // FCVTNU
  [0b0111010, 1], // FCVTPS
  [0b1111010, 1], // FCVTPU
  [0b0011011, 2], // FCVTMS
  [0b1011011, 2], // FCVTMU
  [0b0011100, 4], // FCVTAS
  [0b1011100, 4], // FCVTAU
]);

const FCMGT = 0b0101100;
const FCMEQ = 0b0101101;
const FCMLT = 0b0101110;
const FCMGE = 0b1101100;
const FCMLE = 0b1101101;

function isCompareZero(key: number): boolean {
  return key === FCMGT || key === FCMEQ || key === FCMLT || key === FCMGE || key === FCMLE;
}

/** The last lane result: top word (the whole lane for H and S) and low word (D). */
let laneHi = 0;
let laneLo = 0;

/** One lane (format f; hi:lo its bits) of the form `key`, into laneHi:laneLo. */
function fpMiscLane(c: Cpu, f: number, key: number, hi: number, lo: number): void {
  const rounding = CONVERT_ROUNDING.get(key);
  if (rounding !== undefined) {
    fpToFixed(c, f, hi, lo, 0, rounding, f === H ? 16 : f === S ? 32 : 64, key >>> 6 === 1);
    laneHi = f === D ? resultHi : resultLo;
    laneLo = resultLo;
    return;
  }
  // FCMEQ is a quiet comparison (IOC only for a signalling NaN); the ordered ones signal on any NaN.
  const nzcv = fpCompare(c, f, hi, lo, 0, 0, key !== FCMEQ);
  let t: boolean;
  if (nzcv === 0x30000000) t = false;
  else if (key === FCMGT) t = nzcv === 0x20000000;
  else if (key === FCMEQ) t = nzcv === 0x60000000;
  else if (key === FCMLT) t = nzcv === (0x80000000 | 0);
  else if (key === FCMGE) t = nzcv !== (0x80000000 | 0);
  else t = nzcv !== 0x20000000;
  laneHi = laneLo = t ? -1 : 0;
}

/**
 * Vector (0 q u 01110 a sz 10000 opcode 10; half: a 1111 00) and scalar (bit 28 set) forms:
 * `half` chooses the FP16 encoding.
 */
export const SIMD_MISC_FP = define("SIMD_MISC_FP", (c, w) => {
  const scalar = ((w >>> 28) & 1) === 1;
  const q = (w >>> 30) & 1;
  const half = ((w >>> 19) & 1) === 1;
  const f = half ? H : ((w >>> 22) & 1) === 1 ? D : S;
  const key = fpMiscKey(w);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const v16 = c.v16;
  const elems = scalar ? 1 : f === D ? 2 : f === S ? 2 << q : 4 << q;
  R32[0] = R32[1] = R32[2] = R32[3] = 0;
  for (let e = 0; e < elems; e++) {
    let hi: number;
    let lo = 0;
    if (f === H) hi = v16[n * 8 + e]!;
    else if (f === S) hi = v32[n * 4 + e]!;
    else {
      lo = v32[n * 4 + e * 2]!;
      hi = v32[n * 4 + e * 2 + 1]!;
    }
    fpMiscLane(c, f, key, hi, lo);
    if (f === H) R16[e] = laneHi;
    else if (f === S) R32[e] = laneHi;
    else {
      R32[e * 2] = laneLo;
      R32[e * 2 + 1] = laneHi;
    }
  }
  const keep = scalar ? 0 : q;
  v32[d * 4] = R32[0]!;
  v32[d * 4 + 1] = R32[1]!;
  v32[d * 4 + 2] = keep === 1 ? R32[2]! : 0;
  v32[d * 4 + 3] = keep === 1 ? R32[3]! : 0;
});

/** The FP handler for a two-reg misc word of this file's forms, or -1. */
export function decodeSimdMiscFp(w: number): number {
  const key = fpMiscKey(w);
  if (!CONVERT_ROUNDING.has(key) && !isCompareZero(key)) return -1;
  // single/double: vector then scalar
  if ((w & 0x9f3e0c00) >>> 0 === 0x0e200800)
    return ((w >>> 22) & 1) === 1 && ((w >>> 30) & 1) === 0 ? -1 : SIMD_MISC_FP;
  if ((w & 0xdf3e0c00) >>> 0 === 0x5e200800) return SIMD_MISC_FP;
  // half: vector then scalar
  if ((w & 0x9f7e0c00) >>> 0 === 0x0e780800) return SIMD_MISC_FP;
  if ((w & 0xdf7e0c00) >>> 0 === 0x5e780800) return SIMD_MISC_FP;
  return -1;
}
