/** Disassembly of AdvSIMD lines: compiled syntax templates, with LLVM's preferred aliases on top. */
import { SIMD_SYNTAX } from "../encodings/simd-line";
import type { Formatter, FormatterTable } from "./format";
import { compileTemplate } from "./simd-template";

const rn = (w: number): number => (w >>> 5) & 31;
const rm = (w: number): number => (w >>> 16) & 31;

const pn = (w: number): number => (w >>> 5) & 15;
const pm = (w: number): number => (w >>> 16) & 15;
const pg = (w: number): number => (w >>> 10) & 15;

/** A formatter printing `template` when `when` holds for the word, else the plain formatter of `name`. */
function predicateAlias(
  plain: Readonly<Record<string, Formatter>>,
  name: string,
  when: (w: number) => boolean,
  template: string,
): Formatter {
  const alias = compileTemplate(template);
  return (i, f, pc) => (when(i.word) ? alias(i, f, pc) : plain[name]!(i, f, pc));
}

/** Formatters that print an alias for some words and the template otherwise. */
function aliases(plain: Readonly<Record<string, Formatter>>): FormatterTable {
  return {
    // ORR Vd, Vn, Vn is MOV Vd, Vn.
    // SEL Zd, Pv, Zn, Zd is MOV Zd, Pv/M, Zn; ORR Zd, Zn, Zn is MOV Zd, Zn.
    SEL_z: (i, f, pc) =>
      (i.word & 31) === rm(i.word) ? compileTemplate("mov {d:zT}, {g4:p}/m, {n:zT}")(i, f, pc) : plain.SEL_z!(i, f, pc),
    ORR_zzz: (i, f, pc) =>
      rn(i.word) === rm(i.word) ? compileTemplate("mov {d:zd}, {n:zd}")(i, f, pc) : plain.ORR_zzz!(i, f, pc),
    // Predicate logical aliases: MOV/MOVS (ORR, AND with Pn == Pm), NOT/NOTS (EOR with Pm == Pg), MOV (SEL with Pd == Pm).
    ORR_pppp: predicateAlias(plain, "ORR_pppp", (w) => pn(w) === pm(w) && pm(w) === pg(w), "mov {pd:pb}, {pn:pb}"),
    ORRS_pppp: predicateAlias(plain, "ORRS_pppp", (w) => pn(w) === pm(w) && pm(w) === pg(w), "movs {pd:pb}, {pn:pb}"),
    AND_pppp: predicateAlias(plain, "AND_pppp", (w) => pn(w) === pm(w), "mov {pd:pb}, {g4:pz}, {pn:pb}"),
    ANDS_pppp: predicateAlias(plain, "ANDS_pppp", (w) => pn(w) === pm(w), "movs {pd:pb}, {g4:pz}, {pn:pb}"),
    EOR_pppp: predicateAlias(plain, "EOR_pppp", (w) => pm(w) === pg(w), "not {pd:pb}, {g4:pz}, {pn:pb}"),
    EORS_pppp: predicateAlias(plain, "EORS_pppp", (w) => pm(w) === pg(w), "nots {pd:pb}, {g4:pz}, {pn:pb}"),
    SEL_pppp: predicateAlias(plain, "SEL_pppp", (w) => (w & 15) === pm(w), "mov {pd:pb}, {g4:p}/m, {pn:pb}"),
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
