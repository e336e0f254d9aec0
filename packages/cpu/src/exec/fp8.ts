/**
 * FEAT_FP8 AdvSIMD instructions, controlled by FPMR: the widening conversions F1CVTL/F2CVTL and
 * BF1CVTL/BF2CVTL (and their "2" forms), the narrowing FCVTN/FCVTN2 to FP8, and FSCALE (vector).
 * Per the Arm ARM, FP8 conversions round to nearest-even whatever FPCR.RMode, ignore FPCR.FZ/FZ16,
 * produce the default NaN, and never set FPSR.IDC; FSCALE is an ordinary FPCR-controlled operation.
 * A reserved FPMR format code takes the FPMR description's option for it: a source reads as a
 * signalling NaN, a destination byte is 0xFF with Invalid Operation.
 */
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { UNDEF } from "./branch";
import { checkFpEnabled } from "./fp-enable";
import { decodeFp8Dot } from "./fp8-dot";
import {
  BFLOAT16,
  DOUBLE,
  E4M3,
  E5M2,
  encodeValue,
  FP8_E4M3,
  fp8Class,
  fp8Value,
  HALF,
  halfValue,
  NUMBER,
  OVERFLOW_IEEE,
  OVERFLOW_SATURATE,
  QNAN,
  ROUND_NEAREST_EVEN,
  roundToFormat,
  SINGLE,
  SNAN,
} from "./fp8-format";
import { FPSR_IOC } from "./rounding";
import { define } from "./table";

const FPSR_IDC = 0x80;

/** Result staging so a destination may alias a source; module-level, never reallocated. */
const T = new Uint8Array(16);
const T16 = new Uint16Array(T.buffer);
const T32 = new Int32Array(T.buffer);
const TF32 = new Float32Array(T.buffer);
const TF64 = new Float64Array(T.buffer);
/** FPSR flags raised by the current instruction, ORed into FPSR once it completes. */
const flags = { value: 0 };

function commit(c: Cpu, d: number): void {
  const v32 = c.v32;
  for (let i = 0; i < 4; i++) v32[d * 4 + i] = T32[i]!;
}

function fpmrLow(c: Cpu): number {
  return c.sysregs.lo(c.sysregs.slotOf(SYSREG.FPMR));
}

function fpmrHigh(c: Cpu): number {
  return c.sysregs.hi(c.sysregs.slotOf(SYSREG.FPMR));
}

/**
 * F1CVTL/F2CVTL (to FP16) and BF1CVTL/BF2CVTL (to BF16), Q selecting the "2" form's upper source
 * half: F1 reads F8S1 and scales by 2^-LSCALE, F2 reads F8S2 and 2^-LSCALE2; FP16 uses the low four
 * bits of the scale field, BF16 six.
 */
export const FP8_CVTL = define("FP8_CVTL", (c, w) => {
  checkFpEnabled(c);
  const n = (w >>> 5) & 31;
  const upper = (w >>> 30) & 1;
  const size = (w >>> 22) & 3;
  const second = (size & 1) === 1;
  const out = size >= 2 ? BFLOAT16 : HALF;
  const low = fpmrLow(c);
  const fmt = second ? (low >>> 3) & 7 : low & 7;
  const field = second ? fpmrHigh(c) : low >>> 16;
  const scale = -(field & (size >= 2 ? 0x3f : 0xf));
  flags.value = 0;
  const base = n * 16 + upper * 8;
  for (let i = 0; i < 8; i++) {
    const b = c.v[base + i]!;
    const cls = fp8Class(fmt, b);
    if (cls !== NUMBER) {
      if (cls === SNAN) flags.value |= FPSR_IOC;
      T16[i] = out.defaultNan;
      continue;
    }
    const v = fp8Value(fmt, b);
    T16[i] = encodeValue(
      out,
      Number.isFinite(v) ? roundToFormat(v, scale, out, ROUND_NEAREST_EVEN, 0, false, flags) : v,
    );
  }
  commit(c, w & 31);
  c.fpsr |= flags.value;
});

/** One element to FP8 format code `fmt` (F8D), scaled by 2^scale, saturating when OSC is set. */
function toFp8(v: number, cls: number, fmt: number, saturate: boolean, scale: number): number {
  if (fmt > FP8_E4M3) {
    flags.value |= FPSR_IOC;
    return 0xff;
  }
  const f = fmt === FP8_E4M3 ? E4M3 : E5M2;
  if (cls !== NUMBER) {
    if (cls === SNAN) flags.value |= FPSR_IOC;
    return f.defaultNan;
  }
  if (!Number.isFinite(v)) return encodeValue(f, saturate ? (v > 0 ? f.maxValue : -f.maxValue) : v);
  const overflow = saturate ? OVERFLOW_SATURATE : OVERFLOW_IEEE;
  return encodeValue(f, roundToFormat(v, scale, f, ROUND_NEAREST_EVEN, overflow, false, flags));
}

function halfClass(h: number): number {
  if ((h & 0x7c00) !== 0x7c00 || (h & 0x3ff) === 0) return NUMBER;
  return (h & 0x200) !== 0 ? QNAN : SNAN;
}

function singleClass(s: number): number {
  if ((s & 0x7f800000) !== 0x7f800000 || (s & 0x7fffff) === 0) return NUMBER;
  return (s & 0x400000) !== 0 ? QNAN : SNAN;
}

/**
 * FCVTN Vd.8B/16B from FP16 Vn, Vm (Vn's elements first, then Vm's; NSCALE<4:0> signed), and
 * FCVTN/FCVTN2 Vd.8B/16B from FP32 Vn, Vm (into the lower or upper half; NSCALE signed).
 */
export const FCVTN_FP8 = define("FCVTN_FP8", (c, w) => {
  checkFpEnabled(c);
  const n = (w >>> 5) & 31;
  const m = (w >>> 16) & 31;
  const d = w & 31;
  const q = (w >>> 30) & 1;
  const low = fpmrLow(c);
  const fmt = (low >>> 6) & 7;
  const saturate = ((low >>> 15) & 1) === 1;
  flags.value = 0;
  if (((w >>> 22) & 1) === 1) {
    const scale = (low << 3) >> 27;
    const count = q === 1 ? 8 : 4;
    T32[2] = 0;
    T32[3] = 0;
    for (let i = 0; i < count; i++) {
      const a = c.v16[n * 8 + i]!;
      const b = c.v16[m * 8 + i]!;
      T[i] = toFp8(halfValue(a), halfClass(a), fmt, saturate, scale);
      T[count + i] = toFp8(halfValue(b), halfClass(b), fmt, saturate, scale);
    }
  } else {
    const scale = low >> 24;
    // FCVTN2 keeps the destination's lower half; FCVTN clears the upper.
    T32[0] = q === 1 ? c.v32[d * 4]! : 0;
    T32[1] = q === 1 ? c.v32[d * 4 + 1]! : 0;
    T32[2] = 0;
    T32[3] = 0;
    const at = q * 8;
    for (let i = 0; i < 4; i++) {
      T[at + i] = toFp8(c.vf32[n * 4 + i]!, singleClass(c.v32[n * 4 + i]!), fmt, saturate, scale);
      T[at + 4 + i] = toFp8(c.vf32[m * 4 + i]!, singleClass(c.v32[m * 4 + i]!), fmt, saturate, scale);
    }
  }
  commit(c, d);
  c.fpsr |= flags.value;
});

/** Scale factors beyond this overflow or underflow every format alike. */
const SCALE_LIMIT = 4096;

/** FSCALE (vector): Vd = Vn * 2^Vm, Vm's elements as signed integers, under FPCR. */
export const FSCALE = define("FSCALE", (c, w) => {
  checkFpEnabled(c);
  const n = (w >>> 5) & 31;
  const m = (w >>> 16) & 31;
  const q = (w >>> 30) & 1;
  const fpcr = c.fpcr;
  const mode = (fpcr >>> 22) & 3;
  const defaultNan = ((fpcr >>> 25) & 1) === 1;
  flags.value = 0;
  T32[2] = 0;
  T32[3] = 0;
  if (((w >>> 21) & 1) === 0) {
    const flush = ((fpcr >>> 19) & 1) === 1;
    for (let i = 0; i < (q === 1 ? 8 : 4); i++)
      T16[i] = scaleHalf(c.v16[n * 8 + i]!, (c.v16[m * 8 + i]! << 16) >> 16, mode, flush, defaultNan);
  } else if (((w >>> 22) & 1) === 0) {
    const flush = ((fpcr >>> 24) & 1) === 1;
    for (let i = 0; i < (q === 1 ? 4 : 2); i++)
      scaleSingle(c, i, n * 4 + i, c.v32[m * 4 + i]!, mode, flush, defaultNan);
  } else {
    const flush = ((fpcr >>> 24) & 1) === 1;
    for (let i = 0; i < 2; i++) {
      const hi = c.v32[m * 4 + i * 2 + 1]!;
      const k =
        hi >= 0x100000 || hi < -0x100000
          ? hi < 0
            ? -SCALE_LIMIT
            : SCALE_LIMIT
          : hi * 4294967296 + (c.v32[m * 4 + i * 2]! >>> 0);
      scaleDouble(c, i, n * 2 + i, k, mode, flush, defaultNan);
    }
  }
  commit(c, w & 31);
  c.fpsr |= flags.value;
});

function clampScale(k: number): number {
  return Math.min(SCALE_LIMIT, Math.max(-SCALE_LIMIT, k));
}

function scaleHalf(h: number, k: number, mode: number, flush: boolean, defaultNan: boolean): number {
  const cls = halfClass(h);
  if (cls !== NUMBER) {
    if (cls === SNAN) flags.value |= FPSR_IOC;
    return defaultNan ? HALF.defaultNan : h | 0x200;
  }
  // FPCR.FZ16 flushes a denormal input without setting IDC.
  if ((h & 0x7c00) === 0 && flush) return h & 0x8000;
  const v = halfValue(h);
  if (v === 0 || !Number.isFinite(v)) return h;
  return encodeValue(HALF, roundToFormat(v, clampScale(k), HALF, mode, OVERFLOW_IEEE, flush, flags));
}

function scaleSingle(c: Cpu, lane: number, at: number, k: number, mode: number, flush: boolean, dn: boolean): void {
  const s = c.v32[at]!;
  const cls = singleClass(s);
  if (cls !== NUMBER) {
    if (cls === SNAN) flags.value |= FPSR_IOC;
    T32[lane] = dn ? 0x7fc00000 : s | 0x400000;
    return;
  }
  if ((s & 0x7f800000) === 0 && (s & 0x7fffff) !== 0 && flush) {
    flags.value |= FPSR_IDC;
    T32[lane] = s & 0x80000000;
    return;
  }
  const v = c.vf32[at]!;
  TF32[lane] =
    v === 0 || !Number.isFinite(v) ? v : roundToFormat(v, clampScale(k), SINGLE, mode, OVERFLOW_IEEE, flush, flags);
}

function scaleDouble(c: Cpu, lane: number, at: number, k: number, mode: number, flush: boolean, dn: boolean): void {
  const hi = c.v32[at * 2 + 1]!;
  const lo = c.v32[at * 2]!;
  const v = c.vf64[at]!;
  if (Number.isNaN(v)) {
    if ((hi & 0x80000) === 0) flags.value |= FPSR_IOC;
    T32[lane * 2] = dn ? 0 : lo;
    T32[lane * 2 + 1] = dn ? 0x7ff80000 : hi | 0x80000;
    return;
  }
  if ((hi & 0x7ff00000) === 0 && v !== 0 && flush) {
    flags.value |= FPSR_IDC;
    T32[lane * 2] = 0;
    T32[lane * 2 + 1] = hi & 0x80000000;
    return;
  }
  TF64[lane] =
    v === 0 || !Number.isFinite(v) ? v : roundToFormat(v, clampScale(k), DOUBLE, mode, OVERFLOW_IEEE, flush, flags);
}

/** The FP8 instruction form of an AdvSIMD word (conversions, FSCALE, multiply-accumulates), or 0. */
export function decodeFp8(w: number): number {
  if ((w & 0xbf3ffc00) >>> 0 === 0x2e217800) return FP8_CVTL;
  if ((w & 0xbfa0fc00) >>> 0 === 0x0e00f400) return FCVTN_FP8;
  if ((w & 0xbfe0fc00) >>> 0 === 0x2ec03c00) return FSCALE;
  // FSCALE Vd.1D does not exist: 64-bit elements need Q = 1.
  if ((w & 0xbfa0fc00) >>> 0 === 0x2ea0fc00) return (w & 0x40400000) === 0x00400000 ? UNDEF : FSCALE;
  return decodeFp8Dot(w);
}
