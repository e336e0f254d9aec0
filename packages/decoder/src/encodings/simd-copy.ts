/** AdvSIMD copy (DUP/INS/UMOV/SMOV), permute, extract, table lookup and modified immediate. */
import type { EncodingGuard, EncodingLine } from "./format";
import { arrangements, simd } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;
const LUT = [ADV, "FEAT_LUT"] as const;

const imm5 = (w: number): number => (w >>> 16) & 31;
const q = (w: number): number => (w >>> 30) & 1;
/** Element size 0..3 of a copy instruction: the lowest set bit of imm5 (imm5 = x0000 is reserved). */
const copySize = (w: number): number => 31 - Math.clz32(imm5(w) & -imm5(w));

const anyElement: EncodingGuard = (w) => (imm5(w) & 15) !== 0;
/** DUP: a 64-bit element needs the 128-bit vector. */
const dupElement: EncodingGuard = (w) => (imm5(w) & 15) !== 0 && (copySize(w) < 3 || q(w) === 1);
const smovToW: EncodingGuard = (w) => (imm5(w) & 3) !== 0;
const smovToX: EncodingGuard = (w) => (imm5(w) & 7) !== 0;
const extRange: EncodingGuard = (w) => q(w) === 1 || ((w >>> 14) & 1) === 0;

// biome-ignore format: one aligned line per encoding
export const SIMD_COPY: readonly EncodingLine[] = [
  // Copy
  simd("DUP_elem_v",  "0 q:1 0 01110000 imm5:5 0 0000 1 rn:5 rd:5", "dup {d:Ct}, {n:Ci}", { feature: ADV, when: dupElement }),
  simd("DUP_gen_v",   "0 q:1 0 01110000 imm5:5 0 0001 1 rn:5 rd:5", "dup {d:Ct}, {n:Cr}", { feature: ADV, when: dupElement }),
  simd("SMOV_w",      "0 0 0 01110000 imm5:5 0 0101 1 rn:5 rd:5", "smov {d:w}, {n:Ci}", { feature: ADV, when: smovToW }),
  simd("SMOV_x",      "0 1 0 01110000 imm5:5 0 0101 1 rn:5 rd:5", "smov {d:x}, {n:Ci}", { feature: ADV, when: smovToX }),
  simd("UMOV_b",      "0 0 0 01110000 imm5:5=xxxx1 0 0111 1 rn:5 rd:5", "umov {d:w}, {n:Ci}", { feature: ADV }),
  simd("UMOV_h",      "0 0 0 01110000 imm5:5=xxx10 0 0111 1 rn:5 rd:5", "umov {d:w}, {n:Ci}", { feature: ADV }),
  simd("UMOV_s",      "0 0 0 01110000 imm5:5=xx100 0 0111 1 rn:5 rd:5", "mov {d:w}, {n:Ci}", { feature: ADV }),
  simd("UMOV_d",      "0 1 0 01110000 imm5:5=x1000 0 0111 1 rn:5 rd:5", "mov {d:x}, {n:Ci}", { feature: ADV }),
  simd("INS_gen",     "0 1 0 01110000 imm5:5 0 0011 1 rn:5 rd:5", "mov {d:Cd}, {n:Cr}", { feature: ADV, when: anyElement }),
  simd("INS_elem",    "0 1 1 01110000 imm5:5 0 imm4:4 1 rn:5 rd:5", "mov {d:Cd}, {n:Cn}", { feature: ADV, when: anyElement }),
  simd("DUP_elem_s",  "01 0 11110000 imm5:5 0 0000 1 rn:5 rd:5", "mov {d:Cz}, {n:Ci}", { feature: ADV, when: anyElement }),
  // Permute
  simd("UZP1_v",      "0 q:1 001110 size:2 0 rm:5 0 001 10 rn:5 rd:5", "uzp1 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  simd("TRN1_v",      "0 q:1 001110 size:2 0 rm:5 0 010 10 rn:5 rd:5", "trn1 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  simd("ZIP1_v",      "0 q:1 001110 size:2 0 rm:5 0 011 10 rn:5 rd:5", "zip1 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  simd("UZP2_v",      "0 q:1 001110 size:2 0 rm:5 0 101 10 rn:5 rd:5", "uzp2 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  simd("TRN2_v",      "0 q:1 001110 size:2 0 rm:5 0 110 10 rn:5 rd:5", "trn2 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  simd("ZIP2_v",      "0 q:1 001110 size:2 0 rm:5 0 111 10 rn:5 rd:5", "zip2 {d:T}, {n:T}, {m:T}", { feature: ADV, when: arrangements("bhsd") }),
  // Extract
  simd("EXT_v",       "0 q:1 101110 00 0 rm:5 0 imm4:4 0 rn:5 rd:5", "ext {d:B}, {n:B}, {m:B}, #{=imm4}", { feature: ADV, when: extRange }),
  // Table lookup
  simd("TBL_v",       "0 q:1 001110 00 0 rm:5 0 len:2 0 00 rn:5 rd:5", "tbl {d:B}, {n:list16b}, {m:B}", { feature: ADV }),
  simd("TBX_v",       "0 q:1 001110 00 0 rm:5 0 len:2 1 00 rn:5 rd:5", "tbx {d:B}, {n:list16b}, {m:B}", { feature: ADV }),
  // FEAT_LUT lookup table reads
  simd("LUTI2_b",     "0 1 001110 10 0 rm:5 0 index:2 1 00 rn:5 rd:5", "luti2 {d:16b}, {n:L1_16b}, v{=rm}[{=index}]", { feature: LUT }),
  simd("LUTI2_h",     "0 1 001110 11 0 rm:5 0 index:3 00 rn:5 rd:5", "luti2 {d:8h}, {n:L1_8h}, v{=rm}[{=index}]", { feature: LUT }),
  simd("LUTI4_b",     "0 1 001110 01 0 rm:5 0 index:1 10 00 rn:5 rd:5", "luti4 {d:16b}, {n:L1_16b}, v{=rm}[{=index}]", { feature: LUT }),
  simd("LUTI4_h",     "0 1 001110 01 0 rm:5 0 index:2 1 00 rn:5 rd:5", "luti4 {d:8h}, {n:L2_8h}, v{=rm}[{=index}]", { feature: LUT }),
  // Modified immediate: cmode selects the element size and shift; op selects the inverted forms
  simd("MOVI_32",     "0 q:1 0 0111100000 abc:3 0 cmode:2 0 0 1 defgh:5 rd:5", "movi {d:S}, #{imm8}{lsl32}", { feature: ADV }),
  simd("ORR_imm_32",  "0 q:1 0 0111100000 abc:3 0 cmode:2 1 0 1 defgh:5 rd:5", "orr {d:S}, #{imm8}{lsl32}", { feature: ADV }),
  simd("MOVI_16",     "0 q:1 0 0111100000 abc:3 10 cmode:1 0 0 1 defgh:5 rd:5", "movi {d:H}, #{imm8}{lsl16}", { feature: ADV }),
  simd("ORR_imm_16",  "0 q:1 0 0111100000 abc:3 10 cmode:1 1 0 1 defgh:5 rd:5", "orr {d:H}, #{imm8}{lsl16}", { feature: ADV }),
  simd("MOVI_msl",    "0 q:1 0 0111100000 abc:3 110 cmode:1 0 1 defgh:5 rd:5", "movi {d:S}, #{imm8}, msl #{msl}", { feature: ADV }),
  simd("MOVI_8",      "0 q:1 0 0111100000 abc:3 1110 0 1 defgh:5 rd:5", "movi {d:B}, #{imm8}", { feature: ADV }),
  simd("FMOV_v_imm",  "0 q:1 0 0111100000 abc:3 1111 0 1 defgh:5 rd:5", "fmov {d:S}, #{fpimm}", { feature: ADV }),
  simd("FMOV_vh_imm", "0 q:1 0 0111100000 abc:3 1111 1 1 defgh:5 rd:5", "fmov {d:H}, #{fpimm}", { feature: [ADV, "FEAT_FP16"] }),
  simd("MVNI_32",     "0 q:1 1 0111100000 abc:3 0 cmode:2 0 0 1 defgh:5 rd:5", "mvni {d:S}, #{imm8}{lsl32}", { feature: ADV }),
  simd("BIC_imm_32",  "0 q:1 1 0111100000 abc:3 0 cmode:2 1 0 1 defgh:5 rd:5", "bic {d:S}, #{imm8}{lsl32}", { feature: ADV }),
  simd("MVNI_16",     "0 q:1 1 0111100000 abc:3 10 cmode:1 0 0 1 defgh:5 rd:5", "mvni {d:H}, #{imm8}{lsl16}", { feature: ADV }),
  simd("BIC_imm_16",  "0 q:1 1 0111100000 abc:3 10 cmode:1 1 0 1 defgh:5 rd:5", "bic {d:H}, #{imm8}{lsl16}", { feature: ADV }),
  simd("MVNI_msl",    "0 q:1 1 0111100000 abc:3 110 cmode:1 0 1 defgh:5 rd:5", "mvni {d:S}, #{imm8}, msl #{msl}", { feature: ADV }),
  simd("MOVI_64_s",   "0 0 1 0111100000 abc:3 1110 0 1 defgh:5 rd:5", "movi {d:d}, #{imm64}", { feature: ADV }),
  simd("MOVI_64_v",   "0 1 1 0111100000 abc:3 1110 0 1 defgh:5 rd:5", "movi {d:2d}, #{imm64}", { feature: ADV }),
  simd("FMOV_2d_imm", "0 1 1 0111100000 abc:3 1111 0 1 defgh:5 rd:5", "fmov {d:2d}, #{fpimm}", { feature: ADV }),
];
