/**
 * SVE2 integer: complex multiply-add (CMLA, SQRDCMLAH, CDOT), dot products, widening
 * multiply-add (bottom/top), saturating doubling multiply-add, histogram, MATCH, bit permutes,
 * interleaving EOR and absolute-difference accumulate.
 */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;
const BITPERM = { cls: "sve", feature: ["FEAT_SVE2", "FEAT_SVE_BitPerm"] } as const;
const wide = { ...SVE2, when: sizes(1, 2, 3) };
const wordOrDouble = { ...SVE2, when: sizes(2, 3) };
const byteOrHalf = { ...SVE2, when: sizes(0, 1) };

/** Widening multiply-add long, bits 12:10 = S:U:T. */
const MULTIPLY_ADD_LONG = [
  ["000", "SMLALB"],
  ["001", "SMLALT"],
  ["010", "UMLALB"],
  ["011", "UMLALT"],
  ["100", "SMLSLB"],
  ["101", "SMLSLT"],
  ["110", "UMLSLB"],
  ["111", "UMLSLT"],
] as const;

const DOUBLING_LONG = [
  ["00", "SQDMLALB"],
  ["01", "SQDMLALT"],
  ["10", "SQDMLSLB"],
  ["11", "SQDMLSLT"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, name] of MULTIPLY_ADD_LONG) {
    lines.push(
      simd(
        `${name}_zzz`,
        `01000100 size:2 0 zm:5 010 ${bits} zn:5 zda:5`,
        `${name.toLowerCase()} {d:zT}, {n:zN}, {m:zN}`,
        wide,
      ),
    );
  }
  for (const [bits, name] of DOUBLING_LONG) {
    lines.push(
      simd(
        `${name}_zzz`,
        `01000100 size:2 0 zm:5 0110 ${bits} zn:5 zda:5`,
        `${name.toLowerCase()} {d:zT}, {n:zN}, {m:zN}`,
        wide,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_INT: readonly EncodingLine[] = [
  ...generate(),
  simd("CDOT_zzz",      "01000100 size:2 0 zm:5 0001 rot:2 zn:5 zda:5", "cdot {d:zT}, {n:zQ}, {m:zQ}, #{rotc}", wordOrDouble),
  simd("CMLA_zzz",      "01000100 size:2 0 zm:5 0010 rot:2 zn:5 zda:5", "cmla {d:zT}, {n:zT}, {m:zT}, #{rotc}", SVE2),
  simd("SQRDCMLAH_zzz", "01000100 size:2 0 zm:5 0011 rot:2 zn:5 zda:5", "sqrdcmlah {d:zT}, {n:zT}, {m:zT}, #{rotc}", SVE2),
  simd("SDOT_zzz",      "01000100 size:2 0 zm:5 00000 0 zn:5 zda:5", "sdot {d:zT}, {n:zQ}, {m:zQ}", { cls: "sve", feature: "FEAT_SVE", when: sizes(2, 3) }),
  simd("UDOT_zzz",      "01000100 size:2 0 zm:5 00000 1 zn:5 zda:5", "udot {d:zT}, {n:zQ}, {m:zQ}", { cls: "sve", feature: "FEAT_SVE", when: sizes(2, 3) }),
  simd("SQRDMLAH_zzz",  "01000100 size:2 0 zm:5 0111 0 0 zn:5 zda:5", "sqrdmlah {d:zT}, {n:zT}, {m:zT}", SVE2),
  simd("SQRDMLSH_zzz",  "01000100 size:2 0 zm:5 0111 0 1 zn:5 zda:5", "sqrdmlsh {d:zT}, {n:zT}, {m:zT}", SVE2),
  simd("HISTCNT",       "01000101 size:2 1 zm:5 110 pg:3 zn:5 zd:5", "histcnt {d:zT}, {g:pz}, {n:zT}, {m:zT}", wordOrDouble),
  simd("MATCH",         "01000101 size:2 1 zm:5 100 pg:3 zn:5 0 pd:4", "match {pd:pT}, {g:pz}, {n:zT}, {m:zT}", byteOrHalf),
  simd("NMATCH",        "01000101 size:2 1 zm:5 100 pg:3 zn:5 1 pd:4", "nmatch {pd:pT}, {g:pz}, {n:zT}, {m:zT}", byteOrHalf),
  simd("BEXT",          "01000101 size:2 0 zm:5 1011 00 zn:5 zd:5", "bext {d:zT}, {n:zT}, {m:zT}", BITPERM),
  simd("BDEP",          "01000101 size:2 0 zm:5 1011 01 zn:5 zd:5", "bdep {d:zT}, {n:zT}, {m:zT}", BITPERM),
  simd("BGRP",          "01000101 size:2 0 zm:5 1011 10 zn:5 zd:5", "bgrp {d:zT}, {n:zT}, {m:zT}", BITPERM),
  simd("EORBT",         "01000101 size:2 0 zm:5 1001 00 zn:5 zd:5", "eorbt {d:zT}, {n:zT}, {m:zT}", SVE2),
  simd("EORTB",         "01000101 size:2 0 zm:5 1001 01 zn:5 zd:5", "eortb {d:zT}, {n:zT}, {m:zT}", SVE2),
  simd("SABA",          "01000101 size:2 0 zm:5 11111 0 zn:5 zda:5", "saba {d:zT}, {n:zT}, {m:zT}", SVE2),
  simd("UABA",          "01000101 size:2 0 zm:5 11111 1 zn:5 zda:5", "uaba {d:zT}, {n:zT}, {m:zT}", SVE2),
];
