/**
 * SME moves between Z vectors and ZA tile slices (MOVA, printed `mov`), the zeroing MOVAZ of
 * SME2p1, and the tile accumulations ADDHA/ADDVA.
 */
import type { EncodingLine } from "./format";
import { bin, sme } from "./sme-line";

/** Tile-slice element sizes: [size bits, Q bit, element, tile bits (the rest of the 4 are the index)]. */
const SLICES = [
  ["00", "0", "b", 0],
  ["01", "0", "h", 1],
  ["10", "0", "s", 2],
  ["11", "0", "d", 3],
  ["11", "1", "q", 4],
] as const;

function moves(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [size, q, e, tileBits] of SLICES) {
    // The 4-bit ZA field splits into tile and slice index by element size.
    const field = tileBits === 0 ? "idx:4" : tileBits === 4 ? "tile:4" : `tile:${tileBits} idx:${4 - tileBits}`;
    const tile = tileBits === 0 ? "0" : "{=tile}";
    const index = tileBits === 4 ? "0" : "{=idx}";
    const slice = `za${tile}{hv:v}.${e}[{w12:rs}, ${index}]`;
    const upper = e.toUpperCase();
    lines.push(
      sme(
        `MOVA_tile_${upper}`,
        `11000000 ${size} 00000 ${q} v:1 rs:2 pg:3 zn:5 0 ${field}`,
        `mov ${slice}, {p:pg}/m, {z:zn:${e}}`,
        "FEAT_SME",
      ),
      sme(
        `MOVA_vector_${upper}`,
        `11000000 ${size} 00001 ${q} v:1 rs:2 pg:3 0 ${field} zd:5`,
        `mov {z:zd:${e}}, {p:pg}/m, ${slice}`,
        "FEAT_SME",
      ),
      sme(
        `MOVAZ_${upper}`,
        `11000000 ${size} 00001 ${q} v:1 rs:2 0001 ${field} zd:5`,
        `movaz {z:zd:${e}}, ${slice}`,
        "FEAT_SME2p1",
      ),
    );
  }
  return lines;
}

/** The tile/offset split of the 3-bit (two vectors) or 2-3-bit (four vectors) ZA field by element size. */
const GROUP_FIELDS: Readonly<Record<string, readonly [two: string, four: string]>> = {
  b: ["off:3", "0 off:2"],
  h: ["tile:1 off:2", "0 tile:1 off:1"],
  s: ["tile:2 off:1", "0 tile:2"],
  d: ["tile:3", "tile:3"],
};

/** SME2 moves of two or four vectors to and from tile slices (MOVAZ zeroes the slices, SME2p1). */
function groupMoves(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let size = 0; size < 4; size++) {
    const e = ["b", "h", "s", "d"][size]!;
    const [twoField, fourField] = GROUP_FIELDS[e]!;
    const tile = e === "b" ? "0" : "{=tile}";
    const slices = (count: 2 | 4, field: string): string => {
      const range = field.includes("off") ? `{r${count}:off}` : count === 2 ? "0:1" : "0:3";
      return `za${tile}{hv:v}.${e}[{w12:rs}, ${range}]`;
    };
    const sz = bin(size, 2);
    const upper = e.toUpperCase();
    lines.push(
      sme(
        `MOVA_tile_x2_${upper}`,
        `11000000 ${sz} 000100 v:1 rs:2 000 zn:4 000 ${twoField}`,
        `mov ${slices(2, twoField)}, {L2:zn:${e}}`,
        "FEAT_SME2",
      ),
      sme(
        `MOVA_tile_x4_${upper}`,
        `11000000 ${sz} 000100 v:1 rs:2 001 zn:3 0000 ${fourField}`,
        `mov ${slices(4, fourField)}, {L4:zn:${e}}`,
        "FEAT_SME2",
      ),
    );
    for (const [az, mn, feature] of [
      ["0", "mov", "FEAT_SME2"],
      ["1", "movaz", "FEAT_SME2p1"],
    ] as const) {
      const name = `${mn.toUpperCase()}_vector`;
      lines.push(
        sme(
          `${name}_x2_${upper}`,
          `11000000 ${sz} 000110 v:1 rs:2 000 ${az} 0 ${twoField} zd:4 0`,
          `${mn} {L2:zd:${e}}, ${slices(2, twoField)}`,
          feature,
        ),
        sme(
          `${name}_x4_${upper}`,
          `11000000 ${sz} 000110 v:1 rs:2 001 ${az} 0 ${fourField} zd:3 00`,
          `${mn} {L4:zd:${e}}, ${slices(4, fourField)}`,
          feature,
        ),
      );
    }
  }
  // ZA array vectors, printed with .d elements.
  lines.push(
    sme(
      "MOVA_array_x2",
      "11000000 00000100 0 rv:2 010 zn:4 000 off:3",
      "mov za.d[{w8:rv}, {=off}, vgx2], {L2:zn:d}",
      "FEAT_SME2",
    ),
    sme(
      "MOVA_array_x4",
      "11000000 00000100 0 rv:2 011 zn:3 0000 off:3",
      "mov za.d[{w8:rv}, {=off}, vgx4], {L4:zn:d}",
      "FEAT_SME2",
    ),
  );
  for (const [az, mn, feature] of [
    ["0", "mov", "FEAT_SME2"],
    ["1", "movaz", "FEAT_SME2p1"],
  ] as const) {
    lines.push(
      sme(
        `${mn.toUpperCase()}_array_vector_x2`,
        `11000000 00000110 0 rv:2 010 ${az} 0 off:3 zd:4 0`,
        `${mn} {L2:zd:d}, za.d[{w8:rv}, {=off}, vgx2]`,
        feature,
      ),
      sme(
        `${mn.toUpperCase()}_array_vector_x4`,
        `11000000 00000110 0 rv:2 011 ${az} 0 off:3 zd:3 00`,
        `${mn} {L4:zd:d}, za.d[{w8:rv}, {=off}, vgx4]`,
        feature,
      ),
    );
  }
  return lines;
}

function accumulations(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [v, mn] of [
    [0, "addha"],
    [1, "addva"],
  ] as const) {
    lines.push(
      sme(
        `${mn.toUpperCase()}_s`,
        `11000000 10 01000 ${bin(v, 1)} pm:3 pn:3 zn:5 000 tile:2`,
        `${mn} za{=tile}.s, {p:pn}/m, {p:pm}/m, {z:zn:s}`,
        "FEAT_SME",
      ),
      sme(
        `${mn.toUpperCase()}_d`,
        `11000000 11 01000 ${bin(v, 1)} pm:3 pn:3 zn:5 00 tile:3`,
        `${mn} za{=tile}.d, {p:pn}/m, {p:pm}/m, {z:zn:d}`,
        "FEAT_SME_I16I64",
      ),
    );
  }
  return lines;
}

export const SME_TILE_MOVES: readonly EncodingLine[] = [...moves(), ...groupMoves(), ...accumulations()];
