/**
 * SVE predicate partitioning and scalar results of predicates (top byte 0x25): BRKA/BRKB/BRKN and
 * their propagating forms, the conflict-detecting WHILERW/WHILEWR, CTERMEQ/NE and FIRSTP/LASTP.
 */
import type { EncodingLine } from "./format";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2 = { feature: "FEAT_SVE2" } as const;
const SVE2P2 = { feature: "FEAT_SVE2p2" } as const;

// biome-ignore format: one aligned line per encoding
export const SVE_PRED_BREAK: readonly EncodingLine[] = [
  sve("BRKA",    "00100101 0 0 010000 01 pg:4 0 pn:4 m:1 pd:4", "brka {pd:pb}, {g4:pzm4}, {pn:pb}", SVE),
  sve("BRKAS",   "00100101 0 1 010000 01 pg:4 0 pn:4 0 pd:4", "brkas {pd:pb}, {g4:pz}, {pn:pb}", SVE),
  sve("BRKB",    "00100101 1 0 010000 01 pg:4 0 pn:4 m:1 pd:4", "brkb {pd:pb}, {g4:pzm4}, {pn:pb}", SVE),
  sve("BRKBS",   "00100101 1 1 010000 01 pg:4 0 pn:4 0 pd:4", "brkbs {pd:pb}, {g4:pz}, {pn:pb}", SVE),
  sve("BRKN",    "00100101 0 0 011000 01 pg:4 0 pn:4 0 pdm:4", "brkn {pd:pb}, {g4:pz}, {pn:pb}, {pd:pb}", SVE),
  sve("BRKNS",   "00100101 0 1 011000 01 pg:4 0 pn:4 0 pdm:4", "brkns {pd:pb}, {g4:pz}, {pn:pb}, {pd:pb}", SVE),
  sve("BRKPA",   "00100101 0 0 00 pm:4 11 pg:4 0 pn:4 0 pd:4", "brkpa {pd:pb}, {g4:pz}, {pn:pb}, {pm:pb}", SVE),
  sve("BRKPAS",  "00100101 0 1 00 pm:4 11 pg:4 0 pn:4 0 pd:4", "brkpas {pd:pb}, {g4:pz}, {pn:pb}, {pm:pb}", SVE),
  sve("BRKPB",   "00100101 0 0 00 pm:4 11 pg:4 0 pn:4 1 pd:4", "brkpb {pd:pb}, {g4:pz}, {pn:pb}, {pm:pb}", SVE),
  sve("BRKPBS",  "00100101 0 1 00 pm:4 11 pg:4 0 pn:4 1 pd:4", "brkpbs {pd:pb}, {g4:pz}, {pn:pb}, {pm:pb}", SVE),
  sve("WHILEWR", "00100101 size:2 1 rm:5 001100 rn:5 0 pd:4", "whilewr {pd:pT}, {n:x}, {m:x}", SVE2),
  sve("WHILERW", "00100101 size:2 1 rm:5 001100 rn:5 1 pd:4", "whilerw {pd:pT}, {n:x}, {m:x}", SVE2),
  sve("CTERMEQ", "00100101 1 sz:1 1 rm:5 001000 rn:5 0 0000", "ctermeq {n:rsz}, {m:rsz}", SVE),
  sve("CTERMNE", "00100101 1 sz:1 1 rm:5 001000 rn:5 1 0000", "ctermne {n:rsz}, {m:rsz}", SVE),
  sve("FIRSTP",  "00100101 size:2 1 00001 10 pg:4 0 pn:4 rd:5", "firstp {d:x}, {g4:p}, {pn:pT}", SVE2P2),
  sve("LASTP",   "00100101 size:2 1 00010 10 pg:4 0 pn:4 rd:5", "lastp {d:x}, {g4:p}, {pn:pT}", SVE2P2),
];
