/**
 * FEAT_FP8FMA and FEAT_FP8DOT2/FP8DOT4: FMLALB/FMLALT (FP8 products into FP16), FMLALLBB/BT/TB/TT
 * (into FP32) and FDOT two-way (FP16) and four-way (FP32), vector and by element. Vn's bytes are in
 * FPMR.F8S1's format, Vm's in F8S2's; the products, scaled by 2^-LSCALE (LSCALE<3:0> for FP16
 * results), are added to the accumulator exactly and rounded once to nearest-even. As the Arm ARM
 * has it for FP8 multiplies, FPCR's rounding, FZ and DN do not apply (NaNs give the default NaN),
 * FPSR is never written, and FPMR.OSM = 1 turns an overflow into the largest finite value.
 */
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { checkFpEnabled } from "./fp-enable";
import {
  encodeValue,
  type FloatFormat,
  fp8Class,
  fp8Value,
  HALF,
  halfValue,
  NUMBER,
  OVERFLOW_IEEE,
  OVERFLOW_SATURATE,
  ROUND_NEAREST_EVEN,
  roundToFormat,
  SINGLE,
} from "./fp8-format";
import { addTerm, beginSum, poisonSum, sumSticky, sumValue } from "./fp8-sum";
import { define } from "./table";

const T = new Uint8Array(16);
const T16 = new Uint16Array(T.buffer);
const T32 = new Int32Array(T.buffer);
const TF32 = new Float32Array(T.buffer);
/** FP8 multiplies raise no FPSR flags: rounding reports into this and it is dropped. */
const ignored = { value: 0 };

/** FPMR, read once per instruction. */
let f8s1 = 0;
let f8s2 = 0;
let scaleHalf = 0;
let scaleSingle = 0;
let overflow = OVERFLOW_IEEE;

function readFpmr(c: Cpu): void {
  const low = c.sysregs.lo(c.sysregs.slotOf(SYSREG.FPMR));
  f8s1 = low & 7;
  f8s2 = (low >>> 3) & 7;
  scaleHalf = -((low >>> 16) & 0xf);
  scaleSingle = -((low >>> 16) & 0x7f);
  overflow = ((low >>> 14) & 1) === 1 ? OVERFLOW_SATURATE : OVERFLOW_IEEE;
}

/** Adds the product of byte `a` (F8S1) and byte `b` (F8S2), times 2^scale, to the running sum. */
function addProduct(a: number, b: number, scale: number): void {
  if (fp8Class(f8s1, a) !== NUMBER || fp8Class(f8s2, b) !== NUMBER) {
    poisonSum();
    return;
  }
  const x = fp8Value(f8s1, a);
  const y = fp8Value(f8s2, b);
  // Infinity times zero is invalid; otherwise the product of two FP8 values is exact in a double.
  if ((x === 0 && !Number.isFinite(y)) || (y === 0 && !Number.isFinite(x))) poisonSum();
  else addTerm(x * y * 2 ** scale);
}

/** Rounds the running sum to `f`: the rounded value, or NaN. */
function roundedSum(f: FloatFormat): number {
  const s = sumValue();
  if (Number.isNaN(s)) return Number.NaN;
  if (s === 0 || !Number.isFinite(s)) return s;
  return roundToFormat(s, 0, f, ROUND_NEAREST_EVEN, overflow, false, ignored, sumSticky());
}

function commit(c: Cpu, d: number, full: boolean): void {
  c.v32[d * 4] = T32[0]!;
  c.v32[d * 4 + 1] = T32[1]!;
  c.v32[d * 4 + 2] = full ? T32[2]! : 0;
  c.v32[d * 4 + 3] = full ? T32[3]! : 0;
}

/**
 * The shared loop: lane i of Vd (FP16 or FP32) gets `count` products of Vn bytes
 * group*i + first + j and Vm bytes (mAt < 0 ? group*i + first : mAt) + j, summed exactly and
 * rounded once.
 */
function multiplyAccumulate(
  c: Cpu,
  w: number,
  toHalf: boolean,
  lanes: number,
  group: number,
  count: number,
  first: number,
  m: number,
  mAt: number,
): void {
  checkFpEnabled(c);
  readFpmr(c);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const scale = toHalf ? scaleHalf : scaleSingle;
  T32[2] = 0;
  T32[3] = 0;
  for (let i = 0; i < lanes; i++) {
    beginSum();
    const at = mAt < 0 ? group * i + first : mAt;
    if (toHalf) {
      const h = c.v16[d * 8 + i]!;
      if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) poisonSum();
      else addTerm(halfValue(h));
    } else {
      const bits = c.v32[d * 4 + i]!;
      if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0) poisonSum();
      else addTerm(c.vf32[d * 4 + i]!);
    }
    for (let j = 0; j < count; j++) addProduct(c.v[n * 16 + group * i + first + j]!, c.v[m * 16 + at + j]!, scale);
    const s = roundedSum(toHalf ? HALF : SINGLE);
    if (toHalf) T16[i] = Number.isNaN(s) ? HALF.defaultNan : encodeValue(HALF, s);
    else if (Number.isNaN(s)) T32[i] = 0x7fc00000;
    else TF32[i] = s;
  }
  commit(c, d, lanes * (toHalf ? 2 : 4) === 16);
}

/** Index H:L:M:Rm<3> of the by-element byte forms (Vm is V0-V7). */
const byteIndex = (w: number) => ((w >>> 8) & 8) | ((w >>> 19) & 7);

/** FMLALB/FMLALT Vd.8H, Vn.16B, Vm.16B: Q selects the odd (top) bytes. */
export const FMLAL_FP8 = define("FMLAL_FP8", (c, w) =>
  multiplyAccumulate(c, w, true, 8, 2, 1, (w >>> 30) & 1, (w >>> 16) & 31, -1),
);
export const FMLAL_FP8_ELEM = define("FMLAL_FP8_ELEM", (c, w) =>
  multiplyAccumulate(c, w, true, 8, 2, 1, (w >>> 30) & 1, (w >>> 16) & 7, byteIndex(w)),
);
/** FMLALLBB/BT/TB/TT Vd.4S, Vn.16B, Vm.16B: Q:size<0> selects the byte of each word. */
export const FMLALL_FP8 = define("FMLALL_FP8", (c, w) =>
  multiplyAccumulate(c, w, false, 4, 4, 1, (((w >>> 30) & 1) << 1) | ((w >>> 22) & 1), (w >>> 16) & 31, -1),
);
export const FMLALL_FP8_ELEM = define("FMLALL_FP8_ELEM", (c, w) =>
  multiplyAccumulate(c, w, false, 4, 4, 1, (((w >>> 30) & 1) << 1) | ((w >>> 22) & 1), (w >>> 16) & 7, byteIndex(w)),
);
/** FDOT Vd.4H/8H, Vn.8B/16B, Vm.8B/16B or Vm.2B[H:L:M] (Vm is V0-V15): pairs into FP16 lanes. */
export const FDOT_FP8_2 = define("FDOT_FP8_2", (c, w) =>
  multiplyAccumulate(c, w, true, 4 << ((w >>> 30) & 1), 2, 2, 0, (w >>> 16) & 31, -1),
);
export const FDOT_FP8_2_ELEM = define("FDOT_FP8_2_ELEM", (c, w) =>
  multiplyAccumulate(
    c,
    w,
    true,
    4 << ((w >>> 30) & 1),
    2,
    2,
    0,
    (w >>> 16) & 15,
    2 * (((w >>> 9) & 4) | ((w >>> 20) & 3)),
  ),
);
/** FDOT Vd.2S/4S, Vn.8B/16B, Vm.8B/16B or Vm.4B[H:L]: quads into FP32 lanes. */
export const FDOT_FP8_4 = define("FDOT_FP8_4", (c, w) =>
  multiplyAccumulate(c, w, false, 2 << ((w >>> 30) & 1), 4, 4, 0, (w >>> 16) & 31, -1),
);
export const FDOT_FP8_4_ELEM = define("FDOT_FP8_4_ELEM", (c, w) =>
  multiplyAccumulate(
    c,
    w,
    false,
    2 << ((w >>> 30) & 1),
    4,
    4,
    0,
    (w >>> 16) & 31,
    4 * (((w >>> 10) & 2) | ((w >>> 21) & 1)),
  ),
);

/** The FP8 multiply-accumulate form of an AdvSIMD word, or 0 when the word is not one. */
export function decodeFp8Dot(w: number): number {
  switch ((w & 0xbfe0fc00) >>> 0) {
    case 0x0ec0fc00:
      return FMLAL_FP8;
    case 0x0e40fc00:
      return FDOT_FP8_2;
    case 0x0e00fc00:
      return FDOT_FP8_4;
  }
  if ((w & 0xbfa0fc00) >>> 0 === 0x0e00c400) return FMLALL_FP8;
  switch ((w & 0xbfc0f400) >>> 0) {
    case 0x0fc00000:
      return FMLAL_FP8_ELEM;
    case 0x0f400000:
      return FDOT_FP8_2_ELEM;
    case 0x0f000000:
      return FDOT_FP8_4_ELEM;
  }
  if ((w & 0xbf80f400) >>> 0 === 0x2f008000) return FMLALL_FP8_ELEM;
  return 0;
}
