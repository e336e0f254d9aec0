/**
 * SVE floating-point arithmetic outside the binary/multiply-add groups: arithmetic with an immediate
 * (#0.5, #1.0 ...), complex add, ordered and tree reductions, pairwise ops (SVE2), FAMAX/FAMIN,
 * BFSCALE, FTMAD, compares with zero and the unpredicated reciprocal estimates.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2 = { feature: "FEAT_SVE2" } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

/** FP arithmetic with immediate (bits 18:16): [opc, mnemonic, value when i1 = 0, value when i1 = 1]. */
const FP_IMMEDIATE = [
  ["000", "FADD", "0.5", "1.0"],
  ["001", "FSUB", "0.5", "1.0"],
  ["010", "FMUL", "0.5", "2.0"],
  ["011", "FSUBR", "0.5", "1.0"],
  ["100", "FMAXNM", "0.0", "1.0"],
  ["101", "FMINNM", "0.0", "1.0"],
  ["110", "FMAX", "0.0", "1.0"],
  ["111", "FMIN", "0.0", "1.0"],
] as const;

const FP_REDUCTIONS = [
  ["000", "FADDV"],
  ["100", "FMAXNMV"],
  ["101", "FMINNMV"],
  ["110", "FMAXV"],
  ["111", "FMINV"],
] as const;

const FP_PAIRWISE = [
  ["000", "FADDP"],
  ["100", "FMAXNMP"],
  ["101", "FMINNMP"],
  ["110", "FMAXP"],
  ["111", "FMINP"],
] as const;

/** Compares with zero: [bits 17:16, bit 4, mnemonic]. */
const FP_COMPARE_ZERO = [
  ["00", "0", "FCMGE"],
  ["00", "1", "FCMGT"],
  ["01", "0", "FCMLT"],
  ["01", "1", "FCMLE"],
  ["10", "0", "FCMEQ"],
  ["11", "0", "FCMNE"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name, zero, one] of FP_IMMEDIATE) {
    const mn = name.toLowerCase();
    lines.push(
      sve(
        `${name}_zpzi_0`,
        `01100101 size:2 011 ${opc} 100 pg:3 0000 0 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, #${zero}`,
        hsd,
      ),
    );
    lines.push(
      sve(
        `${name}_zpzi_1`,
        `01100101 size:2 011 ${opc} 100 pg:3 0000 1 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, #${one}`,
        hsd,
      ),
    );
  }
  for (const [opc, name] of FP_REDUCTIONS) {
    lines.push(
      sve(
        `${name}_sve`,
        `01100101 size:2 000 ${opc} 001 pg:3 zn:5 vd:5`,
        `${name.toLowerCase()} {d:z}, {g:p}, {n:zT}`,
        hsd,
      ),
    );
  }
  for (const [opc, name] of FP_PAIRWISE) {
    lines.push(
      sve(
        `${name}_sve`,
        `01100100 size:2 010 ${opc} 100 pg:3 zm:5 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {d:zT}, {n:zT}`,
        {
          ...SVE2,
          when: sizes(1, 2, 3),
        },
      ),
    );
  }
  for (const [opc, ne, name] of FP_COMPARE_ZERO) {
    lines.push(
      sve(
        `${name}_zero`,
        `01100101 size:2 0100 ${opc} 001 pg:3 zn:5 ${ne} pd:4`,
        `${name.toLowerCase()} {pd:pT}, {g:pz}, {n:zT}, #0.0`,
        hsd,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_FP_ARITH: readonly EncodingLine[] = [
  ...generate(),
  sve("FCADD",      "01100100 size:2 00000 rot:1 100 pg:3 zm:5 zdn:5", "fcadd {d:zT}, {g:pm}, {d:zT}, {n:zT}, #{rot16}", hsd),
  sve("FADDA",      "01100101 size:2 011000 001 pg:3 zm:5 vdn:5", "fadda {d:z}, {g:p}, {d:z}, {n:zT}", hsd),
  sve("FAMAX_sve",  "01100101 size:2 00 1110 100 pg:3 zm:5 zdn:5", "famax {d:zT}, {g:pm}, {d:zT}, {n:zT}", { feature: ["FEAT_SVE2", "FEAT_FAMINMAX"], when: sizes(1, 2, 3) }),
  sve("FAMIN_sve",  "01100101 size:2 00 1111 100 pg:3 zm:5 zdn:5", "famin {d:zT}, {g:pm}, {d:zT}, {n:zT}", { feature: ["FEAT_SVE2", "FEAT_FAMINMAX"], when: sizes(1, 2, 3) }),
  sve("BFSCALE",    "01100101 00 00 1001 100 pg:3 zm:5 zdn:5", "bfscale {d:zh}, {g:pm}, {d:zh}, {n:zh}", { feature: ["FEAT_SVE2", "FEAT_SVE_BFSCALE"] }),
  sve("FTMAD",      "01100101 size:2 010 imm3:3 100000 zm:5 zdn:5", "ftmad {d:zT}, {d:zT}, {n:zT}, #{=imm3}", hsd),
  sve("FRECPE_sve_h", "01100101 01001110001100 zn:5 zd:5", "frecpe {d:zh}, {n:zh}", SVE),
  sve("FRECPE_sve_s", "01100101 10001110001100 zn:5 zd:5", "frecpe {d:zs}, {n:zs}", SVE),
  sve("FRECPE_sve_d", "01100101 11001110001100 zn:5 zd:5", "frecpe {d:zd}, {n:zd}", SVE),
  sve("FRSQRTE_sve_h", "01100101 01001111001100 zn:5 zd:5", "frsqrte {d:zh}, {n:zh}", SVE),
  sve("FRSQRTE_sve_s", "01100101 10001111001100 zn:5 zd:5", "frsqrte {d:zs}, {n:zs}", SVE),
  sve("FRSQRTE_sve_d", "01100101 11001111001100 zn:5 zd:5", "frsqrte {d:zd}, {n:zd}", SVE),
];
