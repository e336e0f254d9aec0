/**
 * Armv9.7-A SVE additions (FEAT_SVE2p3 and its matrix-multiply companions): pairwise ADDQP, ADDSUBP
 * and SUBP, widening SABAL/UABAL, two-way 8-bit dot products into halfwords, SCVTF/UCVTF(LT) from
 * half-width integers, FCVTZSN/FCVTZUN and byte and halfword narrowing shifts of register pairs,
 * 6-bit table lookups (LUTI6), and non-widening FP16/BF16 matrix multiplies.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE2P3 = { feature: "FEAT_SVE2p3" } as const;
const wide = { ...SVE2P3, when: sizes(1, 2, 3) };

/** Narrowing shifts of a register pair (bits 13:10): the three FEAT_SVE2p1 halfword forms are in sve2-long.ts. */
const NARROW_PAIR_BYTE = [
  ["0000", "SQSHRN"],
  ["0010", "SQRSHRUN"],
  ["0100", "UQSHRN"],
  ["1000", "SQSHRUN"],
  ["1010", "SQRSHRN"],
  ["1110", "UQRSHRN"],
] as const;

/** Integer to FP conversions from half-width elements, even (bit 11 = 0) or odd ("LT") ones, signed or not (bit 10). */
const CONVERT_HALF = [
  ["00", "SCVTF"],
  ["01", "UCVTF"],
  ["10", "SCVTFLT"],
  ["11", "UCVTFLT"],
] as const;

/** FP to integer narrowing conversions of a register pair: [size bits, destination, source elements]. */
const CONVERT_PAIR = [
  ["01", "b", "h"],
  ["10", "h", "s"],
  ["11", "s", "d"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [size, to, from] of CONVERT_PAIR) {
    for (const [u, name] of [
      ["0", "FCVTZSN"],
      ["1", "FCVTZUN"],
    ] as const) {
      lines.push(
        sve(
          `${name}_${to}`,
          `01100101 ${size} 001101 0011 0 ${u} zn2:4 0 zd:5`,
          `${name.toLowerCase()} {d:z${to}}, {n:Zp2${from}}`,
          SVE2P3,
        ),
      );
    }
  }
  for (const [opc, name] of NARROW_PAIR_BYTE) {
    const mnemonic = name.toLowerCase();
    lines.push(
      sve(
        `${name}_pair_b`,
        `01000101 101 01 imm3:3 00 ${opc} zn2:4 0 zd:5`,
        `${mnemonic} {d:zb}, {n:Zp2h}, #{rsub:16:3:8}`,
        SVE2P3,
      ),
    );
    if (opc === "0000" || opc === "0100" || opc === "1000") {
      lines.push(
        sve(
          `${name}_pair_h`,
          `01000101 101 1 imm4:4 00 ${opc} zn2:4 0 zd:5`,
          `${mnemonic} {d:zh}, {n:Zp2s}, #{rsub:16:4:16}`,
          SVE2P3,
        ),
      );
    }
  }
  for (const [bits, name] of CONVERT_HALF) {
    lines.push(
      sve(
        `${name}_half`,
        `01100101 size:2 001100 0011 ${bits} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {n:zN}`,
        wide,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2P3_ENCODINGS: readonly EncodingLine[] = [
  ...generate(),
  sve("ADDQP_z",     "00000100 size:2 1 zm:5 011110 zn:5 zd:5", "addqp {d:zT}, {n:zT}, {m:zT}", SVE2P3),
  sve("ADDSUBP_z",   "00000100 size:2 1 zm:5 011111 zn:5 zd:5", "addsubp {d:zT}, {n:zT}, {m:zT}", SVE2P3),
  sve("SUBP_zpzz",   "01000100 size:2 010000 101 pg:3 zm:5 zdn:5", "subp {d:zT}, {g:pm}, {d:zT}, {n:zT}", SVE2P3),
  sve("SABAL_z",     "01000100 size:2 0 zm:5 110101 zn:5 zda:5", "sabal {d:zT}, {n:zN}, {m:zN}", wide),
  sve("UABAL_z",     "01000100 size:2 0 zm:5 110111 zn:5 zda:5", "uabal {d:zT}, {n:zN}, {m:zN}", wide),
  sve("SDOT_hb",     "01000100 010 zm:5 000000 zn:5 zda:5", "sdot {d:zh}, {n:zb}, {m:zb}", SVE2P3),
  sve("UDOT_hb",     "01000100 010 zm:5 000001 zn:5 zda:5", "udot {d:zh}, {n:zb}, {m:zb}", SVE2P3),
  sve("SDOT_hb_idx", "01000100 0 i3h:1 1 i3l:2 zm:3 000000 zn:5 zda:5", "sdot {d:zh}, {n:zb}, {Xb3}", SVE2P3),
  sve("UDOT_hb_idx", "01000100 0 i3h:1 1 i3l:2 zm:3 000001 zn:5 zda:5", "udot {d:zh}, {n:zb}, {Xb3}", SVE2P3),
  sve("LUTI6_b",     "01000101 001 zm:5 101011 zn:5 zd:5", "luti6 {d:zb}, {n:Zc2b}, {m:zr}", SVE2P3),
  sve("LUTI6_h",     "01000101 i1:1 11 zm:5 101011 zn:5 zd:5", "luti6 {d:zh}, {n:Zc2h}, {m:zi23}", SVE2P3),
  sve("FMMLA_hh",    "01100100 101 zm:5 111000 zn:5 zda:5", "fmmla {d:zh}, {n:zh}, {m:zh}", { feature: ["FEAT_SVE2p3", "FEAT_F16MM"] }),
  sve("BFMMLA_hh",   "01100100 111 zm:5 111000 zn:5 zda:5", "bfmmla {d:zh}, {n:zh}, {m:zh}", { feature: ["FEAT_SVE", "FEAT_SVE_B16MM"] }),
];
