/**
 * SVE2.1 quadword (128-bit segment) operations: ZIPQ/UZPQ, TBLQ, DUPQ, EXTQ, the integer and FP
 * reductions to an AdvSIMD vector, and the integer and FP clamps.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE2P1 = { feature: "FEAT_SVE2p1" } as const;
const hsd = { ...SVE2P1, when: sizes(1, 2, 3) };
const B16B16 = { feature: ["FEAT_SVE2", "FEAT_SVE_B16B16"] } as const;

/** Integer reductions (bits 20:16) to a 128-bit vector. */
const INT_REDUCTIONS = [
  ["00101", "ADDQV"],
  ["01100", "SMAXQV"],
  ["01101", "UMAXQV"],
  ["01110", "SMINQV"],
  ["01111", "UMINQV"],
  ["11100", "ORQV"],
  ["11101", "EORQV"],
  ["11110", "ANDQV"],
] as const;

/** FP reductions (bits 18:16) to a 128-bit vector. */
const FP_REDUCTIONS = [
  ["000", "FADDQV"],
  ["100", "FMAXNMQV"],
  ["101", "FMINNMQV"],
  ["110", "FMAXQV"],
  ["111", "FMINQV"],
] as const;

const PERMUTES = [
  ["000", "ZIPQ1"],
  ["001", "ZIPQ2"],
  ["010", "UZPQ1"],
  ["011", "UZPQ2"],
] as const;

/** DUPQ: the element size is the lowest set bit of tsz (bits 20:16 = i:tsz), tsz = 0 reserved. */
const dupqTsz: EncodingGuard = (w) => ((w >>> 16) & 15) !== 0;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, name] of INT_REDUCTIONS) {
    lines.push(
      sve(name, `00000100 size:2 0 ${bits} 001 pg:3 zn:5 vd:5`, `${name.toLowerCase()} {d:Vq}, {g:p}, {n:zT}`, SVE2P1),
    );
  }
  for (const [bits, name] of FP_REDUCTIONS) {
    lines.push(
      sve(name, `01100100 size:2 010 ${bits} 101 pg:3 zn:5 vd:5`, `${name.toLowerCase()} {d:Vq}, {g:p}, {n:zT}`, hsd),
    );
  }
  for (const [bits, name] of PERMUTES) {
    lines.push(
      sve(name, `01000100 size:2 0 zm:5 111 ${bits} zn:5 zd:5`, `${name.toLowerCase()} {d:zT}, {n:zT}, {m:zT}`, SVE2P1),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2P1_QUAD: readonly EncodingLine[] = [
  ...generate(),
  sve("TBLQ",    "01000100 size:2 0 zm:5 111110 zn:5 zd:5", "tblq {d:zT}, {n:Z1T}, {m:zT}", SVE2P1),
  sve("DUPQ",    "00000101 001 tsz:5 001001 zn:5 zd:5", "dupq {d:zQs}, {n:zQi}", { ...SVE2P1, when: dupqTsz }),
  sve("EXTQ",    "00000101 0110 imm4:4 001001 zm:5 zdn:5", "extq {d:zb}, {d:zb}, {n:zb}, #{=imm4}", SVE2P1),
  sve("SCLAMP",  "01000100 size:2 0 zm:5 110000 zn:5 zd:5", "sclamp {d:zT}, {n:zT}, {m:zT}", SVE2P1),
  sve("UCLAMP",  "01000100 size:2 0 zm:5 110001 zn:5 zd:5", "uclamp {d:zT}, {n:zT}, {m:zT}", SVE2P1),
  sve("FCLAMP",  "01100100 size:2 1 zm:5 001001 zn:5 zd:5", "fclamp {d:zT}, {n:zT}, {m:zT}", hsd),
  sve("BFCLAMP", "01100100 00 1 zm:5 001001 zn:5 zd:5", "bfclamp {d:zh}, {n:zh}, {m:zh}", B16B16),
];
