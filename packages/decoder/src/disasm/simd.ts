/** Disassembly of AdvSIMD lines: compiled syntax templates, with LLVM's preferred aliases on top. */
import { SIMD_SYNTAX } from "../encodings/simd-line";
import type { Formatter, FormatterTable } from "./format";
import { compileTemplate } from "./simd-template";

const rn = (w: number): number => (w >>> 5) & 31;
const rm = (w: number): number => (w >>> 16) & 31;

/** Formatters that print an alias for some words and the template otherwise. */
function aliases(plain: Readonly<Record<string, Formatter>>): FormatterTable {
  return {
    // ORR Vd, Vn, Vn is MOV Vd, Vn.
    // SEL Zd, Pv, Zn, Zd is MOV Zd, Pv/M, Zn; ORR Zd, Zn, Zn is MOV Zd, Zn.
    SEL_z: (i, f, pc) =>
      (i.word & 31) === rm(i.word) ? compileTemplate("mov {d:zT}, {g4:p}/m, {n:zT}")(i, f, pc) : plain.SEL_z!(i, f, pc),
    ORR_zzz: (i, f, pc) =>
      rn(i.word) === rm(i.word) ? compileTemplate("mov {d:zd}, {n:zd}")(i, f, pc) : plain.ORR_zzz!(i, f, pc),
    ORR_v: (i, f, pc) =>
      rn(i.word) === rm(i.word) ? `mov ${compileTemplate("{d:B}, {n:B}")(i, f, pc)}` : plain.ORR_v!(i, f, pc),
  };
}

function buildTable(): FormatterTable {
  const table: Record<string, Formatter> = {};
  for (const [name, syntax] of Object.entries(SIMD_SYNTAX)) table[name] = compileTemplate(syntax);
  return { ...table, ...aliases(table) };
}

export const SIMD_FORMAT: FormatterTable = buildTable();
