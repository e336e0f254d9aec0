/**
 * SVE2 integer predicated operations (top byte 0x44, bit 21 clear, bits 15:13 = 10x): pairwise
 * add-accumulate long, unary estimates and saturating abs/neg, saturating and rounding shifts by
 * vector, halving add/sub, pairwise arithmetic and saturating add/sub. Element size is bits 23:22.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE2 = { feature: "FEAT_SVE2" } as const;
const SVE2P2 = { feature: "FEAT_SVE2p2" } as const;

/** Shifts by vector (bits 19:16 = Q:R:N:U with bit 20 clear): [bits, mnemonic]. */
const SHIFTS = [
  ["0010", "SRSHL"],
  ["0011", "URSHL"],
  ["0110", "SRSHLR"],
  ["0111", "URSHLR"],
  ["1000", "SQSHL"],
  ["1001", "UQSHL"],
  ["1010", "SQRSHL"],
  ["1011", "UQRSHL"],
  ["1100", "SQSHLR"],
  ["1101", "UQSHLR"],
  ["1110", "SQRSHLR"],
  ["1111", "UQRSHLR"],
] as const;

/** Binary ops with bit 20 set (bits 18:16 and 15:13): [bits 18:16, bits 15:13, mnemonic]. */
const BINARY = [
  ["000", "100", "SHADD"],
  ["001", "100", "UHADD"],
  ["010", "100", "SHSUB"],
  ["011", "100", "UHSUB"],
  ["100", "100", "SRHADD"],
  ["101", "100", "URHADD"],
  ["110", "100", "SHSUBR"],
  ["111", "100", "UHSUBR"],
  ["001", "101", "ADDP"],
  ["100", "101", "SMAXP"],
  ["101", "101", "UMAXP"],
  ["110", "101", "SMINP"],
  ["111", "101", "UMINP"],
] as const;

/** Saturating add/sub (bits 20:16 = 11:op:S:U): [bits, mnemonic]. */
const SATURATING = [
  ["000", "SQADD"],
  ["001", "UQADD"],
  ["010", "SQSUB"],
  ["011", "UQSUB"],
  ["100", "SUQADD"],
  ["101", "USQADD"],
  ["110", "SQSUBR"],
  ["111", "UQSUBR"],
] as const;

/** Unary ops (bits 19:18 and 16; bit 17 = Z selects zeroing): [Q, opc, mnemonic, single-word only]. */
const UNARY = [
  ["0", "0", "URECPE", true],
  ["0", "1", "URSQRTE", true],
  ["1", "0", "SQABS", false],
  ["1", "1", "SQNEG", false],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  const binary = (name: string, pattern: string): void => {
    lines.push(sve(name, pattern, `${name.toLowerCase().replace(/_.*/, "")} {d:zT}, {g:pm}, {d:zT}, {n:zT}`, SVE2));
  };
  for (const [bits, name] of SHIFTS) binary(`${name}_zpzz`, `01000100 size:2 0 0 ${bits} 100 pg:3 zm:5 zdn:5`);
  for (const [bits, op, name] of BINARY) binary(`${name}_zpzz`, `01000100 size:2 0 1 0 ${bits} ${op} pg:3 zm:5 zdn:5`);
  for (const [bits, name] of SATURATING) binary(`${name}_zpzz`, `01000100 size:2 0 1 1 ${bits} 100 pg:3 zm:5 zdn:5`);
  for (const [q, opc, name, single] of UNARY) {
    const mn = name.toLowerCase();
    const pattern = (z: string) => `01000100 size:2 00 ${q} 0 ${z} ${opc} 101 pg:3 zn:5 zd:5`;
    lines.push(
      sve(`${name}_m`, pattern("0"), `${mn} {d:zT}, {g:pm}, {n:zT}`, single ? { ...SVE2, when: sizes(2) } : SVE2),
      sve(`${name}_z`, pattern("1"), `${mn} {d:zT}, {g:pz}, {n:zT}`, single ? { ...SVE2P2, when: sizes(2) } : SVE2P2),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_PREDICATED: readonly EncodingLine[] = [
  ...generate(),
  sve("SADALP_sve", "01000100 size:2 00010 0 101 pg:3 zn:5 zda:5", "sadalp {d:zT}, {g:pm}, {n:zN}", { ...SVE2, when: sizes(1, 2, 3) }),
  sve("UADALP_sve", "01000100 size:2 00010 1 101 pg:3 zn:5 zda:5", "uadalp {d:zT}, {g:pm}, {n:zN}", { ...SVE2, when: sizes(1, 2, 3) }),
];
