/**
 * SVE2 widening and narrowing integer ops of the 0x45 space: add/subtract long and wide, multiply
 * long, absolute-difference accumulate long, add/subtract high narrow, shift right accumulate,
 * shift and insert, shift left long, shift right narrow; and the FEAT_LUT table reads.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;
const LUT = { cls: "sve", feature: ["FEAT_SVE2", "FEAT_LUT"] } as const;
const wide = { ...SVE2, when: sizes(1, 2, 3) };

/** Unpredicated shift by immediate (tsz at 23:22 and 20:19 non-zero). */
const shiftTsz: EncodingGuard = (w) => (((w >>> 20) & 0xc) | ((w >>> 19) & 3)) !== 0;
/** Narrow/long shifts: tsz at 22 and 20:19 non-zero (element b, h or s). */
const narrowTsz: EncodingGuard = (w) => (((w >>> 20) & 4) | ((w >>> 19) & 3)) !== 0;

const LONG = [
  ["000000", "SADDLB"],
  ["000001", "SADDLT"],
  ["000010", "UADDLB"],
  ["000011", "UADDLT"],
  ["000100", "SSUBLB"],
  ["000101", "SSUBLT"],
  ["000110", "USUBLB"],
  ["000111", "USUBLT"],
  ["001100", "SABDLB"],
  ["001101", "SABDLT"],
  ["001110", "UABDLB"],
  ["001111", "UABDLT"],
  ["011000", "SQDMULLB"],
  ["011001", "SQDMULLT"],
  ["011100", "SMULLB"],
  ["011101", "SMULLT"],
  ["011110", "UMULLB"],
  ["011111", "UMULLT"],
  ["110000", "SABALB"],
  ["110001", "SABALT"],
  ["110010", "UABALB"],
  ["110011", "UABALT"],
] as const;

const WIDE = [
  ["010000", "SADDWB"],
  ["010001", "SADDWT"],
  ["010010", "UADDWB"],
  ["010011", "UADDWT"],
  ["010100", "SSUBWB"],
  ["010101", "SSUBWT"],
  ["010110", "USUBWB"],
  ["010111", "USUBWT"],
] as const;

const HIGH_NARROW = [
  ["011000", "ADDHNB"],
  ["011001", "ADDHNT"],
  ["011010", "RADDHNB"],
  ["011011", "RADDHNT"],
  ["011100", "SUBHNB"],
  ["011101", "SUBHNT"],
  ["011110", "RSUBHNB"],
  ["011111", "RSUBHNT"],
] as const;

const SHIFT_NARROW = [
  ["000000", "SQSHRUNB"],
  ["000001", "SQSHRUNT"],
  ["000010", "SQRSHRUNB"],
  ["000011", "SQRSHRUNT"],
  ["000100", "SHRNB"],
  ["000101", "SHRNT"],
  ["000110", "RSHRNB"],
  ["000111", "RSHRNT"],
  ["001000", "SQSHRNB"],
  ["001001", "SQSHRNT"],
  ["001010", "SQRSHRNB"],
  ["001011", "SQRSHRNT"],
  ["001100", "UQSHRNB"],
  ["001101", "UQSHRNT"],
  ["001110", "UQRSHRNB"],
  ["001111", "UQRSHRNT"],
] as const;

const SHIFT_ACCUMULATE = [
  ["111000", "SSRA", "ushr"],
  ["111001", "USRA", "ushr"],
  ["111010", "SRSRA", "ushr"],
  ["111011", "URSRA", "ushr"],
  ["111100", "SRI", "ushr"],
  ["111101", "SLI", "ushl"],
] as const;

const SHIFT_LONG = [
  ["00", "SSHLLB"],
  ["01", "SSHLLT"],
  ["10", "USHLLB"],
  ["11", "USHLLT"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name] of LONG) {
    const pmull = name.startsWith("SQDMULL") ? wide : wide;
    lines.push(
      simd(
        `${name}_zzz`,
        `01000101 size:2 0 zm:5 ${opc} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {n:zN}, {m:zN}`,
        pmull,
      ),
    );
  }
  for (const [opc, name] of WIDE) {
    lines.push(
      simd(
        `${name}_zzz`,
        `01000101 size:2 0 zm:5 ${opc} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {n:zT}, {m:zN}`,
        wide,
      ),
    );
  }
  for (const [opc, name] of HIGH_NARROW) {
    lines.push(
      simd(
        `${name}_zzz`,
        `01000101 size:2 1 zm:5 ${opc} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zN}, {n:zT}, {m:zT}`,
        wide,
      ),
    );
  }
  for (const [opc, name] of SHIFT_NARROW) {
    lines.push(
      simd(
        `${name}_zzi`,
        `01000101 0 tszh:1 1 tszl:2 imm3:3 ${opc} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zV}, {n:zVw}, #{vshr}`,
        { ...SVE2, when: narrowTsz },
      ),
    );
  }
  for (const [opc, name, amount] of SHIFT_ACCUMULATE) {
    lines.push(
      simd(
        `${name}_zzi`,
        `01000101 tszh:2 0 tszl:2 imm3:3 ${opc} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zU}, {n:zU}, #{${amount}}`,
        { ...SVE2, when: shiftTsz },
      ),
    );
  }
  for (const [ut, name] of SHIFT_LONG) {
    lines.push(
      simd(
        `${name}_zzi`,
        `01000101 0 tszh:1 0 tszl:2 imm3:3 1010 ${ut} zn:5 zd:5`,
        `${name.toLowerCase()} {d:zVw}, {n:zV}, #{vshl}`,
        { ...SVE2, when: narrowTsz },
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_WIDEN: readonly EncodingLine[] = [
  ...generate(),
  simd("LUTI2_zb", "01000101 index:2 1 zm:5 101100 zn:5 zd:5", "luti2 {d:zb}, {n:Z1b}, {m:zr}[{=index}]", LUT),
  simd("LUTI2_zh", "01000101 indexh:2 1 zm:5 101 indexl:1 10 zn:5 zd:5", "luti2 {d:zh}, {n:Z1h}, {m:zr}[{luti2h}]", LUT),
  simd("LUTI4_zb", "01000101 index:1 1 1 zm:5 101001 zn:5 zd:5", "luti4 {d:zb}, {n:Z1b}, {m:zr}[{=index}]", LUT),
  simd("LUTI4_zh2", "01000101 index:2 1 zm:5 101101 zn:5 zd:5", "luti4 {d:zh}, {n:Z2h}, {m:zr}[{=index}]", LUT),
  simd("LUTI4_zh", "01000101 index:2 1 zm:5 101111 zn:5 zd:5", "luti4 {d:zh}, {n:Z1h}, {m:zr}[{=index}]", LUT),
];
