import { HOST_PROFILES } from "@a64vm/sysreg";
import type { Command } from "commander";
import { printJson, printLine, table } from "../output";

/** `a64vm hosts`: the built-in host profiles. */
export function registerHosts(program: Command): void {
  program
    .command("hosts")
    .description("list the built-in host CPU profiles (any command also takes a custom host FILE.json)")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm hosts\n  $ a64vm hosts --json\n  $ a64vm features neoverse-v2\n  $ a64vm features ./my-host.json",
    )
    .action((options: { json?: boolean }) => {
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
    });
}

function hex(value: bigint, digits = 0): string {
  return `0x${value.toString(16).padStart(digits, "0")}`;
}
