/**
 * SVE permutes beyond sve-perm.ts: INSR, unpacks of vectors and predicates, REV of vectors and
 * predicates, EXPAND (SVE2.2), the two-register SPLICE (SVE2) and the 128-bit ZIP/UZP/TRN (F64MM).
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2 = { feature: "FEAT_SVE2" } as const;
const SVE2P2 = { feature: "FEAT_SVE2p2" } as const;
const F64MM = { feature: ["FEAT_SVE", "FEAT_F64MM"] } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

// biome-ignore format: one aligned line per encoding
export const SVE_PERM_MORE: readonly EncodingLine[] = [
  sve("INSR_v",     "00000101 size:2 110100 001110 vm:5 zdn:5", "insr {d:zT}, {n:z}", SVE),
  sve("INSR_r",     "00000101 size:2 100100 001110 rm:5 zdn:5", "insr {d:zT}, {n:r}", SVE),
  sve("SUNPKLO",    "00000101 size:2 110000 001110 zn:5 zd:5", "sunpklo {d:zT}, {n:zN}", hsd),
  sve("SUNPKHI",    "00000101 size:2 110001 001110 zn:5 zd:5", "sunpkhi {d:zT}, {n:zN}", hsd),
  sve("UUNPKLO",    "00000101 size:2 110010 001110 zn:5 zd:5", "uunpklo {d:zT}, {n:zN}", hsd),
  sve("UUNPKHI",    "00000101 size:2 110011 001110 zn:5 zd:5", "uunpkhi {d:zT}, {n:zN}", hsd),
  sve("PUNPKLO", "00000101 001100000100000 pn:4 0 pd:4", "punpklo {pd:ph}, {pn:pb}", SVE),
  sve("PUNPKHI", "00000101 001100010100000 pn:4 0 pd:4", "punpkhi {pd:ph}, {pn:pb}", SVE),
  sve("REV_z",      "00000101 size:2 111000 001110 zn:5 zd:5", "rev {d:zT}, {n:zT}", SVE),
  sve("REV_p",      "00000101 size:2 110100 0100000 pn:4 0 pd:4", "rev {pd:pT}, {pn:pT}", SVE),
  sve("EXPAND",     "00000101 size:2 110001 100 pg:3 zn:5 zd:5", "expand {d:zT}, {g:p}, {n:zT}", SVE2P2),
  sve("SPLICE_con", "00000101 size:2 101101 100 pg:3 zn:5 zd:5", "splice {d:zT}, {g:p}, {n:Z2T}", SVE2),
  sve("TRN1_q", "00000101 101 zm:5 000110 zn:5 zd:5", "trn1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("TRN2_q", "00000101 101 zm:5 000111 zn:5 zd:5", "trn2 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("ZIP1_q", "00000101 101 zm:5 000000 zn:5 zd:5", "zip1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("ZIP2_q", "00000101 101 zm:5 000001 zn:5 zd:5", "zip2 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("UZP1_q", "00000101 101 zm:5 000010 zn:5 zd:5", "uzp1 {d:zq}, {n:zq}, {m:zq}", F64MM),
  sve("UZP2_q", "00000101 101 zm:5 000011 zn:5 zd:5", "uzp2 {d:zq}, {n:zq}, {m:zq}", F64MM),
];
