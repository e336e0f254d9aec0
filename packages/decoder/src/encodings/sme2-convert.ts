/**
 * SME2 multi-vector conversions and reshuffles (bits 15:10 = 111000): FCVT/BFCVT/FCVTN narrowing of
 * pairs, the FP8 F1CVT/F2CVT widenings, SQCVT and friends, FCVTZS/SCVTF/FRINT of vector groups,
 * SUNPK/UUNPK, and the four-vector ZIP/UZP.
 */
import type { EncodingLine } from "./format";
import { type SmeFeature, sme } from "./sme-line";

const FP8: SmeFeature = ["FEAT_SME2", "FEAT_FP8"];
const F16F16: SmeFeature = ["FEAT_SME2p1", "FEAT_SME_F16F16"];

/**
 * Register layouts after bits 15:10, with `$` where the row's operation bits go, and the operands:
 * `D`/`S` are the destination and source elements.
 */
const FORMS = {
  pairToOne: ["zn:4 $ zd:5", "{z:zd:D}, {L2:zn:S}"],
  fourToOne: ["zn:3 $ zd:5", "{z:zd:D}, {L4:zn:S}"],
  oneToPair: ["zn:5 zd:4 $", "{L2:zd:D}, {z:zn:S}"],
  pairToPair: ["zn:4 $ zd:4 0", "{L2:zd:D}, {L2:zn:S}"],
  fourToFour: ["zn:3 $ zd:3 0 0", "{L4:zd:D}, {L4:zn:S}"],
  fourToFourLow: ["zn:3 00 zd:3 $ 0", "{L4:zd:D}, {L4:zn:S}"],
  pairToFour: ["zn:4 0 zd:3 0 $", "{L4:zd:D}, {L2:zn:S}"],
} as const;

/** [bits 23:16, layout, operation bits, mnemonic, destination element, source element, feature]. */
type Row = readonly [string, keyof typeof FORMS, string, string, string, string, SmeFeature];

const ROWS: readonly Row[] = [
  ["00100000", "pairToOne", "0", "fcvt", "h", "s", "FEAT_SME2"],
  ["00100000", "pairToOne", "1", "fcvtn", "h", "s", "FEAT_SME2"],
  ["01100000", "pairToOne", "0", "bfcvt", "h", "s", "FEAT_SME2"],
  ["01100000", "pairToOne", "1", "bfcvtn", "h", "s", "FEAT_SME2"],
  ["00100011", "pairToOne", "0", "sqcvt", "h", "s", "FEAT_SME2"],
  ["00100011", "pairToOne", "1", "uqcvt", "h", "s", "FEAT_SME2"],
  ["01100011", "pairToOne", "0", "sqcvtu", "h", "s", "FEAT_SME2"],
  ["00100100", "pairToOne", "0", "fcvt", "b", "h", FP8],
  ["01100100", "pairToOne", "0", "bfcvt", "b", "h", FP8],
  ["00110011", "fourToOne", "00", "sqcvt", "b", "s", "FEAT_SME2"],
  ["00110011", "fourToOne", "01", "uqcvt", "b", "s", "FEAT_SME2"],
  ["00110011", "fourToOne", "10", "sqcvtn", "b", "s", "FEAT_SME2"],
  ["00110011", "fourToOne", "11", "uqcvtn", "b", "s", "FEAT_SME2"],
  ["01110011", "fourToOne", "00", "sqcvtu", "b", "s", "FEAT_SME2"],
  ["01110011", "fourToOne", "10", "sqcvtun", "b", "s", "FEAT_SME2"],
  ["10110011", "fourToOne", "00", "sqcvt", "h", "d", "FEAT_SME2"],
  ["10110011", "fourToOne", "01", "uqcvt", "h", "d", "FEAT_SME2"],
  ["10110011", "fourToOne", "10", "sqcvtn", "h", "d", "FEAT_SME2"],
  ["10110011", "fourToOne", "11", "uqcvtn", "h", "d", "FEAT_SME2"],
  ["11110011", "fourToOne", "00", "sqcvtu", "h", "d", "FEAT_SME2"],
  ["11110011", "fourToOne", "10", "sqcvtun", "h", "d", "FEAT_SME2"],
  ["00110100", "fourToOne", "00", "fcvt", "b", "s", FP8],
  ["00110100", "fourToOne", "01", "fcvtn", "b", "s", FP8],
  ["00100110", "oneToPair", "0", "f1cvt", "h", "b", FP8],
  ["00100110", "oneToPair", "1", "f1cvtl", "h", "b", FP8],
  ["10100110", "oneToPair", "0", "f2cvt", "h", "b", FP8],
  ["10100110", "oneToPair", "1", "f2cvtl", "h", "b", FP8],
  ["01100110", "oneToPair", "0", "bf1cvt", "h", "b", FP8],
  ["01100110", "oneToPair", "1", "bf1cvtl", "h", "b", FP8],
  ["11100110", "oneToPair", "0", "bf2cvt", "h", "b", FP8],
  ["11100110", "oneToPair", "1", "bf2cvtl", "h", "b", FP8],
  ["10100000", "oneToPair", "0", "fcvt", "s", "h", F16F16],
  ["10100000", "oneToPair", "1", "fcvtl", "s", "h", F16F16],
  ["01100101", "oneToPair", "0", "sunpk", "h", "b", "FEAT_SME2"],
  ["01100101", "oneToPair", "1", "uunpk", "h", "b", "FEAT_SME2"],
  ["10100101", "oneToPair", "0", "sunpk", "s", "h", "FEAT_SME2"],
  ["10100101", "oneToPair", "1", "uunpk", "s", "h", "FEAT_SME2"],
  ["11100101", "oneToPair", "0", "sunpk", "d", "s", "FEAT_SME2"],
  ["11100101", "oneToPair", "1", "uunpk", "d", "s", "FEAT_SME2"],
  ["01110101", "pairToFour", "0", "sunpk", "h", "b", "FEAT_SME2"],
  ["01110101", "pairToFour", "1", "uunpk", "h", "b", "FEAT_SME2"],
  ["10110101", "pairToFour", "0", "sunpk", "s", "h", "FEAT_SME2"],
  ["10110101", "pairToFour", "1", "uunpk", "s", "h", "FEAT_SME2"],
  ["11110101", "pairToFour", "0", "sunpk", "d", "s", "FEAT_SME2"],
  ["11110101", "pairToFour", "1", "uunpk", "d", "s", "FEAT_SME2"],
  ["00100001", "pairToPair", "0", "fcvtzs", "s", "s", "FEAT_SME2"],
  ["00100001", "pairToPair", "1", "fcvtzu", "s", "s", "FEAT_SME2"],
  ["00100010", "pairToPair", "0", "scvtf", "s", "s", "FEAT_SME2"],
  ["00100010", "pairToPair", "1", "ucvtf", "s", "s", "FEAT_SME2"],
  ["10101000", "pairToPair", "0", "frintn", "s", "s", "FEAT_SME2"],
  ["10101001", "pairToPair", "0", "frintp", "s", "s", "FEAT_SME2"],
  ["10101010", "pairToPair", "0", "frintm", "s", "s", "FEAT_SME2"],
  ["10101100", "pairToPair", "0", "frinta", "s", "s", "FEAT_SME2"],
  ["00110001", "fourToFour", "00", "fcvtzs", "s", "s", "FEAT_SME2"],
  ["00110001", "fourToFour", "01", "fcvtzu", "s", "s", "FEAT_SME2"],
  ["00110010", "fourToFour", "00", "scvtf", "s", "s", "FEAT_SME2"],
  ["00110010", "fourToFour", "01", "ucvtf", "s", "s", "FEAT_SME2"],
  ["10111000", "fourToFour", "00", "frintn", "s", "s", "FEAT_SME2"],
  ["10111001", "fourToFour", "00", "frintp", "s", "s", "FEAT_SME2"],
  ["10111010", "fourToFour", "00", "frintm", "s", "s", "FEAT_SME2"],
  ["10111100", "fourToFour", "00", "frinta", "s", "s", "FEAT_SME2"],
  ["00110110", "fourToFourLow", "0", "zip", "b", "b", "FEAT_SME2"],
  ["00110110", "fourToFourLow", "1", "uzp", "b", "b", "FEAT_SME2"],
  ["01110110", "fourToFourLow", "0", "zip", "h", "h", "FEAT_SME2"],
  ["01110110", "fourToFourLow", "1", "uzp", "h", "h", "FEAT_SME2"],
  ["10110110", "fourToFourLow", "0", "zip", "s", "s", "FEAT_SME2"],
  ["10110110", "fourToFourLow", "1", "uzp", "s", "s", "FEAT_SME2"],
  ["11110110", "fourToFourLow", "0", "zip", "d", "d", "FEAT_SME2"],
  ["11110110", "fourToFourLow", "1", "uzp", "d", "d", "FEAT_SME2"],
  ["00110111", "fourToFourLow", "0", "zip", "q", "q", "FEAT_SME2"],
  ["00110111", "fourToFourLow", "1", "uzp", "q", "q", "FEAT_SME2"],
];

export const SME2_CONVERT: readonly EncodingLine[] = ROWS.map(([top, form, op, mn, d, s, feature]) => {
  const [layout, operands] = FORMS[form];
  return sme(
    `${mn.toUpperCase()}_${d}${s}_${form}`,
    `11000001 ${top} 111000 ${layout.replace("$", op)}`,
    `${mn} ${operands.replaceAll("D", d).replaceAll("S", s)}`,
    feature,
  );
});
