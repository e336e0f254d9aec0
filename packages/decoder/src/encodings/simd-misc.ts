/** AdvSIMD two-register miscellaneous (vector, scalar, FP16), across lanes and scalar pairwise. */
import type { EncodingLine, FeatureRequirement } from "./format";
import { arrangements, fpArrangement, simd, sizes } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;
const FP16 = ["FEAT_AdvSIMD", "FEAT_FP16"] as const;

/** Integer two-reg misc: [U, opcode, mnemonic, vector syntax, arrangements, scalar syntax or ""]. */
const INTEGER_MISC = [
  [0, "00000", "REV64", "{d:T}, {n:T}", "bhs", ""],
  [0, "00001", "REV16", "{d:T}, {n:T}", "b", ""],
  [0, "00010", "SADDLP", "{d:Tp}, {n:T}", "bhs", ""],
  [0, "00011", "SUQADD", "{d:T}, {n:T}", "bhsd", "{d:z}, {n:z}"],
  [0, "00100", "CLS", "{d:T}, {n:T}", "bhs", ""],
  [0, "00101", "CNT", "{d:T}, {n:T}", "b", ""],
  [0, "00110", "SADALP", "{d:Tp}, {n:T}", "bhs", ""],
  [0, "00111", "SQABS", "{d:T}, {n:T}", "bhsd", "{d:z}, {n:z}"],
  [0, "01000", "CMGT_zero", "{d:T}, {n:T}, #0", "bhsd", "{d:d}, {n:d}, #0"],
  [0, "01001", "CMEQ_zero", "{d:T}, {n:T}, #0", "bhsd", "{d:d}, {n:d}, #0"],
  [0, "01010", "CMLT_zero", "{d:T}, {n:T}, #0", "bhsd", "{d:d}, {n:d}, #0"],
  [0, "01011", "ABS", "{d:T}, {n:T}", "bhsd", "{d:d}, {n:d}"],
  [0, "10010", "XTN", "{d:T}, {n:Tw}", "bhs", ""],
  [0, "10100", "SQXTN", "{d:T}, {n:Tw}", "bhs", "{d:z}, {n:zw}"],
  [1, "00000", "REV32", "{d:T}, {n:T}", "bh", ""],
  [1, "00010", "UADDLP", "{d:Tp}, {n:T}", "bhs", ""],
  [1, "00011", "USQADD", "{d:T}, {n:T}", "bhsd", "{d:z}, {n:z}"],
  [1, "00100", "CLZ", "{d:T}, {n:T}", "bhs", ""],
  [1, "00110", "UADALP", "{d:Tp}, {n:T}", "bhs", ""],
  [1, "00111", "SQNEG", "{d:T}, {n:T}", "bhsd", "{d:z}, {n:z}"],
  [1, "01000", "CMGE_zero", "{d:T}, {n:T}, #0", "bhsd", "{d:d}, {n:d}, #0"],
  [1, "01001", "CMLE_zero", "{d:T}, {n:T}, #0", "bhsd", "{d:d}, {n:d}, #0"],
  [1, "01011", "NEG", "{d:T}, {n:T}", "bhsd", "{d:d}, {n:d}"],
  [1, "10010", "SQXTUN", "{d:T}, {n:Tw}", "bhs", "{d:z}, {n:zw}"],
  [1, "10011", "SHLL", "{d:Tw}, {n:T}, #{shll}", "bhs", ""],
  [1, "10100", "UQXTN", "{d:T}, {n:Tw}", "bhs", "{d:z}, {n:zw}"],
] as const;

/**
 * FP two-reg misc: [U, a, opcode, mnemonic, suffix, forms, feature] where forms says which of
 * vector (v), vector half (h), scalar (s) and scalar half (t) exist.
 */
const FP_MISC = [
  [0, 0, "11000", "FRINTN", "", "vh", null],
  [0, 0, "11001", "FRINTM", "", "vh", null],
  [0, 0, "11010", "FCVTNS", "", "vhst", null],
  [0, 0, "11011", "FCVTMS", "", "vhst", null],
  [0, 0, "11100", "FCVTAS", "", "vhst", null],
  [0, 0, "11101", "SCVTF", "", "vhst", null],
  [0, 0, "11110", "FRINT32Z", "", "v", "FEAT_FRINTTS"],
  [0, 0, "11111", "FRINT64Z", "", "v", "FEAT_FRINTTS"],
  [0, 1, "01100", "FCMGT_zero", ", #0.0", "vhst", null],
  [0, 1, "01101", "FCMEQ_zero", ", #0.0", "vhst", null],
  [0, 1, "01110", "FCMLT_zero", ", #0.0", "vhst", null],
  [0, 1, "01111", "FABS", "", "vh", null],
  [0, 1, "11000", "FRINTP", "", "vh", null],
  [0, 1, "11001", "FRINTZ", "", "vh", null],
  [0, 1, "11010", "FCVTPS", "", "vhst", null],
  [0, 1, "11011", "FCVTZS", "", "vhst", null],
  [0, 1, "11101", "FRECPE", "", "vhst", null],
  [0, 1, "11111", "FRECPX", "", "st", null],
  [1, 0, "11000", "FRINTA", "", "vh", null],
  [1, 0, "11001", "FRINTX", "", "vh", null],
  [1, 0, "11010", "FCVTNU", "", "vhst", null],
  [1, 0, "11011", "FCVTMU", "", "vhst", null],
  [1, 0, "11100", "FCVTAU", "", "vhst", null],
  [1, 0, "11101", "UCVTF", "", "vhst", null],
  [1, 0, "11110", "FRINT32X", "", "v", "FEAT_FRINTTS"],
  [1, 0, "11111", "FRINT64X", "", "v", "FEAT_FRINTTS"],
  [1, 1, "01100", "FCMGE_zero", ", #0.0", "vhst", null],
  [1, 1, "01101", "FCMLE_zero", ", #0.0", "vhst", null],
  [1, 1, "01111", "FNEG", "", "vh", null],
  [1, 1, "11001", "FRINTI", "", "vh", null],
  [1, 1, "11010", "FCVTPU", "", "vhst", null],
  [1, 1, "11011", "FCVTZU", "", "vhst", null],
  [1, 1, "11101", "FRSQRTE", "", "vhst", null],
  [1, 1, "11111", "FSQRT", "", "vh", null],
] as const;

/** Across lanes: [U, opcode, mnemonic, destination kind]. */
const ACROSS = [
  [0, "00011", "SADDLV", "zw"],
  [0, "01010", "SMAXV", "z"],
  [0, "11010", "SMINV", "z"],
  [0, "11011", "ADDV", "z"],
  [1, "00011", "UADDLV", "zw"],
  [1, "01010", "UMAXV", "z"],
  [1, "11010", "UMINV", "z"],
] as const;

/** FP across lanes and scalar pairwise: [a, opcode, mnemonic]. */
const FP_REDUCE = [
  [0, "01100", "FMAXNM"],
  [0, "01111", "FMAX"],
  [1, "01100", "FMINNM"],
  [1, "01111", "FMIN"],
] as const;

const FP_PAIRWISE = [
  [0, "01100", "FMAXNMP"],
  [0, "01101", "FADDP"],
  [0, "01111", "FMAXP"],
  [1, "01100", "FMINNMP"],
  [1, "01111", "FMINP"],
] as const;

function withFeature(extra: string | null, base: FeatureRequirement): FeatureRequirement {
  if (extra === null) return base;
  return [...(typeof base === "string" ? [base] : (base ?? [])), extra] as FeatureRequirement;
}

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [u, opcode, name, vector, allowed, scalar] of INTEGER_MISC) {
    const mn = name.replace(/_.*/, "").toLowerCase();
    const two = name === "XTN" || name === "SQXTN" || name === "SQXTUN" || name === "UQXTN" || name === "SHLL";
    lines.push(
      simd(`${name}_v`, `0 q:1 ${u} 01110 size:2 10000 ${opcode} 10 rn:5 rd:5`, `${mn}${two ? "{2}" : ""} ${vector}`, {
        feature: ADV,
        when: arrangements(allowed),
      }),
    );
    if (scalar !== "") {
      const sizeSet = scalar.includes("{d:d}") ? sizes(3) : scalar.includes("zw") ? sizes(0, 1, 2) : undefined;
      lines.push(
        simd(`${name}_s`, `01 ${u} 11110 size:2 10000 ${opcode} 10 rn:5 rd:5`, `${mn} ${scalar}`, {
          feature: ADV,
          ...(sizeSet === undefined ? {} : { when: sizeSet }),
        }),
      );
    }
  }
  for (const [u, a, opcode, name, suffix, forms, extra] of FP_MISC) {
    const mn = name.replace(/_.*/, "").toLowerCase();
    const half = `${opcode}`;
    if (forms.includes("v")) {
      lines.push(
        simd(`${name}_v`, `0 q:1 ${u} 01110 ${a} sz:1 10000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:F}, {n:F}${suffix}`, {
          feature: withFeature(extra, ADV),
          when: fpArrangement,
        }),
      );
    }
    if (forms.includes("h")) {
      lines.push(
        simd(`${name}_vh`, `0 q:1 ${u} 01110 ${a} 1111 00 ${half} 10 rn:5 rd:5`, `${mn} {d:H}, {n:H}${suffix}`, {
          feature: FP16,
        }),
      );
    }
    if (forms.includes("s")) {
      lines.push(
        simd(`${name}_s`, `01 ${u} 11110 ${a} sz:1 10000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:f}, {n:f}${suffix}`, {
          feature: ADV,
        }),
      );
    }
    if (forms.includes("t")) {
      lines.push(
        simd(`${name}_sh`, `01 ${u} 11110 ${a} 1111 00 ${half} 10 rn:5 rd:5`, `${mn} {d:h}, {n:h}${suffix}`, {
          feature: FP16,
        }),
      );
    }
  }
  for (const [u, opcode, name, kind] of ACROSS) {
    lines.push(
      simd(
        `${name}_v`,
        `0 q:1 ${u} 01110 size:2 11000 ${opcode} 10 rn:5 rd:5`,
        `${name.toLowerCase()} {d:${kind}}, {n:T}`,
        {
          feature: ADV,
          when: arrangements("8b 16b 4h 8h 4s"),
        },
      ),
    );
  }
  for (const [a, opcode, name] of FP_REDUCE) {
    const mn = `${name.toLowerCase()}v`;
    lines.push(
      simd(`${name}V_v`, `0 1 1 01110 ${a} 0 11000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:s}, {n:4s}`, { feature: ADV }),
      simd(`${name}V_vh`, `0 q:1 0 01110 ${a} 0 11000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:h}, {n:H}`, { feature: FP16 }),
    );
  }
  for (const [a, opcode, name] of FP_PAIRWISE) {
    const mn = name.toLowerCase();
    lines.push(
      simd(`${name}_pair_s`, `01 1 11110 ${a} sz:1 11000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:f}, {n:Fp}`, {
        feature: ADV,
      }),
      simd(`${name}_pair_sh`, `01 0 11110 ${a} 0 11000 ${opcode} 10 rn:5 rd:5`, `${mn} {d:h}, {n:2h}`, {
        feature: FP16,
      }),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SIMD_MISC: readonly EncodingLine[] = [
  ...generate(),
  simd("NOT_v",      "0 q:1 1 01110 00 10000 00101 10 rn:5 rd:5", "mvn {d:B}, {n:B}", { feature: ADV }),
  simd("RBIT_v",     "0 q:1 1 01110 01 10000 00101 10 rn:5 rd:5", "rbit {d:B}, {n:B}", { feature: ADV }),
  simd("ADDP_pair_s", "01 0 11110 11 11000 11011 10 rn:5 rd:5", "addp {d:d}, {n:2d}", { feature: ADV }),
  // Precision changes between vector elements
  simd("FCVTN_v",    "0 q:1 0 01110 0 sz:1 10000 10110 10 rn:5 rd:5", "fcvtn{2} {d:Fn}, {n:Fw}", { feature: ADV }),
  simd("FCVTL_v",    "0 q:1 0 01110 0 sz:1 10000 10111 10 rn:5 rd:5", "fcvtl{2} {d:Fw}, {n:Fn}", { feature: ADV }),
  simd("FCVTXN_v",   "0 q:1 1 01110 0 1 10000 10110 10 rn:5 rd:5", "fcvtxn{2} {d:S}, {n:2d}", { feature: ADV }),
  simd("FCVTXN_s",   "01 1 11110 0 1 10000 10110 10 rn:5 rd:5", "fcvtxn {d:s}, {n:d}", { feature: ADV }),
  simd("BFCVTN_v",   "0 q:1 0 01110 10 10000 10110 10 rn:5 rd:5", "bfcvtn{2} {d:H}, {n:4s}", { feature: [ADV, "FEAT_BF16"] }),
  simd("URECPE_v",   "0 q:1 0 01110 1 0 10000 11100 10 rn:5 rd:5", "urecpe {d:S}, {n:S}", { feature: ADV }),
  simd("URSQRTE_v",  "0 q:1 1 01110 1 0 10000 11100 10 rn:5 rd:5", "ursqrte {d:S}, {n:S}", { feature: ADV }),
];
