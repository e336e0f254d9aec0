import type { Command } from "commander";

/** `a64vm schema [NAME]`: the documented shape of each command's --json output, as JSON Schema. */
export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description(
      "show the fields of a command's --json output (its JSON Schema with --json), or list the documented outputs",
    )
    .argument("[output]", "an output name from the list (e.g. baseline, feature-diff, reglist)")
    .option("--json", "print one JSON document: the JSON Schema of the output, or the list of outputs")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm schema                      # every documented --json output and the command that prints it",
        "  $ a64vm schema baseline                # its fields, types and meanings",
        "  $ a64vm schema baseline --json > baseline.schema.json",
      ].join("\n"),
    )
    .action(async (output: string | undefined, options: { json?: boolean }) =>
      (await import("../actions/schema")).action(output, options),
    );
}
