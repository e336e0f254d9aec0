/** AdvSIMD vector x indexed element and scalar x indexed element (op0 = 0xx0 1111 ...). */
import type { EncodingGuard, EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;
const FP16 = ["FEAT_AdvSIMD", "FEAT_FP16"] as const;

/** Double-precision by-element forms need Q=1 and L=0. */
const doubleElement: EncodingGuard = (w) =>
  ((w >>> 22) & 1) === 0 || (((w >>> 30) & 1) === 1 && ((w >>> 21) & 1) === 0);
/** Scalar double by-element forms need L=0. */
const scalarDoubleElement: EncodingGuard = (w) => ((w >>> 22) & 1) === 0 || ((w >>> 21) & 1) === 0;
const halfOrWord = sizes(1, 2);
/** Half-precision FCMLA by element: a 4h vector holds only complex pair 0 and 1 (H must be 0). */
const halfComplexElement: EncodingGuard = (w) => ((w >>> 30) & 1) === 1 || ((w >>> 11) & 1) === 0;

/** Integer by-element: [U, opcode, mnemonic, shape]; sizes are h and s. */
const INTEGER_ELEMENT = [
  [0, "0010", "SMLAL", "long"],
  [0, "0011", "SQDMLAL", "longq"],
  [0, "0110", "SMLSL", "long"],
  [0, "0111", "SQDMLSL", "longq"],
  [0, "1000", "MUL", "same"],
  [0, "1010", "SMULL", "long"],
  [0, "1011", "SQDMULL", "longq"],
  [0, "1100", "SQDMULH", "sameq"],
  [0, "1101", "SQRDMULH", "sameq"],
  [1, "0000", "MLA", "same"],
  [1, "0010", "UMLAL", "long"],
  [1, "0100", "MLS", "same"],
  [1, "0110", "UMLSL", "long"],
  [1, "1010", "UMULL", "long"],
  [1, "1101", "SQRDMLAH", "rdm"],
  [1, "1111", "SQRDMLSH", "rdm"],
] as const;

/** FP by-element: [U, opcode, mnemonic, scalar form?]. */
const FP_ELEMENT = [
  [0, "0001", "FMLA", true],
  [0, "0101", "FMLS", true],
  [0, "1001", "FMUL", true],
  [1, "1001", "FMULX", true],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  const tail = "l:1 m:1 rm:4 OPC h:1 0 rn:5 rd:5";
  for (const [u, opcode, name, shape] of INTEGER_ELEMENT) {
    const mn = name.toLowerCase();
    const feature = shape === "rdm" ? ([ADV, "FEAT_RDM"] as const) : ADV;
    const pattern = `0 q:1 ${u} 01111 size:2 ${tail.replace("OPC", opcode)}`;
    const syntax = shape.startsWith("long") ? `${mn}{2} {d:Tw}, {n:T}, {m:E}` : `${mn} {d:T}, {n:T}, {m:E}`;
    lines.push(simd(`${name}_elem_v`, pattern, syntax, { feature, when: halfOrWord }));
    if (shape === "longq" || shape === "sameq" || shape === "rdm") {
      const scalar = shape === "longq" ? `${mn} {d:zw}, {n:z}, {m:E}` : `${mn} {d:z}, {n:z}, {m:E}`;
      lines.push(
        simd(`${name}_elem_s`, `01 ${u} 11111 size:2 ${tail.replace("OPC", opcode)}`, scalar, {
          feature,
          when: halfOrWord,
        }),
      );
    }
  }
  for (const [u, opcode, name, scalar] of FP_ELEMENT) {
    const mn = name.toLowerCase();
    const t = tail.replace("OPC", opcode);
    lines.push(
      simd(`${name}_elem_vh`, `0 q:1 ${u} 01111 00 ${t}`, `${mn} {d:H}, {n:H}, {m:Eh}`, { feature: FP16 }),
      simd(`${name}_elem_v`, `0 q:1 ${u} 01111 1 sz:1 ${t}`, `${mn} {d:F}, {n:F}, {m:Ef}`, {
        feature: ADV,
        when: doubleElement,
      }),
    );
    if (scalar) {
      lines.push(
        simd(`${name}_elem_sh`, `01 ${u} 11111 00 ${t}`, `${mn} {d:h}, {n:h}, {m:Eh}`, { feature: FP16 }),
        simd(`${name}_elem_s`, `01 ${u} 11111 1 sz:1 ${t}`, `${mn} {d:f}, {n:f}, {m:Ef}`, {
          feature: ADV,
          when: scalarDoubleElement,
        }),
      );
    }
  }
  return lines;
}

const FHM = [ADV, "FEAT_FHM"] as const;

// biome-ignore format: one aligned line per encoding
export const SIMD_ELEMENT: readonly EncodingLine[] = [
  ...generate(),
  // FEAT_FHM widening half-precision multiply-add by element
  simd("FMLAL_elem",  "0 q:1 0 01111 10 l:1 m:1 rm:4 0000 h:1 0 rn:5 rd:5", "fmlal {d:S}, {n:Hh}, {m:Eh}", { feature: FHM }),
  simd("FMLSL_elem",  "0 q:1 0 01111 10 l:1 m:1 rm:4 0100 h:1 0 rn:5 rd:5", "fmlsl {d:S}, {n:Hh}, {m:Eh}", { feature: FHM }),
  simd("FMLAL2_elem", "0 q:1 1 01111 10 l:1 m:1 rm:4 1000 h:1 0 rn:5 rd:5", "fmlal2 {d:S}, {n:Hh}, {m:Eh}", { feature: FHM }),
  simd("FMLSL2_elem", "0 q:1 1 01111 10 l:1 m:1 rm:4 1100 h:1 0 rn:5 rd:5", "fmlsl2 {d:S}, {n:Hh}, {m:Eh}", { feature: FHM }),
  // Dot products and BF16 by element
  simd("SDOT_elem",   "0 q:1 0 01111 10 l:1 m:1 rm:4 1110 h:1 0 rn:5 rd:5", "sdot {d:S}, {n:B}, {m:E4b}", { feature: [ADV, "FEAT_DotProd"] }),
  simd("UDOT_elem",   "0 q:1 1 01111 10 l:1 m:1 rm:4 1110 h:1 0 rn:5 rd:5", "udot {d:S}, {n:B}, {m:E4b}", { feature: [ADV, "FEAT_DotProd"] }),
  simd("SUDOT_elem",  "0 q:1 0 01111 00 l:1 m:1 rm:4 1111 h:1 0 rn:5 rd:5", "sudot {d:S}, {n:B}, {m:E4b}", { feature: [ADV, "FEAT_I8MM"] }),
  simd("USDOT_elem",  "0 q:1 0 01111 10 l:1 m:1 rm:4 1111 h:1 0 rn:5 rd:5", "usdot {d:S}, {n:B}, {m:E4b}", { feature: [ADV, "FEAT_I8MM"] }),
  simd("BFDOT_elem",  "0 q:1 0 01111 01 l:1 m:1 rm:4 1111 h:1 0 rn:5 rd:5", "bfdot {d:S}, {n:H}, {m:E2h}", { feature: [ADV, "FEAT_BF16"] }),
  simd("BFMLALB_elem", "0 0 0 01111 11 l:1 m:1 rm:4 1111 h:1 0 rn:5 rd:5", "bfmlalb {d:4s}, {n:8h}, {m:Eh}", { feature: [ADV, "FEAT_BF16"] }),
  simd("BFMLALT_elem", "0 1 0 01111 11 l:1 m:1 rm:4 1111 h:1 0 rn:5 rd:5", "bfmlalt {d:4s}, {n:8h}, {m:Eh}", { feature: [ADV, "FEAT_BF16"] }),
  // FEAT_FCMA complex multiply-add by element: half (index H:L) or single (index H, Q=1, L=0)
  simd("FCMLA_elem_h", "0 q:1 1 01111 01 l:1 m:1 rm:4 0 rot:2 1 h:1 0 rn:5 rd:5", "fcmla {d:H}, {n:H}, {m:Ehl}, #{rot}", { feature: [ADV, "FEAT_FCMA", "FEAT_FP16"], when: halfComplexElement }),
  simd("FCMLA_elem_s", "0 1 1 01111 10 0 m:1 rm:4 0 rot:2 1 h:1 0 rn:5 rd:5", "fcmla {d:4s}, {n:4s}, {m:Esh}, #{rot}", { feature: [ADV, "FEAT_FCMA"] }),
  // FP8 by element (FPMR selects the formats)
  simd("FDOT_fp8_2way_elem", "0 q:1 0 01111 01 l:1 m:1 rm:4 0000 h:1 0 rn:5 rd:5", "fdot {d:H}, {n:B}, {m:E2b}", { feature: [ADV, "FEAT_FP8DOT2"] }),
  simd("FDOT_fp8_4way_elem", "0 q:1 0 01111 00 l:1 m:1 rm:4 0000 h:1 0 rn:5 rd:5", "fdot {d:S}, {n:B}, {m:E4b}", { feature: [ADV, "FEAT_FP8DOT4"] }),
  simd("FMLALB_fp8_elem", "0 0 0 01111 11 l:1 m:1 rm:4 0000 h:1 0 rn:5 rd:5", "fmlalb {d:8h}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALT_fp8_elem", "0 1 0 01111 11 l:1 m:1 rm:4 0000 h:1 0 rn:5 rd:5", "fmlalt {d:8h}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLBB_fp8_elem", "0 0 1 01111 00 l:1 m:1 rm:4 1000 h:1 0 rn:5 rd:5", "fmlallbb {d:4s}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLBT_fp8_elem", "0 0 1 01111 01 l:1 m:1 rm:4 1000 h:1 0 rn:5 rd:5", "fmlallbt {d:4s}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLTB_fp8_elem", "0 1 1 01111 00 l:1 m:1 rm:4 1000 h:1 0 rn:5 rd:5", "fmlalltb {d:4s}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
  simd("FMLALLTT_fp8_elem", "0 1 1 01111 01 l:1 m:1 rm:4 1000 h:1 0 rn:5 rd:5", "fmlalltt {d:4s}, {n:16b}, {m:Eb}", { feature: [ADV, "FEAT_FP8FMA"] }),
];
