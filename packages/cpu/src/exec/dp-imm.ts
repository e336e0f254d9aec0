/** Data processing (immediate): ADR/ADRP, ADD/SUB imm, logical imm, MOVZ/MOVN/MOVK, bitfield, EXTR. */
import type { Cpu } from "../core/cpu";
import { add32, add64, sar64, shl64, shr64 } from "./int64";
import { define } from "./table";

/** DecodeBitMasks for every N:immr:imms (13 bits), as lo/hi pairs; 0/0 pairs with valid=0 are reserved. */
export const BITMASK = new Int32Array(8192 * 2);
export const BITMASK_VALID = new Uint8Array(8192);
for (let e = 0; e < 8192; e++) {
  const nBit = (e >>> 12) & 1;
  const immr = (e >>> 6) & 63;
  const imms = e & 63;
  const combined = (nBit << 6) | (~imms & 63);
  if (combined === 0) continue;
  const len = 31 - Math.clz32(combined);
  if (len < 1) continue;
  const levels = (1 << len) - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (s === levels) continue;
  const esize = 1 << len;
  let welem = (1n << BigInt(s + 1)) - 1n;
  const emask = (1n << BigInt(esize)) - 1n;
  welem = ((welem >> BigInt(r)) | (welem << BigInt(esize - r))) & emask;
  let v = 0n;
  for (let i = 0; i < 64; i += esize) v |= welem << BigInt(i);
  BITMASK[e * 2] = Number(BigInt.asIntN(32, v));
  BITMASK[e * 2 + 1] = Number(BigInt.asIntN(32, v >> 32n));
  BITMASK_VALID[e] = 1;
}

export const ADR = define("ADR", (c, w) => {
  const imm = (((w << 8) >> 13) << 2) | ((w >>> 29) & 3);
  add64(c, c.instLo, c.instHi, imm, imm >> 31, 0, false);
  const d = (w & 31) << 1;
  c.x[d] = c.rlo;
  c.x[d + 1] = c.rhi;
});

export const ADRP = define("ADRP", (c, w) => {
  const imm = (((w << 8) >> 13) << 2) | ((w >>> 29) & 3); // pages, sign-extended 21 bits
  const lo = imm << 12;
  const hi = imm >> 20;
  add64(c, c.instLo & ~0xfff, c.instHi, lo, hi, 0, false);
  const d = (w & 31) << 1;
  c.x[d] = c.rlo;
  c.x[d + 1] = c.rhi;
});

/** ADD/ADDS/SUB/SUBS (immediate), 64- and 32-bit. Rn and Rd (non-flag forms) may be SP. */
export const ADDSUB_IMM = define("ADDSUB_IMM", (c, w) => {
  const x = c.x;
  const sf = w >>> 31;
  const sub = (w >>> 30) & 1;
  const setFlags = ((w >>> 29) & 1) === 1;
  let imm = (w >>> 10) & 0xfff;
  if (((w >>> 22) & 1) === 1) imm <<= 12;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const ni = n === 31 ? 64 : n << 1;
  const di = d === 31 && !setFlags ? 64 : d << 1;
  if (sf === 1) {
    if (sub === 1) add64(c, x[ni]!, x[ni + 1]!, ~imm, -1, 1, setFlags);
    else add64(c, x[ni]!, x[ni + 1]!, imm, 0, 0, setFlags);
    x[di] = c.rlo;
    x[di + 1] = c.rhi;
  } else {
    x[di] = sub === 1 ? add32(c, x[ni]!, ~imm, 1, setFlags) : add32(c, x[ni]!, imm, 0, setFlags);
    x[di + 1] = 0;
  }
});

/** ADD Xd|SP, Xn|SP, #imm (64-bit, no flags): the commonest arithmetic form, without the generic paths. */
export const ADD_X_IMM = define("ADD_X_IMM", (c, w) => {
  const x = c.x;
  const imm = ((w >>> 22) & 1) === 1 ? ((w >>> 10) & 0xfff) << 12 : (w >>> 10) & 0xfff;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const ni = n === 31 ? 64 : n << 1;
  const di = d === 31 ? 64 : d << 1;
  const sum = (x[ni]! >>> 0) + imm;
  const hi = x[ni + 1]!;
  x[di] = sum | 0;
  x[di + 1] = sum >= 4294967296 ? (hi + 1) | 0 : hi;
});

/** SUB Xd|SP, Xn|SP, #imm (64-bit, no flags). */
export const SUB_X_IMM = define("SUB_X_IMM", (c, w) => {
  const x = c.x;
  const imm = ((w >>> 22) & 1) === 1 ? ((w >>> 10) & 0xfff) << 12 : (w >>> 10) & 0xfff;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const ni = n === 31 ? 64 : n << 1;
  const di = d === 31 ? 64 : d << 1;
  const diff = (x[ni]! >>> 0) - imm;
  const hi = x[ni + 1]!;
  x[di] = diff | 0;
  x[di + 1] = diff < 0 ? (hi - 1) | 0 : hi;
});

/** AND/ORR/EOR/ANDS (immediate). */
export const LOGIC_IMM = define("LOGIC_IMM", (c, w) => {
  const x = c.x;
  const sf = w >>> 31;
  const opc = (w >>> 29) & 3;
  const e = (w >>> 10) & 0x1fff;
  const mlo = BITMASK[e * 2]!;
  let mhi = BITMASK[e * 2 + 1]!;
  if (sf === 0) mhi = 0;
  const n = ((w >>> 5) & 31) << 1;
  const d = w & 31;
  const alo = x[n]!;
  const ahi = sf === 1 ? x[n + 1]! : 0;
  let rlo: number;
  let rhi: number;
  if (opc === 1) {
    rlo = alo | mlo;
    rhi = ahi | mhi;
  } else if (opc === 2) {
    rlo = alo ^ mlo;
    rhi = ahi ^ mhi;
  } else {
    rlo = alo & mlo;
    rhi = ahi & mhi;
  }
  if (opc === 3) {
    c.n = sf === 1 ? rhi >>> 31 : rlo >>> 31;
    c.z = (rlo | rhi) === 0 ? 1 : 0;
    c.c = 0;
    c.vf = 0;
  }
  const di = d === 31 && opc !== 3 ? 64 : d << 1;
  x[di] = rlo;
  x[di + 1] = rhi;
});

export const MOVN = define("MOVN", (c, w) => {
  const hw = (w >>> 21) & 3;
  const imm = (w >>> 5) & 0xffff;
  const d = (w & 31) << 1;
  let lo = hw === 0 ? imm : hw === 1 ? imm << 16 : 0;
  let hi = hw === 2 ? imm : hw === 3 ? imm << 16 : 0;
  lo = ~lo;
  hi = w >>> 31 === 1 ? ~hi : 0;
  c.x[d] = lo;
  c.x[d + 1] = hi;
});

export const MOVZ = define("MOVZ", (c, w) => {
  const hw = (w >>> 21) & 3;
  const imm = (w >>> 5) & 0xffff;
  const d = (w & 31) << 1;
  c.x[d] = hw === 0 ? imm : hw === 1 ? imm << 16 : 0;
  c.x[d + 1] = hw === 2 ? imm : hw === 3 ? imm << 16 : 0;
});

export const MOVK = define("MOVK", (c, w) => {
  const hw = (w >>> 21) & 3;
  const imm = (w >>> 5) & 0xffff;
  const d = (w & 31) << 1;
  const x = c.x;
  if (hw === 0) x[d] = (x[d]! & ~0xffff) | imm;
  else if (hw === 1) x[d] = (x[d]! & 0xffff) | (imm << 16);
  else if (hw === 2) x[d + 1] = (x[d + 1]! & ~0xffff) | imm;
  else x[d + 1] = (x[d + 1]! & 0xffff) | (imm << 16);
  if (w >>> 31 === 0) x[d + 1] = 0;
});

/** UBFM into rlo/rhi (64-bit). */
function ubfm64(c: Cpu, lo: number, hi: number, r: number, s: number): void {
  shl64(c, lo, hi, 63 - s);
  if (s >= r) {
    shr64(c, c.rlo, c.rhi, 63 - s + r);
  } else {
    shr64(c, c.rlo, c.rhi, 63 - s);
    shl64(c, c.rlo, c.rhi, 64 - r);
  }
}

function ubfm32(v: number, r: number, s: number): number {
  const t = v << (31 - s);
  return s >= r ? t >>> (31 - s + r) : (t >>> (31 - s)) << (32 - r);
}

export const SBFM = define("SBFM", (c, w) => {
  const x = c.x;
  const r = (w >>> 16) & 63;
  const s = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    shl64(c, x[n]!, x[n + 1]!, 63 - s);
    if (s >= r) {
      sar64(c, c.rlo, c.rhi, 63 - s + r);
    } else {
      sar64(c, c.rlo, c.rhi, 63 - s);
      shl64(c, c.rlo, c.rhi, 64 - r);
    }
    x[d] = c.rlo;
    x[d + 1] = c.rhi;
  } else {
    const t = x[n]! << (31 - s);
    x[d] = s >= r ? t >> (31 - s + r) : (t >> (31 - s)) << (32 - r);
    x[d + 1] = 0;
  }
});

export const UBFM = define("UBFM", (c, w) => {
  const x = c.x;
  const r = (w >>> 16) & 63;
  const s = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    ubfm64(c, x[n]!, x[n + 1]!, r, s);
    x[d] = c.rlo;
    x[d + 1] = c.rhi;
  } else {
    x[d] = ubfm32(x[n]!, r, s);
    x[d + 1] = 0;
  }
});

export const BFM = define("BFM", (c, w) => {
  const x = c.x;
  const r = (w >>> 16) & 63;
  const s = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    ubfm64(c, x[n]!, x[n + 1]!, r, s);
    const ilo = c.rlo;
    const ihi = c.rhi;
    ubfm64(c, -1, -1, r, s);
    x[d] = (x[d]! & ~c.rlo) | ilo;
    x[d + 1] = (x[d + 1]! & ~c.rhi) | ihi;
  } else {
    const ins = ubfm32(x[n]!, r, s);
    const mask = ubfm32(-1, r, s);
    x[d] = (x[d]! & ~mask) | ins;
    x[d + 1] = 0;
  }
});

export const EXTR = define("EXTR", (c, w) => {
  const x = c.x;
  const m = ((w >>> 16) & 31) << 1;
  const lsb = (w >>> 10) & 63;
  const n = ((w >>> 5) & 31) << 1;
  const d = (w & 31) << 1;
  if (w >>> 31 === 1) {
    // (Rn:Rm) >> lsb, low 64 bits.
    const nlo = x[n]!;
    const nhi = x[n + 1]!;
    shr64(c, x[m]!, x[m + 1]!, lsb);
    const lo = c.rlo;
    const hi = c.rhi;
    if (lsb === 0) {
      x[d] = lo;
      x[d + 1] = hi;
    } else {
      shl64(c, nlo, nhi, 64 - lsb);
      x[d] = lo | c.rlo;
      x[d + 1] = hi | c.rhi;
    }
  } else {
    const vm = x[m]!;
    const vn = x[n]!;
    x[d] = lsb === 0 ? vm : (vm >>> lsb) | (vn << (32 - lsb));
    x[d + 1] = 0;
  }
});
