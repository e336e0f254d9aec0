/**
 * Scalar floating point: FMOV (register, immediate, general), arithmetic, FMADD family, compares,
 * FCSEL, conversions between precisions and to/from integers, FRINT*. Single and double precision
 * compute in IEEE-754 double and round once to single (exact for + - * / sqrt).
 */
import type { Cpu } from "../core/cpu";
import { condHolds, fromBig } from "./int64";
import { arith, fma64, round32 } from "./rounding";
import { define } from "./table";

const TWO32 = 4294967296;

/** Reads scalar n of type (0 single, 1 double) as a JS number. */
function get(c: Cpu, type: number, n: number): number {
  return type === 0 ? c.vf32[n * 4]! : c.vf64[n * 2]!;
}

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

function fpcrDefaultNan(c: Cpu): boolean {
  return ((c.fpcr >>> 25) & 1) === 1;
}

/** Rounds per FPCR.RMode (0 nearest-even, 1 +inf, 2 -inf, 3 zero; 4 ties away) for FRINT* and conversions. */
export function roundMode(v: number, mode: number): number {
  switch (mode) {
    case 0: {
      const f = Math.floor(v);
      const d = v - f;
      if (d > 0.5) return f + 1;
      if (d < 0.5) return f;
      return f % 2 === 0 ? f : f + 1;
    }
    case 1:
      return Math.ceil(v);
    case 2:
      return Math.floor(v);
    case 3:
      return Math.trunc(v);
    default:
      // ties away from zero
      return v < 0 ? -Math.round(-v) : Math.round(v);
  }
}

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

/** FABS/FNEG/FSQRT/FCVT/FRINT* (one source). */
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
  const a = get(c, type, n);
  let r: number;
  switch (op) {
    case 3:
      r = arith(c, 4, a, 0, type === 0);
      break;
    case 4:
      set(c, 0, d, Number.isNaN(a) ? quiet(c, a) : round32(c, a, 0, (c.fpcr >>> 22) & 3));
      return;
    case 5:
      set(c, 1, d, quiet(c, a));
      return;
    case 8:
      r = roundMode(a, 0);
      break;
    case 9:
      r = Math.ceil(a);
      break;
    case 10:
      r = Math.floor(a);
      break;
    case 11:
      r = Math.trunc(a);
      break;
    case 12:
      r = roundMode(a, 4);
      break;
    case 14:
    case 15:
      r = roundMode(a, (c.fpcr >>> 22) & 3);
      break;
    default:
      return c.undefined();
  }
  if (r === 0 && a < 0) r = -0;
  if (Object.is(a, -0)) r = -0;
  set(c, type, d, r);
});

function quiet(c: Cpu, a: number): number {
  return Number.isNaN(a) && fpcrDefaultNan(c) ? Number.NaN : a;
}

/** FMUL/FDIV/FADD/FSUB/FMAX/FMIN/FMAXNM/FMINNM/FNMUL. */
export const FP2 = define("FP2", (c, w) => {
  const type = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const op = (w >>> 12) & 15;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const a = get(c, type, n);
  const b = get(c, type, m);
  let r: number;
  switch (op) {
    case 0:
      r = arith(c, 2, a, b, type === 0);
      break;
    case 1:
      r = arith(c, 3, a, b, type === 0);
      break;
    case 2:
      r = arith(c, 0, a, b, type === 0);
      break;
    case 3:
      r = arith(c, 1, a, b, type === 0);
      break;
    case 4:
      r =
        Number.isNaN(a) || Number.isNaN(b)
          ? Number.NaN
          : a === b && a === 0
            ? Object.is(a, -0)
              ? b
              : a
            : Math.max(a, b);
      break;
    case 5:
      r =
        Number.isNaN(a) || Number.isNaN(b)
          ? Number.NaN
          : a === b && a === 0
            ? Object.is(a, -0)
              ? a
              : b
            : Math.min(a, b);
      break;
    case 6:
      r = Number.isNaN(a) ? b : Number.isNaN(b) ? a : a === b && a === 0 ? (Object.is(a, -0) ? b : a) : Math.max(a, b);
      break;
    case 7:
      r = Number.isNaN(a) ? b : Number.isNaN(b) ? a : a === b && a === 0 ? (Object.is(a, -0) ? a : b) : Math.min(a, b);
      break;
    case 8:
      r = -arith(c, 2, a, b, type === 0);
      break;
    default:
      return c.undefined();
  }
  set(c, type, d, r);
});

/** FMADD/FMSUB/FNMADD/FNMSUB. */
export const FP3 = define("FP3", (c, w) => {
  const type = (w >>> 22) & 3;
  const o1 = (w >>> 21) & 1;
  const m = (w >>> 16) & 31;
  const o0 = (w >>> 15) & 1;
  const a = get(c, type, (w >>> 10) & 31);
  const n = get(c, type, (w >>> 5) & 31);
  const b = get(c, type, m);
  // o1:o0 = 00 FMADD a+n*m, 01 FMSUB a-n*m, 10 FNMADD -a-n*m, 11 FNMSUB -a+n*m; one rounding (fused).
  const r = fma64((o0 ^ o1) === 1 ? -n : n, b, o1 === 1 ? -a : a);
  set(c, type, w & 31, r);
});

/** FCMP/FCMPE (register or #0.0). */
export const FCMP = define("FCMP", (c, w) => {
  const type = (w >>> 22) & 3;
  const a = get(c, type, (w >>> 5) & 31);
  const b = ((w >>> 3) & 1) === 1 ? 0 : get(c, type, (w >>> 16) & 31);
  setCompareFlags(c, a, b);
});

function setCompareFlags(c: Cpu, a: number, b: number): void {
  if (Number.isNaN(a) || Number.isNaN(b)) c.nzcv = 0x30000000;
  else if (a === b) c.nzcv = 0x60000000;
  else if (a < b) c.nzcv = 0x80000000 | 0;
  else c.nzcv = 0x20000000;
}

export const FCCMP = define("FCCMP", (c, w) => {
  if (!condHolds(c, (w >>> 12) & 15)) {
    c.nzcv = (w & 15) << 28;
    return;
  }
  const type = (w >>> 22) & 3;
  setCompareFlags(c, get(c, type, (w >>> 5) & 31), get(c, type, (w >>> 16) & 31));
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

/** Saturating conversion of a JS number (already rounded to an integer) into rlo/rhi. */
function toIntSat(c: Cpu, v: number, is64: boolean, unsigned: boolean): void {
  if (Number.isNaN(v)) {
    c.rlo = 0;
    c.rhi = 0;
    return;
  }
  if (!is64) {
    const lo = unsigned ? 0 : -2147483648;
    const hi = unsigned ? 4294967295 : 2147483647;
    c.rlo = Math.min(Math.max(v, lo), hi) | 0;
    c.rhi = 0;
    return;
  }
  if (unsigned) {
    if (v <= 0) {
      c.rlo = 0;
      c.rhi = 0;
    } else if (v >= 2 ** 64) {
      c.rlo = -1;
      c.rhi = -1;
    } else if (v < 9007199254740992) {
      c.rlo = (v % TWO32) | 0;
      c.rhi = Math.floor(v / TWO32) | 0;
    } else fromBig(c, BigInt(v));
    return;
  }
  if (v >= 2 ** 63) {
    c.rlo = -1;
    c.rhi = 0x7fffffff;
  } else if (v <= -(2 ** 63)) {
    c.rlo = 0;
    c.rhi = -2147483648;
  } else if (Math.abs(v) < 9007199254740992) {
    const hi = Math.floor(v / TWO32);
    c.rhi = hi | 0;
    c.rlo = (v - hi * TWO32) | 0;
  } else fromBig(c, BigInt(v));
}

/** Xn/Wn as a JS number for SCVTF/UCVTF: one rounding from the exact integer (hi*2^32 is exact). */
function integerValue(c: Cpu, n: number, sf: number, signed: boolean, type: number): number {
  const x = c.x;
  const lo = x[n * 2]!;
  if (sf === 0) return signed ? lo : lo >>> 0;
  const hi = x[n * 2 + 1]!;
  const v = (signed ? hi : hi >>> 0) * TWO32 + (lo >>> 0);
  if (type === 0 && Math.abs(v) >= 9007199254740992)
    return Number(
      signed ? BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)) : (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0),
    );
  return v;
}

/** SCVTF/UCVTF/FCVTZS/FCVTZU (scalar, fixed-point): scaling by 2^fbits is exact in double. */
export const FP_FIXED = define("FP_FIXED", (c, w) => {
  const sf = w >>> 31;
  const type = (w >>> 22) & 3;
  const opcode = (w >>> 16) & 7;
  const fbits = 64 - ((w >>> 10) & 63);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (opcode >= 2) {
    set(c, type, d, integerValue(c, n, sf, opcode === 2, type) / 2 ** fbits);
    return;
  }
  toIntSat(c, Math.trunc(get(c, type, n) * 2 ** fbits), sf === 1, opcode === 1);
  c.x[d * 2] = c.rlo;
  c.x[d * 2 + 1] = c.rhi;
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
  if (opcode === 2 || opcode === 3) {
    set(c, type, d, integerValue(c, n, sf, opcode === 2, type));
    return;
  }
  const a = get(c, type, n);
  let rounded: number;
  if (opcode <= 1)
    rounded = rmode === 0 ? roundMode(a, 0) : rmode === 1 ? Math.ceil(a) : rmode === 2 ? Math.floor(a) : Math.trunc(a);
  else if (opcode === 4 || opcode === 5) rounded = roundMode(a, 4);
  else return c.undefined();
  const unsigned = (opcode & 1) === 1;
  toIntSat(c, rounded, sf === 1, unsigned);
  x[d * 2] = c.rlo;
  x[d * 2 + 1] = c.rhi;
});
