/** SVE floating-point predicated unary ops: rounding, FRECPX/FSQRT, precision and integer conversions. */
import type { EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

const ROUNDING = [
  ["000", "FRINTN"],
  ["001", "FRINTP"],
  ["010", "FRINTM"],
  ["011", "FRINTZ"],
  ["100", "FRINTA"],
  ["110", "FRINTX"],
  ["111", "FRINTI"],
] as const;

/** FCVT: [opc 23:22, bits 17:16, destination, source, mnemonic]. */
const PRECISION = [
  ["10", "00", "h", "s", "fcvt"],
  ["10", "01", "s", "h", "fcvt"],
  ["10", "10", "h", "s", "bfcvt"],
  ["11", "00", "h", "d", "fcvt"],
  ["11", "01", "d", "h", "fcvt"],
  ["11", "10", "s", "d", "fcvt"],
  ["11", "11", "d", "s", "fcvt"],
] as const;

/** Integer -> FP (SCVTF/UCVTF) type pairs: [opc, opc2, destination, source]. */
const FROM_INTEGER = [
  ["01", "01", "h", "h"],
  ["01", "10", "h", "s"],
  ["01", "11", "h", "d"],
  ["10", "10", "s", "s"],
  ["11", "00", "d", "s"],
  ["11", "10", "s", "d"],
  ["11", "11", "d", "d"],
] as const;

/** FP -> integer (FCVTZS/FCVTZU) type pairs: [opc, opc2, destination, source]. */
const TO_INTEGER = [
  ["01", "01", "h", "h"],
  ["01", "10", "s", "h"],
  ["01", "11", "d", "h"],
  ["10", "10", "s", "s"],
  ["11", "00", "s", "d"],
  ["11", "10", "d", "s"],
  ["11", "11", "d", "d"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [opc, name] of ROUNDING) {
    lines.push(
      simd(
        `${name}_zpz`,
        `01100101 size:2 000 ${opc} 101 pg:3 zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {n:zT}`,
        hsd,
      ),
    );
  }
  lines.push(
    simd("FRECPX_zpz", "01100101 size:2 001100 101 pg:3 zn:5 zd:5", "frecpx {d:zT}, {g:pm}, {n:zT}", hsd),
    simd("FSQRT_zpz", "01100101 size:2 001101 101 pg:3 zn:5 zd:5", "fsqrt {d:zT}, {g:pm}, {n:zT}", hsd),
  );
  for (const [opc, bits, dst, src, mn] of PRECISION) {
    const feature = mn === "bfcvt" ? ({ cls: "sve", feature: ["FEAT_SVE", "FEAT_BF16"] } as const) : SVE;
    lines.push(
      simd(
        `${mn.toUpperCase()}_${dst}${src}_zpz`,
        `01100101 ${opc} 0010 ${bits} 101 pg:3 zn:5 zd:5`,
        `${mn} {d:z${dst}}, {g:pm}, {n:z${src}}`,
        feature,
      ),
    );
  }
  for (const [u, mn] of [
    ["0", "scvtf"],
    ["1", "ucvtf"],
  ] as const) {
    for (const [opc, opc2, dst, src] of FROM_INTEGER) {
      lines.push(
        simd(
          `${mn.toUpperCase()}_${dst}${src}_zpz`,
          `01100101 ${opc} 010 ${opc2} ${u} 101 pg:3 zn:5 zd:5`,
          `${mn} {d:z${dst}}, {g:pm}, {n:z${src}}`,
          SVE,
        ),
      );
    }
  }
  for (const [u, mn] of [
    ["0", "fcvtzs"],
    ["1", "fcvtzu"],
  ] as const) {
    for (const [opc, opc2, dst, src] of TO_INTEGER) {
      lines.push(
        simd(
          `${mn.toUpperCase()}_${dst}${src}_zpz`,
          `01100101 ${opc} 011 ${opc2} ${u} 101 pg:3 zn:5 zd:5`,
          `${mn} {d:z${dst}}, {g:pm}, {n:z${src}}`,
          SVE,
        ),
      );
    }
  }
  return lines;
}

export const SVE_FP_UNARY: readonly EncodingLine[] = generate();
