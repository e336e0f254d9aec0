/**
 * SME2 multi-vector arithmetic accumulating into ZA array vectors (`za.s[w8, 0, vgx2]`): the
 * indexed, multi-by-single and single-by-single forms of FMLA, dot products, and the long and
 * long-long multiply-adds (FMLAL, SMLALL ...), including the FP8 forms.
 */
import type { EncodingLine } from "./format";
import { type SmeFeature, sme } from "./sme-line";

const I16I64: SmeFeature = ["FEAT_SME2", "FEAT_SME_I16I64"];
const F64F64: SmeFeature = ["FEAT_SME2", "FEAT_SME_F64F64"];
const F16F16: SmeFeature = ["FEAT_SME2p1", "FEAT_SME_F16F16"];
const B16B16: SmeFeature = ["FEAT_SME2", "FEAT_SME_B16B16"];

/** How the ZA operand's offset prints: one vector, or a range of 2 or 4 (long, long-long). */
const RANGE = { 1: "{=off}", 2: "{r2:off}", 4: "{r4:off}" } as const;

/**
 * One row of a family: mnemonic, its operation bits (`|`-separated, spliced into the pattern's `$1`,
 * `$2`), the ZA element, the source element, the offset range, and the features.
 */
type Row = readonly [mnemonic: string, op: string, acc: string, src: string, range: 1 | 2 | 4, feature: SmeFeature];

interface Family {
  /** Name suffix, unique per family. */
  readonly form: string;
  readonly pattern: string;
  /** `vgx2`, `vgx4`, or "" for single vectors. */
  readonly vg: "" | "vgx2" | "vgx4";
  /** The Z operands after the ZA operand, with `E` for the source element. */
  readonly operands: string;
  readonly rows: readonly Row[];
}

function expand(family: Family): EncodingLine[] {
  return family.rows.map(([mn, op, acc, src, range, feature]) => {
    const za = `za.${acc}[{w8:rv}, ${RANGE[range]}${family.vg === "" ? "" : `, ${family.vg}`}]`;
    const bits = op.split("|");
    return sme(
      `${mn.toUpperCase()}_za${acc}_${src}_${family.form}`,
      family.pattern.replace(/\$(\d)/g, (_, k: string) => bits[Number(k) - 1]!),
      `${mn} ${za}, ${family.operands.replaceAll("E", src)}`,
      feature,
    );
  });
}

const LONG_LONG_S: readonly Row[] = [
  ["smlall", "000", "s", "b", 4, "FEAT_SME2"],
  ["usmlall", "001", "s", "b", 4, "FEAT_SME2"],
  ["smlsll", "010", "s", "b", 4, "FEAT_SME2"],
  ["umlall", "100", "s", "b", 4, "FEAT_SME2"],
  ["sumlall", "101", "s", "b", 4, "FEAT_SME2"],
  ["umlsll", "110", "s", "b", 4, "FEAT_SME2"],
];

const LONG_LONG_D: readonly Row[] = [
  ["smlall", "00", "d", "h", 4, I16I64],
  ["smlsll", "01", "d", "h", 4, I16I64],
  ["umlall", "10", "d", "h", 4, I16I64],
  ["umlsll", "11", "d", "h", 4, I16I64],
];

const FP_LONG: readonly Row[] = [
  ["fmlal", "00", "s", "h", 2, "FEAT_SME2"],
  ["fmlsl", "01", "s", "h", 2, "FEAT_SME2"],
  ["bfmlal", "10", "s", "h", 2, "FEAT_SME2"],
  ["bfmlsl", "11", "s", "h", 2, "FEAT_SME2"],
];

const INT_LONG: readonly Row[] = [
  ["smlal", "00", "s", "h", 2, "FEAT_SME2"],
  ["smlsl", "01", "s", "h", 2, "FEAT_SME2"],
  ["umlal", "10", "s", "h", 2, "FEAT_SME2"],
  ["umlsl", "11", "s", "h", 2, "FEAT_SME2"],
];

/** Integer and BF16/FP16 dot products: [mnemonic, op, source element]. */
const DOTS = [
  ["sdot", "000", "h"],
  ["fdot", "001", "h"],
  ["udot", "010", "h"],
  ["bfdot", "011", "h"],
  ["sdot", "100", "b"],
  ["usdot", "101", "b"],
  ["udot", "110", "b"],
  ["sudot", "111", "b"],
] as const;

/** Operation bits of the long-long multiply-adds in their multi-vector indexed forms. */
const LONG_LONG_MULTI: Readonly<Record<string, string>> = {
  smlall: "000",
  smlsll: "001",
  umlall: "010",
  umlsll: "011",
  usmlall: "100",
  sumlall: "110",
};

const DOUBLE_INDEXED: readonly Row[] = [
  ["fmla", "00", "d", "d", 1, F64F64],
  ["sdot", "01", "d", "h", 1, I16I64],
  ["fmls", "10", "d", "d", 1, F64F64],
  ["udot", "11", "d", "h", 1, I16I64],
];

/** Rows whose op is a prefix, re-spelt: `withOp(rows, (op) => ...)`. */
function withOp(rows: readonly Row[], f: (op: string) => string): Row[] {
  return rows.map(([mn, op, ...rest]) => [mn, f(op), ...rest] as const);
}

/** Single vector by indexed element. */
const SINGLE_INDEXED: readonly Family[] = [
  {
    form: "idx",
    pattern: "11000001 0 $1 00 zm:4 ih:1 rv:2 il:3 zn:5 $2 off:2",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E:ih.il}",
    rows: [...withOp(LONG_LONG_S, (op) => `0|${op}`), ["fmlall", "1|000", "s", "b", 4, "FEAT_SME_F8F32"]],
  },
  {
    form: "idx",
    pattern: "11000001 10 00 zm:4 ih:1 rv:2 0 il:2 zn:5 $1 0 off:2",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E:ih.il}",
    rows: LONG_LONG_D,
  },
  {
    form: "idx",
    pattern: "11000001 1 $1 00 zm:4 ih:1 rv:2 1 il:2 zn:5 $2 off:3",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E:ih.il}",
    rows: [...withOp(FP_LONG, (op) => `0|${op}`), ...withOp(INT_LONG, (op) => `1|${op}`)],
  },
  {
    form: "idx",
    pattern: "11000001 11 00 zm:4 ih:1 rv:2 0 il:2 zn:5 0 i0:1 off:3",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E:ih.il.i0}",
    rows: [["fmlal", "", "h", "b", 2, "FEAT_SME_F8F16"]],
  },
];

/** Two or four vectors by indexed element. */
const MULTI_INDEXED: readonly Family[] = [
  // Long-long into .s (bits 23:22 = 00) and .d (10).
  {
    form: "idx2",
    pattern: "11000001 0001 zm:4 0 rv:2 0 ih:2 zn:4 $1 il:2 off:1",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: LONG_LONG_S.map(([mn, , ...rest]) => [mn, LONG_LONG_MULTI[mn]!, ...rest] as const),
  },
  {
    form: "idx4",
    pattern: "11000001 0001 zm:4 1 rv:2 0 ih:2 zn:3 0 $1 il:2 off:1",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: LONG_LONG_S.map(([mn, , ...rest]) => [mn, LONG_LONG_MULTI[mn]!, ...rest] as const),
  },
  {
    form: "idx4",
    pattern: "11000001 0001 zm:4 1 rv:2 0 ih:2 zn:3 1 000 il:2 off:1",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: [["fmlall", "", "s", "b", 4, "FEAT_SME_F8F32"]],
  },
  {
    form: "idx2",
    pattern: "11000001 1001 zm:4 0 rv:2 0 ih:2 zn:4 100 il:2 off:1",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [["fmlall", "", "s", "b", 4, "FEAT_SME_F8F32"]],
  },
  {
    form: "idx2",
    pattern: "11000001 1001 zm:4 0 rv:2 0 0 ih:1 zn:4 0 $1 il:2 off:1",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: LONG_LONG_D,
  },
  {
    form: "idx4",
    pattern: "11000001 1001 zm:4 1 rv:2 0 0 ih:1 zn:3 0 0 $1 il:2 off:1",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: LONG_LONG_D,
  },
  // Long into .s: FP (bits 23:22 = 10) and integer (11), and the FP8 FMLAL into .h.
  {
    form: "idx2",
    pattern: "11000001 1 $1 01 zm:4 0 rv:2 1 ih:2 zn:4 0 $2 il:1 off:2",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [...withOp(FP_LONG, (op) => `0|${op}`), ...withOp(INT_LONG, (op) => `1|${op}`)],
  },
  {
    form: "idx4",
    pattern: "11000001 1 $1 01 zm:4 1 rv:2 1 ih:2 zn:3 0 0 $2 il:1 off:2",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: [...withOp(FP_LONG, (op) => `0|${op}`), ...withOp(INT_LONG, (op) => `1|${op}`)],
  },
  {
    form: "idx2",
    pattern: "11000001 1001 zm:4 0 rv:2 1 ih:2 zn:4 11 il:2 off:2",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [["fmlal", "", "h", "b", 2, "FEAT_SME_F8F16"]],
  },
  {
    form: "idx4",
    pattern: "11000001 1001 zm:4 1 rv:2 1 ih:2 zn:3 010 il:2 off:2",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: [["fmlal", "", "h", "b", 2, "FEAT_SME_F8F16"]],
  },
  // Half-precision FMLA/FMLS/BFMLA/BFMLS and the FP8 FDOT into .h.
  {
    form: "idx2",
    pattern: "11000001 0001 zm:4 0 rv:2 1 ih:2 zn:4 $1 il:1 off:3",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [
      ["fmla", "00", "h", "h", 1, F16F16],
      ["fmls", "01", "h", "h", 1, F16F16],
      ["bfmla", "10", "h", "h", 1, B16B16],
      ["bfmls", "11", "h", "h", 1, B16B16],
    ],
  },
  {
    form: "idx4",
    pattern: "11000001 0001 zm:4 1 rv:2 1 ih:2 zn:3 $1 il:1 off:3",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:ih.il}",
    rows: [
      ["fmla", "000", "h", "h", 1, F16F16],
      ["fmls", "001", "h", "h", 1, F16F16],
      ["bfmla", "010", "h", "h", 1, B16B16],
      ["bfmls", "011", "h", "h", 1, B16B16],
      ["fdot", "100", "h", "b", 1, "FEAT_SME_F8F16"],
    ],
  },
  {
    form: "idx2",
    pattern: "11000001 1101 zm:4 0 rv:2 $1 ih:2 zn:4 10 il:1 off:3",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [
      ["fdot", "0", "h", "b", 1, "FEAT_SME_F8F16"],
      ["fvdot", "1", "h", "b", 1, "FEAT_SME_F8F16"],
    ],
  },
  // Single-precision FMLA/FMLS and the dot products into .s (bits 23:22 = 01).
  {
    form: "idx2",
    pattern: "11000001 0101 zm:4 0 rv:2 $1 i:2 zn:4 $2 off:3",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:i}",
    rows: [
      ["fmla", "0|000", "s", "s", 1, "FEAT_SME2"],
      ["fvdot", "0|001", "s", "h", 1, "FEAT_SME2"],
      ["fmls", "0|010", "s", "s", 1, "FEAT_SME2"],
      ["bfvdot", "0|011", "s", "h", 1, "FEAT_SME2"],
      ["svdot", "0|100", "s", "h", 1, "FEAT_SME2"],
      ["uvdot", "0|110", "s", "h", 1, "FEAT_SME2"],
      ["fdot", "0|111", "s", "b", 1, "FEAT_SME_F8F32"],
      ...DOTS.map(([mn, op, src]) => [mn, `1|${op}`, "s", src, 1, "FEAT_SME2"] as const),
    ],
  },
  {
    form: "idx4",
    pattern: "11000001 0101 zm:4 1 rv:2 $1 i:2 zn:3 0 $2 off:3",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:i}",
    rows: [
      ["fmla", "0|000", "s", "s", 1, "FEAT_SME2"],
      ["fdot", "0|001", "s", "b", 1, "FEAT_SME_F8F32"],
      ["fmls", "0|010", "s", "s", 1, "FEAT_SME2"],
      ["svdot", "0|100", "s", "b", 1, "FEAT_SME2"],
      ["usvdot", "0|101", "s", "b", 1, "FEAT_SME2"],
      ["uvdot", "0|110", "s", "b", 1, "FEAT_SME2"],
      ["suvdot", "0|111", "s", "b", 1, "FEAT_SME2"],
      ...DOTS.map(([mn, op, src]) => [mn, `1|${op}`, "s", src, 1, "FEAT_SME2"] as const),
    ],
  },
  // Double-precision FMLA/FMLS and the 16-bit integer dot products into .d (bits 23:22 = 11).
  {
    form: "idx2",
    pattern: "11000001 1101 zm:4 0 rv:2 0 0 i:1 zn:4 0 $1 off:3",
    vg: "vgx2",
    operands: "{L2:zn:E}, {z:zm:E:i}",
    rows: DOUBLE_INDEXED,
  },
  {
    form: "idx4",
    pattern: "11000001 1101 zm:4 1 rv:2 0 0 i:1 zn:3 0 0 $1 off:3",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:i}",
    rows: DOUBLE_INDEXED,
  },
  {
    form: "idx4",
    pattern: "11000001 1101 zm:4 1 rv:2 0 1 i:1 zn:3 0 0 $1 1 off:3",
    vg: "vgx4",
    operands: "{L4:zn:E}, {z:zm:E:i}",
    rows: [
      ["svdot", "0", "d", "h", 1, I16I64],
      ["uvdot", "1", "d", "h", 1, I16I64],
    ],
  },
  {
    form: "idx2",
    pattern: "11000001 1101 zm:4 0 rv:2 0 1 ih:1 zn:4 0 $1 il:1 off:3",
    vg: "vgx4",
    operands: "{L2:zn:E}, {z:zm:E:ih.il}",
    rows: [
      ["fvdotb", "0", "s", "b", 1, "FEAT_SME_F8F32"],
      ["fvdott", "1", "s", "b", 1, "FEAT_SME_F8F32"],
    ],
  },
];

/** Multi-vector (any first register) by single vector, bits 23:22 = 00: [opc, rows with their op bits]. */
function bySingle(vg: "vgx2" | "vgx4"): Family[] {
  const g = vg === "vgx2" ? "0" : "1";
  const list = vg === "vgx2" ? "{A2:zn:E}" : "{A4:zn:E}";
  const family = (opc: string, s: "0" | "1", tail: string, rows: readonly Row[]): Family => ({
    form: `single${vg === "vgx2" ? 2 : 4}`,
    pattern: `11000001 0 ${s} 1 ${g} zm:4 0 rv:2 ${opc} zn:5 ${tail}`,
    vg,
    operands: `${list}, {z:zm:E}`,
    rows,
  });
  const ops2 = (rows: readonly Row[]): Row[] => withOp(rows, (op) => `${op}0`);
  return [
    family("000", "0", "$1 off:1", [
      ["smlall", "0000", "s", "b", 4, "FEAT_SME2"],
      ["fmlall", "0001", "s", "b", 4, "FEAT_SME_F8F32"],
      ["usmlall", "0010", "s", "b", 4, "FEAT_SME2"],
      ["smlsll", "0100", "s", "b", 4, "FEAT_SME2"],
      ["umlall", "1000", "s", "b", 4, "FEAT_SME2"],
      ["sumlall", "1010", "s", "b", 4, "FEAT_SME2"],
      ["umlsll", "1100", "s", "b", 4, "FEAT_SME2"],
    ]),
    family("010", "0", "$1 off:2", [
      ["fmlal", "000", "s", "h", 2, "FEAT_SME2"],
      ["fmlal", "001", "h", "b", 2, "FEAT_SME_F8F16"],
      ["fmlsl", "010", "s", "h", 2, "FEAT_SME2"],
      ["bfmlal", "100", "s", "h", 2, "FEAT_SME2"],
      ["bfmlsl", "110", "s", "h", 2, "FEAT_SME2"],
    ]),
    family("100", "0", "$1 off:3", [
      ["fdot", "00", "s", "h", 1, "FEAT_SME2"],
      ["fdot", "01", "h", "b", 1, "FEAT_SME_F8F16"],
      ["bfdot", "10", "s", "h", 1, "FEAT_SME2"],
      ["fdot", "11", "s", "b", 1, "FEAT_SME_F8F32"],
    ]),
    family("101", "0", "$1 off:3", [
      ["sdot", "00", "s", "b", 1, "FEAT_SME2"],
      ["usdot", "01", "s", "b", 1, "FEAT_SME2"],
      ["udot", "10", "s", "b", 1, "FEAT_SME2"],
      ["sudot", "11", "s", "b", 1, "FEAT_SME2"],
    ]),
    family("110", "0", "$1 off:3", [
      ["fmla", "00", "s", "s", 1, "FEAT_SME2"],
      ["fmls", "01", "s", "s", 1, "FEAT_SME2"],
      ["add", "10", "s", "s", 1, "FEAT_SME2"],
      ["sub", "11", "s", "s", 1, "FEAT_SME2"],
    ]),
    family("111", "0", "$1 off:3", [
      ["fmla", "00", "h", "h", 1, F16F16],
      ["fmls", "01", "h", "h", 1, F16F16],
    ]),
    family(
      "000",
      "1",
      "$1 off:1",
      withOp(LONG_LONG_D, (op) => `${op}00`),
    ),
    family("010", "1", "$1 off:2", ops2(INT_LONG)),
    family("101", "1", "$1 off:3", [
      ["sdot", "00", "d", "h", 1, I16I64],
      ["sdot", "01", "s", "h", 1, "FEAT_SME2"],
      ["udot", "10", "d", "h", 1, I16I64],
      ["udot", "11", "s", "h", 1, "FEAT_SME2"],
    ]),
    family("110", "1", "$1 off:3", [
      ["fmla", "00", "d", "d", 1, F64F64],
      ["fmls", "01", "d", "d", 1, F64F64],
      ["add", "10", "d", "d", 1, I16I64],
      ["sub", "11", "d", "d", 1, I16I64],
    ]),
    family("111", "1", "$1 off:3", [
      ["bfmla", "00", "h", "h", 1, B16B16],
      ["bfmls", "01", "h", "h", 1, B16B16],
    ]),
  ];
}

/** Multi-vector by multi-vector, bit 23 set: both lists aligned to their length. */
function byMulti(vg: "vgx2" | "vgx4"): Family[] {
  const two = vg === "vgx2";
  const family = (opc: string, s: "0" | "1", tail: string, rows: readonly Row[]): Family => ({
    form: `multi${two ? 2 : 4}`,
    pattern: two
      ? `11000001 1 ${s} 1 zm:4 0 0 rv:2 ${opc} zn:4 ${tail}`
      : `11000001 1 ${s} 1 zm:3 01 0 rv:2 ${opc} zn:3 0 ${tail}`,
    vg,
    operands: two ? "{L2:zn:E}, {L2:zm:E}" : "{L4:zn:E}, {L4:zm:E}",
    rows,
  });
  return [
    family("000", "0", "$1 off:1", [
      ["smlall", "00000", "s", "b", 4, "FEAT_SME2"],
      ["usmlall", "00010", "s", "b", 4, "FEAT_SME2"],
      ["smlsll", "00100", "s", "b", 4, "FEAT_SME2"],
      ["umlall", "01000", "s", "b", 4, "FEAT_SME2"],
      ["umlsll", "01100", "s", "b", 4, "FEAT_SME2"],
      ["fmlall", "10000", "s", "b", 4, "FEAT_SME_F8F32"],
    ]),
    family("010", "0", "$1 off:2", [
      ...withOp(FP_LONG, (op) => `0${op}0`),
      ["fmlal", "1000", "h", "b", 2, "FEAT_SME_F8F16"],
    ]),
    family("100", "0", "$1 off:3", [
      ["fdot", "000", "s", "h", 1, "FEAT_SME2"],
      ["fmla", "001", "h", "h", 1, F16F16],
      ["bfdot", "010", "s", "h", 1, "FEAT_SME2"],
      ["fmls", "011", "h", "h", 1, F16F16],
      ["fdot", "100", "h", "b", 1, "FEAT_SME_F8F16"],
      ["fdot", "110", "s", "b", 1, "FEAT_SME_F8F32"],
    ]),
    family("101", "0", "$1 off:3", [
      ["sdot", "000", "s", "b", 1, "FEAT_SME2"],
      ["usdot", "001", "s", "b", 1, "FEAT_SME2"],
      ["udot", "010", "s", "b", 1, "FEAT_SME2"],
    ]),
    family("110", "0", "$1 off:3", [
      ["fmla", "000", "s", "s", 1, "FEAT_SME2"],
      ["fmls", "001", "s", "s", 1, "FEAT_SME2"],
      ["add", "010", "s", "s", 1, "FEAT_SME2"],
      ["sub", "011", "s", "s", 1, "FEAT_SME2"],
    ]),
    family(
      "000",
      "1",
      "$1 off:1",
      withOp(LONG_LONG_D, (op) => `0${op}00`),
    ),
    family(
      "010",
      "1",
      "$1 off:2",
      withOp(INT_LONG, (op) => `0${op}0`),
    ),
    family("100", "1", "$1 off:3", [
      ["bfmla", "001", "h", "h", 1, B16B16],
      ["bfmls", "011", "h", "h", 1, B16B16],
    ]),
    family("101", "1", "$1 off:3", [
      ["sdot", "000", "d", "h", 1, I16I64],
      ["sdot", "001", "s", "h", 1, "FEAT_SME2"],
      ["udot", "010", "d", "h", 1, I16I64],
      ["udot", "011", "s", "h", 1, "FEAT_SME2"],
    ]),
    family("110", "1", "$1 off:3", [
      ["fmla", "000", "d", "d", 1, F64F64],
      ["fmls", "001", "d", "d", 1, F64F64],
      ["add", "010", "d", "d", 1, I16I64],
      ["sub", "011", "d", "d", 1, I16I64],
    ]),
  ];
}

/** Accumulation of a vector group into ZA array vectors: [bits 23:22, bit 18 (halfwords), op bits 4:3, mnemonic, element, feature]. */
const ACCUMULATE: ReadonlyArray<readonly [string, string, string, string, string, SmeFeature]> = [
  ["10", "0", "00", "fadd", "s", "FEAT_SME2"],
  ["10", "0", "01", "fsub", "s", "FEAT_SME2"],
  ["10", "0", "10", "add", "s", "FEAT_SME2"],
  ["10", "0", "11", "sub", "s", "FEAT_SME2"],
  ["11", "0", "00", "fadd", "d", F64F64],
  ["11", "0", "01", "fsub", "d", F64F64],
  ["11", "0", "10", "add", "d", I16I64],
  ["11", "0", "11", "sub", "d", I16I64],
  ["10", "1", "00", "fadd", "h", F16F16],
  ["10", "1", "01", "fsub", "h", F16F16],
  ["11", "1", "00", "bfadd", "h", B16B16],
  ["11", "1", "01", "bfsub", "h", B16B16],
];

function accumulations(): EncodingLine[] {
  return ACCUMULATE.flatMap(([size, half, op, mn, e, feature]) => [
    sme(
      `${mn.toUpperCase()}_za${e}_vgx2`,
      `11000001 ${size} 1 00 ${half} 00 0 rv:2 111 zn:4 0 ${op} off:3`,
      `${mn} za.${e}[{w8:rv}, {=off}, vgx2], {L2:zn:${e}}`,
      feature,
    ),
    sme(
      `${mn.toUpperCase()}_za${e}_vgx4`,
      `11000001 ${size} 1 00 ${half} 01 0 rv:2 111 zn:3 00 ${op} off:3`,
      `${mn} za.${e}[{w8:rv}, {=off}, vgx4], {L4:zn:${e}}`,
      feature,
    ),
  ]);
}

/** Single vector by single vector (no vector group). */
const SINGLE_SINGLE: readonly Family[] = [
  {
    form: "single",
    pattern: "11000001 0 $1 1 $2 zm:4 0 rv:2 001 zn:5 $3 off:2",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E}",
    rows: [
      ...withOp(
        LONG_LONG_S.filter(([mn]) => mn !== "sumlall"),
        (op) => `0|0|${op}`,
      ),
      ["fmlall", "0|1|000", "s", "b", 4, "FEAT_SME_F8F32"],
      ...withOp(LONG_LONG_D, (op) => `1|0|${op}0`),
    ],
  },
  {
    form: "single",
    pattern: "11000001 0 $1 1 $2 zm:4 0 rv:2 011 zn:5 $3 off:3",
    vg: "",
    operands: "{z:zn:E}, {z:zm:E}",
    rows: [
      ...withOp(FP_LONG, (op) => `0|0|${op}`),
      ["fmlal", "0|1|00", "h", "b", 2, "FEAT_SME_F8F16"],
      ...withOp(INT_LONG, (op) => `1|0|${op}`),
    ],
  },
];

export const SME2_ZA_VECTORS: readonly EncodingLine[] = [
  ...SINGLE_INDEXED,
  ...MULTI_INDEXED,
  ...bySingle("vgx2"),
  ...bySingle("vgx4"),
  ...byMulti("vgx2"),
  ...byMulti("vgx4"),
  ...SINGLE_SINGLE,
]
  .flatMap(expand)
  .concat(accumulations());
