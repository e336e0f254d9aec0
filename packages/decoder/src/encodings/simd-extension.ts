/**
 * AdvSIMD three-register extension (dot products, matrix multiply, complex, BF16, RDM) and the
 * FP8 forms FPMR controls, plus FHM and PMULL which sit in the three-same/different groups.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { arrangements, simd, sizes } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;
const RDM = [ADV, "FEAT_RDM"] as const;
const DOT = [ADV, "FEAT_DotProd"] as const;
const I8MM = [ADV, "FEAT_I8MM"] as const;
const BF16 = [ADV, "FEAT_BF16"] as const;
const FHM = [ADV, "FEAT_FHM"] as const;
const FCMA = [ADV, "FEAT_FCMA"] as const;
const FCMA16 = [ADV, "FEAT_FCMA", "FEAT_FP16"] as const;

/** FCMLA/FCADD single and double: 2s, 4s, 2d (size 10 or 11; 11 needs Q=1). */
const complexWide: EncodingGuard = (w) => ((w >>> 22) & 1) === 0 || ((w >>> 30) & 1) === 1;

// biome-ignore format: one aligned line per encoding
export const SIMD_EXTENSION: readonly EncodingLine[] = [
  // FEAT_RDM rounding doubling multiply-accumulate
  simd("SQRDMLAH_v",  "0 q:1 1 01110 size:2 0 rm:5 1 0000 1 rn:5 rd:5", "sqrdmlah {d:T}, {n:T}, {m:T}", { feature: RDM, when: arrangements("hs") }),
  simd("SQRDMLSH_v",  "0 q:1 1 01110 size:2 0 rm:5 1 0001 1 rn:5 rd:5", "sqrdmlsh {d:T}, {n:T}, {m:T}", { feature: RDM, when: arrangements("hs") }),
  simd("SQRDMLAH_s",  "01 1 11110 size:2 0 rm:5 1 0000 1 rn:5 rd:5", "sqrdmlah {d:z}, {n:z}, {m:z}", { feature: RDM, when: sizes(1, 2) }),
  simd("SQRDMLSH_s",  "01 1 11110 size:2 0 rm:5 1 0001 1 rn:5 rd:5", "sqrdmlsh {d:z}, {n:z}, {m:z}", { feature: RDM, when: sizes(1, 2) }),
  // Dot products and matrix multiply
  simd("SDOT_v",      "0 q:1 0 01110 10 0 rm:5 1 0010 1 rn:5 rd:5", "sdot {d:S}, {n:B}, {m:B}", { feature: DOT }),
  simd("UDOT_v",      "0 q:1 1 01110 10 0 rm:5 1 0010 1 rn:5 rd:5", "udot {d:S}, {n:B}, {m:B}", { feature: DOT }),
  simd("USDOT_v",     "0 q:1 0 01110 10 0 rm:5 1 0011 1 rn:5 rd:5", "usdot {d:S}, {n:B}, {m:B}", { feature: I8MM }),
  simd("SMMLA_v",     "0 1 0 01110 10 0 rm:5 1 0100 1 rn:5 rd:5", "smmla {d:4s}, {n:16b}, {m:16b}", { feature: I8MM }),
  simd("UMMLA_v",     "0 1 1 01110 10 0 rm:5 1 0100 1 rn:5 rd:5", "ummla {d:4s}, {n:16b}, {m:16b}", { feature: I8MM }),
  simd("USMMLA_v",    "0 1 0 01110 10 0 rm:5 1 0101 1 rn:5 rd:5", "usmmla {d:4s}, {n:16b}, {m:16b}", { feature: I8MM }),
  simd("BFDOT_v",     "0 q:1 1 01110 01 0 rm:5 1 1111 1 rn:5 rd:5", "bfdot {d:S}, {n:H}, {m:H}", { feature: BF16 }),
  simd("BFMMLA_v",    "0 1 1 01110 01 0 rm:5 1 1101 1 rn:5 rd:5", "bfmmla {d:4s}, {n:8h}, {m:8h}", { feature: BF16 }),
  simd("BFMLALB_v",   "0 0 1 01110 11 0 rm:5 1 1111 1 rn:5 rd:5", "bfmlalb {d:4s}, {n:8h}, {m:8h}", { feature: BF16 }),
  simd("BFMLALT_v",   "0 1 1 01110 11 0 rm:5 1 1111 1 rn:5 rd:5", "bfmlalt {d:4s}, {n:8h}, {m:8h}", { feature: BF16 }),
  // Half-precision dot product and matrix multiplies (Armv9.7-A FEAT_F16F32DOT, FEAT_F16F32MM, FEAT_F16MM)
  simd("FDOT_h_v",    "0 q:1 0 01110 10 0 rm:5 1 1111 1 rn:5 rd:5", "fdot {d:S}, {n:H}, {m:H}", { feature: [ADV, "FEAT_F16F32DOT"] }),
  simd("FDOT_h_elem", "0 q:1 0 01111 01 l:1 m:1 rm:4 1001 h:1 0 rn:5 rd:5", "fdot {d:S}, {n:H}, {m:E2h}", { feature: [ADV, "FEAT_F16F32DOT"] }),
  simd("FMMLA_hs_v",  "0 1 0 01110 01 0 rm:5 1 1101 1 rn:5 rd:5", "fmmla {d:4s}, {n:8h}, {m:8h}", { feature: [ADV, "FEAT_F16F32MM"] }),
  simd("FMMLA_hh_v",  "0 1 0 01110 11 0 rm:5 1 1101 1 rn:5 rd:5", "fmmla {d:8h}, {n:8h}, {m:8h}", { feature: [ADV, "FEAT_F16MM"] }),
  // FEAT_FCMA complex arithmetic
  simd("FCMLA_vh",    "0 q:1 1 01110 01 0 rm:5 110 rot:2 1 rn:5 rd:5", "fcmla {d:H}, {n:H}, {m:H}, #{rot3}", { feature: FCMA16 }),
  simd("FCMLA_v",     "0 q:1 1 01110 1 sz:1 0 rm:5 110 rot:2 1 rn:5 rd:5", "fcmla {d:F}, {n:F}, {m:F}, #{rot3}", { feature: FCMA, when: complexWide }),
  simd("FCADD_vh",    "0 q:1 1 01110 01 0 rm:5 111 rot:1 0 1 rn:5 rd:5", "fcadd {d:H}, {n:H}, {m:H}, #{rotadd}", { feature: FCMA16 }),
  simd("FCADD_v",     "0 q:1 1 01110 1 sz:1 0 rm:5 111 rot:1 0 1 rn:5 rd:5", "fcadd {d:F}, {n:F}, {m:F}, #{rotadd}", { feature: FCMA, when: complexWide }),
  // FEAT_FHM widening half-precision multiply-add
  simd("FMLAL_v",     "0 q:1 0 01110 0 0 1 rm:5 11101 1 rn:5 rd:5", "fmlal {d:S}, {n:Hh}, {m:Hh}", { feature: FHM }),
  simd("FMLSL_v",     "0 q:1 0 01110 1 0 1 rm:5 11101 1 rn:5 rd:5", "fmlsl {d:S}, {n:Hh}, {m:Hh}", { feature: FHM }),
  simd("FMLAL2_v",    "0 q:1 1 01110 0 0 1 rm:5 11001 1 rn:5 rd:5", "fmlal2 {d:S}, {n:Hh}, {m:Hh}", { feature: FHM }),
  simd("FMLSL2_v",    "0 q:1 1 01110 1 0 1 rm:5 11001 1 rn:5 rd:5", "fmlsl2 {d:S}, {n:Hh}, {m:Hh}", { feature: FHM }),
  // Polynomial multiply long (the 64-bit form is FEAT_PMULL)
  simd("PMULL_b",     "0 q:1 0 01110 00 1 rm:5 1110 00 rn:5 rd:5", "pmull{2} {d:8h}, {n:B}, {m:B}", { feature: ADV }),
  simd("PMULL_d",     "0 q:1 0 01110 11 1 rm:5 1110 00 rn:5 rd:5", "pmull{2} {d:1q}, {n:D}, {m:D}", { feature: [ADV, "FEAT_PMULL"] }),
  // FP8 (formats from FPMR): conversions, dot products, widening multiply-add, matrix multiply
  simd("FCVTN_fp8_h", "0 q:1 0 01110 01 0 rm:5 1 1110 1 rn:5 rd:5", "fcvtn {d:B}, {n:H}, {m:H}", { feature: [ADV, "FEAT_FP8"] }),
  simd("FCVTN_fp8_s", "0 q:1 0 01110 00 0 rm:5 1 1110 1 rn:5 rd:5", "fcvtn{2} {d:B}, {n:4s}, {m:4s}", { feature: [ADV, "FEAT_FP8"] }),
  simd("FDOT_fp8_4way", "0 q:1 0 01110 00 0 rm:5 1 1111 1 rn:5 rd:5", "fdot {d:S}, {n:B}, {m:B}", { feature: [ADV, "FEAT_FP8DOT4"] }),
  simd("FDOT_fp8_2way", "0 q:1 0 01110 01 0 rm:5 1 1111 1 rn:5 rd:5", "fdot {d:H}, {n:B}, {m:B}", { feature: [ADV, "FEAT_FP8DOT2"] }),
  simd("FMLALB_fp8",  "0 0 0 01110 11 0 rm:5 1 1111 1 rn:5 rd:5", "fmlalb {d:8h}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALT_fp8",  "0 1 0 01110 11 0 rm:5 1 1111 1 rn:5 rd:5", "fmlalt {d:8h}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLBB_fp8", "0 0 0 01110 00 0 rm:5 1 1000 1 rn:5 rd:5", "fmlallbb {d:4s}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLBT_fp8", "0 0 0 01110 01 0 rm:5 1 1000 1 rn:5 rd:5", "fmlallbt {d:4s}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLTB_fp8", "0 1 0 01110 00 0 rm:5 1 1000 1 rn:5 rd:5", "fmlalltb {d:4s}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLTT_fp8", "0 1 0 01110 01 0 rm:5 1 1000 1 rn:5 rd:5", "fmlalltt {d:4s}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("F1CVTL_v",    "0 q:1 1 01110 00 100001 011110 rn:5 rd:5", "f1cvtl{2} {d:8h}, {n:B}", { feature: [ADV, "FEAT_FP8"] }),
  simd("F2CVTL_v",    "0 q:1 1 01110 01 100001 011110 rn:5 rd:5", "f2cvtl{2} {d:8h}, {n:B}", { feature: [ADV, "FEAT_FP8"] }),
  simd("BF1CVTL_v",   "0 q:1 1 01110 10 100001 011110 rn:5 rd:5", "bf1cvtl{2} {d:8h}, {n:B}", { feature: [ADV, "FEAT_FP8"] }),
  simd("BF2CVTL_v",   "0 q:1 1 01110 11 100001 011110 rn:5 rd:5", "bf2cvtl{2} {d:8h}, {n:B}", { feature: [ADV, "FEAT_FP8"] }),
  simd("FMMLA_fp8_s", "0 1 1 01110 10 0 rm:5 1 1101 1 rn:5 rd:5", "fmmla {d:4s}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_F8F32MM"] }),
  simd("FMMLA_fp8_h", "0 1 1 01110 00 0 rm:5 1 1101 1 rn:5 rd:5", "fmmla {d:8h}, {n:16b}, {m:16b}", { feature: [ADV, "FEAT_F8F16MM"] }),
];
