import type { Command } from "commander";

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
    .action(async (options: { json?: boolean }) => (await import("../actions/hosts")).action(options));
}
