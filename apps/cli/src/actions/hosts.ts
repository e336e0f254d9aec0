import { HOST_PROFILES } from "@a64vm/sysreg";
import { printJson, printLine, table } from "../output";

/** The action of `a64vm hosts`, loaded when the command runs. */
export function action(options: { json?: boolean }): void {
  if (options.json === true) {
    printJson({
      hosts: HOST_PROFILES.map((p) => ({
        name: p.name,
        description: p.description,
        midr: hex(p.midr),
        source: p.source,
        deviations: p.deviations,
      })),
    });
    return;
  }
  const rows = [["NAME", "MIDR", "DESCRIPTION"]];
  for (const p of HOST_PROFILES) rows.push([p.name, hex(p.midr, 8), p.description]);
  printLine(table(rows));
}

function hex(value: bigint, digits = 0): string {
  return `0x${value.toString(16).padStart(digits, "0")}`;
}
