/** Data processing (register): logical/add/sub shifted and extended, ADC/SBC, CCMP, CSEL, 1-, 2- and 3-source. */
import type { Cpu } from "../core/cpu";
import {
  add32,
  add64,
  clz64,
  condHolds,
  mul64,
  ror64,
  sar64,
  sdiv64,
  shift32,
  shift64,
  shl64,
  shr64,
  smul32,
  smulh64,
  udiv64,
  umul32,
  umulh64,
} from "./int64";
import { define } from "./table";

/** AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register). */
export const LOGIC_REG = define("LOGIC_REG", (c, w) => {
  const x = c.x;
  const opc = (w >>> 29) & 3;
  const type = (w >>> 22) & 3;
  const invert = (w >>> 21) & 1;
  const m = ((w >>> 16) & 31) << 1;
  const amount = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  let blo: number;
  let bhi: number;
  const sf = w >>> 31;
  if (sf === 1) {
    shift64(c, x[m]!, x[m + 1]!, type, amount);
    blo = c.rlo;
    bhi = c.rhi;
  } else {
    blo = shift32(x[m]!, type, amount);
    bhi = 0;
  }
  if (invert === 1) {
    blo = ~blo;
    bhi = sf === 1 ? ~bhi : 0;
  }
  const alo = x[n]!;
  const ahi = sf === 1 ? x[n + 1]! : 0;
  let rlo: number;
  let rhi: number;
  if (opc === 1) {
    rlo = alo | blo;
    rhi = ahi | bhi;
  } else if (opc === 2) {
    rlo = alo ^ blo;
    rhi = ahi ^ bhi;
  } else {
    rlo = alo & blo;
    rhi = ahi & bhi;
    if (opc === 3) {
      c.n = sf === 1 ? rhi >>> 31 : rlo >>> 31;
      c.z = (rlo | rhi) === 0 ? 1 : 0;
      c.c = 0;
      c.vf = 0;
    }
  }
  x[d] = rlo;
  x[d + 1] = rhi;
});

/** ADD/ADDS/SUB/SUBS (shifted register). */
export const ADDSUB_SHIFT = define("ADDSUB_SHIFT", (c, w) => {
  const x = c.x;
  const sub = (w >>> 30) & 1;
  const setFlags = ((w >>> 29) & 1) === 1;
  const type = (w >>> 22) & 3;
  const m = ((w >>> 16) & 31) << 1;
  const amount = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    shift64(c, x[m]!, x[m + 1]!, type, amount);
    if (sub === 1) add64(c, x[n]!, x[n + 1]!, ~c.rlo, ~c.rhi, 1, setFlags);
    else add64(c, x[n]!, x[n + 1]!, c.rlo, c.rhi, 0, setFlags);
    x[d] = c.rlo;
    x[d + 1] = c.rhi;
  } else {
    const b = shift32(x[m]!, type, amount);
    x[d] = sub === 1 ? add32(c, x[n]!, ~b, 1, setFlags) : add32(c, x[n]!, b, 0, setFlags);
    x[d + 1] = 0;
  }
});

/** Extends register m per option (UXTB..SXTX) and shifts left by 0..4, into rlo/rhi. */
function extendReg(c: Cpu, lo: number, hi: number, option: number, shift: number): void {
  let l = lo;
  let h: number;
  switch (option) {
    case 0:
      l &= 0xff;
      h = 0;
      break;
    case 1:
      l &= 0xffff;
      h = 0;
      break;
    case 2:
      h = 0;
      break;
    case 3:
      h = hi;
      break;
    case 4:
      l = (l << 24) >> 24;
      h = l >> 31;
      break;
    case 5:
      l = (l << 16) >> 16;
      h = l >> 31;
      break;
    case 6:
      h = l >> 31;
      break;
    default:
      h = hi;
  }
  shl64(c, l, h, shift);
}

/** ADD/ADDS/SUB/SUBS (extended register); Rn and (non-flag) Rd may be SP. */
export const ADDSUB_EXT = define("ADDSUB_EXT", (c, w) => {
  const x = c.x;
  const sub = (w >>> 30) & 1;
  const setFlags = ((w >>> 29) & 1) === 1;
  const m = ((w >>> 16) & 31) << 1;
  const option = (w >>> 13) & 7;
  const shift = (w >>> 10) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const ni = n === 31 ? 64 : n << 1;
  const di = d === 31 && !setFlags ? 64 : d << 1;
  extendReg(c, x[m]!, x[m + 1]!, option, shift);
  if (w >>> 31 === 1) {
    if (sub === 1) add64(c, x[ni]!, x[ni + 1]!, ~c.rlo, ~c.rhi, 1, setFlags);
    else add64(c, x[ni]!, x[ni + 1]!, c.rlo, c.rhi, 0, setFlags);
    x[di] = c.rlo;
    x[di + 1] = c.rhi;
  } else {
    x[di] = sub === 1 ? add32(c, x[ni]!, ~c.rlo, 1, setFlags) : add32(c, x[ni]!, c.rlo, 0, setFlags);
    x[di + 1] = 0;
  }
});

/** ADC/ADCS/SBC/SBCS. */
export const ADC_SBC = define("ADC_SBC", (c, w) => {
  const x = c.x;
  const sub = (w >>> 30) & 1;
  const setFlags = ((w >>> 29) & 1) === 1;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  const blo = sub === 1 ? ~x[m]! : x[m]!;
  const bhi = sub === 1 ? ~x[m + 1]! : x[m + 1]!;
  if (w >>> 31 === 1) {
    add64(c, x[n]!, x[n + 1]!, blo, bhi, c.c, setFlags);
    x[d] = c.rlo;
    x[d + 1] = c.rhi;
  } else {
    x[d] = add32(c, x[n]!, blo, c.c, setFlags);
    x[d + 1] = 0;
  }
});

/** CCMN/CCMP (register and immediate). */
export const CCMP = define("CCMP", (c, w) => {
  const x = c.x;
  const cond = (w >>> 12) & 15;
  if (!condHolds(c, cond)) {
    c.nzcv = (w & 15) << 28;
    return;
  }
  const sub = (w >>> 30) & 1;
  const isImm = ((w >>> 11) & 1) === 1;
  const mf = (w >>> 16) & 31;
  const n = ((w >>> 5) & 31) << 1;
  const blo = isImm ? mf : x[mf << 1]!;
  const bhi = isImm ? 0 : x[(mf << 1) + 1]!;
  if (w >>> 31 === 1) {
    if (sub === 1) add64(c, x[n]!, x[n + 1]!, ~blo, ~bhi, 1, true);
    else add64(c, x[n]!, x[n + 1]!, blo, bhi, 0, true);
  } else if (sub === 1) add32(c, x[n]!, ~blo, 1, true);
  else add32(c, x[n]!, blo, 0, true);
});

/** CSEL/CSINC/CSINV/CSNEG. */
export const CSEL = define("CSEL", (c, w) => {
  const x = c.x;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  const sf = w >>> 31;
  if (condHolds(c, (w >>> 12) & 15)) {
    x[d] = x[n]!;
    x[d + 1] = sf === 1 ? x[n + 1]! : 0;
    return;
  }
  const op = ((w >>> 29) & 2) | ((w >>> 10) & 1);
  let lo = x[m]!;
  let hi = sf === 1 ? x[m + 1]! : 0;
  if (op === 1) {
    // CSINC
    if (sf === 1) {
      add64(c, lo, hi, 1, 0, 0, false);
      lo = c.rlo;
      hi = c.rhi;
    } else lo = (lo + 1) | 0;
  } else if (op === 2) {
    lo = ~lo;
    hi = sf === 1 ? ~hi : 0;
  } else if (op === 3) {
    if (sf === 1) {
      add64(c, ~lo, ~hi, 1, 0, 0, false);
      lo = c.rlo;
      hi = c.rhi;
    } else lo = -lo | 0;
  }
  x[d] = lo;
  x[d + 1] = hi;
});

function rbit32(v: number): number {
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
  return (v >>> 16) | (v << 16);
}

function rev16(v: number): number {
  return ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
}

function bswap32(v: number): number {
  return (v >>> 24) | ((v >>> 8) & 0xff00) | ((v & 0xff00) << 8) | (v << 24);
}

/** Data processing, one source: RBIT, REV16, REV32, REV, CLZ, CLS (and their 32-bit forms). */
export const DP1 = define("DP1", (c, w) => {
  const x = c.x;
  const op = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  const lo = x[n]!;
  const hi = x[n + 1]!;
  if (w >>> 31 === 0) {
    let r: number;
    switch (op) {
      case 0:
        r = rbit32(lo);
        break;
      case 1:
        r = rev16(lo);
        break;
      case 2:
        r = bswap32(lo);
        break;
      case 4:
        r = Math.clz32(lo);
        break;
      default:
        // CLS: CLZ of (x<31:1> EOR x<30:0>), computed as clz((x ^ x<<1) | 1).
        r = Math.clz32((lo ^ (lo << 1)) | 1);
        break;
    }
    x[d] = r;
    x[d + 1] = 0;
    return;
  }
  switch (op) {
    case 0:
      x[d] = rbit32(hi);
      x[d + 1] = rbit32(lo);
      break;
    case 1:
      x[d] = rev16(lo);
      x[d + 1] = rev16(hi);
      break;
    case 2:
      x[d] = bswap32(lo);
      x[d + 1] = bswap32(hi);
      break;
    case 3:
      x[d] = bswap32(hi);
      x[d + 1] = bswap32(lo);
      break;
    case 4:
      x[d] = clz64(lo, hi);
      x[d + 1] = 0;
      break;
    default:
      x[d] = clz64((lo ^ (lo << 1)) | 1, hi ^ ((hi << 1) | (lo >>> 31)));
      x[d + 1] = 0;
  }
});

/** UDIV/SDIV, LSLV/LSRV/ASRV/RORV, CRC32*. */
export const DIV = define("DIV", (c, w) => {
  const x = c.x;
  const signed = ((w >>> 10) & 1) === 1;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 0) {
    const a = x[n]!;
    const b = x[m]!;
    let r: number;
    if (b === 0) r = 0;
    else if (signed) r = a === -2147483648 && b === -1 ? a : (a / b) | 0;
    else r = Math.floor((a >>> 0) / (b >>> 0)) | 0;
    x[d] = r;
    x[d + 1] = 0;
    return;
  }
  const alo = x[n]!;
  const ahi = x[n + 1]!;
  const blo = x[m]!;
  const bhi = x[m + 1]!;
  if ((blo | bhi) === 0) {
    x[d] = 0;
    x[d + 1] = 0;
    return;
  }
  if (ahi === 0 && bhi === 0) {
    x[d] = Math.floor((alo >>> 0) / (blo >>> 0)) | 0;
    x[d + 1] = 0;
    return;
  }
  if (signed) sdiv64(c, alo, ahi, blo, bhi);
  else udiv64(c, alo, ahi, blo, bhi);
  x[d] = c.rlo;
  x[d + 1] = c.rhi;
});

export const SHIFTV = define("SHIFTV", (c, w) => {
  const x = c.x;
  const type = (w >>> 10) & 3;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    const s = x[m]! & 63;
    if (type === 0) shl64(c, x[n]!, x[n + 1]!, s);
    else if (type === 1) shr64(c, x[n]!, x[n + 1]!, s);
    else if (type === 2) sar64(c, x[n]!, x[n + 1]!, s);
    else ror64(c, x[n]!, x[n + 1]!, s);
    x[d] = c.rlo;
    x[d + 1] = c.rhi;
  } else {
    x[d] = shift32(x[n]!, type, x[m]! & 31);
    x[d + 1] = 0;
  }
});

const CRC_TABLE = new Int32Array(256);
const CRC32C_TABLE = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  let a = i;
  let b = i;
  for (let k = 0; k < 8; k++) {
    a = (a & 1) !== 0 ? (a >>> 1) ^ 0xedb88320 : a >>> 1;
    b = (b & 1) !== 0 ? (b >>> 1) ^ 0x82f63b78 : b >>> 1;
  }
  CRC_TABLE[i] = a;
  CRC32C_TABLE[i] = b;
}

/** CRC32B/H/W/X and CRC32CB/H/W/X: the accumulator in Wn, data in Rm. */
export const CRC32 = define("CRC32", (c, w) => {
  const x = c.x;
  const size = (w >>> 10) & 3;
  const table = ((w >>> 12) & 1) === 1 ? CRC32C_TABLE : CRC_TABLE;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  let acc = x[n]!;
  const bytes = 1 << size;
  for (let i = 0; i < bytes; i++) {
    const word = i < 4 ? x[m]! : x[m + 1]!;
    const b = (word >>> (8 * (i & 3))) & 0xff;
    acc = table[(acc ^ b) & 0xff]! ^ (acc >>> 8);
  }
  x[d] = acc;
  x[d + 1] = 0;
});

/** MADD/MSUB (32/64). */
export const MADD = define("MADD", (c, w) => {
  const x = c.x;
  const m = ((w >>> 16) & 31) << 1;
  const a = ((w >>> 10) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  const sub = (w >>> 15) & 1;
  if (w >>> 31 === 0) {
    const p = Math.imul(x[n]!, x[m]!);
    x[d] = sub === 1 ? (x[a]! - p) | 0 : (x[a]! + p) | 0;
    x[d + 1] = 0;
    return;
  }
  mul64(c, x[n]!, x[n + 1]!, x[m]!, x[m + 1]!);
  if (sub === 1) add64(c, x[a]!, x[a + 1]!, ~c.rlo, ~c.rhi, 1, false);
  else add64(c, x[a]!, x[a + 1]!, c.rlo, c.rhi, 0, false);
  x[d] = c.rlo;
  x[d + 1] = c.rhi;
});

/** SMADDL/SMSUBL/UMADDL/UMSUBL. */
export const MADDL = define("MADDL", (c, w) => {
  const x = c.x;
  const m = ((w >>> 16) & 31) << 1;
  const a = ((w >>> 10) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (((w >>> 23) & 1) === 1) umul32(c, x[n]!, x[m]!);
  else smul32(c, x[n]!, x[m]!);
  if (((w >>> 15) & 1) === 1) add64(c, x[a]!, x[a + 1]!, ~c.rlo, ~c.rhi, 1, false);
  else add64(c, x[a]!, x[a + 1]!, c.rlo, c.rhi, 0, false);
  x[d] = c.rlo;
  x[d + 1] = c.rhi;
});

/** SMULH/UMULH. */
export const MULH = define("MULH", (c, w) => {
  const x = c.x;
  const m = ((w >>> 16) & 31) << 1;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (((w >>> 23) & 1) === 1) umulh64(c, x[n]!, x[n + 1]!, x[m]!, x[m + 1]!);
  else smulh64(c, x[n]!, x[n + 1]!, x[m]!, x[m + 1]!);
  x[d] = c.rlo;
  x[d + 1] = c.rhi;
});
