/**
 * SVE FP8 and half-precision multiply-accumulate forms (top byte 0x64): FP8 widening multiply-add
 * (FMLALB/T, FMLALLxx), FP8 and FP16 dot products, the widening matrix multiplies, and the FP8
 * conversions (F1CVT/F2CVT/BF1CVT/BF2CVT and their LT forms, FCVTN/FCVTNB/FCVTNT/BFCVTN to FP8).
 */
import type { EncodingLine } from "./format";
import { sve } from "./sve-line";

const FP8FMA = { feature: ["FEAT_SVE2", "FEAT_FP8FMA"] } as const;
const FP8DOT2 = { feature: ["FEAT_SVE2", "FEAT_FP8DOT2"] } as const;
const FP8DOT4 = { feature: ["FEAT_SVE2", "FEAT_FP8DOT4"] } as const;
const SVE2P1 = { feature: "FEAT_SVE2p1" } as const;
const FP8 = { feature: ["FEAT_SVE2", "FEAT_FP8"] } as const;

/** FP8 to single multiply-add long long: bits 23:22 (indexed) or 13:12 (vectors) pick the byte pair. */
const LONG_LONG = [
  ["00", "FMLALLBB"],
  ["01", "FMLALLBT"],
  ["10", "FMLALLTB"],
  ["11", "FMLALLTT"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, name] of LONG_LONG) {
    const mn = name.toLowerCase();
    lines.push(
      sve(`${name}_zzz`, `01100100 001 zm:5 10 ${bits} 10 zn:5 zda:5`, `${mn} {d:zs}, {n:zb}, {m:zb}`, FP8FMA),
      sve(
        `${name}_zzzi`,
        `01100100 ${bits} 1 i4h:2 zm:3 1100 i4l:2 zn:5 zda:5`,
        `${mn} {d:zs}, {n:zb}, {b3i4}`,
        FP8FMA,
      ),
    );
  }
  for (const [t, name] of [
    ["0", "FMLALB"],
    ["1", "FMLALT"],
  ] as const) {
    const mn = name.toLowerCase();
    lines.push(
      sve(`${name}_fp8_zzz`, `01100100 101 zm:5 100 ${t} 10 zn:5 zda:5`, `${mn} {d:zh}, {n:zb}, {m:zb}`, FP8FMA),
      sve(
        `${name}_fp8_zzzi`,
        `01100100 ${t} 01 i4h:2 zm:3 0101 i4l:2 zn:5 zda:5`,
        `${mn} {d:zh}, {n:zb}, {b3i4}`,
        FP8FMA,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_FP8: readonly EncodingLine[] = [
  ...generate(),
  sve("FDOT_h_fp8_zzz",  "01100100 001 zm:5 100001 zn:5 zda:5", "fdot {d:zh}, {n:zb}, {m:zb}", FP8DOT2),
  sve("FDOT_h_fp8_zzzi", "01100100 001 i3h:2 zm:3 0100 i3l:1 1 zn:5 zda:5", "fdot {d:zh}, {n:zb}, {b3i3}", FP8DOT2),
  sve("FDOT_s_fp8_zzz",  "01100100 011 zm:5 100001 zn:5 zda:5", "fdot {d:zs}, {n:zb}, {m:zb}", FP8DOT4),
  sve("FDOT_s_fp8_zzzi", "01100100 011 i2:2 zm:3 010001 zn:5 zda:5", "fdot {d:zs}, {n:zb}, {b3i2}", FP8DOT4),
  sve("FDOT_s_h_zzz",    "01100100 001 zm:5 100000 zn:5 zda:5", "fdot {d:zs}, {n:zh}, {m:zh}", SVE2P1),
  sve("FDOT_s_h_zzzi",   "01100100 001 i2:2 zm:3 010000 zn:5 zda:5", "fdot {d:zs}, {n:zh}, {m:Xh2}", SVE2P1),
  sve("FMMLA_s_h",       "01100100 001 zm:5 111001 zn:5 zda:5", "fmmla {d:zs}, {n:zh}, {m:zh}", { feature: ["FEAT_SVE2", "FEAT_SVE_F16F32MM"] }),
  sve("FMMLA_s_fp8",     "01100100 001 zm:5 111000 zn:5 zda:5", "fmmla {d:zs}, {n:zb}, {m:zb}", { feature: ["FEAT_SVE2", "FEAT_F8F32MM"] }),
  sve("FMMLA_h_fp8",     "01100100 011 zm:5 111000 zn:5 zda:5", "fmmla {d:zh}, {n:zb}, {m:zb}", { feature: ["FEAT_SVE2", "FEAT_F8F16MM"] }),
  sve("F1CVT", "01100101 00001000001100 zn:5 zd:5", "f1cvt {d:zh}, {n:zb}", FP8),
  sve("F2CVT", "01100101 00001000001101 zn:5 zd:5", "f2cvt {d:zh}, {n:zb}", FP8),
  sve("BF1CVT", "01100101 00001000001110 zn:5 zd:5", "bf1cvt {d:zh}, {n:zb}", FP8),
  sve("BF2CVT", "01100101 00001000001111 zn:5 zd:5", "bf2cvt {d:zh}, {n:zb}", FP8),
  sve("F1CVTLT", "01100101 00001001001100 zn:5 zd:5", "f1cvtlt {d:zh}, {n:zb}", FP8),
  sve("F2CVTLT", "01100101 00001001001101 zn:5 zd:5", "f2cvtlt {d:zh}, {n:zb}", FP8),
  sve("BF1CVTLT", "01100101 00001001001110 zn:5 zd:5", "bf1cvtlt {d:zh}, {n:zb}", FP8),
  sve("BF2CVTLT", "01100101 00001001001111 zn:5 zd:5", "bf2cvtlt {d:zh}, {n:zb}", FP8),
  sve("FCVTN_b", "01100101 00001010001100 zn2:4 0 zd:5", "fcvtn {d:zb}, {n:Zp2h}", FP8),
  sve("FCVTNB_b", "01100101 00001010001101 zn2:4 0 zd:5", "fcvtnb {d:zb}, {n:Zp2s}", FP8),
  sve("FCVTNT_b", "01100101 00001010001111 zn2:4 0 zd:5", "fcvtnt {d:zb}, {n:Zp2s}", FP8),
  sve("BFCVTN_b", "01100101 00001010001110 zn2:4 0 zd:5", "bfcvtn {d:zb}, {n:Zp2h}", FP8),
];
