/** Disassembly of the lines made with `sve`: their compiled syntax templates. */
import { SVE_SYNTAX } from "../encodings/sve-line";
import type { Formatter, FormatterTable } from "./format";
import { compileSveTemplate } from "./sve-template";

function buildTable(): FormatterTable {
  const table: Record<string, Formatter> = {};
  for (const [name, syntax] of Object.entries(SVE_SYNTAX)) table[name] = compileSveTemplate(syntax);
  return table;
}

export const SVE_FORMAT: FormatterTable = buildTable();
