/** The alias text of SYS/SYSL/SYSP encodings (AT, DC, IC, TLBI, TLBIP, GCS ...), from LLVM's own table. */

import { x } from "./format";
import { SYS_ALIAS_ROWS } from "./sys-aliases.generated";

export type SysKind = "sys" | "sysl" | "sysp";

/** key -> [text with Rt = x0 (x0, x1 for SYSP), text with Rt = 31]. */
const aliases = new Map<string, readonly [string, string]>();
for (const row of SYS_ALIAS_ROWS.split("\n")) {
  const [head, withReg, withZr] = row.split("|") as [string, string, string];
  aliases.set(head, [withReg, withZr]);
}

/** The text LLVM prints for a SYS-space instruction, or null when it prints the generic form. */
export function sysAliasText(
  kind: SysKind,
  op1: number,
  crn: number,
  crm: number,
  op2: number,
  rt: number,
): string | null {
  const entry = aliases.get(`${kind} ${op1} ${crn} ${crm} ${op2}`);
  if (entry === undefined) return null;
  if (rt === 31) return entry[1] === "-" ? null : entry[1];
  const template = entry[0];
  if (template === "-") return null;
  return template.replace(/\bx1\b/, x(rt + 1)).replace(/\bx0\b/, x(rt));
}
