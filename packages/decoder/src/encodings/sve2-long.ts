/**
 * SVE2 widening, narrowing and carrying integer forms (top bytes 0x44/0x45): add/subtract long with
 * carry, interleaved add/subtract long, polynomial multiply long, saturating doubling multiply-add
 * interleaved, 8-bit integer matrix multiply, complex add, saturating extract narrow and HISTSEG.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { narrowTsz, sve } from "./sve-line";

const SVE2 = { feature: "FEAT_SVE2" } as const;
const wide = { ...SVE2, when: sizes(1, 2, 3) };
const I8MM = { feature: ["FEAT_SVE", "FEAT_I8MM"] } as const;
const PMULL128 = { feature: ["FEAT_SVE2", "FEAT_SVE_PMULL128"] } as const;
const SVE2P1 = { feature: "FEAT_SVE2p1" } as const;

/** Saturating extract narrow (bits 12:10 = opc:T): [bits, mnemonic]. */
const EXTRACT_NARROW = [
  ["000", "SQXTNB"],
  ["001", "SQXTNT"],
  ["010", "UQXTNB"],
  ["011", "UQXTNT"],
  ["100", "SQXTUNB"],
  ["101", "SQXTUNT"],
] as const;

/** Two-register narrowing shifts of FEAT_SVE2p1 (bits 13:10), halfwords from words. */
const NARROW_PAIR = [
  ["0010", "SQRSHRUN"],
  ["1010", "SQRSHRN"],
  ["1110", "UQRSHRN"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, name] of EXTRACT_NARROW) {
    lines.push(
      sve(name, `01000101 0 tszh:1 1 tszl:2 000 010 ${bits} zn:5 zd:5`, `${name.toLowerCase()} {d:zV}, {n:zVw}`, {
        ...SVE2,
        when: narrowTsz,
      }),
    );
  }
  for (const [opc, name] of NARROW_PAIR) {
    lines.push(
      sve(
        `${name}_pair`,
        `01000101 101 1 imm4:4 00 ${opc} zn2:4 0 zd:5`,
        `${name.toLowerCase()} {d:zh}, {n:Zp2s}, #{rsub:16:4:16}`,
        SVE2P1,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_LONG: readonly EncodingLine[] = [
  ...generate(),
  sve("ADCLB",     "01000101 0 sz:1 0 zm:5 11010 0 zn:5 zda:5", "adclb {d:zsd22}, {n:zsd22}, {m:zsd22}", SVE2),
  sve("ADCLT",     "01000101 0 sz:1 0 zm:5 11010 1 zn:5 zda:5", "adclt {d:zsd22}, {n:zsd22}, {m:zsd22}", SVE2),
  sve("SBCLB",     "01000101 1 sz:1 0 zm:5 11010 0 zn:5 zda:5", "sbclb {d:zsd22}, {n:zsd22}, {m:zsd22}", SVE2),
  sve("SBCLT",     "01000101 1 sz:1 0 zm:5 11010 1 zn:5 zda:5", "sbclt {d:zsd22}, {n:zsd22}, {m:zsd22}", SVE2),
  sve("SADDLBT",   "01000101 size:2 0 zm:5 1000 00 zn:5 zd:5", "saddlbt {d:zT}, {n:zN}, {m:zN}", wide),
  sve("SSUBLBT",   "01000101 size:2 0 zm:5 1000 10 zn:5 zd:5", "ssublbt {d:zT}, {n:zN}, {m:zN}", wide),
  sve("SSUBLTB",   "01000101 size:2 0 zm:5 1000 11 zn:5 zd:5", "ssubltb {d:zT}, {n:zN}, {m:zN}", wide),
  sve("PMULLB",    "01000101 size:2 0 zm:5 0110 10 zn:5 zd:5", "pmullb {d:zT}, {n:zN}, {m:zN}", { ...SVE2, when: sizes(1, 3) }),
  sve("PMULLT",    "01000101 size:2 0 zm:5 0110 11 zn:5 zd:5", "pmullt {d:zT}, {n:zN}, {m:zN}", { ...SVE2, when: sizes(1, 3) }),
  sve("PMULLB_q",  "01000101 00 0 zm:5 0110 10 zn:5 zd:5", "pmullb {d:zq}, {n:zd}, {m:zd}", PMULL128),
  sve("PMULLT_q",  "01000101 00 0 zm:5 0110 11 zn:5 zd:5", "pmullt {d:zq}, {n:zd}, {m:zd}", PMULL128),
  sve("SQDMLALBT", "01000100 size:2 0 zm:5 00001 0 zn:5 zda:5", "sqdmlalbt {d:zT}, {n:zN}, {m:zN}", wide),
  sve("SQDMLSLBT", "01000100 size:2 0 zm:5 00001 1 zn:5 zda:5", "sqdmlslbt {d:zT}, {n:zN}, {m:zN}", wide),
  sve("SMMLA_sve",     "01000101 00 0 zm:5 100110 zn:5 zda:5", "smmla {d:zs}, {n:zb}, {m:zb}", I8MM),
  sve("USMMLA_sve",    "01000101 10 0 zm:5 100110 zn:5 zda:5", "usmmla {d:zs}, {n:zb}, {m:zb}", I8MM),
  sve("UMMLA_sve",     "01000101 11 0 zm:5 100110 zn:5 zda:5", "ummla {d:zs}, {n:zb}, {m:zb}", I8MM),
  sve("USDOT_zzz", "01000100 10 0 zm:5 011110 zn:5 zda:5", "usdot {d:zs}, {n:zb}, {m:zb}", I8MM),
  sve("CADD",      "01000101 size:2 00000 0 11011 rot:1 zm:5 zdn:5", "cadd {d:zT}, {d:zT}, {n:zT}, #{rot10}", SVE2),
  sve("SQCADD",    "01000101 size:2 00000 1 11011 rot:1 zm:5 zdn:5", "sqcadd {d:zT}, {d:zT}, {n:zT}, #{rot10}", SVE2),
  sve("HISTSEG",   "01000101 00 1 zm:5 101000 zn:5 zd:5", "histseg {d:zb}, {n:zb}, {m:zb}", SVE2),
  sve("SQCVTN", "01000101 00110001010000 zn2:4 0 zd:5", "sqcvtn {d:zh}, {n:Zp2s}", SVE2P1),
  sve("UQCVTN", "01000101 00110001010010 zn2:4 0 zd:5", "uqcvtn {d:zh}, {n:Zp2s}", SVE2P1),
  sve("SQCVTUN", "01000101 00110001010100 zn2:4 0 zd:5", "sqcvtun {d:zh}, {n:Zp2s}", SVE2P1),
  sve("SDOT_s_h_zzz", "01000100 000 zm:5 110010 zn:5 zda:5", "sdot {d:zs}, {n:zh}, {m:zh}", SVE2P1),
  sve("SDOT_s_h_zzzi", "01000100 100 i2:2 zm:3 110010 zn:5 zda:5", "sdot {d:zs}, {n:zh}, {m:Xh2}", SVE2P1),
  sve("UDOT_s_h_zzz", "01000100 000 zm:5 110011 zn:5 zda:5", "udot {d:zs}, {n:zh}, {m:zh}", SVE2P1),
  sve("UDOT_s_h_zzzi", "01000100 100 i2:2 zm:3 110011 zn:5 zda:5", "udot {d:zs}, {n:zh}, {m:Xh2}", SVE2P1),
];
