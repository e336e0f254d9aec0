/**
 * SME2 multi-vector operations on Z registers alone: SEL, the clamps, ZIP/UZP into register pairs,
 * and the saturating rounding shift-right-narrow of two or four vectors (SQRSHR ...).
 */
import type { EncodingLine } from "./format";
import { bin, ELEMENT, type SmeFeature, sme } from "./sme-line";

function selects(): EncodingLine[] {
  return ELEMENT.flatMap((e, size) => [
    sme(
      `SEL_x2_${e.toUpperCase()}`,
      `11000001 ${bin(size, 2)} 1 zm:4 0 100 pn:3 zn:4 0 zd:4 0`,
      `sel {L2:zd:${e}}, {pn8:pn}, {L2:zn:${e}}, {L2:zm:${e}}`,
      "FEAT_SME2",
    ),
    sme(
      `SEL_x4_${e.toUpperCase()}`,
      `11000001 ${bin(size, 2)} 1 zm:3 01 100 pn:3 zn:3 00 zd:3 00`,
      `sel {L4:zd:${e}}, {pn8:pn}, {L4:zn:${e}}, {L4:zm:${e}}`,
      "FEAT_SME2",
    ),
  ]);
}

/** FCLAMP (BFCLAMP of halfwords at size 00), SCLAMP and UCLAMP of two and four vectors. */
function clamps(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  ELEMENT.forEach((e, size) => {
    const forms: ReadonlyArray<readonly [string, string, string, string, SmeFeature]> = [
      size === 0 ? ["bfclamp", "h", "0", "0", ["FEAT_SME2", "FEAT_SVE_B16B16"]] : ["fclamp", e, "0", "0", "FEAT_SME2"],
      ["sclamp", e, "1", "0", "FEAT_SME2"],
      ["uclamp", e, "1", "1", "FEAT_SME2"],
    ];
    for (const [mn, el, op, u, feature] of forms) {
      const name = `${mn.toUpperCase()}_${e.toUpperCase()}`;
      lines.push(
        sme(
          `${name}_x2`,
          `11000001 ${bin(size, 2)} 1 zm:5 11000 ${op} zn:5 zd:4 ${u}`,
          `${mn} {L2:zd:${el}}, {z:zn:${el}}, {z:zm:${el}}`,
          feature,
        ),
        sme(
          `${name}_x4`,
          `11000001 ${bin(size, 2)} 1 zm:5 11001 ${op} zn:5 zd:3 0 ${u}`,
          `${mn} {L4:zd:${el}}, {z:zn:${el}}, {z:zm:${el}}`,
          feature,
        ),
      );
    }
  });
  return lines;
}

/** ZIP and UZP of two vectors into a register pair. */
function interleaves(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  const sizes: ReadonlyArray<readonly [string, string, string]> = [
    ...ELEMENT.map((e, size) => [bin(size, 2), "0", e] as const),
    ["00", "1", "q"],
  ];
  for (const [size, q, e] of sizes) {
    for (const [op, mn] of [
      ["0", "zip"],
      ["1", "uzp"],
    ] as const) {
      lines.push(
        sme(
          `${mn.toUpperCase()}_x2_${e.toUpperCase()}`,
          `11000001 ${size} 1 zm:5 11010 ${q} zn:5 zd:4 ${op}`,
          `${mn} {L2:zd:${e}}, {z:zn:${e}}, {z:zm:${e}}`,
          "FEAT_SME2",
        ),
      );
    }
  }
  return lines;
}

/** Saturating rounding shift right narrow: [bit 10 (interleaving N forms), op bits 6:5, mnemonic]. */
const NARROWS = [
  ["0", "00", "sqrshr"],
  ["0", "01", "uqrshr"],
  ["0", "10", "sqrshru"],
  ["1", "00", "sqrshrn"],
  ["1", "01", "uqrshrn"],
  ["1", "10", "sqrshrun"],
] as const;

function narrows(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [n, op, mn] of NARROWS) {
    const upper = mn.toUpperCase();
    lines.push(
      sme(
        `${upper}_x4_S`,
        `11000001 0 1 1 imm:5 11011 ${n} zn:3 ${op} zd:5`,
        `${mn} {z:zd:b}, {L4:zn:s}, #{imm:imm:-1:32}`,
        "FEAT_SME2",
      ),
      sme(
        `${upper}_x4_D`,
        `11000001 1 th:1 1 imm:5 11011 ${n} zn:3 ${op} zd:5`,
        `${mn} {z:zd:h}, {L4:zn:d}, #{imm:th.imm:-1:64}`,
        "FEAT_SME2",
      ),
    );
  }
  // Two vectors of words to halfwords: bit 20 selects SQRSHRU, bit 5 unsigned.
  for (const [b20, u, mn] of [
    ["0", "0", "sqrshr"],
    ["0", "1", "uqrshr"],
    ["1", "0", "sqrshru"],
  ] as const) {
    lines.push(
      sme(
        `${mn.toUpperCase()}_x2_S`,
        `11000001 111 ${b20} imm:4 110101 zn:4 ${u} zd:5`,
        `${mn} {z:zd:h}, {L2:zn:s}, #{imm:imm:-1:16}`,
        "FEAT_SME2",
      ),
    );
  }
  return lines;
}

/** FMUL (SME2p2) and BFMUL of two or four vectors, by a single vector or by a second list. */
function multiplies(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  ELEMENT.forEach((e, size) => {
    const [mn, el, feature]: readonly [string, string, SmeFeature] =
      size === 0 ? ["bfmul", "h", ["FEAT_SME2", "FEAT_SVE_BFSCALE"]] : ["fmul", e, "FEAT_SME2p2"];
    const name = `${mn.toUpperCase()}_${e.toUpperCase()}`;
    const sz = bin(size, 2);
    lines.push(
      sme(
        `${name}_x2_single`,
        `11000001 ${sz} 1 zm:4 0 111010 zn:4 0 zd:4 0`,
        `${mn} {L2:zd:${el}}, {L2:zn:${el}}, {z:zm:${el}}`,
        feature,
      ),
      sme(
        `${name}_x4_single`,
        `11000001 ${sz} 1 zm:4 1 111010 zn:3 00 zd:3 00`,
        `${mn} {L4:zd:${el}}, {L4:zn:${el}}, {z:zm:${el}}`,
        feature,
      ),
      sme(
        `${name}_x2`,
        `11000001 ${sz} 1 zm:4 0 111001 zn:4 0 zd:4 0`,
        `${mn} {L2:zd:${el}}, {L2:zn:${el}}, {L2:zm:${el}}`,
        feature,
      ),
      sme(
        `${name}_x4`,
        `11000001 ${sz} 1 zm:3 01 111001 zn:3 00 zd:3 00`,
        `${mn} {L4:zd:${el}}, {L4:zn:${el}}, {L4:zm:${el}}`,
        feature,
      ),
    );
  });
  return lines;
}

/** Destructive two/four-vector operations: [opc bits 10:8, op bits 7:5, bit 0, mnemonic, forms]. */
const DESTRUCTIVE: ReadonlyArray<readonly [string, string, string, string, "both" | "single" | "multi"]> = [
  ["000", "000", "0", "smax", "both"],
  ["000", "000", "1", "umax", "both"],
  ["000", "001", "0", "smin", "both"],
  ["000", "001", "1", "umin", "both"],
  ["001", "000", "0", "fmax", "both"],
  ["001", "000", "1", "fmin", "both"],
  ["001", "001", "0", "fmaxnm", "both"],
  ["001", "001", "1", "fminnm", "both"],
  ["001", "010", "0", "famax", "multi"],
  ["001", "010", "1", "famin", "multi"],
  ["001", "100", "0", "fscale", "both"],
  ["010", "001", "0", "srshl", "both"],
  ["010", "001", "1", "urshl", "both"],
  ["011", "000", "0", "add", "single"],
  ["100", "000", "0", "sqdmulh", "both"],
];

/** The floating-point rows at size 00 are the BF16 forms, with their own features. */
const FLOAT_FEATURES: Readonly<Record<string, readonly [SmeFeature, SmeFeature]>> = {
  fmax: ["FEAT_SME2", ["FEAT_SME2", "FEAT_SVE_B16B16"]],
  fmin: ["FEAT_SME2", ["FEAT_SME2", "FEAT_SVE_B16B16"]],
  fmaxnm: ["FEAT_SME2", ["FEAT_SME2", "FEAT_SVE_B16B16"]],
  fminnm: ["FEAT_SME2", ["FEAT_SME2", "FEAT_SVE_B16B16"]],
  famax: [
    ["FEAT_SME2", "FEAT_FAMINMAX"],
    ["FEAT_SME2", "FEAT_FAMINMAX"],
  ],
  famin: [
    ["FEAT_SME2", "FEAT_FAMINMAX"],
    ["FEAT_SME2", "FEAT_FAMINMAX"],
  ],
  fscale: [
    ["FEAT_SME2", "FEAT_FP8"],
    ["FEAT_SME2", "FEAT_SVE_BFSCALE"],
  ],
};

function destructive(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, op, u, stem, forms] of DESTRUCTIVE) {
    const float = FLOAT_FEATURES[stem];
    ELEMENT.forEach((e, size) => {
      if (float !== undefined && size === 0 && stem.startsWith("fa")) return;
      const mn = float !== undefined && size === 0 ? `b${stem}` : stem;
      const el = float !== undefined && size === 0 ? "h" : e;
      const feature = float === undefined ? "FEAT_SME2" : float[size === 0 ? 1 : 0];
      const name = `${mn.toUpperCase()}_${e.toUpperCase()}`;
      const sz = bin(size, 2);
      const tail = `${opc} ${op}`;
      if (forms !== "multi") {
        lines.push(
          sme(
            `${name}_x2_single`,
            `11000001 ${sz} 1 0 zm:4 10100 ${tail} zdn:4 ${u}`,
            `${mn} {L2:zdn:${el}}, {L2:zdn:${el}}, {z:zm:${el}}`,
            feature,
          ),
          sme(
            `${name}_x4_single`,
            `11000001 ${sz} 1 0 zm:4 10101 ${tail} zdn:3 0 ${u}`,
            `${mn} {L4:zdn:${el}}, {L4:zdn:${el}}, {z:zm:${el}}`,
            feature,
          ),
        );
      }
      if (forms !== "single") {
        lines.push(
          sme(
            `${name}_x2`,
            `11000001 ${sz} 1 zm:4 0 10110 ${tail} zdn:4 ${u}`,
            `${mn} {L2:zdn:${el}}, {L2:zdn:${el}}, {L2:zm:${el}}`,
            feature,
          ),
          sme(
            `${name}_x4`,
            `11000001 ${sz} 1 zm:3 00 10111 ${tail} zdn:3 0 ${u}`,
            `${mn} {L4:zdn:${el}}, {L4:zdn:${el}}, {L4:zm:${el}}`,
            feature,
          ),
        );
      }
    });
  }
  return lines;
}

export const SME2_MULTI_VECTOR: readonly EncodingLine[] = [
  ...selects(),
  ...clamps(),
  ...interleaves(),
  ...narrows(),
  ...multiplies(),
  ...destructive(),
];
