/**
 * SVE permutes, selects and broadcasts: SEL, CPY/DUP (immediate, scalar, SIMD&FP, indexed), FCPY,
 * FDUP, logical immediates and DUPM, EXT, TBL/TBX, ZIP/UZP/TRN of vectors and predicates.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;

/** CPY/DUP with a shifted immediate: byte elements cannot shift. */
const shiftedImmediate: EncodingGuard = (w) => ((w >>> 22) & 3) !== 0 || ((w >>> 13) & 1) === 0;
/** DUP (indexed): tsz (bits 20:16) must not be 00000. */
const indexedTsz: EncodingGuard = (w) => ((w >>> 16) & 31) !== 0;
/** A valid 64-bit bitmask immediate in N:immr:imms (bits 17:5): not all ones within its element. */
const sveBitmask: EncodingGuard = (w) => {
  const n = (w >>> 17) & 1;
  const imms = (w >>> 5) & 63;
  const combined = (n << 6) | (~imms & 63);
  if (combined === 0) return false;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return false;
  const levels = (1 << len) - 1;
  return (imms & levels) !== levels;
};

const PERMUTES = [
  ["000", "ZIP1"],
  ["001", "ZIP2"],
  ["010", "UZP1"],
  ["011", "UZP2"],
  ["100", "TRN1"],
  ["101", "TRN2"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name] of PERMUTES) {
    const mn = name.toLowerCase();
    lines.push(
      simd(`${name}_z_sve`, `00000101 size:2 1 zm:5 011 ${opc} zn:5 zd:5`, `${mn} {d:zT}, {n:zT}, {m:zT}`, SVE),
      simd(`${name}_p_sve`, `00000101 size:2 10 pm:4 010 ${opc} 0 pn:4 0 pd:4`, `${mn} {pd:pT}, {pn:pT}, {pm:pT}`, SVE),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_PERM: readonly EncodingLine[] = [
  ...generate(),
  simd("SEL_z",      "00000101 size:2 1 zm:5 11 pv:4 zn:5 zd:5", "sel {d:zT}, {g4:p}, {n:zT}, {m:zT}", SVE),
  simd("CPY_zpi",    "00000101 size:2 01 pg:4 0 m:1 sh:1 imm8:8 zd:5", "mov {d:zT}, {g16:pzm}, #{cpyimm}", { ...SVE, when: shiftedImmediate }),
  simd("FCPY",       "00000101 size:2 01 pg:4 110 imm8:8 zd:5", "fmov {d:zT}, {g16:pm}, #{fpimm8}", { ...SVE, when: sizes(1, 2, 3) }),
  simd("DUP_zr",     "00000101 size:2 100000 001110 rn:5 zd:5", "mov {d:zT}, {n:rsp}", SVE),
  simd("CPY_zpr",    "00000101 size:2 101000 101 pg:3 rn:5 zd:5", "mov {d:zT}, {g:pm}, {n:rsp}", SVE),
  simd("CPY_zpv",    "00000101 size:2 100000 100 pg:3 vn:5 zd:5", "mov {d:zT}, {g:pm}, {n:z}", SVE),
  simd("DUP_zzi",    "00000101 imm2:2 1 tsz:5 001000 zn:5 zd:5", "mov {d:zX}, {n:dupsrc}", { ...SVE, when: indexedTsz }),
  simd("DUP_zi",     "00100101 size:2 111 00 0 11 sh:1 imm8:8 zd:5", "mov {d:zT}, #{cpyimm}", { ...SVE, when: shiftedImmediate }),
  simd("FDUP",       "00100101 size:2 111 00 1 110 imm8:8 zd:5", "fmov {d:zT}, #{fpimm8}", { ...SVE, when: sizes(1, 2, 3) }),
  simd("ORR_zi",     "00000101 00 0000 imm13:13 zdn:5", "orr {d:zL}, {d:zL}, #{sveimm}", { ...SVE, when: sveBitmask }),
  simd("EOR_zi",     "00000101 01 0000 imm13:13 zdn:5", "eor {d:zL}, {d:zL}, #{sveimm}", { ...SVE, when: sveBitmask }),
  simd("AND_zi",     "00000101 10 0000 imm13:13 zdn:5", "and {d:zL}, {d:zL}, #{sveimm}", { ...SVE, when: sveBitmask }),
  simd("DUPM",       "00000101 11 0000 imm13:13 zd:5", "{dupm} {d:zL}, #{dupmimm}", { ...SVE, when: sveBitmask }),
  simd("EXT_sve",    "00000101 001 imm8h:5 000 imm8l:3 zm:5 zdn:5", "ext {d:zb}, {d:zb}, {n:zb}, #{ext8}", SVE),
  simd("EXT_sve2",   "00000101 011 imm8h:5 000 imm8l:3 zn:5 zd:5", "ext {d:zb}, {n:Z2b}, #{ext8}", SVE2),
  simd("TBL_sve",    "00000101 size:2 1 zm:5 001100 zn:5 zd:5", "tbl {d:zT}, {n:Z1T}, {m:zT}", SVE),
  simd("TBL_sve2",   "00000101 size:2 1 zm:5 001010 zn:5 zd:5", "tbl {d:zT}, {n:Z2T}, {m:zT}", SVE2),
  simd("TBX_sve2",   "00000101 size:2 1 zm:5 001011 zn:5 zd:5", "tbx {d:zT}, {n:zT}, {m:zT}", SVE2),
];
