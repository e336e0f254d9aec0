/** SVE element extraction and reversal: CLASTA/CLASTB, LASTA/LASTB, REVB/REVH/REVW/RBIT, COMPACT, SPLICE, TBXQ. */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [b, suffix] of [
    ["0", "A"],
    ["1", "B"],
  ] as const) {
    const last = `last${suffix.toLowerCase()}`;
    const clast = `clast${suffix.toLowerCase()}`;
    lines.push(
      simd(
        `CLAST${suffix}_v`,
        `00000101 size:2 10101 ${b} 100 pg:3 zm:5 vdn:5`,
        `${clast} {d:z}, {g:p}, {d:z}, {n:zT}`,
        SVE,
      ),
      simd(
        `CLAST${suffix}_r`,
        `00000101 size:2 11000 ${b} 101 pg:3 zm:5 rdn:5`,
        `${clast} {d:r}, {g:p}, {d:r}, {n:zT}`,
        SVE,
      ),
      simd(
        `CLAST${suffix}_z`,
        `00000101 size:2 10100 ${b} 100 pg:3 zm:5 zdn:5`,
        `${clast} {d:zT}, {g:p}, {d:zT}, {n:zT}`,
        SVE,
      ),
      simd(`LAST${suffix}_v`, `00000101 size:2 10001 ${b} 100 pg:3 zn:5 vd:5`, `${last} {d:z}, {g:p}, {n:zT}`, SVE),
      simd(`LAST${suffix}_r`, `00000101 size:2 10000 ${b} 101 pg:3 zn:5 rd:5`, `${last} {d:r}, {g:p}, {n:zT}`, SVE),
    );
  }
  for (const [opc, name, allowed] of [
    ["00", "REVB", [1, 2, 3]],
    ["01", "REVH", [2, 3]],
    ["10", "REVW", [3]],
    ["11", "RBIT", [0, 1, 2, 3]],
  ] as const) {
    lines.push(
      simd(
        `${name}_zpz`,
        `00000101 size:2 1001 ${opc} 100 pg:3 zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {n:zT}`,
        { ...SVE, when: sizes(...allowed) },
      ),
      simd(
        `${name}_zpz_z`,
        `00000101 size:2 1001 ${opc} 101 pg:3 zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {g:pz}, {n:zT}`,
        { cls: "sve", feature: "FEAT_SVE2p2", when: sizes(...allowed) },
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_EXTRACT: readonly EncodingLine[] = [
  ...generate(),
  simd("COMPACT", "00000101 size:2 100001 100 pg:3 zn:5 zd:5", "compact {d:zT}, {g:p}, {n:zT}", { ...SVE, when: sizes(2, 3) }),
  simd("COMPACT_bh", "00000101 size:2 100001 100 pg:3 zn:5 zd:5", "compact {d:zT}, {g:p}, {n:zT}", { cls: "sve", feature: "FEAT_SVE2p2", when: sizes(0, 1) }),
  simd("SPLICE",  "00000101 size:2 101100 100 pg:3 zm:5 zdn:5", "splice {d:zT}, {g:p}, {d:zT}, {n:zT}", SVE),
  simd("TBXQ",    "00000101 size:2 1 zm:5 001101 zn:5 zd:5", "tbxq {d:zT}, {n:zT}, {m:zT}", { cls: "sve", feature: "FEAT_SVE2p1" }),
];
