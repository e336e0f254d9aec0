/** Loads and stores of general-purpose and FP/SIMD registers: every addressing form. */
import type { Cpu } from "../core/cpu";
import { add64 } from "./int64";
import { define } from "./table";

/**
 * One GPR access at (lo, hi). `kind` = size<<2 | opc: opc 0 store, 1 load (zero-extend),
 * 2 load signed to 64 bits, 3 load signed to 32 bits. PRFM (size 3, opc 2) does nothing.
 */
function gprAccess(c: Cpu, kind: number, lo: number, hi: number, t: number): void {
  const x = c.x;
  const ti = t << 1;
  switch (kind) {
    case 0:
      c.write8(lo, hi, x[ti]! & 0xff);
      return;
    case 1:
      x[ti] = c.read8(lo, hi);
      x[ti + 1] = 0;
      return;
    case 2: {
      const v = (c.read8(lo, hi) << 24) >> 24;
      x[ti] = v;
      x[ti + 1] = v >> 31;
      return;
    }
    case 3:
      x[ti] = (c.read8(lo, hi) << 24) >> 24;
      x[ti + 1] = 0;
      return;
    case 4:
      c.write16(lo, hi, x[ti]! & 0xffff);
      return;
    case 5:
      x[ti] = c.read16(lo, hi);
      x[ti + 1] = 0;
      return;
    case 6: {
      const v = (c.read16(lo, hi) << 16) >> 16;
      x[ti] = v;
      x[ti + 1] = v >> 31;
      return;
    }
    case 7:
      x[ti] = (c.read16(lo, hi) << 16) >> 16;
      x[ti + 1] = 0;
      return;
    case 8:
      c.write32(lo, hi, x[ti]!);
      return;
    case 9:
      x[ti] = c.read32(lo, hi);
      x[ti + 1] = 0;
      return;
    case 10: {
      const v = c.read32(lo, hi);
      x[ti] = v;
      x[ti + 1] = v >> 31;
      return;
    }
    case 12:
      c.write64(lo, hi, x[ti]!, x[ti + 1]!);
      return;
    case 13:
      c.read64(lo, hi);
      x[ti] = c.rlo;
      x[ti + 1] = c.rhi;
      return;
    case 14:
      return; // PRFM
    default:
      c.undefined();
  }
}

/** One FP/SIMD register access of 2^scale bytes (0..4) at (lo, hi); loads zero the rest of the register. */
function fpAccess(c: Cpu, scale: number, isLoad: boolean, lo: number, hi: number, t: number): void {
  const v32 = c.v32;
  const b = t * 4;
  if (isLoad) {
    switch (scale) {
      case 0:
        v32[b] = c.read8(lo, hi);
        break;
      case 1:
        v32[b] = c.read16(lo, hi);
        break;
      case 2:
        v32[b] = c.read32(lo, hi);
        break;
      case 3:
        c.read64(lo, hi);
        v32[b] = c.rlo;
        v32[b + 1] = c.rhi;
        break;
      default: {
        c.read64(lo, hi);
        const l0 = c.rlo;
        const h0 = c.rhi;
        add64(c, lo, hi, 8, 0, 0, false);
        c.read64(c.rlo, c.rhi);
        v32[b] = l0;
        v32[b + 1] = h0;
        v32[b + 2] = c.rlo;
        v32[b + 3] = c.rhi;
        return;
      }
    }
    if (scale < 3) v32[b + 1] = 0;
    v32[b + 2] = 0;
    v32[b + 3] = 0;
    return;
  }
  switch (scale) {
    case 0:
      c.write8(lo, hi, v32[b]! & 0xff);
      return;
    case 1:
      c.write16(lo, hi, v32[b]! & 0xffff);
      return;
    case 2:
      c.write32(lo, hi, v32[b]!);
      return;
    case 3:
      c.write64(lo, hi, v32[b]!, v32[b + 1]!);
      return;
    default: {
      c.write64(lo, hi, v32[b]!, v32[b + 1]!);
      add64(c, lo, hi, 8, 0, 0, false);
      c.write64(c.rlo, c.rhi, v32[b + 2]!, v32[b + 3]!);
    }
  }
}

/** FP access size from size:opc (opc bit 1 with size 0 means Q). */
function fpScale(w: number): number {
  const size = w >>> 30;
  return size === 0 && ((w >>> 23) & 1) === 1 ? 4 : size;
}

/** LDR/STR (immediate, unsigned offset), GPR. */
export const LDST_UIMM = define("LDST_UIMM", (c, w) => {
  const x = c.x;
  const size = w >>> 30;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const off = ((w >>> 10) & 0xfff) << size;
  const s = (x[ni]! >>> 0) + off;
  const lo = s | 0;
  const hi = s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!;
  gprAccess(c, (size << 2) | ((w >>> 22) & 3), lo, hi, w & 31);
});

/** 64-bit LDR Xt, [Xn, #imm]: the most frequent load, without the generic switch. */
export const LDR_X_UIMM = define("LDR_X_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + (((w >>> 10) & 0xfff) << 3);
  c.read64(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!);
  const t = (w & 31) << 1;
  x[t] = c.rlo;
  x[t + 1] = c.rhi;
});

export const STR_X_UIMM = define("STR_X_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + (((w >>> 10) & 0xfff) << 3);
  const t = (w & 31) << 1;
  c.write64(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!, x[t]!, x[t + 1]!);
});

/** LDR Wt / LDRB Wt / STR Wt / STRB Wt, [Xn|SP, #imm]: frequent 32- and 8-bit forms. */
export const LDR_W_UIMM = define("LDR_W_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + (((w >>> 10) & 0xfff) << 2);
  const t = (w & 31) << 1;
  x[t] = c.read32(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!);
  x[t + 1] = 0;
});

export const STR_W_UIMM = define("STR_W_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + (((w >>> 10) & 0xfff) << 2);
  c.write32(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!, x[(w & 31) << 1]!);
});

export const LDRB_UIMM = define("LDRB_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + ((w >>> 10) & 0xfff);
  const t = (w & 31) << 1;
  x[t] = c.read8(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!);
  x[t + 1] = 0;
});

export const STRB_UIMM = define("STRB_UIMM", (c, w) => {
  const x = c.x;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const s = (x[ni]! >>> 0) + ((w >>> 10) & 0xfff);
  c.write8(s | 0, s >= 4294967296 ? (x[ni + 1]! + 1) | 0 : x[ni + 1]!, x[(w & 31) << 1]! & 0xff);
});

/** LDR/STR (immediate, unsigned offset), FP/SIMD. */
export const LDST_UIMM_FP = define("LDST_UIMM_FP", (c, w) => {
  const x = c.x;
  const scale = fpScale(w);
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  add64(c, x[ni]!, x[ni + 1]!, ((w >>> 10) & 0xfff) * (1 << scale), 0, 0, false);
  fpAccess(c, scale, ((w >>> 22) & 1) === 1, c.rlo, c.rhi, w & 31);
});

/** Unscaled (LDUR), post-index, unprivileged (LDTR) and pre-index forms, GPR and FP. */
export const LDST_IMM9 = define("LDST_IMM9", (c, w) => {
  const x = c.x;
  const mode = (w >>> 10) & 3;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const imm = (w << 11) >> 23;
  const blo = x[ni]!;
  const bhi = x[ni + 1]!;
  add64(c, blo, bhi, imm, imm >> 31, 0, false);
  const wlo = c.rlo;
  const whi = c.rhi;
  const post = mode === 1;
  const lo = post ? blo : wlo;
  const hi = post ? bhi : whi;
  if (((w >>> 26) & 1) === 1) fpAccess(c, fpScale(w), ((w >>> 22) & 1) === 1, lo, hi, w & 31);
  else gprAccess(c, ((w >>> 30) << 2) | ((w >>> 22) & 3), lo, hi, w & 31);
  if (mode === 1 || mode === 3) {
    x[ni] = wlo;
    x[ni + 1] = whi;
  }
});

/** Register offset: [Xn, Rm{, extend {#amount}}], GPR and FP. */
export const LDST_REG = define("LDST_REG", (c, w) => {
  const x = c.x;
  const isFp = ((w >>> 26) & 1) === 1;
  const scale = isFp ? fpScale(w) : w >>> 30;
  const m = ((w >>> 16) & 31) << 1;
  const option = (w >>> 13) & 7;
  const shift = ((w >>> 12) & 1) === 1 ? scale : 0;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  let olo = x[m]!;
  let ohi: number;
  if (option === 2) ohi = 0;
  else if (option === 6) ohi = olo >> 31;
  else ohi = x[m + 1]!;
  if (shift !== 0) {
    ohi = (ohi << shift) | (olo >>> (32 - shift));
    olo <<= shift;
  }
  add64(c, x[ni]!, x[ni + 1]!, olo, ohi, 0, false);
  if (isFp) fpAccess(c, scale, ((w >>> 22) & 1) === 1, c.rlo, c.rhi, w & 31);
  else gprAccess(c, ((w >>> 30) << 2) | ((w >>> 22) & 3), c.rlo, c.rhi, w & 31);
});

/** LDR (literal), LDRSW (literal), PRFM (literal), and the FP forms. */
export const LDR_LIT = define("LDR_LIT", (c, w) => {
  const off = ((w << 8) >> 13) << 2;
  add64(c, c.instLo, c.instHi, off, off >> 31, 0, false);
  const opc = w >>> 30;
  if (((w >>> 26) & 1) === 1) {
    fpAccess(c, opc + 2, true, c.rlo, c.rhi, w & 31);
    return;
  }
  if (opc === 3) return;
  gprAccess(c, opc === 0 ? 9 : opc === 1 ? 13 : 10, c.rlo, c.rhi, w & 31);
});

/** STP/LDP/LDPSW/STNP/LDNP in all index modes, GPR and FP. */
export const LDSTP = define("LDSTP", (c, w) => {
  const x = c.x;
  const opc = w >>> 30;
  const isFp = ((w >>> 26) & 1) === 1;
  const mode = (w >>> 23) & 3;
  const isLoad = ((w >>> 22) & 1) === 1;
  const scale = isFp ? 2 + opc : 2 + (opc >>> 1);
  const imm = ((w << 10) >> 25) * (1 << scale);
  const t2 = (w >>> 10) & 31;
  const n = (w >>> 5) & 31;
  const t = w & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const blo = x[ni]!;
  const bhi = x[ni + 1]!;
  add64(c, blo, bhi, imm, imm >> 31, 0, false);
  const wlo = c.rlo;
  const whi = c.rhi;
  const lo = mode === 1 ? blo : wlo;
  const hi = mode === 1 ? bhi : whi;
  const bytes = 1 << scale;
  add64(c, lo, hi, bytes, 0, 0, false);
  const lo2 = c.rlo;
  const hi2 = c.rhi;
  if (isFp) {
    if (isLoad) {
      // Load both before writing so Vt == Vt2 (CONSTRAINED UNPREDICTABLE) stays deterministic.
      fpAccess(c, scale, true, lo, hi, t);
      fpAccess(c, scale, true, lo2, hi2, t2);
    } else {
      fpAccess(c, scale, false, lo, hi, t);
      fpAccess(c, scale, false, lo2, hi2, t2);
    }
  } else if (isLoad) {
    if (scale === 3) {
      c.read64(lo, hi);
      const alo = c.rlo;
      const ahi = c.rhi;
      c.read64(lo2, hi2);
      x[t << 1] = alo;
      x[(t << 1) + 1] = ahi;
      x[t2 << 1] = c.rlo;
      x[(t2 << 1) + 1] = c.rhi;
    } else {
      const a = c.read32(lo, hi);
      const b = c.read32(lo2, hi2);
      const signed = opc === 1;
      x[t << 1] = a;
      x[(t << 1) + 1] = signed ? a >> 31 : 0;
      x[t2 << 1] = b;
      x[(t2 << 1) + 1] = signed ? b >> 31 : 0;
    }
  } else if (scale === 3) {
    c.write64(lo, hi, x[t << 1]!, x[(t << 1) + 1]!);
    c.write64(lo2, hi2, x[t2 << 1]!, x[(t2 << 1) + 1]!);
  } else {
    c.write32(lo, hi, x[t << 1]!);
    c.write32(lo2, hi2, x[t2 << 1]!);
  }
  if (mode === 1 || mode === 3) {
    x[ni] = wlo;
    x[ni + 1] = whi;
  }
});

/** Address in Xn|SP for exclusives/atomics, checked for natural alignment of `bytes`. */
function alignedBase(c: Cpu, w: number, bytes: number, write: boolean): number {
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const lo = c.x[ni]!;
  if ((lo & (bytes - 1)) !== 0) c.alignmentFault(lo, c.x[ni + 1]!, write);
  return ni;
}

function addressNumber(lo: number, hi: number): number {
  return (hi >>> 0) * 4294967296 + (lo >>> 0);
}

/** Loads `size` (0..3) at (lo, hi) into rlo/rhi, zero-extended. */
function loadSized(c: Cpu, size: number, lo: number, hi: number): void {
  if (size === 3) {
    c.read64(lo, hi);
    return;
  }
  c.rlo = size === 0 ? c.read8(lo, hi) : size === 1 ? c.read16(lo, hi) : c.read32(lo, hi);
  c.rhi = 0;
}

function storeSized(c: Cpu, size: number, lo: number, hi: number, vlo: number, vhi: number): void {
  if (size === 3) c.write64(lo, hi, vlo, vhi);
  else if (size === 2) c.write32(lo, hi, vlo);
  else if (size === 1) c.write16(lo, hi, vlo & 0xffff);
  else c.write8(lo, hi, vlo & 0xff);
}

/** LDXR/LDAXR/STXR/STLXR, LDXP/LDAXP/STXP/STLXP with a single-core monitor. */
export const EXCLUSIVE = define("EXCLUSIVE", (c, w) => {
  const x = c.x;
  const size = w >>> 30;
  const isLoad = ((w >>> 22) & 1) === 1;
  const pair = ((w >>> 21) & 1) === 1;
  const s = ((w >>> 16) & 31) << 1;
  const t2 = ((w >>> 10) & 31) << 1;
  const t = (w & 31) << 1;
  const elem = 1 << size;
  const total = pair ? elem * 2 : elem;
  const ni = alignedBase(c, w, total, !isLoad);
  const lo = x[ni]!;
  const hi = x[ni + 1]!;
  if (isLoad) {
    loadSized(c, size, lo, hi);
    const alo = c.rlo;
    const ahi = c.rhi;
    if (pair) {
      add64(c, lo, hi, elem, 0, 0, false);
      loadSized(c, size, c.rlo, c.rhi);
      x[t2] = c.rlo;
      x[t2 + 1] = c.rhi;
    }
    x[t] = alo;
    x[t + 1] = ahi;
    c.exclusiveAddress = addressNumber(lo, hi);
    c.exclusiveSize = total;
    return;
  }
  const ok = c.exclusiveAddress === addressNumber(lo, hi) && c.exclusiveSize === total;
  c.exclusiveAddress = -1;
  if (ok) {
    const vlo = x[t]!;
    const vhi = x[t + 1]!;
    storeSized(c, size, lo, hi, vlo, vhi);
    if (pair) {
      add64(c, lo, hi, elem, 0, 0, false);
      storeSized(c, size, c.rlo, c.rhi, x[t2]!, x[t2 + 1]!);
    }
  }
  x[s] = ok ? 0 : 1;
  x[s + 1] = 0;
});

/** LDAR/LDLAR/STLR/STLLR (ordered, single access). */
export const ORDERED = define("ORDERED", (c, w) => {
  const size = w >>> 30;
  const ni = alignedBase(c, w, 1, false);
  const lo = c.x[ni]!;
  const hi = c.x[ni + 1]!;
  const t = (w & 31) << 1;
  if (((w >>> 22) & 1) === 1) {
    loadSized(c, size, lo, hi);
    c.x[t] = c.rlo;
    c.x[t + 1] = c.rhi;
  } else {
    storeSized(c, size, lo, hi, c.x[t]!, c.x[t + 1]!);
  }
});

/** CAS/CASA/CASL/CASAL (B/H/W/X). */
export const CAS = define("CAS", (c, w) => {
  const x = c.x;
  const size = w >>> 30;
  const s = ((w >>> 16) & 31) << 1;
  const t = (w & 31) << 1;
  const ni = alignedBase(c, w, 1 << size, true);
  const lo = x[ni]!;
  const hi = x[ni + 1]!;
  loadSized(c, size, lo, hi);
  const olo = c.rlo;
  const ohi = c.rhi;
  const mask = size === 0 ? 0xff : size === 1 ? 0xffff : -1;
  const equal = (olo & mask) === (x[s]! & mask) && (size < 3 || ohi === x[s + 1]);
  if (equal) storeSized(c, size, lo, hi, x[t]!, x[t + 1]!);
  x[s] = olo;
  x[s + 1] = ohi;
});

/** CASP/CASPA/CASPL/CASPAL (W and X pairs). */
export const CASP = define("CASP", (c, w) => {
  const x = c.x;
  const is64 = ((w >>> 30) & 1) === 1;
  const s = ((w >>> 16) & 31) << 1;
  const t = (w & 31) << 1;
  const size = is64 ? 3 : 2;
  const elem = 1 << size;
  const ni = alignedBase(c, w, elem * 2, true);
  const lo = x[ni]!;
  const hi = x[ni + 1]!;
  loadSized(c, size, lo, hi);
  const alo = c.rlo;
  const ahi = c.rhi;
  add64(c, lo, hi, elem, 0, 0, false);
  const lo2 = c.rlo;
  const hi2 = c.rhi;
  loadSized(c, size, lo2, hi2);
  const blo = c.rlo;
  const bhi = c.rhi;
  const equal = alo === x[s] && blo === x[s + 2] && (!is64 || (ahi === x[s + 1] && bhi === x[s + 3]));
  if (equal) {
    storeSized(c, size, lo, hi, x[t]!, x[t + 1]!);
    storeSized(c, size, lo2, hi2, x[t + 2]!, x[t + 3]!);
  }
  x[s] = alo;
  x[s + 1] = ahi;
  x[s + 2] = blo;
  x[s + 3] = bhi;
});

/** Compares two zero-extended values of `size` as unsigned (-1, 0, 1). */
function compare(size: number, signed: boolean, alo: number, ahi: number, blo: number, bhi: number): number {
  if (size === 3) {
    const ah = signed ? ahi : ahi >>> 0;
    const bh = signed ? bhi : bhi >>> 0;
    if (ah !== bh) return ah < bh ? -1 : 1;
    return alo >>> 0 === blo >>> 0 ? 0 : alo >>> 0 < blo >>> 0 ? -1 : 1;
  }
  const bits = 32 - (8 << size);
  const a = signed ? (alo << bits) >> bits : (alo << bits) >>> bits;
  const b = signed ? (blo << bits) >> bits : (blo << bits) >>> bits;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** LDADD/LDCLR/LDEOR/LDSET/LDSMAX/LDSMIN/LDUMAX/LDUMIN/SWP (all sizes and orderings). */
export const ATOMIC = define("ATOMIC", (c, w) => {
  const x = c.x;
  const size = w >>> 30;
  const s = ((w >>> 16) & 31) << 1;
  const t = (w & 31) << 1;
  const op = ((w >>> 15) & 1) === 1 ? 8 : (w >>> 12) & 7;
  const ni = alignedBase(c, w, 1 << size, true);
  const lo = x[ni]!;
  const hi = x[ni + 1]!;
  loadSized(c, size, lo, hi);
  const olo = c.rlo;
  const ohi = c.rhi;
  const vlo = x[s]!;
  const vhi = size === 3 ? x[s + 1]! : 0;
  let rlo: number;
  let rhi: number;
  switch (op) {
    case 0:
      add64(c, olo, ohi, vlo, vhi, 0, false);
      rlo = c.rlo;
      rhi = c.rhi;
      break;
    case 1:
      rlo = olo & ~vlo;
      rhi = ohi & ~vhi;
      break;
    case 2:
      rlo = olo ^ vlo;
      rhi = ohi ^ vhi;
      break;
    case 3:
      rlo = olo | vlo;
      rhi = ohi | vhi;
      break;
    case 4:
    case 5:
    case 6:
    case 7: {
      const cmp = compare(size, op < 6, olo, ohi, vlo, vhi);
      const takeOld = (op & 1) === 0 ? cmp >= 0 : cmp <= 0;
      rlo = takeOld ? olo : vlo;
      rhi = takeOld ? ohi : vhi;
      break;
    }
    default:
      rlo = vlo;
      rhi = vhi;
  }
  storeSized(c, size, lo, hi, rlo, rhi);
  x[t] = olo;
  x[t + 1] = ohi;
});

/** LDAPR (RCpc load-acquire). */
export const LDAPR = define("LDAPR", (c, w) => {
  const size = w >>> 30;
  const ni = alignedBase(c, w, 1, false);
  loadSized(c, size, c.x[ni]!, c.x[ni + 1]!);
  const t = (w & 31) << 1;
  c.x[t] = c.rlo;
  c.x[t + 1] = c.rhi;
});

/** Register count and structure size of LD1-LD4/ST1-ST4 (multiple structures) by opcode; -1 unallocated. */
const MULTI_REGS = [4, -1, 4, -1, 3, -1, 3, 1, 2, -1, 2];
const MULTI_SELEM = [4, -1, 1, -1, 3, -1, 1, 1, 2, -1, 1];

/** LD1-LD4/ST1-ST4 (multiple structures), with and without post-index. */
export const SIMD_MULTI = define("SIMD_MULTI", (c, w) => {
  const x = c.x;
  const q = (w >>> 30) & 1;
  const isLoad = ((w >>> 22) & 1) === 1;
  const post = ((w >>> 23) & 1) === 1;
  const opcode = (w >>> 12) & 15;
  const size = (w >>> 10) & 3;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const t = w & 31;
  const rpt = MULTI_REGS[opcode] ?? -1;
  const selem = MULTI_SELEM[opcode] ?? -1;
  if (rpt < 0 || (size === 3 && q === 0 && selem > 1)) c.undefined();
  const nregs = rpt;
  const esize = 1 << size;
  const elements = (8 << q) >>> size;
  const baseLo = x[ni]!;
  const baseHi = x[ni + 1]!;
  let offset = 0;
  const v = c.v;
  const reps = selem === 1 ? nregs : 1;
  for (let r = 0; r < reps; r++) {
    for (let e = 0; e < elements; e++) {
      for (let s = 0; s < selem; s++) {
        const reg = (t + r + s) & 31;
        const at = reg * 16 + e * esize;
        add64(c, baseLo, baseHi, offset, 0, 0, false);
        const lo = c.rlo;
        const hi = c.rhi;
        for (let b = 0; b < esize; b++) {
          if (isLoad) v[at + b] = c.read8((lo + b) | 0, hi);
          else c.write8((lo + b) | 0, hi, v[at + b]!);
        }
        offset += esize;
      }
    }
  }
  if (isLoad && q === 0) {
    for (let r = 0; r < nregs; r++) {
      const reg = (t + r) & 31;
      c.v32[reg * 4 + 2] = 0;
      c.v32[reg * 4 + 3] = 0;
    }
  }
  if (post) {
    const m = (w >>> 16) & 31;
    if (m === 31) add64(c, baseLo, baseHi, offset, 0, 0, false);
    else add64(c, baseLo, baseHi, x[m << 1]!, x[(m << 1) + 1]!, 0, false);
    x[ni] = c.rlo;
    x[ni + 1] = c.rhi;
  }
});

/** LD1-LD4/ST1-ST4 (single structure) and LD1R-LD4R, with and without post-index. */
export const SIMD_SINGLE = define("SIMD_SINGLE", (c, w) => {
  const x = c.x;
  const q = (w >>> 30) & 1;
  const isLoad = ((w >>> 22) & 1) === 1;
  const post = ((w >>> 23) & 1) === 1;
  const r = (w >>> 21) & 1;
  const opcode = (w >>> 13) & 7;
  const s = (w >>> 12) & 1;
  let size = (w >>> 10) & 3;
  const n = (w >>> 5) & 31;
  const ni = n === 31 ? c.stackBase() : n << 1;
  const t = w & 31;
  const selem = (((opcode & 1) << 1) | r) + 1;
  let scale = opcode >>> 1;
  let index = 0;
  const replicate = scale === 3;
  if (replicate) {
    if (!isLoad || s === 1) c.undefined();
    scale = size;
  } else if (scale === 0) {
    index = (q << 3) | (s << 2) | size;
  } else if (scale === 1) {
    if ((size & 1) === 1) c.undefined();
    index = (q << 2) | (s << 1) | (size >>> 1);
  } else if (scale === 2) {
    if ((size & 2) !== 0) c.undefined();
    if ((size & 1) === 0) index = (q << 1) | s;
    else {
      if (s === 1) c.undefined();
      index = q;
      scale = 3;
    }
  }
  size = scale;
  const esize = 1 << size;
  const baseLo = x[ni]!;
  const baseHi = x[ni + 1]!;
  const v = c.v;
  let offset = 0;
  for (let k = 0; k < selem; k++) {
    const reg = (t + k) & 31;
    add64(c, baseLo, baseHi, offset, 0, 0, false);
    const lo = c.rlo;
    const hi = c.rhi;
    if (replicate) {
      for (let b = 0; b < esize; b++) v[reg * 16 + b] = c.read8((lo + b) | 0, hi);
      const lanes = (8 << q) / esize;
      for (let e = 1; e < lanes; e++) for (let b = 0; b < esize; b++) v[reg * 16 + e * esize + b] = v[reg * 16 + b]!;
      if (q === 0) {
        c.v32[reg * 4 + 2] = 0;
        c.v32[reg * 4 + 3] = 0;
      }
    } else {
      const at = reg * 16 + index * esize;
      for (let b = 0; b < esize; b++) {
        if (isLoad) v[at + b] = c.read8((lo + b) | 0, hi);
        else c.write8((lo + b) | 0, hi, v[at + b]!);
      }
    }
    offset += esize;
  }
  if (post) {
    const m = (w >>> 16) & 31;
    if (m === 31) add64(c, baseLo, baseHi, offset, 0, 0, false);
    else add64(c, baseLo, baseHi, x[m << 1]!, x[(m << 1) + 1]!, 0, false);
    x[ni] = c.rlo;
    x[ni + 1] = c.rhi;
  }
});
