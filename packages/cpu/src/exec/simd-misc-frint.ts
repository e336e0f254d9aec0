/**
 * FEAT_FRINTTS: FRINT32Z/32X/64Z/64X, scalar and vector (Arm ARM FPRoundIntN), and FEAT_JSCVT's
 * FJCVTZS (FPToFixedJS): single and double.
 */
import type { Cpu } from "../core/cpu";
import { D, fpRoundInt, isNaNBits, resultHi, resultLo, S } from "./fp-lane";
import { FPSR_IOC, FPSR_IXC } from "./rounding";
import { define } from "./table";

const F64 = new Float64Array(1);
const W64 = new Int32Array(F64.buffer);
const F32 = new Float32Array(1);
const W32 = new Int32Array(F32.buffer);

/** Staging so Vd may alias Vn. */
const R32 = new Int32Array(4);

/** The lane result of the last roundIntN: top word (the whole single) and low word (D). */
let laneHi = 0;
let laneLo = 0;

/** -2^(intsize-1) in format f: FPRoundIntN's answer to NaN, infinity and overflow (with IOC). */
function mostNegative(c: Cpu, f: number, intsize: number): void {
  c.fpsr |= FPSR_IOC;
  if (f === S) {
    laneHi = 0x80000000 | ((126 + intsize) << 23) | 0;
    laneLo = 0;
  } else {
    laneHi = 0x80000000 | ((1022 + intsize) << 20) | 0;
    laneLo = 0;
  }
}

/** FPRoundIntN of hi:lo in format f (S or D) to an `intsize`-bit integral value, `rounding` 0-3. */
function roundIntN(c: Cpu, f: number, hi: number, lo: number, rounding: number, intsize: number): void {
  const exponentAllOnes = f === S ? (hi & 0x7f800000) === 0x7f800000 : (hi & 0x7ff00000) === 0x7ff00000;
  if (exponentAllOnes || isNaNBits(f, hi, lo)) {
    mostNegative(c, f, intsize);
    return;
  }
  const inexactBefore = c.fpsr & FPSR_IXC;
  fpRoundInt(c, f, hi, lo, rounding, true);
  let r: number;
  if (f === S) {
    W32[0] = resultHi;
    r = F32[0]!;
  } else {
    W64[0] = resultLo;
    W64[1] = resultHi;
    r = F64[0]!;
  }
  if (r < -(2 ** (intsize - 1)) || r > 2 ** (intsize - 1) - 1) {
    // An overflow is invalid, not inexact.
    c.fpsr = (c.fpsr & ~FPSR_IXC) | inexactBefore;
    mostNegative(c, f, intsize);
    return;
  }
  laneHi = resultHi;
  laneLo = resultLo;
}

/** FRINT32Z (op 0), FRINT32X (1), FRINT64Z (2), FRINT64X (3): Z rounds toward zero, X by FPCR. */
function frintArgs(c: Cpu, op: number): number {
  return (op & 1) === 0 ? 3 : (c.fpcr >>> 22) & 3;
}

/** Scalar: 0 00 11110 0 sz 1 0100 op:2 10000 n d. */
export const FRINT_N_SCALAR = define("FRINT_N_SCALAR", (c, w) => {
  const f = ((w >>> 22) & 1) === 1 ? D : S;
  const op = (w >>> 15) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  roundIntN(
    c,
    f,
    f === D ? v32[n * 4 + 1]! : v32[n * 4]!,
    f === D ? v32[n * 4]! : 0,
    frintArgs(c, op),
    op >= 2 ? 64 : 32,
  );
  v32[d * 4] = f === D ? laneLo : laneHi;
  v32[d * 4 + 1] = f === D ? laneHi : 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** Vector: 0 q u 01110 0 sz 10000 1111 o 10 n d (u selects X, o selects 64). */
export const FRINT_N_VECTOR = define("FRINT_N_VECTOR", (c, w) => {
  const q = (w >>> 30) & 1;
  const f = ((w >>> 22) & 1) === 1 ? D : S;
  const op = (((w >>> 12) & 1) << 1) | ((w >>> 29) & 1);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const rounding = frintArgs(c, op);
  const intsize = op >= 2 ? 64 : 32;
  if (f === S) {
    const elems = 2 << q;
    for (let e = 0; e < elems; e++) {
      roundIntN(c, S, v32[n * 4 + e]!, 0, rounding, intsize);
      R32[e] = laneHi;
    }
  } else {
    for (let e = 0; e < 2; e++) {
      roundIntN(c, D, v32[n * 4 + e * 2 + 1]!, v32[n * 4 + e * 2]!, rounding, intsize);
      R32[e * 2] = laneLo;
      R32[e * 2 + 1] = laneHi;
    }
  }
  v32[d * 4] = R32[0]!;
  v32[d * 4 + 1] = R32[1]!;
  v32[d * 4 + 2] = q === 1 ? R32[2]! : 0;
  v32[d * 4 + 3] = q === 1 ? R32[3]! : 0;
});

/**
 * FJCVTZS Wd, Dn: the double truncated and taken modulo 2^32 (JavaScript ToInt32); NZCV = 0Z00,
 * Z set when the conversion was exact and in range. NaN and infinity give 0 with IOC.
 */
export const FJCVTZS = define("FJCVTZS", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const lo = c.v32[n * 4]!;
  const hi = c.v32[n * 4 + 1]!;
  let result = 0;
  let exact = true;
  if ((hi & 0x7ff00000) === 0x7ff00000) {
    c.fpsr |= FPSR_IOC;
    exact = false;
  } else {
    let v: number;
    if ((hi & 0x7ff00000) === 0 && ((hi & 0xfffff) | lo) !== 0 && ((c.fpcr >>> 24) & 1) === 1) {
      // FZ reads a denormal as zero of its sign, with IDC.
      c.fpsr |= 0x80;
      v = hi < 0 ? -0 : 0;
    } else {
      W64[0] = lo;
      W64[1] = hi;
      v = F64[0]!;
    }
    const t = Math.trunc(v);
    if (t !== v) {
      c.fpsr |= FPSR_IXC;
      exact = false;
    }
    if (t < -2147483648 || t > 2147483647) {
      c.fpsr |= FPSR_IOC;
      exact = false;
    }
    if (Object.is(v, -0)) exact = false;
    result = (t % 4294967296) | 0;
  }
  if (d !== 31) {
    c.x[d * 2] = result;
    c.x[d * 2 + 1] = 0;
  }
  c.nzcv = exact ? 0x40000000 : 0;
});

/** The handler for a FRINTTS or JSCVT word, or -1. */
export function decodeSimdMiscFrint(w: number): number {
  if (w >>> 0 === (0x1e7e0000 | (w & 0x3ff)) >>> 0) return FJCVTZS;
  if ((w & 0xffbe7c00) >>> 0 === 0x1e284000) return FRINT_N_SCALAR;
  if ((w & 0x9fbfec00) >>> 0 === 0x0e21e800)
    return ((w >>> 22) & 1) === 1 && ((w >>> 30) & 1) === 0 ? -1 : FRINT_N_VECTOR;
  return -1;
}
