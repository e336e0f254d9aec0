/**
 * The quarter-tile outer products of FEAT_SME_MOP4 (FMOP4A, SMOP4S ...): each operand is one
 * vector or a pair, Zn from z0-z15 and Zm from z16-z31, both even.
 */
import type { EncodingLine } from "./format";
import { type SmeFeature, sme } from "./sme-line";

const MOP4 = "FEAT_SME_MOP4";

/** [bit 31:24 low bits "0"/"1" for 0x80/0x81 or 0xa0/0xa1, size 23:22, bit 21, bit 15, bit 3, accumulator, source, mnemonic, has S form, feature]. */
type Row = readonly [
  top: string,
  size: string,
  b21: string,
  b15: string,
  b3: string,
  acc: "s" | "h" | "d",
  src: string,
  mn: string,
  subtract: boolean,
  feature: SmeFeature,
];

const ROWS: readonly Row[] = [
  ["10000000", "00", "0", "0", "0", "s", "s", "fmop4", true, MOP4],
  ["10000000", "11", "0", "0", "1", "d", "d", "fmop4", true, [MOP4, "FEAT_SME_F64F64"]],
  ["10000001", "00", "0", "0", "1", "h", "h", "fmop4", true, [MOP4, "FEAT_SME_F16F16"]],
  ["10000001", "00", "1", "0", "0", "s", "h", "fmop4", true, MOP4],
  ["10000000", "00", "1", "0", "0", "s", "b", "fmop4", false, [MOP4, "FEAT_SME_F8F32"]],
  ["10000000", "00", "1", "0", "1", "h", "b", "fmop4", false, [MOP4, "FEAT_SME_F8F16"]],
  ["10000001", "00", "0", "0", "0", "s", "h", "bfmop4", true, MOP4],
  ["10000001", "00", "1", "0", "1", "h", "h", "bfmop4", true, [MOP4, "FEAT_SME_B16B16"]],
  ["10000000", "00", "0", "1", "0", "s", "b", "smop4", true, MOP4],
  ["10000001", "00", "1", "1", "0", "s", "b", "umop4", true, MOP4],
  ["10000000", "00", "1", "1", "0", "s", "b", "sumop4", true, MOP4],
  ["10000001", "00", "0", "1", "0", "s", "b", "usmop4", true, MOP4],
  ["10000000", "00", "0", "1", "1", "s", "h", "smop4", true, MOP4],
  ["10000001", "00", "0", "1", "1", "s", "h", "umop4", true, MOP4],
  ["10100000", "11", "0", "0", "1", "d", "h", "smop4", true, [MOP4, "FEAT_SME_I16I64"]],
  ["10100001", "11", "1", "0", "1", "d", "h", "umop4", true, [MOP4, "FEAT_SME_I16I64"]],
  ["10100000", "11", "1", "0", "1", "d", "h", "sumop4", true, [MOP4, "FEAT_SME_I16I64"]],
  ["10100001", "11", "0", "0", "1", "d", "h", "usmop4", true, [MOP4, "FEAT_SME_I16I64"]],
];

/** The tile field after bit 3: .s tiles are 2 bits, .d 3 bits (bit 2 included), .h 1 bit. */
const TILE = { s: "0 zada:2", d: "zada:3", h: "00 zada:1" } as const;

function quarterProducts(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [top, size, b21, b15, b3, acc, src, stem, subtract, feature] of ROWS) {
    const ops = subtract ? (["0", "1"] as const) : (["0"] as const);
    for (const s of ops) {
      const mn = `${stem}${s === "0" ? "a" : "s"}`;
      for (const n of ["0", "1"] as const) {
        for (const m of ["0", "1"] as const) {
          const first = n === "0" ? `{z2:zn:${src}}` : `{L2:zn:${src}}`;
          const second = m === "0" ? `{zh:zm:${src}}` : `{H2:zm:${src}}`;
          lines.push(
            sme(
              `${mn.toUpperCase()}_${acc}${src}_${n === "0" ? "z" : "x2"}_${m === "0" ? "z" : "x2"}`,
              `${top} ${size} ${b21} ${m} zm:3 0 ${b15} 00000 ${n} zn:3 0 ${s} ${b3} ${TILE[acc]}`,
              `${mn} za{=zada}.${acc}, ${first}, ${second}`,
              feature,
            ),
          );
        }
      }
    }
  }
  return lines;
}

export const SME2_OUTER_QUARTER: readonly EncodingLine[] = quarterProducts();
