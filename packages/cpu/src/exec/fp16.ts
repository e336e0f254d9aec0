/**
 * Half precision (FEAT_FP16), scalar and vector, bit-exact with the Arm ARM: values compute as
 * doubles (every half is exact there), and round16 rounds once to half in FPCR.RMode using the sign
 * of the double's own error, with FZ16, DN, NaN propagation and the FPSR cumulative flags.
 * FPCR.AHP (alternative half precision) is not modelled: conversions use IEEE half.
 */
import type { Cpu } from "../core/cpu";
import { UNDEF } from "./branch";
import { expandFpImm, roundMode } from "./fp";
import { ABD, ADD, DIV, MAX, MAXNM, MIN, MINNM, MUL, MULX, RECPS, RSQRTS, SUB } from "./fp-op";
import { HALF, roundFloat } from "./fp-round";
import { condHolds } from "./int64";
import { errorSign, FPSR_DZC, FPSR_IOC, FPSR_IXC } from "./rounding";
import { define } from "./table";

const DEFAULT_NAN = 0x7e00;
const MIN_NORMAL = 2 ** -14;
/** Result lanes staged so Vd may alias a source. */
const T16 = new Uint16Array(8);

function isNaN16(h: number): boolean {
  return (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
}

function isSNaN16(h: number): boolean {
  return isNaN16(h) && (h & 0x200) === 0;
}

function fz16(c: Cpu): boolean {
  return ((c.fpcr >>> 19) & 1) === 1;
}

function dn(c: Cpu): boolean {
  return ((c.fpcr >>> 25) & 1) === 1;
}

/** The value of half bits (not NaN); with FZ16 a denormal reads as a zero of its sign. */
function value16(c: Cpu, h: number, flush: boolean): number {
  const e = (h >>> 10) & 31;
  const f = h & 0x3ff;
  const negative = (h & 0x8000) !== 0;
  let v: number;
  if (e === 0) v = f === 0 || (flush && fz16(c)) ? 0 : f * 2 ** -24;
  else if (e === 31) v = Number.POSITIVE_INFINITY;
  else v = (1024 + f) * 2 ** (e - 25);
  return negative ? -v : v;
}

/** Half bits of a double that is exactly representable in half (or infinite). */
function bits16(v: number): number {
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const m = Math.abs(v);
  if (m === 0) return sign;
  if (m === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (m < MIN_NORMAL) return sign | (m * 2 ** 24);
  let e = Math.floor(Math.log2(m));
  if (2 ** e > m) e--;
  else if (2 ** (e + 1) <= m) e++;
  return sign | ((e + 15) << 10) | (m / 2 ** (e - 10) - 1024);
}

/** FPRound to half (FZ16 flushes tiny results unless `flush` is false, as conversions ask). */
function round16(c: Cpu, x: number, s: number, flush = true): number {
  return bits16(roundFloat(c, x, s, (c.fpcr >>> 22) & 3, flush && fz16(c), HALF));
}

/** Quiets a NaN (IOC for a signalling one) or gives the default NaN under FPCR.DN. */
function nanResult(c: Cpu, h: number): number {
  if (isSNaN16(h)) c.fpsr |= FPSR_IOC;
  return dn(c) ? DEFAULT_NAN : h | 0x200;
}

/** FPProcessNaNs: a signalling NaN first (operand order), then a quiet one; -1 if neither is NaN. */
function processNaNs(c: Cpu, a: number, b: number): number {
  if (isSNaN16(a)) return nanResult(c, a);
  if (isSNaN16(b)) return nanResult(c, b);
  if (isNaN16(a)) return nanResult(c, a);
  if (isNaN16(b)) return nanResult(c, b);
  return -1;
}

function invalid(c: Cpu): number {
  c.fpsr |= FPSR_IOC;
  return DEFAULT_NAN;
}

/** Exact sum a + b (a double whose error is `s` away) with the IEEE sign of an exact zero. */
function roundSum(c: Cpu, a: number, b: number): number {
  const r = a + b;
  if (Number.isNaN(r)) return invalid(c);
  if (r === 0) {
    const sameSignZeros = a === 0 && b === 0 && Object.is(a, b);
    return sameSignZeros ? bits16(a) : ((c.fpcr >>> 22) & 3) === 2 ? 0x8000 : 0;
  }
  return round16(c, r, errorSign(0, a, b, r));
}

/** One two-operand half-precision operation on half bits, returning half bits. */
function binary(c: Cpu, op: number, ha: number, hb: number): number {
  // FRECPS/FRSQRTS negate the first operand before anything else, NaNs included.
  if (op === RECPS || op === RSQRTS) ha ^= 0x8000;
  if (op === MAXNM || op === MINNM) {
    // A quiet NaN against a number yields the number.
    const qa = isNaN16(ha) && !isSNaN16(ha);
    const qb = isNaN16(hb) && !isSNaN16(hb);
    if (qa && !isNaN16(hb)) ha = op === MAXNM ? 0xfc00 : 0x7c00;
    else if (qb && !isNaN16(ha)) hb = op === MAXNM ? 0xfc00 : 0x7c00;
  }
  const nan = processNaNs(c, ha, hb);
  if (nan !== -1) return op === ABD ? nan & 0x7fff : nan;
  const a = value16(c, ha, true);
  const b = value16(c, hb, true);
  switch (op) {
    case ADD:
      return roundSum(c, a, b);
    case SUB:
      return roundSum(c, a, -b);
    case ABD:
      return roundSum(c, a, -b) & 0x7fff;
    case MUL:
    case MULX: {
      const r = a * b;
      // FMULX: infinity times zero is 2.0 with the product's sign.
      if (Number.isNaN(r)) return op === MULX ? ((ha ^ hb) & 0x8000) | 0x4000 : invalid(c);
      return round16(c, r, 0);
    }
    case DIV: {
      const r = a / b;
      if (Number.isNaN(r)) return invalid(c);
      if (b === 0 && Number.isFinite(a)) {
        c.fpsr |= FPSR_DZC;
        return bits16(r);
      }
      return round16(c, r, errorSign(3, a, b, r));
    }
    case MAX:
    case MAXNM:
    case MIN:
    case MINNM: {
      // Math.max/min order +0 above -0 as FPMax/FPMin do.
      return bits16(op === MAX || op === MAXNM ? Math.max(a, b) : Math.min(a, b));
    }
    case RECPS:
    case RSQRTS: {
      // a is already negated: FRECPS is 2 + a*b, FRSQRTS (3 + a*b) / 2, both exact in double.
      const p = a * b;
      if (Number.isNaN(p)) return op === RECPS ? 0x4000 : 0x3e00;
      if (op === RECPS) return roundSum(c, 2, p);
      const r = (3 + p) / 2;
      if (r === 0) return ((c.fpcr >>> 22) & 3) === 2 ? 0x8000 : 0;
      return round16(c, r, 0);
    }
    default:
      return invalid(c);
  }
}

/** FPMulAdd(addend, a, b): one rounding of addend + a*b, NaNs in addend, a, b order. */
function mulAdd(c: Cpu, hAddend: number, ha: number, hb: number): number {
  let nan = -1;
  if (isSNaN16(hAddend)) nan = nanResult(c, hAddend);
  else if (isSNaN16(ha)) nan = nanResult(c, ha);
  else if (isSNaN16(hb)) nan = nanResult(c, hb);
  else if (isNaN16(hAddend)) nan = nanResult(c, hAddend);
  else if (isNaN16(ha)) nan = nanResult(c, ha);
  else if (isNaN16(hb)) nan = nanResult(c, hb);
  // A quiet-NaN addend does not hide an invalid infinity-times-zero product.
  const infZero = (isInf(ha) && isZero(c, hb)) || (isZero(c, ha) && isInf(hb));
  if (isNaN16(hAddend) && !isSNaN16(hAddend) && infZero) return invalid(c);
  if (nan !== -1) return nan;
  const a = value16(c, ha, true);
  const b = value16(c, hb, true);
  const addend = value16(c, hAddend, true);
  const p = a * b;
  if (Number.isNaN(p)) return invalid(c);
  return roundSum(c, addend, p);
}

function isInf(h: number): boolean {
  return (h & 0x7fff) === 0x7c00;
}

/** Zero after FZ16 flushing. */
function isZero(c: Cpu, h: number): boolean {
  return (h & 0x7c00) === 0 && ((h & 0x3ff) === 0 || fz16(c));
}

/** FSQRT on half bits. */
function sqrt16(c: Cpu, h: number): number {
  if (isNaN16(h)) return nanResult(c, h);
  const a = value16(c, h, true);
  if (a === 0) return bits16(a);
  if (a < 0) return invalid(c);
  const r = Math.sqrt(a);
  return round16(c, r, errorSign(4, a, 0, r));
}

/** FRINT* on half bits: mode 0-3 as FPCR.RMode, 4 ties away; `exact` (FRINTX) signals IXC. */
function roundInt16(c: Cpu, h: number, mode: number, exact: boolean): number {
  if (isNaN16(h)) return nanResult(c, h);
  const a = value16(c, h, true);
  if (a === 0 || !Number.isFinite(a)) return bits16(a);
  const r = roundMode(a, mode);
  if (exact && r !== a) c.fpsr |= FPSR_IXC;
  return bits16(r === 0 ? (a < 0 ? -0 : 0) : r);
}

/** FPToFixed for a half: rounds in `mode`, saturates to `bits` (16, 32 or 64) with IOC; into c.rlo/c.rhi. */
function toInteger(c: Cpu, h: number, fbits: number, mode: number, unsigned: boolean, bits: number): void {
  if (isNaN16(h)) {
    c.fpsr |= FPSR_IOC;
    c.rlo = 0;
    c.rhi = 0;
    return;
  }
  const a = value16(c, h, true) * 2 ** fbits;
  const r = Number.isFinite(a) ? roundMode(a, mode) : a;
  const limit = 2 ** (unsigned ? bits : bits - 1);
  if (r >= limit || r < (unsigned ? 0 : -limit)) {
    c.fpsr |= FPSR_IOC;
    const high = r >= limit;
    // The saturated extremes: all ones, 0x7f..f, 0x80..0 or zero, as lo/hi words.
    const lo = high
      ? unsigned || bits > 32
        ? -1
        : bits === 32
          ? 0x7fffffff
          : 0x7fff
      : unsigned
        ? 0
        : bits === 64
          ? 0
          : bits === 32
            ? -0x80000000
            : 0x8000;
    c.rlo = bits === 16 ? lo & 0xffff : lo;
    c.rhi = bits < 64 ? 0 : high ? (unsigned ? -1 : 0x7fffffff) : unsigned ? 0 : -0x80000000;
    return;
  }
  if (r !== a) c.fpsr |= FPSR_IXC;
  const hi = Math.floor(r / 4294967296);
  c.rlo = bits === 16 ? r & 0xffff : (r - hi * 4294967296) | 0;
  c.rhi = bits === 64 ? hi | 0 : 0;
}

/** An integer (exact up to 2^53, else the double nearest with its error sign) to half. */
function fromInteger(c: Cpu, v: number, s: number, fbits: number): number {
  if (v === 0) return 0;
  return round16(c, v / 2 ** fbits, s);
}

/** FPCompare on half bits: NZCV; `signalAll` (FCMPE) raises IOC for quiet NaNs too. */
function compare16(c: Cpu, ha: number, hb: number, signalAll: boolean): number {
  if (isNaN16(ha) || isNaN16(hb)) {
    if (signalAll || isSNaN16(ha) || isSNaN16(hb)) c.fpsr |= FPSR_IOC;
    return 0x30000000;
  }
  const a = value16(c, ha, true);
  const b = value16(c, hb, true);
  return a === b ? 0x60000000 : a < b ? 0x80000000 | 0 : 0x20000000;
}

/** Vector/scalar compare results: -1 true, 0 false. `quietEq` is FCMEQ (IOC only for sNaN). */
function compareMask(c: Cpu, ha: number, hb: number, op: number): number {
  if (isNaN16(ha) || isNaN16(hb)) {
    if (op !== 0 || isSNaN16(ha) || isSNaN16(hb)) c.fpsr |= FPSR_IOC;
    return 0;
  }
  const a = value16(c, ha, true);
  const b = value16(c, hb, true);
  switch (op) {
    case 0:
      return a === b ? 0xffff : 0;
    case 1:
      return a >= b ? 0xffff : 0;
    case 2:
      return a > b ? 0xffff : 0;
    case 3:
      return Math.abs(a) >= Math.abs(b) ? 0xffff : 0;
    case 4:
      return Math.abs(a) > Math.abs(b) ? 0xffff : 0;
    case 5:
      return a <= b ? 0xffff : 0;
    default:
      return a < b ? 0xffff : 0;
  }
}

/** Writes a scalar half to Vd, zeroing the rest. */
function setH(c: Cpu, d: number, h: number): void {
  const v32 = c.v32;
  v32[d * 4] = h & 0xffff;
  v32[d * 4 + 1] = 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
}

function getH(c: Cpu, n: number): number {
  return c.v16[n * 8]!;
}

function commit16(c: Cpu, d: number, lanes: number): void {
  const v16 = c.v16;
  for (let e = 0; e < 8; e++) v16[d * 8 + e] = e < lanes ? T16[e]! : 0;
}

// ---------------------------------------------------------------------------------------------
// Scalar (ftype 11)

/** FMOV/FABS/FNEG/FSQRT/FCVT/FRINT* (one source, half). */
export const FP16_1 = define("FP16_1", (c, w) => {
  const op = (w >>> 15) & 63;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const h = getH(c, n);
  switch (op) {
    case 0:
      return setH(c, d, h);
    case 1:
      return setH(c, d, h & 0x7fff);
    case 2:
      return setH(c, d, h ^ 0x8000);
    case 3:
      return setH(c, d, sqrt16(c, h));
    case 4:
    case 5:
      return widen(c, h, op === 4 ? 0 : 1, d);
    case 8:
    case 9:
    case 10:
    case 11:
      return setH(c, d, roundInt16(c, h, op - 8, false));
    case 12:
      return setH(c, d, roundInt16(c, h, 4, false));
    case 14:
    case 15:
      return setH(c, d, roundInt16(c, h, (c.fpcr >>> 22) & 3, op === 14));
    default:
      return c.undefined();
  }
});

/** FCVT from half: exact (FZ16 does not apply to conversions), NaN payloads widened. */
function widen(c: Cpu, h: number, type: number, d: number): void {
  const v32 = c.v32;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
  if (isNaN16(h)) {
    if (isSNaN16(h)) c.fpsr |= FPSR_IOC;
    const sign = (h & 0x8000) !== 0 ? -0x80000000 : 0;
    const payload = h & 0x1ff;
    if (type === 0) {
      v32[d * 4] = dn(c) ? 0x7fc00000 : sign | 0x7fc00000 | (payload << 13);
      v32[d * 4 + 1] = 0;
    } else {
      v32[d * 4] = 0;
      v32[d * 4 + 1] = dn(c) ? 0x7ff80000 : sign | 0x7ff80000 | (payload << 10);
    }
    return;
  }
  const v = value16(c, h, false);
  if (type === 0) {
    c.vf32[d * 4] = v;
    v32[d * 4 + 1] = 0;
  } else c.vf64[d * 2] = v;
}

/** FCVT Hd, Sn / Hd, Dn: one rounding (FZ applies to the input, not FZ16 to the output). */
export const FCVT_TO_HALF = define("FCVT_TO_HALF", (c, w) => {
  const type = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const top = type === 0 ? v32[n * 4]! : v32[n * 4 + 1]!;
  const isNan = type === 0 ? (top & 0x7f800000) === 0x7f800000 && (top & 0x7fffff) !== 0 : Number.isNaN(c.vf64[n * 2]!);
  if (isNan) {
    const quietBit = type === 0 ? 0x400000 : 0x80000;
    if ((top & quietBit) === 0) c.fpsr |= FPSR_IOC;
    const payload = type === 0 ? (top >>> 13) & 0x1ff : (top >>> 10) & 0x1ff;
    return setH(c, d, dn(c) ? DEFAULT_NAN : ((top >>> 16) & 0x8000) | 0x7e00 | payload);
  }
  let v = type === 0 ? c.vf32[n * 4]! : c.vf64[n * 2]!;
  const fz = ((c.fpcr >>> 24) & 1) === 1;
  const subnormal = v !== 0 && Math.abs(v) < (type === 0 ? 2 ** -126 : 2 ** -1022);
  if (fz && subnormal) {
    c.fpsr |= 0x80; // IDC
    v = v < 0 ? -0 : 0;
  }
  setH(c, d, v === 0 ? bits16(v) : round16(c, v, 0, false));
});

/** FMUL/FDIV/FADD/FSUB/FMAX/FMIN/FMAXNM/FMINNM/FNMUL (half). */
export const FP16_2 = define("FP16_2", (c, w) => {
  const m = (w >>> 16) & 31;
  const op = (w >>> 12) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const a = getH(c, n);
  const b = getH(c, m);
  const ops = [MUL, DIV, ADD, SUB, MAX, MIN, MAXNM, MINNM, MUL];
  if (op > 8) return c.undefined();
  const r = binary(c, ops[op]!, a, b);
  // FNMUL negates the rounded product, NaNs included.
  setH(c, d, op === 8 ? r ^ 0x8000 : r);
});

/** FMADD/FMSUB/FNMADD/FNMSUB (half): one rounding. */
export const FP16_3 = define("FP16_3", (c, w) => {
  const o1 = (w >>> 21) & 1;
  const o0 = (w >>> 15) & 1;
  const a = getH(c, (w >>> 10) & 31);
  const n = getH(c, (w >>> 5) & 31);
  const m = getH(c, (w >>> 16) & 31);
  setH(c, w & 31, mulAdd(c, o1 === 1 ? a ^ 0x8000 : a, (o0 ^ o1) === 1 ? n ^ 0x8000 : n, m));
});

/** FCMP/FCMPE (half, register or #0.0). */
export const FCMP16 = define("FCMP16", (c, w) => {
  const b = ((w >>> 3) & 1) === 1 ? 0 : getH(c, (w >>> 16) & 31);
  c.nzcv = compare16(c, getH(c, (w >>> 5) & 31), b, ((w >>> 4) & 1) === 1);
});

/** FCCMP/FCCMPE (half). */
export const FCCMP16 = define("FCCMP16", (c, w) => {
  if (!condHolds(c, (w >>> 12) & 15)) {
    c.nzcv = (w & 15) << 28;
    return;
  }
  c.nzcv = compare16(c, getH(c, (w >>> 5) & 31), getH(c, (w >>> 16) & 31), ((w >>> 4) & 1) === 1);
});

/** FCSEL (half). */
export const FCSEL16 = define("FCSEL16", (c, w) => {
  setH(c, w & 31, getH(c, condHolds(c, (w >>> 12) & 15) ? (w >>> 5) & 31 : (w >>> 16) & 31));
});

/** FMOV Hd, #imm. */
export const FMOV16_IMM = define("FMOV16_IMM", (c, w) => {
  setH(c, w & 31, bits16(expandFpImm((w >>> 13) & 0xff)));
});

/** FMOV between H and W/X, FCVT[NPMZA][SU] from H, SCVTF/UCVTF to H. */
export const FP16_INT = define("FP16_INT", (c, w) => {
  const sf = w >>> 31;
  const rmode = (w >>> 19) & 3;
  const opcode = (w >>> 16) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const x = c.x;
  if (opcode === 6) {
    x[d * 2] = getH(c, n);
    x[d * 2 + 1] = 0;
    return;
  }
  if (opcode === 7) return setH(c, d, x[n * 2]!);
  if (opcode === 2 || opcode === 3) return setH(c, d, integerToHalf(c, n, sf, opcode === 2, 0));
  const mode = opcode >= 4 ? 4 : rmode === 0 ? 0 : rmode === 1 ? 1 : rmode === 2 ? 2 : 3;
  toInteger(c, getH(c, n), 0, mode, (opcode & 1) === 1, sf === 1 ? 64 : 32);
  x[d * 2] = c.rlo;
  x[d * 2 + 1] = sf === 1 ? c.rhi : 0;
});

/** Xn/Wn (signed or not) / 2^fbits rounded to half. */
function integerToHalf(c: Cpu, n: number, sf: number, signed: boolean, fbits: number): number {
  const lo = c.x[n * 2]!;
  if (sf === 0) return fromInteger(c, signed ? lo : lo >>> 0, 0, fbits);
  const hi = c.x[n * 2 + 1]!;
  const big = signed
    ? BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0))
    : (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  const v = Number(big);
  const err = big - BigInt(v);
  return fromInteger(c, v, err > 0n ? 1 : err < 0n ? -1 : 0, fbits);
}

/** SCVTF/UCVTF/FCVTZS/FCVTZU Hd <-> Wn/Xn, fixed-point. */
export const FP16_FIXED = define("FP16_FIXED", (c, w) => {
  const sf = w >>> 31;
  const opcode = (w >>> 16) & 7;
  const fbits = 64 - ((w >>> 10) & 63);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (opcode >= 2) return setH(c, d, integerToHalf(c, n, sf, opcode === 2, fbits));
  toInteger(c, getH(c, n), fbits, 3, opcode === 1, sf === 1 ? 64 : 32);
  c.x[d * 2] = c.rlo;
  c.x[d * 2 + 1] = sf === 1 ? c.rhi : 0;
});

// ---------------------------------------------------------------------------------------------
// AdvSIMD (vector and scalar) three-same and two-register-misc half forms

/** Three-same FP16 key: U:a:opcode. */
const SAME = {
  FMAXNM: 0b000000,
  FMLA: 0b000001,
  FADD: 0b000010,
  FMULX: 0b000011,
  FCMEQ: 0b000100,
  FMAX: 0b000110,
  FRECPS: 0b000111,
  FMINNM: 0b001000,
  FMLS: 0b001001,
  FSUB: 0b001010,
  FMIN: 0b001110,
  FRSQRTS: 0b001111,
  FMAXNMP: 0b010000,
  FADDP: 0b010010,
  FMUL: 0b010011,
  FCMGE: 0b010100,
  FACGE: 0b010101,
  FMAXP: 0b010110,
  FDIV: 0b010111,
  FMINNMP: 0b011000,
  FABD: 0b011010,
  FCMGT: 0b011100,
  FACGT: 0b011101,
  FMINP: 0b011110,
} as const;

/** The binary() op of a non-compare three-same key, or -1. */
function sameOp(key: number): number {
  switch (key) {
    case SAME.FMAXNM:
    case SAME.FMAXNMP:
      return MAXNM;
    case SAME.FADD:
    case SAME.FADDP:
      return ADD;
    case SAME.FMULX:
      return MULX;
    case SAME.FMAX:
    case SAME.FMAXP:
      return MAX;
    case SAME.FRECPS:
      return RECPS;
    case SAME.FMINNM:
    case SAME.FMINNMP:
      return MINNM;
    case SAME.FSUB:
      return SUB;
    case SAME.FMIN:
    case SAME.FMINP:
      return MIN;
    case SAME.FRSQRTS:
      return RSQRTS;
    case SAME.FMUL:
      return MUL;
    case SAME.FDIV:
      return DIV;
    case SAME.FABD:
      return ABD;
    default:
      return -1;
  }
}

const SCALAR_SAME = new Set<number>([
  SAME.FMULX,
  SAME.FCMEQ,
  SAME.FRECPS,
  SAME.FRSQRTS,
  SAME.FCMGE,
  SAME.FACGE,
  SAME.FABD,
  SAME.FCMGT,
  SAME.FACGT,
]);
const PAIRWISE = new Set<number>([SAME.FMAXNMP, SAME.FADDP, SAME.FMAXP, SAME.FMINNMP, SAME.FMINP]);

function sameKey(w: number): number {
  return (((w >>> 29) & 1) << 4) | (((w >>> 23) & 1) << 3) | ((w >>> 11) & 7);
}

const SAME_KEYS = new Set<number>(Object.values(SAME));

export const FP16_SAME = define("FP16_SAME", (c, w) => {
  const scalar = ((w >>> 28) & 1) === 1;
  const lanes = scalar ? 1 : 4 << ((w >>> 30) & 1);
  const key = sameKey(w);
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v16 = c.v16;
  const op = sameOp(key);
  for (let e = 0; e < lanes; e++) {
    let a: number;
    let b: number;
    if (PAIRWISE.has(key)) {
      const k = 2 * e;
      const src = k < lanes ? n : m;
      a = v16[src * 8 + (k % lanes)]!;
      b = v16[src * 8 + ((k + 1) % lanes)]!;
    } else {
      a = v16[n * 8 + e]!;
      b = v16[m * 8 + e]!;
    }
    switch (key) {
      case SAME.FMLA:
      case SAME.FMLS:
        T16[e] = mulAdd(c, v16[d * 8 + e]!, key === SAME.FMLS ? a ^ 0x8000 : a, b);
        break;
      case SAME.FCMEQ:
        T16[e] = compareMask(c, a, b, 0);
        break;
      case SAME.FCMGE:
        T16[e] = compareMask(c, a, b, 1);
        break;
      case SAME.FCMGT:
        T16[e] = compareMask(c, a, b, 2);
        break;
      case SAME.FACGE:
        T16[e] = compareMask(c, a, b, 3);
        break;
      case SAME.FACGT:
        T16[e] = compareMask(c, a, b, 4);
        break;
      default:
        T16[e] = binary(c, op, a, b);
    }
  }
  commit16(c, d, lanes);
});

/** Two-register-misc FP16 key: U:a:opcode. */
function miscKey(w: number): number {
  return (((w >>> 29) & 1) << 6) | (((w >>> 23) & 1) << 5) | ((w >>> 12) & 31);
}

const MISC = {
  FRINTN: 0b0011000,
  FRINTM: 0b0011001,
  FCVTNS: 0b0011010,
  FCVTMS: 0b0011011,
  FCVTAS: 0b0011100,
  SCVTF: 0b0011101,
  FCMGT0: 0b0101100,
  FCMEQ0: 0b0101101,
  FCMLT0: 0b0101110,
  FABS: 0b0101111,
  FRINTP: 0b0111000,
  FRINTZ: 0b0111001,
  FCVTPS: 0b0111010,
  FCVTZS: 0b0111011,
  FRINTA: 0b1011000,
  FRINTX: 0b1011001,
  FCVTNU: 0b1011010,
  FCVTMU: 0b1011011,
  FCVTAU: 0b1011100,
  UCVTF: 0b1011101,
  FCMGE0: 0b1101100,
  FCMLE0: 0b1101101,
  FNEG: 0b1101111,
  FRINTI: 0b1111001,
  FCVTPU: 0b1111010,
  FCVTZU: 0b1111011,
  FSQRT: 0b1111111,
} as const;

const VECTOR_ONLY_MISC = new Set<number>([
  MISC.FRINTN,
  MISC.FRINTM,
  MISC.FRINTP,
  MISC.FRINTZ,
  MISC.FRINTA,
  MISC.FRINTX,
  MISC.FRINTI,
  MISC.FABS,
  MISC.FNEG,
  MISC.FSQRT,
]);
const MISC_KEYS = new Set<number>(Object.values(MISC));

/** FCVT{N,M,A,P,Z}{S,U} keys to their rounding (0-3 as FPCR.RMode, 4 ties away). */
function convertMode(key: number): number {
  switch (key & 0b0111111) {
    case 0b0011010:
      return 0;
    case 0b0011011:
      return 2;
    case 0b0011100:
      return 4;
    case 0b0111010:
      return 1;
    default:
      return 3;
  }
}

export const FP16_MISC = define("FP16_MISC", (c, w) => {
  const scalar = ((w >>> 28) & 1) === 1;
  const lanes = scalar ? 1 : 4 << ((w >>> 30) & 1);
  const key = miscKey(w);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v16 = c.v16;
  const mode = (c.fpcr >>> 22) & 3;
  for (let e = 0; e < lanes; e++) {
    const h = v16[n * 8 + e]!;
    let r: number;
    switch (key) {
      case MISC.FRINTN:
        r = roundInt16(c, h, 0, false);
        break;
      case MISC.FRINTM:
        r = roundInt16(c, h, 2, false);
        break;
      case MISC.FRINTP:
        r = roundInt16(c, h, 1, false);
        break;
      case MISC.FRINTZ:
        r = roundInt16(c, h, 3, false);
        break;
      case MISC.FRINTA:
        r = roundInt16(c, h, 4, false);
        break;
      case MISC.FRINTX:
        r = roundInt16(c, h, mode, true);
        break;
      case MISC.FRINTI:
        r = roundInt16(c, h, mode, false);
        break;
      case MISC.SCVTF:
        r = fromInteger(c, (h << 16) >> 16, 0, 0);
        break;
      case MISC.UCVTF:
        r = fromInteger(c, h, 0, 0);
        break;
      case MISC.FCMGT0:
        r = compareMask(c, h, 0, 2);
        break;
      case MISC.FCMEQ0:
        r = compareMask(c, h, 0, 0);
        break;
      case MISC.FCMLT0:
        r = compareMask(c, h, 0, 6);
        break;
      case MISC.FCMGE0:
        r = compareMask(c, h, 0, 1);
        break;
      case MISC.FCMLE0:
        r = compareMask(c, h, 0, 5);
        break;
      case MISC.FABS:
        r = h & 0x7fff;
        break;
      case MISC.FNEG:
        r = h ^ 0x8000;
        break;
      case MISC.FSQRT:
        r = sqrt16(c, h);
        break;
      default:
        toInteger(c, h, 0, convertMode(key), key >= 0b1000000, 16);
        r = c.rlo;
    }
    T16[e] = r;
  }
  commit16(c, d, lanes);
});

/**
 * The handler of an FP16 word, or -1 when the word is not a half-precision form handled here.
 * FEAT_FP16 is applied by decodeA64 from the decoder's tags.
 */
export function decodeFp16(w: number): number {
  // Scalar FP, ftype 11.
  if ((w & 0x7fc00000) === 0x1ec00000) {
    if ((w & 0x7f20fc00) === 0x1e200000) {
      const opcode = (w >>> 16) & 7;
      const rmode = (w >>> 19) & 3;
      if (opcode >= 6) return rmode === 0 ? FP16_INT : UNDEF;
      if (opcode >= 2 && rmode !== 0) return UNDEF;
      return FP16_INT;
    }
    if ((w & 0x7f200000) === 0x1e000000) {
      const kind = (w >>> 16) & 31;
      if (w >>> 31 === 0 && ((w >>> 15) & 1) === 0) return UNDEF;
      return kind === 0b00010 || kind === 0b00011 || kind === 0b11000 || kind === 0b11001 ? FP16_FIXED : UNDEF;
    }
    if (w >>> 31 === 1) return UNDEF;
    if ((w & 0xffe07c00) >>> 0 === 0x1ee04000) {
      const op = (w >>> 15) & 63;
      return op <= 5 || (op >= 8 && op <= 15 && op !== 13) ? FP16_1 : UNDEF;
    }
    if ((w & 0xffe03c07) >>> 0 === 0x1ee02000) return FCMP16;
    if ((w & 0xffe01fe0) >>> 0 === 0x1ee01000) return FMOV16_IMM;
    if ((w & 0xffe00c00) >>> 0 === 0x1ee00800) return ((w >>> 12) & 15) <= 8 ? FP16_2 : UNDEF;
    if ((w & 0xffe00c00) >>> 0 === 0x1ee00c00) return FCSEL16;
    if ((w & 0xffe00c00) >>> 0 === 0x1ee00400) return FCCMP16;
    return UNDEF;
  }
  if ((w & 0xffc00000) >>> 0 === 0x1fc00000) return FP16_3;
  // FCVT Hd, Sn / Hd, Dn
  if ((w & 0xff3ffc00) >>> 0 === 0x1e23c000 && ((w >>> 22) & 3) < 2) return FCVT_TO_HALF;
  if ((w & 0x9f60c400) >>> 0 === 0x0e400400) {
    return SAME_KEYS.has(sameKey(w)) ? FP16_SAME : UNDEF;
  }
  if ((w & 0xdf60c400) >>> 0 === 0x5e400400) return SCALAR_SAME.has(sameKey(w)) ? FP16_SAME : UNDEF;
  if ((w & 0x9f7e0c00) >>> 0 === 0x0e780800) return MISC_KEYS.has(miscKey(w)) ? FP16_MISC : UNDEF;
  if ((w & 0xdf7e0c00) >>> 0 === 0x5e780800) {
    const key = miscKey(w);
    return MISC_KEYS.has(key) && !VECTOR_ONLY_MISC.has(key) ? FP16_MISC : UNDEF;
  }
  return -1;
}
