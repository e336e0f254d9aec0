/** Disassembly of scalar floating point (encodings/fp-scalar.ts) as llvm-mc prints it. */
import { FP_SCALAR } from "../encodings/fp-scalar";
import { CONDITIONS, type Formatter, type FormatterTable, r } from "./format";
import { fpImm, fpr, mnemonicOf } from "./fp-operands";

type Fields = Readonly<Record<string, number>>;

/** The FP type of a line: its ftype field, or the 2-bit type a `ftype0` line implies. */
const ft = (f: Fields): number => f.ftype ?? f.ftype0 ?? 0;

/** How each kind of scalar FP line prints, given its mnemonic. */
const SHAPES: Readonly<Record<string, (mn: string) => Formatter>> = {
  fixFromInt: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${r(f.sf!, f.rn!)}, #${64 - f.scale!}`,
  fixToInt: (mn) => (_, f) => `${mn} ${r(f.sf!, f.rd!)}, ${fpr(ft(f), f.rn!)}, #${64 - f.scale!}`,
  fromInt: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${r(f.sf!, f.rn!)}`,
  toInt: (mn) => (_, f) => `${mn} ${r(f.sf!, f.rd!)}, ${fpr(ft(f), f.rn!)}`,
  // FEAT_FPRCVT: the integer lives in a SIMD&FP register whose width sf gives (S or D).
  toIntInFp: (mn) => (_, f) => `${mn} ${f.sf ? "d" : "s"}${f.rd!}, ${fpr(ft(f), f.rn!)}`,
  fromIntInFp: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${f.sf ? "d" : "s"}${f.rn!}`,
  one: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${fpr(ft(f), f.rn!)}`,
  two: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${fpr(ft(f), f.rn!)}, ${fpr(ft(f), f.rm!)}`,
  three: (mn) => (_, f) =>
    `${mn} ${fpr(ft(f), f.rd!)}, ${fpr(ft(f), f.rn!)}, ${fpr(ft(f), f.rm!)}, ${fpr(ft(f), f.ra!)}`,
  compare: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rn!)}, ${fpr(ft(f), f.rm!)}`,
  compareZero: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rn!)}, #0.0`,
  condCompare: (mn) => (_, f) =>
    `${mn} ${fpr(ft(f), f.rn!)}, ${fpr(ft(f), f.rm!)}, #${f.nzcv!}, ${CONDITIONS[f.cond!]!}`,
  select: (mn) => (_, f) =>
    `${mn} ${fpr(ft(f), f.rd!)}, ${fpr(ft(f), f.rn!)}, ${fpr(ft(f), f.rm!)}, ${CONDITIONS[f.cond!]!}`,
  immediate: (mn) => (_, f) => `${mn} ${fpr(ft(f), f.rd!)}, ${fpImm(f.imm8!)}`,
  convert: (mn) => (_, f) => `${mn} ${fpr(f.opc!, f.rd!)}, ${fpr(ft(f), f.rn!)}`,
};

/** The shape of an encoding name (checked for every FP_SCALAR line by the tests). */
function shapeOf(name: string): string {
  if (/^(SCVTF|UCVTF)_fix/.test(name)) return "fixFromInt";
  if (/^FCVTZ[SU]_fix/.test(name)) return "fixToInt";
  if (/^(SCVTF|UCVTF)_gen/.test(name)) return "fromInt";
  if (/^(SCVTF|UCVTF)_fpr/.test(name)) return "fromIntInFp";
  if (/_gen_/.test(name)) return "toInt";
  if (/_fpr_/.test(name)) return "toIntInFp";
  if (/^FCVT_/.test(name)) return "convert";
  if (/^FCMPE?_zero/.test(name)) return "compareZero";
  if (/^FCMPE?_/.test(name)) return "compare";
  if (/^FCCMPE?_/.test(name)) return "condCompare";
  if (/^FCSEL_/.test(name)) return "select";
  if (/^FMOV_imm/.test(name)) return "immediate";
  if (/^F(N?MADD|N?MSUB)_/.test(name)) return "three";
  if (/^(FMUL|FDIV|FADD|FSUB|FMAX|FMIN|FMAXNM|FMINNM|FNMUL)_/.test(name)) return "two";
  return "one";
}

const SPECIAL: FormatterTable = {
  FMOV_ws: (_, f) => `fmov ${r(0, f.rd!)}, s${f.rn!}`,
  FMOV_sw: (_, f) => `fmov s${f.rd!}, ${r(0, f.rn!)}`,
  FMOV_xd: (_, f) => `fmov ${r(1, f.rd!)}, d${f.rn!}`,
  FMOV_dx: (_, f) => `fmov d${f.rd!}, ${r(1, f.rn!)}`,
  FMOV_gen_h: (_, f) => `fmov ${r(f.sf!, f.rd!)}, h${f.rn!}`,
  FMOV_h_gen: (_, f) => `fmov h${f.rd!}, ${r(f.sf!, f.rn!)}`,
  FMOV_x_d1: (_, f) => `fmov ${r(1, f.rd!)}, v${f.rn!}.d[1]`,
  FMOV_d1_x: (_, f) => `fmov v${f.rd!}.d[1], ${r(1, f.rn!)}`,
  FJCVTZS: (_, f) => `fjcvtzs ${r(0, f.rd!)}, d${f.rn!}`,
  BFCVT: (_, f) => `bfcvt h${f.rd!}, s${f.rn!}`,
};

function buildTable(): FormatterTable {
  const table: Record<string, Formatter> = {};
  for (const line of FP_SCALAR) {
    if (line.name === null) continue;
    const special = SPECIAL[line.name];
    table[line.name] = special ?? SHAPES[shapeOf(line.name)]!(mnemonicOf(line.name));
  }
  return table;
}

export const FP_SCALAR_FORMATTERS: FormatterTable = buildTable();
