/**
 * SVE2 integer multiply (-add) by indexed element (bit 21 set in the 0x44 space). The element
 * register and index share bits 22:16 (and 11 for the widening forms) by element size.
 */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;
const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const wide = { ...SVE2, when: sizes(2, 3) };

/** Same-size forms: [opc bits 15:10, mnemonic, feature]. */
const SAME_SIZE = [
  ["000010", "MLA", SVE2],
  ["000011", "MLS", SVE2],
  ["000100", "SQRDMLAH", SVE2],
  ["000101", "SQRDMLSH", SVE2],
  ["111100", "SQDMULH", SVE2],
  ["111101", "SQRDMULH", SVE2],
  ["111110", "MUL", SVE2],
] as const;

/** Widening forms: [opc bits 15:12, bit 10 value per name] with the index low bit at 11. */
const LONG = [
  ["0010", "SQDMLALB", "0"],
  ["0010", "SQDMLALT", "1"],
  ["0011", "SQDMLSLB", "0"],
  ["0011", "SQDMLSLT", "1"],
  ["1000", "SMLALB", "0"],
  ["1000", "SMLALT", "1"],
  ["1001", "UMLALB", "0"],
  ["1001", "UMLALT", "1"],
  ["1010", "SMLSLB", "0"],
  ["1010", "SMLSLT", "1"],
  ["1011", "UMLSLB", "0"],
  ["1011", "UMLSLT", "1"],
  ["1100", "SMULLB", "0"],
  ["1100", "SMULLT", "1"],
  ["1101", "UMULLB", "0"],
  ["1101", "UMULLT", "1"],
  ["1110", "SQDMULLB", "0"],
  ["1110", "SQDMULLT", "1"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name, options] of SAME_SIZE) {
    lines.push(
      simd(
        `${name}_zzi`,
        `01000100 size:2 1 index:5 ${opc} zn:5 zda:5`,
        `${name.toLowerCase()} {d:zI}, {n:zI}, {m:Xs}`,
        options,
      ),
    );
  }
  for (const [opc, name, t] of LONG) {
    lines.push(
      simd(
        `${name}_zzi`,
        `01000100 size:2 1 index:5 ${opc} il:1 ${t} zn:5 zda:5`,
        `${name.toLowerCase()} {d:zT}, {n:zN}, {m:Xl}`,
        wide,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_INDEXED: readonly EncodingLine[] = [
  ...generate(),
  simd("SDOT_zzi",      "01000100 size:2 1 index:5 00000 0 zn:5 zda:5", "sdot {d:zT}, {n:zQ}, {m:Xdot}", { ...SVE, when: sizes(2, 3) }),
  simd("UDOT_zzi",      "01000100 size:2 1 index:5 00000 1 zn:5 zda:5", "udot {d:zT}, {n:zQ}, {m:Xdot}", { ...SVE, when: sizes(2, 3) }),
  simd("USDOT_zzi",     "01000100 10 1 index:5 00011 0 zn:5 zda:5", "usdot {d:zs}, {n:zb}, {m:Xdot}", { cls: "sve", feature: ["FEAT_SVE", "FEAT_I8MM"] }),
  simd("SUDOT_zzi",     "01000100 10 1 index:5 00011 1 zn:5 zda:5", "sudot {d:zs}, {n:zb}, {m:Xdot}", { cls: "sve", feature: ["FEAT_SVE", "FEAT_I8MM"] }),
  simd("CDOT_zzi",      "01000100 size:2 1 index:5 0100 rot:2 zn:5 zda:5", "cdot {d:zT}, {n:zQ}, {m:Xdot}, #{rotc}", wide),
  simd("CMLA_zzi",      "01000100 size:2 1 index:5 0110 rot:2 zn:5 zda:5", "cmla {d:zN}, {n:zN}, {m:Xc}, #{rotc}", wide),
  simd("SQRDCMLAH_zzi", "01000100 size:2 1 index:5 0111 rot:2 zn:5 zda:5", "sqrdcmlah {d:zN}, {n:zN}, {m:Xc}, #{rotc}", wide),
];
