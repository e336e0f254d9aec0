/** SVE element counts (CNT*, INC*, DEC*, saturating SQINC* ...), ADDVL/ADDPL/RDVL (and SME ADDSVL/ADDSPL/RDSVL), MOVPRFX. */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const SME = { cls: "sme", feature: "FEAT_SME" } as const;
const notByte = { ...SVE, when: sizes(1, 2, 3) };

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  lines.push(
    simd("CNT_r", "00000100 size:2 10 imm4:4 11100 0 pattern:5 rd:5", "cnt{bhwd} {d:x}{pattern}", SVE),
    simd("INC_r", "00000100 size:2 11 imm4:4 11100 0 pattern:5 rdn:5", "inc{bhwd} {d:x}{pattern}", SVE),
    simd("DEC_r", "00000100 size:2 11 imm4:4 11100 1 pattern:5 rdn:5", "dec{bhwd} {d:x}{pattern}", SVE),
    simd("INC_z", "00000100 size:2 11 imm4:4 11000 0 pattern:5 zdn:5", "inc{bhwd} {d:zT}{pattern}", notByte),
    simd("DEC_z", "00000100 size:2 11 imm4:4 11000 1 pattern:5 zdn:5", "dec{bhwd} {d:zT}{pattern}", notByte),
  );
  for (const [d, u, mn] of [
    ["0", "0", "sqinc"],
    ["0", "1", "uqinc"],
    ["1", "0", "sqdec"],
    ["1", "1", "uqdec"],
  ] as const) {
    const upper = mn.toUpperCase();
    const narrow = u === "0" ? `${mn}{bhwd} {d:x}, {d:w}{pattern}` : `${mn}{bhwd} {d:w}{pattern}`;
    lines.push(
      simd(`${upper}_r32`, `00000100 size:2 1 0 imm4:4 1111 ${d} ${u} pattern:5 rdn:5`, narrow, SVE),
      simd(
        `${upper}_r64`,
        `00000100 size:2 1 1 imm4:4 1111 ${d} ${u} pattern:5 rdn:5`,
        `${mn}{bhwd} {d:x}{pattern}`,
        SVE,
      ),
      simd(
        `${upper}_z`,
        `00000100 size:2 1 0 imm4:4 1100 ${d} ${u} pattern:5 zdn:5`,
        `${mn}{bhwd} {d:zT}{pattern}`,
        notByte,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_COUNT: readonly EncodingLine[] = [
  ...generate(),
  simd("ADDVL",       "00000100 0 0 1 rn:5 01010 imm6:6 rd:5", "addvl {d:xsp}, {m:xsp}, #{simm6}", SVE),
  simd("ADDPL",       "00000100 0 1 1 rn:5 01010 imm6:6 rd:5", "addpl {d:xsp}, {m:xsp}, #{simm6}", SVE),
  simd("ADDSVL",      "00000100 0 0 1 rn:5 01011 imm6:6 rd:5", "addsvl {d:xsp}, {m:xsp}, #{simm6}", SME),
  simd("ADDSPL",      "00000100 0 1 1 rn:5 01011 imm6:6 rd:5", "addspl {d:xsp}, {m:xsp}, #{simm6}", SME),
  simd("RDVL",        "00000100 1 0 1 11111 01010 imm6:6 rd:5", "rdvl {d:x}, #{simm6}", SVE),
  simd("RDSVL",       "00000100 1 0 1 11111 01011 imm6:6 rd:5", "rdsvl {d:x}, #{simm6}", SME),
  simd("MOVPRFX_z",   "00000100 00 1 00000 101111 zn:5 zd:5", "movprfx {d:zr}, {n:zr}", SVE),
  simd("MOVPRFX_zpz", "00000100 size:2 010 00 m:1 001 pg:3 zn:5 zd:5", "movprfx {d:zT}, {g:pzm16}, {n:zT}", SVE),
];
