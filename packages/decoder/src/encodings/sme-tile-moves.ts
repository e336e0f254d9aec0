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

export const SME_TILE_MOVES: readonly EncodingLine[] = [...moves(), ...accumulations()];
