/**
 * Scalar floating point: FMOV (register, immediate, general), arithmetic, FMADD family, compares,
 * FCSEL, conversions between precisions and to/from integers, FRINT*. Single and double precision
 * compute in IEEE-754 double and round once to single (exact for + - * / sqrt).
 */
import type { Cpu } from "../core/cpu";
import {
  D,
  fixedToFp,
  fpAdd,
  fpCompare,
  fpConvert,
  fpDiv,
  fpMinMax,
  fpMul,
  fpMulAdd,
  fpRoundInt,
  fpSqrt,
  fpToFixed,
  isNaNBits,
  resultHi,
  resultLo,
  roundToIntegral,
  S,
} from "./fp-lane";
import { condHolds } from "./int64";
import { define } from "./table";

/** Writes scalar d of type, zeroing the rest of the vector register. */
function set(c: Cpu, type: number, d: number, value: number): void {
  const v32 = c.v32;
  if (type === 0) {
    c.vf32[d * 4] = value;
    v32[d * 4 + 1] = 0;
  } else {
    c.vf64[d * 2] = value;
  }
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
}

/** Rounds a finite value to an integral one per FPCR.RMode (0-3) or 4 (ties away): FRINT* and conversions. */
export const roundMode = roundToIntegral;

export const FMOV_REG = define("FMOV_REG", (c, w) => {
  const type = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  v32[d * 4] = v32[n * 4]!;
  v32[d * 4 + 1] = type === 1 ? v32[n * 4 + 1]! : 0;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** The lane format of scalar type 0 (single) or 1 (double). */
const formatOf = (type: number): number => (type === 0 ? S : D);
/** Top word of scalar n of type (the whole value for single). */
const topWord = (c: Cpu, type: number, n: number): number => (type === 0 ? c.v32[n * 4]! : c.v32[n * 4 + 1]!);
/** Low word of a double scalar (0 for single). */
const lowWord = (c: Cpu, type: number, n: number): number => (type === 0 ? 0 : c.v32[n * 4]!);

/** Writes the lane result (resultHi:resultLo) to scalar d of type, zeroing the rest of Vd. */
function writeResult(c: Cpu, type: number, d: number, hi: number): void {
  const v32 = c.v32;
  if (type === 0) {
    v32[d * 4] = hi;
    v32[d * 4 + 1] = 0;
  } else {
    v32[d * 4] = resultLo;
    v32[d * 4 + 1] = hi;
  }
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
}

/** FABS/FNEG/FSQRT/FCVT/FRINT* (one source), single and double. */
export const FP1 = define("FP1", (c, w) => {
  const type = (w >>> 22) & 3;
  const op = (w >>> 15) & 63;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  if (op === 1 || op === 2) {
    // Sign-bit operations, exact even for NaNs.
    const top = type === 0 ? n * 4 : n * 4 + 1;
    const lo = v32[n * 4]!;
    const hiWord = v32[top]!;
    const newTop = op === 1 ? hiWord & 0x7fffffff : hiWord ^ -0x80000000;
    if (type === 0) {
      v32[d * 4] = newTop;
      v32[d * 4 + 1] = 0;
    } else {
      v32[d * 4] = lo;
      v32[d * 4 + 1] = newTop;
    }
    v32[d * 4 + 2] = 0;
    v32[d * 4 + 3] = 0;
    return;
  }
  const f = formatOf(type);
  const hi = topWord(c, type, n);
  const lo = lowWord(c, type, n);
  switch (op) {
    case 3:
      fpSqrt(c, f, hi, lo);
      break;
    case 4:
    case 5:
      fpConvert(c, f, op === 4 ? S : D, hi, lo);
      writeResult(c, op === 4 ? 0 : 1, d, resultHi);
      return;
    case 8:
    case 9:
    case 10:
    case 11:
      fpRoundInt(c, f, hi, lo, op === 8 ? 0 : op === 9 ? 1 : op === 10 ? 2 : 3, false);
      break;
    case 12:
      fpRoundInt(c, f, hi, lo, 4, false);
      break;
    case 14:
    case 15:
      fpRoundInt(c, f, hi, lo, (c.fpcr >>> 22) & 3, op === 14);
      break;
    default:
      return c.undefined();
  }
  writeResult(c, type, d, resultHi);
});

/** FMUL/FDIV/FADD/FSUB/FMAX/FMIN/FMAXNM/FMINNM/FNMUL, single and double. */
export const FP2 = define("FP2", (c, w) => {
  const type = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const op = (w >>> 12) & 15;
  const n = (w >>> 5) & 31;
  const f = formatOf(type);
  const ahi = topWord(c, type, n);
  const alo = lowWord(c, type, n);
  let bhi = topWord(c, type, m);
  const blo = lowWord(c, type, m);
  switch (op) {
    case 0:
    case 8:
      fpMul(c, f, ahi, alo, bhi, blo, false);
      // FNMUL negates the product, a NaN included (FPCR.AH = 0).
      writeResult(c, type, w & 31, op === 8 ? resultHi ^ -0x80000000 : resultHi);
      return;
    case 1:
      fpDiv(c, f, ahi, alo, bhi, blo);
      break;
    case 2:
      fpAdd(c, f, ahi, alo, bhi, blo);
      break;
    case 3:
      // FPSub: NaNs propagate as they are; otherwise a - b = a + (-b), exactly.
      if (!isNaNBits(f, bhi, blo)) bhi ^= -0x80000000;
      fpAdd(c, f, ahi, alo, bhi, blo);
      break;
    case 4:
    case 5:
    case 6:
    case 7:
      fpMinMax(c, f, ahi, alo, bhi, blo, (op & 1) === 0, op >= 6);
      break;
    default:
      return c.undefined();
  }
  writeResult(c, type, w & 31, resultHi);
});

/** FMADD/FMSUB/FNMADD/FNMSUB, single and double: one rounding (fused). */
export const FP3 = define("FP3", (c, w) => {
  const type = (w >>> 22) & 3;
  const o1 = (w >>> 21) & 1;
  const m = (w >>> 16) & 31;
  const o0 = (w >>> 15) & 1;
  const a = (w >>> 10) & 31;
  const n = (w >>> 5) & 31;
  const f = formatOf(type);
  // o1:o0 = 00 a+n*m, 01 a-n*m, 10 -a-n*m, 11 -a+n*m: FPNeg of n and of a, NaNs included.
  const negateN = (o0 ^ o1) === 1 ? -0x80000000 : 0;
  const negateA = o1 === 1 ? -0x80000000 : 0;
  fpMulAdd(
    c,
    f,
    topWord(c, type, a) ^ negateA,
    lowWord(c, type, a),
    topWord(c, type, n) ^ negateN,
    lowWord(c, type, n),
    topWord(c, type, m),
    lowWord(c, type, m),
  );
  writeResult(c, type, w & 31, resultHi);
});

/** FCMP/FCMPE (register or #0.0): FCMPE signals on a quiet NaN too. */
export const FCMP = define("FCMP", (c, w) => {
  const type = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const m = (w >>> 16) & 31;
  const zero = ((w >>> 3) & 1) === 1;
  const f = formatOf(type);
  c.nzcv = fpCompare(
    c,
    f,
    topWord(c, type, n),
    lowWord(c, type, n),
    zero ? 0 : topWord(c, type, m),
    zero ? 0 : lowWord(c, type, m),
    ((w >>> 4) & 1) === 1,
  );
});

/** FCCMP/FCCMPE: the compare when the condition holds, else NZCV = #nzcv. */
export const FCCMP = define("FCCMP", (c, w) => {
  if (!condHolds(c, (w >>> 12) & 15)) {
    c.nzcv = (w & 15) << 28;
    return;
  }
  const type = (w >>> 22) & 3;
  const n = (w >>> 5) & 31;
  const m = (w >>> 16) & 31;
  const f = formatOf(type);
  c.nzcv = fpCompare(
    c,
    f,
    topWord(c, type, n),
    lowWord(c, type, n),
    topWord(c, type, m),
    lowWord(c, type, m),
    ((w >>> 4) & 1) === 1,
  );
});

export const FCSEL = define("FCSEL", (c, w) => {
  const type = (w >>> 22) & 3;
  const src = condHolds(c, (w >>> 12) & 15) ? (w >>> 5) & 31 : (w >>> 16) & 31;
  const d = w & 31;
  const v32 = c.v32;
  const lo = v32[src * 4]!;
  const hi = type === 1 ? v32[src * 4 + 1]! : 0;
  v32[d * 4] = lo;
  v32[d * 4 + 1] = hi;
  v32[d * 4 + 2] = 0;
  v32[d * 4 + 3] = 0;
});

/** VFPExpandImm: imm8 = a:b:cd:efgh is (-1)^a * (1 + efgh/16) * 2^(b ? cd-3 : cd+1). */
export function expandFpImm(imm8: number): number {
  const b = (imm8 >>> 6) & 1;
  const cd = (imm8 >>> 4) & 3;
  const value = ((16 + (imm8 & 15)) / 16) * 2 ** (b === 1 ? cd - 3 : cd + 1);
  return (imm8 & 0x80) !== 0 ? -value : value;
}

export const FMOV_IMM = define("FMOV_IMM", (c, w) => {
  set(c, (w >>> 22) & 3, w & 31, expandFpImm((w >>> 13) & 0xff));
});

/** Xn or Wn (extended as the conversion reads it) as the hi:lo integer FixedToFP takes. */
function integerWords(c: Cpu, n: number, sf: number, signed: boolean): number {
  const lo = c.x[n * 2]!;
  return sf === 1 ? c.x[n * 2 + 1]! : signed ? lo >> 31 : 0;
}

/** SCVTF/UCVTF/FCVTZS/FCVTZU (scalar, fixed-point). */
export const FP_FIXED = define("FP_FIXED", (c, w) => {
  const sf = w >>> 31;
  const type = (w >>> 22) & 3;
  const opcode = (w >>> 16) & 7;
  const fbits = 64 - ((w >>> 10) & 63);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const f = formatOf(type);
  if (opcode >= 2) {
    const signed = opcode === 2;
    fixedToFp(c, f, integerWords(c, n, sf, signed), c.x[n * 2]!, !signed, fbits);
    writeResult(c, type, d, resultHi);
    return;
  }
  fpToFixed(c, f, topWord(c, type, n), lowWord(c, type, n), fbits, 3, sf === 1 ? 64 : 32, opcode === 1);
  c.x[d * 2] = resultLo;
  c.x[d * 2 + 1] = resultHi;
});

/** Conversions between FP and general registers, and FMOV (general). */
export const FP_INT = define("FP_INT", (c, w) => {
  const sf = w >>> 31;
  const type = (w >>> 22) & 3;
  const rmode = (w >>> 19) & 3;
  const opcode = (w >>> 16) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const x = c.x;
  const v32 = c.v32;
  if (opcode === 6 || opcode === 7) {
    // FMOV between general and FP registers.
    const lane = type === 2 ? 2 : 0;
    if (opcode === 6) {
      x[d * 2] = v32[n * 4 + lane]!;
      x[d * 2 + 1] = sf === 1 ? v32[n * 4 + lane + 1]! : 0;
    } else {
      v32[d * 4 + lane] = x[n * 2]!;
      v32[d * 4 + lane + 1] = sf === 1 ? x[n * 2 + 1]! : 0;
      if (type !== 2) {
        v32[d * 4 + 2] = 0;
        v32[d * 4 + 3] = 0;
      }
    }
    return;
  }
  const f = formatOf(type);
  if (opcode === 2 || opcode === 3) {
    const signed = opcode === 2;
    fixedToFp(c, f, integerWords(c, n, sf, signed), x[n * 2]!, !signed, 0);
    writeResult(c, type, d, resultHi);
    return;
  }
  // FCVTN*/P*/M*/Z* by rmode (nearest, +inf, -inf, zero); FCVTA* rounds ties away.
  let rounding: number;
  if (opcode <= 1) rounding = rmode === 0 ? 0 : rmode === 1 ? 1 : rmode === 2 ? 2 : 3;
  else if (opcode === 4 || opcode === 5) rounding = 4;
  else return c.undefined();
  fpToFixed(c, f, topWord(c, type, n), lowWord(c, type, n), 0, rounding, sf === 1 ? 64 : 32, (opcode & 1) === 1);
  x[d * 2] = resultLo;
  x[d * 2 + 1] = resultHi;
});
