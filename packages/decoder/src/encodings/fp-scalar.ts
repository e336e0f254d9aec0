/**
 * Scalar floating point ("Data Processing -- Scalar Floating-Point and Advanced SIMD", op0 = x111,
 * op1 = 0x1x with bit 30 clear): conversions, 1/2/3-source arithmetic, compares, selects, FMOV.
 * ftype 00 = single, 01 = double, 11 = half (FEAT_FP16); 10 is unallocated except where noted.
 */
import { enc, type FeatureRequirement, unallocated } from "./format";

const fp = { cls: "fp", feature: "FEAT_FP" } as const;
const fp16 = { cls: "fp", feature: ["FEAT_FP", "FEAT_FP16"] } as const;
const fprcvt = { cls: "fp", feature: ["FEAT_FP", "FEAT_FPRCVT"] } as const;
const fprcvt16 = { cls: "fp", feature: ["FEAT_FP", "FEAT_FP16", "FEAT_FPRCVT"] } as const;

/** `NAME_sd` (ftype 0x) and `NAME_h` (ftype 11, FEAT_FP16) lines of one scalar FP operation. */
function singleDoubleHalf(name: string, head: string, tail: string, sdFeature: FeatureRequirement = fp.feature) {
  return [
    enc(`${name}_sd`, `${head} ftype:2=0x ${tail}`, { cls: "fp", feature: sdFeature }),
    enc(`${name}_h`, `${head} ftype:2=11 ${tail}`, fp16),
  ];
}

const DP1 = "000 11110";
const DP3 = "000 11111";

/** Conversions between FP and integer registers: rmode:opcode -> mnemonic, both register widths. */
const TO_INTEGER = [
  ["FCVTNS", "00 000"],
  ["FCVTNU", "00 001"],
  ["FCVTAS", "00 100"],
  ["FCVTAU", "00 101"],
  ["FCVTPS", "01 000"],
  ["FCVTPU", "01 001"],
  ["FCVTMS", "10 000"],
  ["FCVTMU", "10 001"],
  ["FCVTZS", "11 000"],
  ["FCVTZU", "11 001"],
] as const;

/** FEAT_FPRCVT: the same conversions with the integer in a SIMD&FP register of the other width. */
const TO_INTEGER_IN_FP = [
  ["FCVTNS", "01 010"],
  ["FCVTNU", "01 011"],
  ["FCVTPS", "10 010"],
  ["FCVTPU", "10 011"],
  ["FCVTMS", "10 100"],
  ["FCVTMU", "10 101"],
  ["FCVTZS", "10 110"],
  ["FCVTZU", "10 111"],
  ["FCVTAS", "11 010"],
  ["FCVTAU", "11 011"],
  ["SCVTF", "11 100"],
  ["UCVTF", "11 101"],
] as const;

function conversions() {
  const lines = [];
  for (const [name, bits] of TO_INTEGER) {
    lines.push(...singleDoubleHalf(`${name}_gen`, "sf:1 00 11110", `1 ${bits} 000000 rn:5 rd:5`));
  }
  for (const [name, bits] of [
    ["SCVTF", "00 010"],
    ["UCVTF", "00 011"],
  ] as const) {
    lines.push(...singleDoubleHalf(`${name}_gen`, "sf:1 00 11110", `1 ${bits} 000000 rn:5 rd:5`));
  }
  for (const [name, bits] of TO_INTEGER_IN_FP) {
    // Valid pairs: sf=0 with double or half source (result S), sf=1 with single or half (result D).
    lines.push(
      enc(`${name}_fpr_sd`, `sf:1 00 11110 0 ftype0:1 1 ${bits} 000000 rn:5 rd:5`, {
        ...fprcvt,
        when: (w) => (((w >>> 31) ^ (w >>> 22)) & 1) === 1,
      }),
      enc(`${name}_fpr_h`, `sf:1 00 11110 ftype:2=11 1 ${bits} 000000 rn:5 rd:5`, fprcvt16),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const FP_SCALAR = [
  // Conversion between floating-point and fixed-point (32-bit forms need scale >= 32)
  ...singleDoubleHalf("SCVTF_fix",  "sf:1 00 11110", "0 00 010 scale:6 rn:5 rd:5"),
  ...singleDoubleHalf("UCVTF_fix",  "sf:1 00 11110", "0 00 011 scale:6 rn:5 rd:5"),
  ...singleDoubleHalf("FCVTZS_fix", "sf:1 00 11110", "0 11 000 scale:6 rn:5 rd:5"),
  ...singleDoubleHalf("FCVTZU_fix", "sf:1 00 11110", "0 11 001 scale:6 rn:5 rd:5"),
  unallocated(      "0 00 11110 xx 0 xx xxx 0xxxxx xxxxx xxxxx", "32-bit fixed-point with scale < 32", 1),
  // Conversion between floating-point and integer
  ...conversions(),
  enc("FMOV_ws",     "0 00 11110 00 1 00 110 000000 rn:5 rd:5", fp),
  enc("FMOV_sw",     "0 00 11110 00 1 00 111 000000 rn:5 rd:5", fp),
  enc("FMOV_xd",     "1 00 11110 01 1 00 110 000000 rn:5 rd:5", fp),
  enc("FMOV_dx",     "1 00 11110 01 1 00 111 000000 rn:5 rd:5", fp),
  enc("FMOV_gen_h",  "sf:1 00 11110 11 1 00 110 000000 rn:5 rd:5", fp16),
  enc("FMOV_h_gen",  "sf:1 00 11110 11 1 00 111 000000 rn:5 rd:5", fp16),
  enc("FMOV_x_d1",   "1 00 11110 10 1 01 110 000000 rn:5 rd:5", fp),
  enc("FMOV_d1_x",   "1 00 11110 10 1 01 111 000000 rn:5 rd:5", fp),
  enc("FJCVTZS",     "0 00 11110 01 1 11 110 000000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_JSCVT"] }),
  // Floating-point data-processing (1 source)
  ...singleDoubleHalf("FMOV_reg", DP1, "1 000000 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FABS",     DP1, "1 000001 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FNEG",     DP1, "1 000010 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FSQRT",    DP1, "1 000011 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTN",   DP1, "1 001000 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTP",   DP1, "1 001001 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTM",   DP1, "1 001010 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTZ",   DP1, "1 001011 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTA",   DP1, "1 001100 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTX",   DP1, "1 001110 10000 rn:5 rd:5"),
  ...singleDoubleHalf("FRINTI",   DP1, "1 001111 10000 rn:5 rd:5"),
  enc("FRINT32Z",    "000 11110 ftype:2=0x 1 010000 10000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_FRINTTS"] }),
  enc("FRINT32X",    "000 11110 ftype:2=0x 1 010001 10000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_FRINTTS"] }),
  enc("FRINT64Z",    "000 11110 ftype:2=0x 1 010010 10000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_FRINTTS"] }),
  enc("FRINT64X",    "000 11110 ftype:2=0x 1 010011 10000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_FRINTTS"] }),
  // FCVT between precisions: ftype is the source, opc the destination; equal types are unallocated
  enc("FCVT_ds",     "000 11110 ftype:2=00 1 0001 opc:2=01 10000 rn:5 rd:5", fp),
  enc("FCVT_hs",     "000 11110 ftype:2=00 1 0001 opc:2=11 10000 rn:5 rd:5", fp),
  enc("FCVT_sd",     "000 11110 ftype:2=01 1 0001 opc:2=00 10000 rn:5 rd:5", fp),
  enc("FCVT_hd",     "000 11110 ftype:2=01 1 0001 opc:2=11 10000 rn:5 rd:5", fp),
  enc("FCVT_sh",     "000 11110 ftype:2=11 1 0001 opc:2=00 10000 rn:5 rd:5", fp),
  enc("FCVT_dh",     "000 11110 ftype:2=11 1 0001 opc:2=01 10000 rn:5 rd:5", fp),
  enc("BFCVT",       "000 11110 01 1 000110 10000 rn:5 rd:5", { cls: "fp", feature: ["FEAT_FP", "FEAT_BF16"] }),
  // Floating-point compare: the #0.0 forms ignore Rm
  ...singleDoubleHalf("FCMP",      DP1, "1 rm:5 00 1000 rn:5 00000"),
  ...singleDoubleHalf("FCMP_zero", DP1, "1 rm:5 00 1000 rn:5 01000"),
  ...singleDoubleHalf("FCMPE",     DP1, "1 rm:5 00 1000 rn:5 10000"),
  ...singleDoubleHalf("FCMPE_zero", DP1, "1 rm:5 00 1000 rn:5 11000"),
  // Floating-point immediate
  ...singleDoubleHalf("FMOV_imm", DP1, "1 imm8:8 100 00000 rd:5"),
  // Floating-point conditional compare
  ...singleDoubleHalf("FCCMP",  DP1, "1 rm:5 cond:4 01 rn:5 0 nzcv:4"),
  ...singleDoubleHalf("FCCMPE", DP1, "1 rm:5 cond:4 01 rn:5 1 nzcv:4"),
  // Floating-point data-processing (2 source)
  ...singleDoubleHalf("FMUL",   DP1, "1 rm:5 0000 10 rn:5 rd:5"),
  ...singleDoubleHalf("FDIV",   DP1, "1 rm:5 0001 10 rn:5 rd:5"),
  ...singleDoubleHalf("FADD",   DP1, "1 rm:5 0010 10 rn:5 rd:5"),
  ...singleDoubleHalf("FSUB",   DP1, "1 rm:5 0011 10 rn:5 rd:5"),
  ...singleDoubleHalf("FMAX",   DP1, "1 rm:5 0100 10 rn:5 rd:5"),
  ...singleDoubleHalf("FMIN",   DP1, "1 rm:5 0101 10 rn:5 rd:5"),
  ...singleDoubleHalf("FMAXNM", DP1, "1 rm:5 0110 10 rn:5 rd:5"),
  ...singleDoubleHalf("FMINNM", DP1, "1 rm:5 0111 10 rn:5 rd:5"),
  ...singleDoubleHalf("FNMUL",  DP1, "1 rm:5 1000 10 rn:5 rd:5"),
  // Floating-point conditional select
  ...singleDoubleHalf("FCSEL",  DP1, "1 rm:5 cond:4 11 rn:5 rd:5"),
  // Floating-point data-processing (3 source)
  ...singleDoubleHalf("FMADD",  DP3, "0 rm:5 0 ra:5 rn:5 rd:5"),
  ...singleDoubleHalf("FMSUB",  DP3, "0 rm:5 1 ra:5 rn:5 rd:5"),
  ...singleDoubleHalf("FNMADD", DP3, "1 rm:5 0 ra:5 rn:5 rd:5"),
  ...singleDoubleHalf("FNMSUB", DP3, "1 rm:5 1 ra:5 rn:5 rd:5"),
];
