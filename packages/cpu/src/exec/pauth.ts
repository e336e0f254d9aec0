/**
 * Pointer authentication (FEAT_PAuth) with the architected QARMA5 ComputePAC of the Arm ARM: keys
 * in APIAKey..APGAKey, enables in SCTLR_EL1.EnIA/EnIB/EnDA/EnDB, the PAC field from TCR_EL1
 * (TxSZ, TBIx, TBIDx) of the EL1&0 regime. Without FEAT_FPAC a failed AUT* leaves the error code
 * key:NOT(key) in the pointer's top extension bits, so its later use faults (as on hardware).
 */
import type { FeatureSet } from "@a64vm/sysreg";
import { EC } from "../core/constants";
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { define, defineControl } from "./table";

// ---------------------------------------------------------------------------------------------
// QARMA5 on 16 nibbles (nibble i is bits 4i+3:4i); scratch arrays are module-level.

const SBOX = [0xb, 0x6, 0x8, 0xf, 0xc, 0x0, 0x9, 0xe, 0x3, 0x7, 0x4, 0x5, 0xd, 0x2, 0x1, 0xa];
const INV_SBOX = new Uint8Array(16);
for (let i = 0; i < 16; i++) INV_SBOX[SBOX[i]!] = i;
/** PACCellShuffle: output nibble i is input nibble CELL_SHUFFLE[i]. */
const CELL_SHUFFLE = [13, 6, 11, 0, 7, 12, 1, 10, 8, 3, 14, 5, 2, 9, 4, 15];
const CELL_INV_SHUFFLE = new Uint8Array(16);
for (let i = 0; i < 16; i++) CELL_INV_SHUFFLE[CELL_SHUFFLE[i]!] = i;
/** TweakShuffle: output nibble i is input nibble TWEAK_SHUFFLE[i], rotated by TweakCellRot where TWEAK_ROT. */
const TWEAK_SHUFFLE = [4, 5, 6, 7, 11, 2, 3, 8, 12, 13, 14, 15, 0, 1, 10, 9];
const TWEAK_ROT = [0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1];
const TWEAK_INV_SHUFFLE = new Uint8Array(16);
const TWEAK_INV_ROT = new Uint8Array(16);
for (let i = 0; i < 16; i++) {
  TWEAK_INV_SHUFFLE[TWEAK_SHUFFLE[i]!] = i;
  TWEAK_INV_ROT[TWEAK_SHUFFLE[i]!] = TWEAK_ROT[i]!;
}
/** RC[0..4] and Alpha as lo/hi words. */
const RC = new Int32Array([
  0,
  0,
  0x03707344,
  0x13198a2e,
  0x299f31d0,
  0xa4093822 | 0,
  0xec4e6c89 | 0,
  0x082efa98,
  0x38d01377,
  0x452821e6,
]);
const ALPHA_LO = 0xc97c50dd | 0;
const ALPHA_HI = 0xc0ac29b7 | 0;

const W = new Uint8Array(16);
const M = new Uint8Array(16);
const S = new Uint8Array(16);

function xorWords(n: Uint8Array, lo: number, hi: number): void {
  for (let i = 0; i < 8; i++) {
    n[i] = n[i]! ^ ((lo >>> (4 * i)) & 15);
    n[i + 8] = n[i + 8]! ^ ((hi >>> (4 * i)) & 15);
  }
}

function setWords(n: Uint8Array, lo: number, hi: number): void {
  n.fill(0);
  xorWords(n, lo, hi);
}

function permute(n: Uint8Array, order: ArrayLike<number>): void {
  S.set(n);
  for (let i = 0; i < 16; i++) n[i] = S[order[i]!]!;
}

function substitute(n: Uint8Array, box: ArrayLike<number>): void {
  for (let i = 0; i < 16; i++) n[i] = box[n[i]!]!;
}

function rotCell(cell: number, amount: number): number {
  return ((cell << amount) | (cell >>> (4 - amount))) & 15;
}

/** PACMult: each column of four nibbles times the involutory matrix of rotations. */
function mult(n: Uint8Array): void {
  S.set(n);
  for (let i = 0; i < 4; i++) {
    const i0 = S[i]!;
    const i4 = S[i + 4]!;
    const i8 = S[i + 8]!;
    const ic = S[i + 12]!;
    n[i + 12] = rotCell(i8, 1) ^ rotCell(i4, 2) ^ rotCell(i0, 1);
    n[i + 8] = rotCell(ic, 1) ^ rotCell(i4, 1) ^ rotCell(i0, 2);
    n[i + 4] = rotCell(ic, 2) ^ rotCell(i8, 1) ^ rotCell(i0, 1);
    n[i] = rotCell(ic, 1) ^ rotCell(i8, 2) ^ rotCell(i4, 1);
  }
}

function tweakShuffle(n: Uint8Array, inverse: boolean): void {
  S.set(n);
  for (let i = 0; i < 16; i++) {
    const cell = S[inverse ? TWEAK_INV_SHUFFLE[i]! : TWEAK_SHUFFLE[i]!]!;
    const rotate = inverse ? TWEAK_INV_ROT[i] === 1 : TWEAK_ROT[i] === 1;
    if (!rotate) n[i] = cell;
    else if (inverse) n[i] = ((cell << 1) & 15) | ((cell & 1) ^ (cell >>> 3));
    else n[i] = (cell >>> 1) | (((cell ^ (cell >>> 1)) & 1) << 3);
  }
}

let outLo = 0;
let outHi = 0;

function readOut(n: Uint8Array): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 8; i++) {
    lo |= n[i]! << (4 * i);
    hi |= n[i + 8]! << (4 * i);
  }
  outLo = lo;
  outHi = hi;
}

/**
 * ComputePAC(data, modifier, key0 = key<127:64>, key1 = key<63:0>) into (outLo, outHi).
 * Exported for the known-answer tests.
 */
export function computePac(
  dLo: number,
  dHi: number,
  mLo: number,
  mHi: number,
  k0Lo: number,
  k0Hi: number,
  k1Lo: number,
  k1Hi: number,
): void {
  // modk0 = key0<0>:key0<63:2>:(key0<63> EOR key0<1>)
  const mk0Lo = ((k0Lo >>> 1) | (k0Hi << 31)) ^ ((k0Hi >>> 31) & 1);
  const mk0Hi = (k0Hi >>> 1) | (k0Lo << 31);
  setWords(M, mLo, mHi);
  setWords(W, dLo ^ k0Lo, dHi ^ k0Hi);
  for (let i = 0; i <= 4; i++) {
    xorWords(W, k1Lo ^ RC[i * 2]!, k1Hi ^ RC[i * 2 + 1]!);
    for (let j = 0; j < 16; j++) W[j] = W[j]! ^ M[j]!;
    if (i > 0) {
      permute(W, CELL_SHUFFLE);
      mult(W);
    }
    substitute(W, SBOX);
    tweakShuffle(M, false);
  }
  xorWords(W, mk0Lo, mk0Hi);
  for (let j = 0; j < 16; j++) W[j] = W[j]! ^ M[j]!;
  permute(W, CELL_SHUFFLE);
  mult(W);
  substitute(W, SBOX);
  permute(W, CELL_SHUFFLE);
  mult(W);
  xorWords(W, k1Lo, k1Hi);
  permute(W, CELL_INV_SHUFFLE);
  substitute(W, INV_SBOX);
  mult(W);
  permute(W, CELL_INV_SHUFFLE);
  xorWords(W, k0Lo, k0Hi);
  for (let j = 0; j < 16; j++) W[j] = W[j]! ^ M[j]!;
  for (let i = 0; i <= 4; i++) {
    substitute(W, INV_SBOX);
    if (i < 4) {
      mult(W);
      permute(W, CELL_INV_SHUFFLE);
    }
    tweakShuffle(M, true);
    xorWords(W, k1Lo ^ RC[(4 - i) * 2]! ^ ALPHA_LO, k1Hi ^ RC[(4 - i) * 2 + 1]! ^ ALPHA_HI);
    for (let j = 0; j < 16; j++) W[j] = W[j]! ^ M[j]!;
  }
  xorWords(W, mk0Lo, mk0Hi);
  readOut(W);
}

/** The pointer computePac leaves in (outLo, outHi), for tests. */
export function pacResult(): bigint {
  return (BigInt(outHi >>> 0) << 32n) | BigInt(outLo >>> 0);
}

// ---------------------------------------------------------------------------------------------
// Keys and pointer layout

/** Key ids: the Lo register key of each; Hi follows as op2 + 1. */
const KEY_IA = 0;
const KEY_IB = 1;
const KEY_DA = 2;
const KEY_DB = 3;
const KEY_GA = 4;
const KEY_LO = [
  SYSREG.APIAKEYLO_EL1,
  SYSREG.APIBKEYLO_EL1,
  SYSREG.APDAKEYLO_EL1,
  SYSREG.APDBKEYLO_EL1,
  SYSREG.APGAKEYLO_EL1,
];
const KEY_HI = [
  SYSREG.APIAKEYHI_EL1,
  SYSREG.APIBKEYHI_EL1,
  SYSREG.APDAKEYHI_EL1,
  SYSREG.APDBKEYHI_EL1,
  SYSREG.APGAKEYHI_EL1,
];
/** SCTLR_EL1 enable bit of each key (EnIA 31, EnIB 30, EnDA 27, EnDB 13). */
const ENABLE_BIT = [31, 30, 27, 13];

function pac(c: Cpu, key: number, dLo: number, dHi: number, mLo: number, mHi: number): void {
  const r = c.sysregs;
  const lo = r.slotOf(KEY_LO[key]!);
  const hi = r.slotOf(KEY_HI[key]!);
  computePac(dLo, dHi, mLo, mHi, r.lo(hi), r.hi(hi), r.lo(lo), r.hi(lo));
}

function enabled(c: Cpu, key: number): boolean {
  const sctlr = c.sysregs.lo(c.sysregs.slotOf(SYSREG.SCTLR_EL1));
  return ((sctlr >>> ENABLE_BIT[key]!) & 1) === 1;
}

/** The PAC field of the pointer being processed, bits [bottom, top), as lo/hi word masks; and its TBI. */
let fieldLo = 0;
let fieldHi = 0;
let tbi = false;

/** CalculateBottomPACBit and the TBI choice for ptr<55> under TCR_EL1; sets fieldLo/fieldHi/tbi. */
function layout(c: Cpu, hi: number, data: boolean): void {
  const slot = c.sysregs.slotOf(SYSREG.TCR_EL1);
  const tcrLo = c.sysregs.lo(slot);
  const tcrHi = c.sysregs.hi(slot);
  const upper = ((hi >>> 23) & 1) === 1;
  // TxSZ is clamped to the 4K-granule range 16..39, as CalculateBottomPACBit does.
  const tsz = Math.min(Math.max(upper ? (tcrLo >>> 16) & 63 : tcrLo & 63, 16), 39);
  const tbiBit = (tcrHi >>> (upper ? 6 : 5)) & 1;
  const tbidBit = (tcrHi >>> (upper ? 20 : 19)) & 1;
  tbi = tbiBit === 1 && (data || tbidBit === 0);
  const bottom = 64 - tsz;
  const top = tbi ? 56 : 64;
  fieldLo = maskWord(bottom, top, 0);
  fieldHi = maskWord(bottom, top, 32);
}

/** Bits [from, to) of a 64-bit value that fall in the word starting at bit `base`. */
function maskWord(from: number, to: number, base: number): number {
  let m = 0;
  for (let b = Math.max(from, base); b < Math.min(to, base + 32); b++) m |= 1 << (b - base);
  return m;
}

/** The pointer-authentication variant of a feature set: PAuth, EPAC, PAuth2, FPAC, FPACCOMBINE. */
const VARIANT_EPAC = 1;
const VARIANT_PAUTH2 = 2;
const VARIANT_FPAC = 4;
const VARIANT_FPAC_COMBINE = 8;
let variantOf: FeatureSet | null = null;
let variant = 0;

/** The variant bits of the core's feature set (one cached set: a core's features never change). */
function pauthVariant(c: Cpu): number {
  if (variantOf !== c.features) {
    const f = c.features;
    variant =
      (f.has("FEAT_EPAC") ? VARIANT_EPAC : 0) |
      (f.has("FEAT_PAuth2") ? VARIANT_PAUTH2 : 0) |
      (f.has("FEAT_FPAC") ? VARIANT_FPAC : 0) |
      (f.has("FEAT_FPACCOMBINE") ? VARIANT_FPAC_COMBINE : 0);
    variantOf = f;
  }
  return variant;
}

/**
 * AddPAC into (outLo, outHi). A pointer whose PAC field is not a pure extension gets, under PAuth, a
 * PAC with its top bit inverted; under EPAC a zero PAC; under PAuth2 the PAC is XORed into the field.
 */
function addPac(c: Cpu, key: number, lo: number, hi: number, mLo: number, mHi: number, data: boolean): void {
  layout(c, hi, data);
  // ext_ptr: the field replaced by the extension bit (ptr<55> with TBI, else ptr<63>).
  const ext = tbi ? (hi >>> 23) & 1 : hi >>> 31;
  const extLo = ext === 1 ? lo | fieldLo : lo & ~fieldLo;
  const extHi = ext === 1 ? hi | fieldHi : hi & ~fieldHi;
  pac(c, key, extLo, extHi, mLo, mHi);
  let pLo = outLo;
  let pHi = outHi;
  const fLo = lo & fieldLo;
  const fHi = hi & fieldHi;
  const kind = pauthVariant(c);
  if ((kind & VARIANT_PAUTH2) !== 0) {
    pLo ^= lo;
    pHi ^= hi;
  } else if (!((fLo === 0 && fHi === 0) || (fLo === fieldLo && fHi === fieldHi))) {
    if ((kind & VARIANT_EPAC) !== 0) {
      pLo = 0;
      pHi = 0;
    } else pHi ^= tbi ? 1 << 22 : 1 << 30;
  }
  // The field without bit 55 takes the PAC; bit 55 keeps the extension.
  const keepLo = fieldLo;
  const keepHi = fieldHi & ~(1 << 23);
  pLo &= keepLo;
  pHi &= keepHi;
  outLo = (lo & ~fieldLo) | pLo;
  outHi = (hi & ~fieldHi) | pHi | (ext << 23);
}

/** Strip: the field replaced by copies of ptr<55>; into (outLo, outHi). */
function strip(c: Cpu, lo: number, hi: number, data: boolean): void {
  layout(c, hi, data);
  const b55 = ((hi >>> 23) & 1) === 1;
  outLo = b55 ? lo | fieldLo : lo & ~fieldLo;
  outHi = b55 ? hi | fieldHi : hi & ~fieldHi;
}

/**
 * Auth into (outLo, outHi). PAuth: the stripped pointer, with error code key:NOT(key) on a mismatch.
 * PAuth2: the pointer with the PAC XORed out of its field, so only an authentic pointer comes out
 * canonical; with FEAT_FPAC (FPACCOMBINE for the combined forms, `combined`) a non-canonical result
 * takes the PAC fail exception, EC 0x1C with ISS = data:key-B.
 */
function auth(
  c: Cpu,
  key: number,
  lo: number,
  hi: number,
  mLo: number,
  mHi: number,
  data: boolean,
  combined = false,
): void {
  strip(c, lo, hi, data);
  const oLo = outLo;
  const oHi = outHi;
  const fLo = fieldLo;
  const fHi = fieldHi & ~(1 << 23);
  const errorShift = tbi ? 21 : 29;
  pac(c, key, oLo, oHi, mLo, mHi);
  const kind = pauthVariant(c);
  if ((kind & VARIANT_PAUTH2) !== 0) {
    const rLo = lo ^ (outLo & fLo);
    const rHi = hi ^ (outHi & fHi);
    outLo = rLo;
    outHi = rHi;
    if ((kind & (combined ? VARIANT_FPAC_COMBINE : VARIANT_FPAC | VARIANT_FPAC_COMBINE)) !== 0) {
      const ext = (rHi << 8) >> 31;
      if (((rLo ^ ext) & fieldLo) !== 0 || ((rHi ^ ext) & fieldHi) !== 0) c.raise(EC.PAC_FAIL, key & 3);
    }
    return;
  }
  const bad = ((outLo ^ lo) & fLo) !== 0 || ((outHi ^ hi) & fHi) !== 0;
  outLo = oLo;
  outHi = oHi;
  if (bad) {
    const code = (key & 1) === 0 ? 1 : 2;
    outHi = (oHi & ~(3 << errorShift)) | (code << errorShift);
  }
}

// ---------------------------------------------------------------------------------------------
// Instructions

/** Xn or SP (register 31) as the modifier. */
function modifierLo(c: Cpu, n: number): number {
  return n === 31 ? c.x[64]! : c.x[n * 2]!;
}

function modifierHi(c: Cpu, n: number): number {
  return n === 31 ? c.x[65]! : c.x[n * 2 + 1]!;
}

/** PAC or AUT (`isAuth`) with key `key` on Xd and modifier lo/hi; a disabled key leaves Xd as it is. */
function signOrAuth(c: Cpu, d: number, key: number, isAuth: boolean, mLo: number, mHi: number): void {
  if (!enabled(c, key)) return;
  const x = c.x;
  const data = key === KEY_DA || key === KEY_DB;
  if (isAuth) auth(c, key, x[d * 2]!, x[d * 2 + 1]!, mLo, mHi, data);
  else addPac(c, key, x[d * 2]!, x[d * 2 + 1]!, mLo, mHi, data);
  x[d * 2] = outLo;
  x[d * 2 + 1] = outHi;
}

/** PACIA/PACIB/PACDA/PACDB/AUTIA/.../AUTDB (Xn|SP modifier), their Z forms (zero), XPACI/XPACD. */
export const PAUTH_DP1 = define("PAUTH_DP1", (c, w) => {
  const opcode = (w >>> 10) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (opcode >= 16) {
    strip(c, c.x[d * 2]!, c.x[d * 2 + 1]!, opcode === 17);
    c.x[d * 2] = outLo;
    c.x[d * 2 + 1] = outHi;
    return;
  }
  const zero = opcode >= 8;
  signOrAuth(c, d, opcode & 3, (opcode & 4) !== 0, zero ? 0 : modifierLo(c, n), zero ? 0 : modifierHi(c, n));
});

/** PACGA: the top 32 bits of ComputePAC(Xn, Xm|SP, APGAKey); the bottom 32 are zero. */
export const PACGA = define("PACGA", (c, w) => {
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  pac(c, KEY_GA, c.x[n * 2]!, c.x[n * 2 + 1]!, modifierLo(c, m), modifierHi(c, m));
  c.x[d * 2] = 0;
  c.x[d * 2 + 1] = outHi;
});

/** The hint-space forms: PACI[AB]1716/SP/Z, AUTI[AB]1716/SP/Z and XPACLRI. */
export const PAUTH_HINT = define("PAUTH_HINT", (c, w) => {
  const hint = (w >>> 5) & 0x7f;
  const x = c.x;
  if (hint === 7) {
    strip(c, x[60]!, x[61]!, false);
    x[60] = outLo;
    x[61] = outHi;
    return;
  }
  const key = (hint & 2) === 0 ? KEY_IA : KEY_IB;
  const isAuth = (hint & 4) !== 0;
  if (hint < 16) return signOrAuth(c, 17, key, isAuth, x[32]!, x[33]!);
  const sp = (hint & 1) === 1;
  signOrAuth(c, 30, key, isAuth, sp ? x[64]! : 0, sp ? x[65]! : 0);
});

/** BRAA/BRAB/BLRAA/BLRAB (Xm|SP modifier), their Z forms, RETAA/RETAB: authenticate, then branch. */
export const PAUTH_BRANCH = defineControl("PAUTH_BRANCH", (c, w) => {
  const opc = (w >>> 21) & 3;
  const keyB = ((w >>> 10) & 1) === 1;
  const n = (w >>> 5) & 31;
  const key = keyB ? KEY_IB : KEY_IA;
  const x = c.x;
  let lo: number;
  let hi: number;
  if (opc === 2) {
    // RETAA/RETAB: X30 with SP as the modifier.
    lo = x[60]!;
    hi = x[61]!;
    if (enabled(c, key)) {
      auth(c, key, lo, hi, x[64]!, x[65]!, false, true);
      lo = outLo;
      hi = outHi;
    }
  } else {
    lo = x[n * 2]!;
    hi = x[n * 2 + 1]!;
    const withModifier = ((w >>> 24) & 1) === 1;
    const m = w & 31;
    if (enabled(c, key)) {
      auth(c, key, lo, hi, withModifier ? modifierLo(c, m) : 0, withModifier ? modifierHi(c, m) : 0, false, true);
      lo = outLo;
      hi = outHi;
    }
    if (opc === 1) {
      x[60] = c.pcLo;
      x[61] = c.pcHi;
    }
  }
  c.pcLo = lo;
  c.pcHi = hi;
});

/** ERETAA/ERETAB: ERET to ELR_ELx authenticated with the current SP as the modifier. */
export const ERETA = defineControl("ERETA", (c, w) => {
  if (c.el === 0) c.undefined();
  const key = ((w >>> 10) & 1) === 1 ? KEY_IB : KEY_IA;
  const r = c.sysregs;
  const e1 = c.el === 1;
  const elr = r.slotOf(e1 ? SYSREG.ELR_EL1 : SYSREG.ELR_EL2);
  let lo = r.lo(elr);
  let hi = r.hi(elr);
  if (enabled(c, key)) {
    auth(c, key, lo, hi, c.x[64]!, c.x[65]!, false, true);
    lo = outLo;
    hi = outHi;
  }
  c.restorePstate(r.lo(r.slotOf(e1 ? SYSREG.SPSR_EL1 : SYSREG.SPSR_EL2)));
  c.pcLo = lo;
  c.pcHi = hi;
  c.exclusiveAddress = -1;
});

/** LDRAA/LDRAB: authenticate Xn|SP with a zero modifier (DA/DB), load 64 bits at +S:imm9*8, optional writeback. */
export const LDRA = define("LDRA", (c, w) => {
  const key = ((w >>> 23) & 1) === 1 ? KEY_DB : KEY_DA;
  const offset = (((((w >>> 22) & 1) << 9) | ((w >>> 12) & 0x1ff)) << 22) >> 19;
  const writeback = ((w >>> 11) & 1) === 1;
  const n = (w >>> 5) & 31;
  const t = w & 31;
  const x = c.x;
  const ni = n === 31 ? c.stackBase() : n * 2;
  let lo = x[ni]!;
  let hi = x[ni + 1]!;
  if (enabled(c, key)) {
    auth(c, key, lo, hi, 0, 0, true, true);
    lo = outLo;
    hi = outHi;
  }
  const sum = (lo >>> 0) + offset;
  const aLo = sum | 0;
  const aHi = sum >= 4294967296 ? (hi + 1) | 0 : sum < 0 ? (hi - 1) | 0 : hi;
  c.read64(aLo, aHi);
  if (writeback) {
    x[ni] = aLo;
    x[ni + 1] = aHi;
  }
  if (t !== 31) {
    x[t * 2] = c.rlo;
    x[t * 2 + 1] = c.rhi;
  }
});

/** Hint numbers of the PAuth hint-space forms. */
export function isPauthHint(hint: number): boolean {
  return hint === 7 || hint === 8 || hint === 10 || hint === 12 || hint === 14 || (hint >= 24 && hint <= 31);
}

/** The PAuth form among the branch-register encodings (0xd6/0xd7), or -1 when it is not one. */
export function decodePauthBranch(w: number): number {
  if ((w & 0xfedff800) >>> 0 === 0xd61f0800) {
    // BRAAZ/BRABZ/BLRAAZ/BLRABZ need Rm = 11111; BRAA/BRAB/BLRAA/BLRAB (Z = 1) take any Rm.
    if (((w >>> 24) & 1) === 0 && (w & 31) !== 31) return -1;
    return PAUTH_BRANCH;
  }
  if ((w & 0xfffffbff) >>> 0 === 0xd65f0bff) return PAUTH_BRANCH;
  if ((w & 0xfffffbff) >>> 0 === 0xd69f0bff) return ERETA;
  return -1;
}
