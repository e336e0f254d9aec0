/**
 * AdvSIMD three-register groups, vector and scalar: three same, three same (FP16), three different.
 * Tables list U:opcode -> mnemonic and allowed arrangements; the lines are generated from them.
 */
import type { EncodingLine, FeatureRequirement } from "./format";
import { arrangements, fpArrangement, simd, sizes } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;
const FP16 = ["FEAT_AdvSIMD", "FEAT_FP16"] as const;

/** Integer three-same: [U, opcode, mnemonic, vector sizes, scalar sizes ("" = no scalar form)]. */
const INTEGER_THREE_SAME = [
  [0, "00000", "SHADD", "bhs", ""],
  [0, "00001", "SQADD", "bhsd", "0123"],
  [0, "00010", "SRHADD", "bhs", ""],
  [0, "00100", "SHSUB", "bhs", ""],
  [0, "00101", "SQSUB", "bhsd", "0123"],
  [0, "00110", "CMGT", "bhsd", "3"],
  [0, "00111", "CMGE", "bhsd", "3"],
  [0, "01000", "SSHL", "bhsd", "3"],
  [0, "01001", "SQSHL", "bhsd", "0123"],
  [0, "01010", "SRSHL", "bhsd", "3"],
  [0, "01011", "SQRSHL", "bhsd", "0123"],
  [0, "01100", "SMAX", "bhs", ""],
  [0, "01101", "SMIN", "bhs", ""],
  [0, "01110", "SABD", "bhs", ""],
  [0, "01111", "SABA", "bhs", ""],
  [0, "10000", "ADD", "bhsd", "3"],
  [0, "10001", "CMTST", "bhsd", "3"],
  [0, "10010", "MLA", "bhs", ""],
  [0, "10011", "MUL", "bhs", ""],
  [0, "10100", "SMAXP", "bhs", ""],
  [0, "10101", "SMINP", "bhs", ""],
  [0, "10110", "SQDMULH", "hs", "12"],
  [0, "10111", "ADDP", "bhsd", ""],
  [1, "00000", "UHADD", "bhs", ""],
  [1, "00001", "UQADD", "bhsd", "0123"],
  [1, "00010", "URHADD", "bhs", ""],
  [1, "00100", "UHSUB", "bhs", ""],
  [1, "00101", "UQSUB", "bhsd", "0123"],
  [1, "00110", "CMHI", "bhsd", "3"],
  [1, "00111", "CMHS", "bhsd", "3"],
  [1, "01000", "USHL", "bhsd", "3"],
  [1, "01001", "UQSHL", "bhsd", "0123"],
  [1, "01010", "URSHL", "bhsd", "3"],
  [1, "01011", "UQRSHL", "bhsd", "0123"],
  [1, "01100", "UMAX", "bhs", ""],
  [1, "01101", "UMIN", "bhs", ""],
  [1, "01110", "UABD", "bhs", ""],
  [1, "01111", "UABA", "bhs", ""],
  [1, "10000", "SUB", "bhsd", "3"],
  [1, "10001", "CMEQ", "bhsd", "3"],
  [1, "10010", "MLS", "bhs", ""],
  [1, "10011", "PMUL", "b", ""],
  [1, "10100", "UMAXP", "bhs", ""],
  [1, "10101", "UMINP", "bhs", ""],
  [1, "10110", "SQRDMULH", "hs", "12"],
] as const;

/** Bitwise three-same (opcode 00011): size selects the operation; always 8b/16b. */
const BITWISE = [
  [0, "00", "AND"],
  [0, "01", "BIC"],
  [0, "10", "ORR"],
  [0, "11", "ORN"],
  [1, "00", "EOR"],
  [1, "01", "BSL"],
  [1, "10", "BIT"],
  [1, "11", "BIF"],
] as const;

/**
 * FP three-same: [U, a, opcode3, mnemonic, scalar?, feature of the single/double form]. The
 * single/double form has opcode 11:opcode3 with sz at bit 22; the FP16 form has a 10 at 22:21
 * and opcode3 at 13:11.
 */
const FP_THREE_SAME = [
  [0, 0, "000", "FMAXNM", false],
  [0, 0, "001", "FMLA", false],
  [0, 0, "010", "FADD", false],
  [0, 0, "011", "FMULX", true],
  [0, 0, "100", "FCMEQ", true],
  [0, 0, "110", "FMAX", false],
  [0, 0, "111", "FRECPS", true],
  [0, 1, "000", "FMINNM", false],
  [0, 1, "001", "FMLS", false],
  [0, 1, "010", "FSUB", false],
  [0, 1, "110", "FMIN", false],
  [0, 1, "111", "FRSQRTS", true],
  [1, 0, "000", "FMAXNMP", false],
  [1, 0, "010", "FADDP", false],
  [1, 0, "011", "FMUL", false],
  [1, 0, "100", "FCMGE", true],
  [1, 0, "101", "FACGE", true],
  [1, 0, "110", "FMAXP", false],
  [1, 0, "111", "FDIV", false],
  [1, 1, "000", "FMINNMP", false],
  [1, 1, "010", "FABD", true],
  [1, 1, "100", "FCMGT", true],
  [1, 1, "101", "FACGT", true],
  [1, 1, "110", "FMINP", false],
] as const;

/** FP three-same forms added by later extensions: [U, a, opcode3, mnemonic, feature]. */
const FP_THREE_SAME_EXTRA = [
  [0, 1, "011", "FAMAX", "FEAT_FAMINMAX"],
  [1, 1, "011", "FAMIN", "FEAT_FAMINMAX"],
  [1, 1, "111", "FSCALE", "FEAT_FP8"],
] as const;

/** Three-different: [U, opcode, mnemonic, shape] with shape long / wide / narrow. */
const THREE_DIFFERENT = [
  [0, "0000", "SADDL", "long"],
  [0, "0001", "SADDW", "wide"],
  [0, "0010", "SSUBL", "long"],
  [0, "0011", "SSUBW", "wide"],
  [0, "0100", "ADDHN", "narrow"],
  [0, "0101", "SABAL", "long"],
  [0, "0110", "SUBHN", "narrow"],
  [0, "0111", "SABDL", "long"],
  [0, "1000", "SMLAL", "long"],
  [0, "1001", "SQDMLAL", "longq"],
  [0, "1010", "SMLSL", "long"],
  [0, "1011", "SQDMLSL", "longq"],
  [0, "1100", "SMULL", "long"],
  [0, "1101", "SQDMULL", "longq"],
  [1, "0000", "UADDL", "long"],
  [1, "0001", "UADDW", "wide"],
  [1, "0010", "USUBL", "long"],
  [1, "0011", "USUBW", "wide"],
  [1, "0100", "RADDHN", "narrow"],
  [1, "0101", "UABAL", "long"],
  [1, "0110", "RSUBHN", "narrow"],
  [1, "0111", "UABDL", "long"],
  [1, "1000", "UMLAL", "long"],
  [1, "1010", "UMLSL", "long"],
  [1, "1100", "UMULL", "long"],
] as const;

const THREE_DIFFERENT_SYNTAX = {
  long: "{2} {d:Tw}, {n:T}, {m:T}",
  longq: "{2} {d:Tw}, {n:T}, {m:T}",
  wide: "{2} {d:Tw}, {n:Tw}, {m:T}",
  narrow: "{2} {d:T}, {n:Tw}, {m:Tw}",
} as const;

function lower(name: string): string {
  return name.toLowerCase();
}

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [u, opcode, name, vector, scalar] of INTEGER_THREE_SAME) {
    const mn = lower(name);
    lines.push(
      simd(`${name}_v`, `0 q:1 ${u} 01110 size:2 1 rm:5 ${opcode} 1 rn:5 rd:5`, `${mn} {d:T}, {n:T}, {m:T}`, {
        feature: ADV,
        when: arrangements(vector),
      }),
    );
    if (scalar !== "") {
      lines.push(
        simd(`${name}_s`, `01 ${u} 11110 size:2 1 rm:5 ${opcode} 1 rn:5 rd:5`, `${mn} {d:z}, {n:z}, {m:z}`, {
          feature: ADV,
          ...(scalar === "0123" ? {} : { when: sizes(...[...scalar].map(Number)) }),
        }),
      );
    }
  }
  for (const [u, size, name] of BITWISE) {
    lines.push(
      simd(`${name}_v`, `0 q:1 ${u} 01110 ${size} 1 rm:5 00011 1 rn:5 rd:5`, `${lower(name)} {d:B}, {n:B}, {m:B}`, {
        feature: ADV,
      }),
    );
  }
  for (const [u, a, opcode, name, scalar] of FP_THREE_SAME) {
    addFpThreeSame(lines, u, a, opcode, name, scalar, ADV);
  }
  for (const [u, a, opcode, name, feature] of FP_THREE_SAME_EXTRA) {
    addFpThreeSame(lines, u, a, opcode, name, false, [ADV, feature]);
  }
  for (const [u, opcode, name, shape] of THREE_DIFFERENT) {
    const mn = lower(name);
    const syntax = `${mn}${THREE_DIFFERENT_SYNTAX[shape]}`;
    lines.push(
      simd(`${name}_v`, `0 q:1 ${u} 01110 size:2 1 rm:5 ${opcode} 00 rn:5 rd:5`, syntax, {
        feature: ADV,
        when: sizes(...(shape === "longq" ? [1, 2] : [0, 1, 2])),
      }),
    );
    if (shape === "longq") {
      lines.push(
        simd(`${name}_s`, `01 ${u} 11110 size:2 1 rm:5 ${opcode} 00 rn:5 rd:5`, `${mn} {d:zw}, {n:z}, {m:z}`, {
          feature: ADV,
          when: sizes(1, 2),
        }),
      );
    }
  }
  return lines;
}

function addFpThreeSame(
  lines: EncodingLine[],
  u: number,
  a: number,
  opcode: string,
  name: string,
  scalar: boolean,
  feature: FeatureRequirement,
): void {
  const mn = lower(name);
  const half: FeatureRequirement = [...FP16, ...(typeof feature === "string" ? [] : (feature ?? []).slice(1))];
  lines.push(
    simd(`${name}_v`, `0 q:1 ${u} 01110 ${a} sz:1 1 rm:5 11${opcode} 1 rn:5 rd:5`, `${mn} {d:F}, {n:F}, {m:F}`, {
      feature,
      when: fpArrangement,
    }),
    simd(`${name}_vh`, `0 q:1 ${u} 01110 ${a} 10 rm:5 00 ${opcode} 1 rn:5 rd:5`, `${mn} {d:H}, {n:H}, {m:H}`, {
      feature: half,
    }),
  );
  if (scalar) {
    lines.push(
      simd(`${name}_s`, `01 ${u} 11110 ${a} sz:1 1 rm:5 11${opcode} 1 rn:5 rd:5`, `${mn} {d:f}, {n:f}, {m:f}`, {
        feature,
      }),
      simd(`${name}_sh`, `01 ${u} 11110 ${a} 10 rm:5 00 ${opcode} 1 rn:5 rd:5`, `${mn} {d:h}, {n:h}, {m:h}`, {
        feature: half,
      }),
    );
  }
}

export const SIMD_THREE: readonly EncodingLine[] = generate();
