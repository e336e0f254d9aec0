/**
 * Maps an instruction word to the id of the handler that executes it (or UNDEF), once per word:
 * the result is cached per code page, so none of this runs on the hot path.
 */
import { OPCODES, opcodeOf } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import * as br from "./branch";
import * as imm from "./dp-imm";
import * as reg from "./dp-reg";
import { decodeExtension } from "./extensions";
import * as ls from "./ldst";
import * as pauth from "./pauth";
import * as simd from "./simd";
import { useVectorDecoder } from "./simd-scalar";
import * as sys from "./system";

const U = br.UNDEF;

/**
 * The handler for a word under a feature set. The decoder's tags are the authority on which
 * FEAT_* an encoding needs: a word this core can execute still UNDEFs when its tag is absent.
 */
export function decodeA64(w: number, f: FeatureSet): number {
  let id = decodeForms(w, f);
  if (id === U) id = decodeExtension(w, f);
  // Hint space executes as NOP on a core without the hint's feature (BTI, PAC*SP, ...).
  if (id === U || (w & 0xfffff01f) >>> 0 === 0xd503201f) return id;
  const feature = OPCODES[opcodeOf(w)]?.feature ?? null;
  if (feature === null) return id;
  if (typeof feature === "string") return f.has(feature) ? id : U;
  for (const name of feature) if (!f.has(name)) return U;
  return id;
}

useVectorDecoder(decodeA64);

function decodeForms(w: number, f: FeatureSet): number {
  const op0 = (w >>> 25) & 15;
  if ((op0 & 14) === 8) return decodeDpImm(w);
  if ((op0 & 14) === 10) return decodeBranchSys(w, f);
  if ((op0 & 5) === 4) return decodeLoadStore(w, f);
  if ((op0 & 7) === 5) return decodeDpReg(w, f);
  if ((op0 & 7) === 7) {
    if (!f.has("FEAT_FP")) return U;
    return simd.decodeSimd(w, f);
  }
  return U;
}

function decodeDpImm(w: number): number {
  const sf = w >>> 31;
  switch ((w >>> 23) & 7) {
    case 0:
    case 1:
      return w >>> 31 === 1 ? imm.ADRP : imm.ADR;
    case 2:
      if (sf === 1 && ((w >>> 29) & 1) === 0) return ((w >>> 30) & 1) === 0 ? imm.ADD_X_IMM : imm.SUB_X_IMM;
      return imm.ADDSUB_IMM;
    case 4: {
      if (sf === 0 && ((w >>> 22) & 1) === 1) return U;
      return imm.BITMASK_VALID[(w >>> 10) & 0x1fff] === 1 ? imm.LOGIC_IMM : U;
    }
    case 5: {
      const opc = (w >>> 29) & 3;
      if (opc === 1 || (sf === 0 && ((w >>> 22) & 1) === 1)) return U;
      return opc === 0 ? imm.MOVN : opc === 2 ? imm.MOVZ : imm.MOVK;
    }
    case 6: {
      const opc = (w >>> 29) & 3;
      const nBit = (w >>> 22) & 1;
      if (opc === 3 || nBit !== sf) return U;
      if (sf === 0 && (((w >>> 16) & 32) !== 0 || ((w >>> 10) & 32) !== 0)) return U;
      return opc === 0 ? imm.SBFM : opc === 1 ? imm.BFM : imm.UBFM;
    }
    case 7: {
      if (((w >>> 29) & 3) !== 0 || ((w >>> 21) & 1) !== 0 || ((w >>> 22) & 1) !== sf) return U;
      if (sf === 0 && ((w >>> 10) & 32) !== 0) return U;
      return imm.EXTR;
    }
    default:
      return U;
  }
}

function decodeBranchSys(w: number, f: FeatureSet): number {
  if (((w >>> 26) & 31) === 5) return w >>> 31 === 1 ? br.BL : br.B;
  if (((w >>> 25) & 63) === 0x1a) return br.CBZ;
  if (((w >>> 25) & 63) === 0x1b) return br.TBZ;
  if ((w & 0xff000000) === 0x54000000) {
    if ((w & 0x10) === 0) return br.B_COND;
    return f.has("FEAT_HBC") ? br.B_COND : U;
  }
  if ((w & 0xff000000) >>> 0 === 0xd4000000) {
    const opc = (w >>> 21) & 7;
    const ll = w & 3;
    if ((w & 0x1c) !== 0) return U;
    if (opc === 0) return ll === 1 ? br.SVC : ll === 2 ? br.HVC : ll === 3 ? br.SMC : U;
    if (opc === 1 && ll === 0) return br.BRK;
    return U;
  }
  if ((w & 0xffc00000) >>> 0 === 0xd5000000) return decodeSystem(w, f);
  if ((w & 0xfe000000) >>> 0 === 0xd6000000) {
    if ((w & 0xff9ffc1f) >>> 0 === 0xd61f0000) return br.BR;
    if ((w & 0xfffffc1f) >>> 0 === 0xd65f0000) return br.BR;
    if (w >>> 0 === 0xd69f03e0) return br.ERET;
    const authenticated = pauth.decodePauthBranch(w);
    return authenticated !== -1 && f.has("FEAT_PAuth") ? authenticated : U;
  }
  return U;
}

function decodeSystem(w: number, f: FeatureSet): number {
  if ((w & 0xfffff01f) >>> 0 === 0xd503201f) {
    const hint = (w >>> 5) & 0x7f;
    if (hint === 2 || hint === 3) return sys.WFX;
    if (pauth.isPauthHint(hint) && f.has("FEAT_PAuth")) return pauth.PAUTH_HINT;
    // Every other hint (YIELD, SEV, PAC-in-hint-space without FEAT_PAuth, BTI, CSDB ...) executes as NOP.
    return sys.NOP;
  }
  if ((w & 0xfffff01f) >>> 0 === 0xd503301f) {
    const op2 = (w >>> 5) & 7;
    if (op2 === 2) return sys.CLREX;
    if (op2 >= 4) return sys.NOP;
    return U;
  }
  if ((w & 0xfff8f01f) >>> 0 === 0xd500401f) return sys.MSR_IMM;
  if ((w & 0xfff80000) >>> 0 === 0xd5080000) return sys.SYS;
  if ((w & 0xfff00000) >>> 0 === 0xd5100000) return sys.MSR;
  if ((w & 0xfff00000) >>> 0 === 0xd5300000) return sys.MRS;
  return U;
}

function decodeLoadStore(w: number, f: FeatureSet): number {
  const isFp = ((w >>> 26) & 1) === 1;
  if (isFp && !f.has("FEAT_FP")) return U;
  if ((w & 0xff200400) >>> 0 === 0xf8200400) return f.has("FEAT_PAuth") ? pauth.LDRA : U;
  if ((w & 0x3f000000) === 0x08000000) {
    if (isFp) return U;
    const o2 = (w >>> 23) & 1;
    const o1 = (w >>> 21) & 1;
    const size = w >>> 30;
    if (o2 === 0 && o1 === 0) return ls.EXCLUSIVE;
    if (o2 === 0 && o1 === 1) {
      if (size >= 2) return ls.EXCLUSIVE;
      return f.has("FEAT_LSE") && ((w >>> 10) & 31) === 31 ? ls.CASP : U;
    }
    if (o2 === 1 && o1 === 0) {
      if (((w >>> 15) & 1) === 0 && !f.has("FEAT_LOR")) return U;
      return ls.ORDERED;
    }
    return f.has("FEAT_LSE") && ((w >>> 10) & 31) === 31 ? ls.CAS : U;
  }
  if ((w & 0x3b000000) === 0x18000000) {
    if (isFp && w >>> 30 === 3) return U;
    return ls.LDR_LIT;
  }
  if ((w & 0x3a000000) === 0x28000000) {
    const opc = w >>> 30;
    const isLoad = ((w >>> 22) & 1) === 1;
    const mode = (w >>> 23) & 3;
    if (isFp) return opc === 3 ? U : ls.LDSTP;
    if (opc === 3) return U;
    if (opc === 1 && (!isLoad || mode === 0)) return U; // LDPSW only; STGP (MTE) not implemented
    return ls.LDSTP;
  }
  if ((w & 0x3b000000) === 0x39000000) {
    if (isFp) return fpSizeOk(w) ? ls.LDST_UIMM_FP : U;
    const size = w >>> 30;
    const opc = (w >>> 22) & 3;
    if (size === 3 && opc === 1) return ls.LDR_X_UIMM;
    if (size === 3 && opc === 0) return ls.STR_X_UIMM;
    if (size === 2 && opc === 1) return ls.LDR_W_UIMM;
    if (size === 2 && opc === 0) return ls.STR_W_UIMM;
    if (size === 0 && opc === 1) return ls.LDRB_UIMM;
    if (size === 0 && opc === 0) return ls.STRB_UIMM;
    if ((size === 3 && opc === 3) || (size === 2 && opc === 3)) return U;
    return ls.LDST_UIMM;
  }
  if ((w & 0x3b200000) === 0x38000000) {
    if (isFp) return fpSizeOk(w) && ((w >>> 10) & 3) !== 2 ? ls.LDST_IMM9 : U;
    const size = w >>> 30;
    const opc = (w >>> 22) & 3;
    const mode = (w >>> 10) & 3;
    if (size === 2 && opc === 3) return U;
    if (size === 3 && opc === 3) return U;
    if (size === 3 && opc === 2 && mode !== 0) return U; // PRFUM only unscaled
    return ls.LDST_IMM9;
  }
  if ((w & 0x3b200c00) === 0x38200800) {
    if (((w >>> 14) & 1) === 0) return U; // option<1> must be 1
    if (isFp) return fpSizeOk(w) ? ls.LDST_REG : U;
    const size = w >>> 30;
    const opc = (w >>> 22) & 3;
    if ((size === 2 || size === 3) && opc === 3) return U;
    return ls.LDST_REG;
  }
  if ((w & 0x3f200c00) === 0x38200000) {
    const o3 = (w >>> 15) & 1;
    const opc = (w >>> 12) & 7;
    if (o3 === 1 && opc === 4) {
      if (((w >>> 16) & 31) !== 31 || ((w >>> 22) & 3) !== 2) return U;
      return f.has("FEAT_LRCPC") ? ls.LDAPR : U;
    }
    if (o3 === 1 && opc !== 0) return U;
    return f.has("FEAT_LSE") ? ls.ATOMIC : U;
  }
  if ((w & 0xbfbf0000) >>> 0 === 0x0c000000 || (w & 0xbfa00000) >>> 0 === 0x0c800000) {
    return f.has("FEAT_AdvSIMD") ? ls.SIMD_MULTI : U;
  }
  if ((w & 0xbf9f0000) >>> 0 === 0x0d000000 || (w & 0xbf800000) >>> 0 === 0x0d800000) {
    return f.has("FEAT_AdvSIMD") ? ls.SIMD_SINGLE : U;
  }
  return U;
}

/** FP/SIMD register load/store: size 0 with opc<1>=1 is Q; other sizes need opc<1>=0. */
function fpSizeOk(w: number): boolean {
  const size = w >>> 30;
  return size === 0 || ((w >>> 23) & 1) === 0;
}

function decodeDpReg(w: number, f: FeatureSet): number {
  const sf = w >>> 31;
  if (((w >>> 28) & 1) === 0) {
    if (((w >>> 24) & 1) === 0) {
      if (sf === 0 && ((w >>> 15) & 1) === 1) return U;
      return reg.LOGIC_REG;
    }
    if (((w >>> 21) & 1) === 0) {
      if (((w >>> 22) & 3) === 3 || (sf === 0 && ((w >>> 15) & 1) === 1)) return U;
      return reg.ADDSUB_SHIFT;
    }
    if (((w >>> 22) & 3) !== 0 || ((w >>> 10) & 7) > 4) return U;
    return reg.ADDSUB_EXT;
  }
  if (((w >>> 24) & 1) === 1) {
    if (((w >>> 29) & 3) !== 0) return U;
    const op31 = (w >>> 21) & 7;
    const o0 = (w >>> 15) & 1;
    if (op31 === 0) return reg.MADD;
    if (sf === 0) return U;
    if (op31 === 1 || op31 === 5) return reg.MADDL;
    if ((op31 === 2 || op31 === 6) && o0 === 0) return reg.MULH;
    return U;
  }
  switch ((w >>> 21) & 15) {
    case 0:
      return ((w >>> 10) & 63) === 0 ? reg.ADC_SBC : U;
    case 2:
      if (((w >>> 29) & 1) === 0 || ((w >>> 10) & 1) !== 0 || ((w >>> 4) & 1) !== 0) return U;
      return reg.CCMP;
    case 4:
      if (((w >>> 29) & 1) !== 0 || ((w >>> 11) & 1) !== 0) return U;
      return reg.CSEL;
    case 6: {
      const op = (w >>> 10) & 63;
      if (((w >>> 30) & 1) === 1) {
        if (((w >>> 16) & 31) === 1) return decodePauthDp1(w, f);
        if (((w >>> 29) & 1) !== 0 || ((w >>> 16) & 31) !== 0) return U;
        if (op > 5 || (sf === 0 && op === 3)) return U;
        return reg.DP1;
      }
      if (((w >>> 29) & 1) !== 0) return U;
      if (op === 2 || op === 3) return reg.DIV;
      if (op === 12) return sf === 1 && f.has("FEAT_PAuth") ? pauth.PACGA : U;
      if (op >= 8 && op <= 11) return reg.SHIFTV;
      if (op >= 16 && op <= 23) {
        if (!f.has("FEAT_CRC32")) return U;
        const is64 = (op & 3) === 3;
        return is64 === (sf === 1) ? reg.CRC32 : U;
      }
      return U;
    }
    default:
      return U;
  }
}

/** PAC*, AUT* (with Xn|SP or zero modifier) and XPACI/XPACD: 64-bit data-processing (1 source), opcode2 = 1. */
function decodePauthDp1(w: number, f: FeatureSet): number {
  if (w >>> 31 !== 1 || ((w >>> 29) & 1) !== 0 || !f.has("FEAT_PAuth")) return U;
  const opcode = (w >>> 10) & 63;
  if (opcode > 17) return U;
  if (opcode >= 8 && ((w >>> 5) & 31) !== 31) return U;
  return pauth.PAUTH_DP1;
}
