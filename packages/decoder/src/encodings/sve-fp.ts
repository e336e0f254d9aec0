/**
 * SVE floating point: predicated and unpredicated arithmetic, multiply-add (and the multiply-add
 * with addend forms), compares, complex multiply-add; size 00 selects the BF16 forms of
 * FEAT_SVE_B16B16 where they exist.
 */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const B16B16 = { cls: "sve", feature: ["FEAT_SVE2", "FEAT_SVE_B16B16"] } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

/** Predicated binary ops (bits 19:16): [opc, mnemonic, BF16 form?]. */
const PREDICATED = [
  ["0000", "FADD", true],
  ["0001", "FSUB", true],
  ["0010", "FMUL", true],
  ["0011", "FSUBR", false],
  ["0100", "FMAXNM", true],
  ["0101", "FMINNM", true],
  ["0110", "FMAX", true],
  ["0111", "FMIN", true],
  ["1000", "FABD", false],
  ["1001", "FSCALE", false],
  ["1010", "FMULX", false],
  ["1100", "FDIVR", false],
  ["1101", "FDIV", false],
] as const;

/** Unpredicated binary ops (bits 12:10): [opc, mnemonic, BF16 form?]. */
const UNPREDICATED = [
  ["000", "FADD", true],
  ["001", "FSUB", true],
  ["010", "FMUL", true],
  ["011", "FTSMUL", false],
  ["110", "FRECPS", false],
  ["111", "FRSQRTS", false],
] as const;

const MULTIPLY_ADD = [
  ["00", "FMLA", "FMAD"],
  ["01", "FMLS", "FMSB"],
  ["10", "FNMLA", "FNMAD"],
  ["11", "FNMLS", "FNMSB"],
] as const;

/** Compares (bits 15:13 and 4): [bits, ne, mnemonic]. */
const COMPARES = [
  ["010", 0, "FCMGE"],
  ["010", 1, "FCMGT"],
  ["011", 0, "FCMEQ"],
  ["011", 1, "FCMNE"],
  ["110", 0, "FCMUO"],
  ["110", 1, "FACGE"],
  ["111", 1, "FACGT"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name, bf] of PREDICATED) {
    const mn = name.toLowerCase();
    lines.push(
      simd(
        `${name}_zpzz`,
        `01100101 size:2 00 ${opc} 100 pg:3 zm:5 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, {n:zT}`,
        hsd,
      ),
    );
    if (bf) {
      lines.push(
        simd(
          `B${name}_zpzz`,
          `01100101 00 00 ${opc} 100 pg:3 zm:5 zdn:5`,
          `b${mn} {d:zh}, {g:pm}, {d:zh}, {n:zh}`,
          B16B16,
        ),
      );
    }
  }
  for (const [opc, name, bf] of UNPREDICATED) {
    const mn = name.toLowerCase();
    lines.push(simd(`${name}_zzz`, `01100101 size:2 0 zm:5 000 ${opc} zn:5 zd:5`, `${mn} {d:zT}, {n:zT}, {m:zT}`, hsd));
    if (bf)
      lines.push(
        simd(`B${name}_zzz`, `01100101 00 0 zm:5 000 ${opc} zn:5 zd:5`, `b${mn} {d:zh}, {n:zh}, {m:zh}`, B16B16),
      );
  }
  for (const [opc, accumulate, addend] of MULTIPLY_ADD) {
    const a = accumulate.toLowerCase();
    const b = addend.toLowerCase();
    lines.push(
      simd(
        `${accumulate}_zpzzz`,
        `01100101 size:2 1 zm:5 0 ${opc} pg:3 zn:5 zda:5`,
        `${a} {d:zT}, {g:pm}, {n:zT}, {m:zT}`,
        hsd,
      ),
      simd(
        `${addend}_zpzzz`,
        `01100101 size:2 1 za:5 1 ${opc} pg:3 zm:5 zdn:5`,
        `${b} {d:zT}, {g:pm}, {n:zT}, {m:zT}`,
        hsd,
      ),
    );
  }
  lines.push(
    simd("BFMLA_zpzzz", "01100101 00 1 zm:5 0 00 pg:3 zn:5 zda:5", "bfmla {d:zh}, {g:pm}, {n:zh}, {m:zh}", B16B16),
    simd("BFMLS_zpzzz", "01100101 00 1 zm:5 0 01 pg:3 zn:5 zda:5", "bfmls {d:zh}, {g:pm}, {n:zh}, {m:zh}", B16B16),
  );
  for (const [bits, ne, name] of COMPARES) {
    lines.push(
      simd(
        `${name}_ppzz`,
        `01100101 size:2 0 zm:5 ${bits} pg:3 zn:5 ${ne} pd:4`,
        `${name.toLowerCase()} {pd:pT}, {g:pz}, {n:zT}, {m:zT}`,
        hsd,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_FP: readonly EncodingLine[] = [
  ...generate(),
  simd("FCMLA_zpzzz", "01100100 size:2 0 zm:5 0 rot:2 pg:3 zn:5 zda:5", "fcmla {d:zT}, {g:pm}, {n:zT}, {m:zT}, #{rot}", hsd),
];
