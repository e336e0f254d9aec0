/**
 * SVE forms outside the larger groups: FP arithmetic with an immediate, complex add, ordered and
 * tree reductions, pairwise FP, FAMAX/FAMIN, BFSCALE, FTMAD, compares with zero, predicate-count
 * increments, INSR, unpacks, REV, PMOV, PEXT and CNTP of predicate-as-counter, EXPAND, two-register
 * SPLICE, the multi-vector AES and PMULL of FEAT_SVE_AES2, and the two-register narrowing shifts.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2 = { feature: "FEAT_SVE2" } as const;
const SVE2P1 = { feature: "FEAT_SVE2p1" } as const;
const SVE2P2 = { feature: "FEAT_SVE2p2" } as const;
const AES2 = { feature: ["FEAT_SVE2", "FEAT_SVE_AES2"] } as const;
const CPA = { feature: ["FEAT_SVE", "FEAT_CPA"] } as const;
const F64MM = { feature: ["FEAT_SVE", "FEAT_F64MM"] } as const;
const FP8 = { feature: ["FEAT_SVE2", "FEAT_FP8"] } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

/** FP arithmetic with immediate (bits 18:16): [opc, mnemonic, value when i1 = 0, value when i1 = 1]. */
const FP_IMMEDIATE = [
  ["000", "FADD", "0.5", "1.0"],
  ["001", "FSUB", "0.5", "1.0"],
  ["010", "FMUL", "0.5", "2.0"],
  ["011", "FSUBR", "0.5", "1.0"],
  ["100", "FMAXNM", "0.0", "1.0"],
  ["101", "FMINNM", "0.0", "1.0"],
  ["110", "FMAX", "0.0", "1.0"],
  ["111", "FMIN", "0.0", "1.0"],
] as const;

const FP_REDUCTIONS = [
  ["000", "FADDV"],
  ["100", "FMAXNMV"],
  ["101", "FMINNMV"],
  ["110", "FMAXV"],
  ["111", "FMINV"],
] as const;

const FP_PAIRWISE = [
  ["000", "FADDP"],
  ["100", "FMAXNMP"],
  ["101", "FMINNMP"],
  ["110", "FMAXP"],
  ["111", "FMINP"],
] as const;

/** Compares with zero: [bits 17:16, bit 4, mnemonic]. */
const FP_COMPARE_ZERO = [
  ["00", "0", "FCMGE"],
  ["00", "1", "FCMGT"],
  ["01", "0", "FCMLT"],
  ["01", "1", "FCMLE"],
  ["10", "0", "FCMEQ"],
  ["11", "0", "FCMNE"],
] as const;

/** Saturating increments by predicate count (bits 17:16 = D:U). */
const SATURATING_COUNT = [
  ["00", "SQINCP", true],
  ["01", "UQINCP", false],
  ["10", "SQDECP", true],
  ["11", "UQDECP", false],
] as const;

/** Two-register narrowing shifts of FEAT_SVE2p1 (bits 13:10), halfwords from words. */
const NARROW_PAIR = [
  ["0010", "SQRSHRUN"],
  ["1010", "SQRSHRN"],
  ["1110", "UQRSHRN"],
] as const;

/** Multi-vector AES (bit 16 = mix columns, bit 10 = decrypt). */
const AES_MULTI = [
  ["0", "0", "AESE"],
  ["0", "1", "AESD"],
  ["1", "0", "AESEMC"],
  ["1", "1", "AESDIMC"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name, zero, one] of FP_IMMEDIATE) {
    const mn = name.toLowerCase();
    lines.push(
      sve(
        `${name}_zpzi_0`,
        `01100101 size:2 011 ${opc} 100 pg:3 0000 0 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, #${zero}`,
        hsd,
      ),
    );
    lines.push(
      sve(
        `${name}_zpzi_1`,
        `01100101 size:2 011 ${opc} 100 pg:3 0000 1 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, #${one}`,
        hsd,
      ),
    );
  }
  for (const [opc, name] of FP_REDUCTIONS) {
    lines.push(
      sve(
        `${name}_sve`,
        `01100101 size:2 000 ${opc} 001 pg:3 zn:5 vd:5`,
        `${name.toLowerCase()} {d:z}, {g:p}, {n:zT}`,
        hsd,
      ),
    );
  }
  for (const [opc, name] of FP_PAIRWISE) {
    lines.push(
      sve(
        `${name}_sve`,
        `01100100 size:2 010 ${opc} 100 pg:3 zm:5 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {d:zT}, {n:zT}`,
        {
          ...SVE2,
          when: sizes(1, 2, 3),
        },
      ),
    );
  }
  for (const [opc, ne, name] of FP_COMPARE_ZERO) {
    lines.push(
      sve(
        `${name}_zero`,
        `01100101 size:2 0100 ${opc} 001 pg:3 zn:5 ${ne} pd:4`,
        `${name.toLowerCase()} {pd:pT}, {g:pz}, {n:zT}, #0.0`,
        hsd,
      ),
    );
  }
  for (const [du, name, signed] of SATURATING_COUNT) {
    const mn = name.toLowerCase();
    lines.push(
      sve(`${name}_z`, `00100101 size:2 1010 ${du} 10000 00 pm:4 zdn:5`, `${mn} {d:zT}, {pn:pT}`, {
        ...SVE,
        when: sizes(1, 2, 3),
      }),
      sve(`${name}_x`, `00100101 size:2 1010 ${du} 10001 1 0 pm:4 rdn:5`, `${mn} {d:x}, {pn:pT}`, SVE),
      sve(
        `${name}_w`,
        `00100101 size:2 1010 ${du} 10001 0 0 pm:4 rdn:5`,
        signed ? `${mn} {d:x}, {pn:pT}, {d:w}` : `${mn} {d:w}, {pn:pT}`,
        SVE,
      ),
    );
  }
  for (const [opc, name] of NARROW_PAIR) {
    lines.push(
      sve(
        `${name}_pair`,
        `01000101 101 1 imm4:4 00 ${opc} zn2:4 0 zd:5`,
        `${name.toLowerCase()} {d:zh}, {n:Zp2s}, #{rsub:16:4:16}`,
        SVE2P1,
      ),
    );
  }
  for (const [mc, d, name] of AES_MULTI) {
    const mn = name.toLowerCase();
    lines.push(
      sve(
        `${name}_x2`,
        `01000101 001 i2:2 0 1 ${mc} 11101 ${d} zm:5 zdn2:4 0`,
        `${mn} {d:Zp2b}, {d:Zp2b}, {n:zq}[{=i2}]`,
        AES2,
      ),
      sve(
        `${name}_x4`,
        `01000101 001 i2:2 1 1 ${mc} 11101 ${d} zm:5 zdn4:3 00`,
        `${mn} {d:Zp4b}, {d:Zp4b}, {n:zq}[{=i2}]`,
        AES2,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_MISC: readonly EncodingLine[] = [
  ...generate(),
  sve("FCADD",      "01100100 size:2 00000 rot:1 100 pg:3 zm:5 zdn:5", "fcadd {d:zT}, {g:pm}, {d:zT}, {n:zT}, #{rot16}", hsd),
  sve("FADDA",      "01100101 size:2 011000 001 pg:3 zm:5 vdn:5", "fadda {d:z}, {g:p}, {d:z}, {n:zT}", hsd),
  sve("FAMAX_sve",  "01100101 size:2 00 1110 100 pg:3 zm:5 zdn:5", "famax {d:zT}, {g:pm}, {d:zT}, {n:zT}", { feature: ["FEAT_SVE2", "FEAT_FAMINMAX"], when: sizes(1, 2, 3) }),
  sve("FAMIN_sve",  "01100101 size:2 00 1111 100 pg:3 zm:5 zdn:5", "famin {d:zT}, {g:pm}, {d:zT}, {n:zT}", { feature: ["FEAT_SVE2", "FEAT_FAMINMAX"], when: sizes(1, 2, 3) }),
  sve("BFSCALE",    "01100101 00 00 1001 100 pg:3 zm:5 zdn:5", "bfscale {d:zh}, {g:pm}, {d:zh}, {n:zh}", { feature: ["FEAT_SVE2", "FEAT_SVE_BFSCALE"] }),
  sve("FTMAD",      "01100101 size:2 010 imm3:3 100000 zm:5 zdn:5", "ftmad {d:zT}, {d:zT}, {n:zT}, #{=imm3}", hsd),
  sve("INCP_z",     "00100101 size:2 101100 10000 00 pm:4 zdn:5", "incp {d:zT}, {pn:pT}", hsd),
  sve("DECP_z",     "00100101 size:2 101101 10000 00 pm:4 zdn:5", "decp {d:zT}, {pn:pT}", hsd),
  sve("INCP_x",     "00100101 size:2 101100 10001 00 pm:4 rdn:5", "incp {d:x}, {pn:pT}", SVE),
  sve("DECP_x",     "00100101 size:2 101101 10001 00 pm:4 rdn:5", "decp {d:x}, {pn:pT}", SVE),
  sve("INSR_v",     "00000101 size:2 110100 001110 vm:5 zdn:5", "insr {d:zT}, {n:z}", SVE),
  sve("INSR_r",     "00000101 size:2 100100 001110 rm:5 zdn:5", "insr {d:zT}, {n:r}", SVE),
  sve("SUNPKLO",    "00000101 size:2 110000 001110 zn:5 zd:5", "sunpklo {d:zT}, {n:zN}", hsd),
  sve("SUNPKHI",    "00000101 size:2 110001 001110 zn:5 zd:5", "sunpkhi {d:zT}, {n:zN}", hsd),
  sve("UUNPKLO",    "00000101 size:2 110010 001110 zn:5 zd:5", "uunpklo {d:zT}, {n:zN}", hsd),
  sve("UUNPKHI",    "00000101 size:2 110011 001110 zn:5 zd:5", "uunpkhi {d:zT}, {n:zN}", hsd),
  sve("REV_z",      "00000101 size:2 111000 001110 zn:5 zd:5", "rev {d:zT}, {n:zT}", SVE),
  sve("REV_p",      "00000101 size:2 110100 0100000 pn:4 0 pd:4", "rev {pd:pT}, {pn:pT}", SVE),
  sve("PMOV_zp",    "00000101 s3:2 1 01 s1:2 1 001110 0 pn:4 zd:5", "pmov {d:zr}{pmovi}, {pn:p}.{pmovT}", { ...SVE2P1, when: (w) => ((w >>> 17) & 0x63) !== 0 }),
  sve("PMOV_pz",    "00000101 s3:2 1 01 s1:2 0 001110 zn:5 0 pd:4", "pmov {pd:p}.{pmovT}, {n:zr}{pmovi}", { ...SVE2P1, when: (w) => ((w >>> 17) & 0x63) !== 0 }),
  sve("PEXT",       "00100101 size:2 1 00000 011100 i2:2 pnn:3 1 pd:4", "pext {pd:pT}, pn{pnn5}[{=i2}]", SVE2P1),
  sve("PEXT_pair",  "00100101 size:2 1 00000 011101 0 i1:1 pnn:3 1 pd:4", "pext {pdpair4}, pn{pnn5}[{=i1}]", SVE2P1),
  sve("CNTP_pn",    "00100101 size:2 100000 10000 vl:1 1 pn:4 rd:5", "cntp {d:x}, pn{=pn}.{T}, {vlx10}", SVE2P1),
  sve("EXPAND",     "00000101 size:2 110001 100 pg:3 zn:5 zd:5", "expand {d:zT}, {g:p}, {n:zT}", SVE2P2),
  sve("SPLICE_con", "00000101 size:2 101101 100 pg:3 zn:5 zd:5", "splice {d:zT}, {g:p}, {n:Z2T}", SVE2),
  sve("PMULL_pair", "01000101 001 zm:5 111110 zn:5 zd2:4 0", "pmull {d:Zp2q}, {n:zd}, {m:zd}", AES2),
  sve("PMLAL_pair", "01000101 001 zm:5 111111 zn:5 zd2:4 0", "pmlal {d:Zp2q}, {n:zd}, {m:zd}", AES2),
  // Two-way dot products, checked pointer arithmetic, 128-bit permutes, FP8 converts, saturating narrows, estimates
  sve("SDOT_s_h_zzz", "01000100 000 zm:5 110010 zn:5 zda:5", "sdot {d:zs}, {n:zh}, {m:zh}", SVE2P1),
  sve("SDOT_s_h_zzzi", "01000100 100 i2:2 zm:3 110010 zn:5 zda:5", "sdot {d:zs}, {n:zh}, {m:Xh2}", SVE2P1),
  sve("UDOT_s_h_zzzi", "01000100 100 i2:2 zm:3 110011 zn:5 zda:5", "udot {d:zs}, {n:zh}, {m:Xh2}", SVE2P1),
  sve("UDOT_s_h_zzz", "01000100 000 zm:5 110011 zn:5 zda:5", "udot {d:zs}, {n:zh}, {m:zh}", SVE2P1),
  sve("ADDPT_zzz", "00000100 111 zm:5 000010 zn:5 zd:5", "addpt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("SUBPT_zzz", "00000100 111 zm:5 000011 zn:5 zd:5", "subpt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("MLAPT", "01000100 110 zm:5 110100 zn:5 zda:5", "mlapt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("MADPT", "01000100 110 zm:5 110110 za:5 zdn:5", "madpt {d:zd}, {m:zd}, {n:zd}", CPA),
  sve("ADDPT_zpzz", "00000100 11000100000 pg:3 zm:5 zdn:5", "addpt {d:zd}, {g:pm}, {d:zd}, {n:zd}", CPA),
  sve("SUBPT_zpzz", "00000100 11000101000 pg:3 zm:5 zdn:5", "subpt {d:zd}, {g:pm}, {d:zd}, {n:zd}", CPA),
  sve("TRN1_q", "00000101 101 zm:5 000110 zn:5 zd:5", "trn1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("TRN2_q", "00000101 101 zm:5 000111 zn:5 zd:5", "trn2 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("ZIP1_q", "00000101 101 zm:5 000000 zn:5 zd:5", "zip1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("ZIP2_q", "00000101 101 zm:5 000001 zn:5 zd:5", "zip2 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("UZP1_q", "00000101 101 zm:5 000010 zn:5 zd:5", "uzp1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("UZP2_q", "00000101 101 zm:5 000011 zn:5 zd:5", "uzp2 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("F1CVT", "01100101 00001000001100 zn:5 zd:5", "f1cvt {d:zh}, {n:zb}", FP8),
  sve("F2CVT", "01100101 00001000001101 zn:5 zd:5", "f2cvt {d:zh}, {n:zb}", FP8),
  sve("BF1CVT", "01100101 00001000001110 zn:5 zd:5", "bf1cvt {d:zh}, {n:zb}", FP8),
  sve("BF2CVT", "01100101 00001000001111 zn:5 zd:5", "bf2cvt {d:zh}, {n:zb}", FP8),
  sve("F1CVTLT", "01100101 00001001001100 zn:5 zd:5", "f1cvtlt {d:zh}, {n:zb}", FP8),
  sve("F2CVTLT", "01100101 00001001001101 zn:5 zd:5", "f2cvtlt {d:zh}, {n:zb}", FP8),
  sve("BF1CVTLT", "01100101 00001001001110 zn:5 zd:5", "bf1cvtlt {d:zh}, {n:zb}", FP8),
  sve("BF2CVTLT", "01100101 00001001001111 zn:5 zd:5", "bf2cvtlt {d:zh}, {n:zb}", FP8),
  sve("FCVTN_b", "01100101 00001010001100 zn2:4 0 zd:5", "fcvtn {d:zb}, {n:Zp2h}", FP8),
  sve("FCVTNB_b", "01100101 00001010001101 zn2:4 0 zd:5", "fcvtnb {d:zb}, {n:Zp2s}", FP8),
  sve("FCVTNT_b", "01100101 00001010001111 zn2:4 0 zd:5", "fcvtnt {d:zb}, {n:Zp2s}", FP8),
  sve("BFCVTN_b", "01100101 00001010001110 zn2:4 0 zd:5", "bfcvtn {d:zb}, {n:Zp2h}", FP8),
  sve("SQCVTN", "01000101 00110001010000 zn2:4 0 zd:5", "sqcvtn {d:zh}, {n:Zp2s}", SVE2P1),
  sve("UQCVTN", "01000101 00110001010010 zn2:4 0 zd:5", "uqcvtn {d:zh}, {n:Zp2s}", SVE2P1),
  sve("SQCVTUN", "01000101 00110001010100 zn2:4 0 zd:5", "sqcvtun {d:zh}, {n:Zp2s}", SVE2P1),
  sve("FRECPE_sve_h", "01100101 01001110001100 zn:5 zd:5", "frecpe {d:zh}, {n:zh}", SVE),
  sve("FRECPE_sve_s", "01100101 10001110001100 zn:5 zd:5", "frecpe {d:zs}, {n:zs}", SVE),
  sve("FRECPE_sve_d", "01100101 11001110001100 zn:5 zd:5", "frecpe {d:zd}, {n:zd}", SVE),
  sve("FRSQRTE_sve_h", "01100101 01001111001100 zn:5 zd:5", "frsqrte {d:zh}, {n:zh}", SVE),
  sve("FRSQRTE_sve_s", "01100101 10001111001100 zn:5 zd:5", "frsqrte {d:zs}, {n:zs}", SVE),
  sve("FRSQRTE_sve_d", "01100101 11001111001100 zn:5 zd:5", "frsqrte {d:zd}, {n:zd}", SVE),
  sve("PUNPKLO", "00000101 001100000100000 pn:4 0 pd:4", "punpklo {pd:ph}, {pn:pb}", SVE),
  sve("PUNPKHI", "00000101 001100010100000 pn:4 0 pd:4", "punpkhi {pd:ph}, {pn:pb}", SVE),
];
