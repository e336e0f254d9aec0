/**
 * SVE integer arithmetic with an immediate (top byte 0x25, bits 15:14 = 11): add/subtract with an
 * optionally shifted unsigned byte, saturating forms, min/max and multiply by a byte.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;

/** Byte elements cannot take a shifted immediate (bit 13). */
const shiftable: EncodingGuard = (w) => ((w >>> 22) & 3) !== 0 || ((w >>> 13) & 1) === 0;

const ADD_SUB = [
  ["000", "ADD"],
  ["001", "SUB"],
  ["011", "SUBR"],
  ["100", "SQADD"],
  ["101", "UQADD"],
  ["110", "SQSUB"],
  ["111", "UQSUB"],
] as const;

const MIN_MAX = [
  ["000", "SMAX", "simm8"],
  ["001", "UMAX", "uimm8"],
  ["010", "SMIN", "simm8"],
  ["011", "UMIN", "uimm8"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name] of ADD_SUB) {
    lines.push(
      sve(
        `${name}_zi`,
        `00100101 size:2 100 ${opc} 11 sh:1 imm8:8 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {d:zT}, #{aimm}`,
        {
          ...SVE,
          when: shiftable,
        },
      ),
    );
  }
  for (const [opc, name, imm] of MIN_MAX) {
    lines.push(
      sve(
        `${name}_zi`,
        `00100101 size:2 101 ${opc} 110 imm8:8 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {d:zT}, #{${imm}}`,
        SVE,
      ),
    );
  }
  return lines;
}

export const SVE_INT_IMM: readonly EncodingLine[] = [
  ...generate(),
  sve("MUL_zi", "00100101 size:2 110 000 110 imm8:8 zdn:5", "mul {d:zT}, {d:zT}, #{simm8}", SVE),
];
