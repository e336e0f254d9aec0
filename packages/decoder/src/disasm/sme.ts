/** Disassembly of the SME lines made with `sme` (encodings/sme-line.ts): their compiled templates. */
import { SME_SYNTAX } from "../encodings/sme-line";
import type { Formatter, FormatterTable } from "./format";
import { compileSmeTemplate } from "./sme-template";

function buildTable(): FormatterTable {
  const table: Record<string, Formatter> = {};
  for (const [name, { syntax, fields }] of Object.entries(SME_SYNTAX)) table[name] = compileSmeTemplate(syntax, fields);
  return table;
}

export const SME_FORMAT: FormatterTable = buildTable();
