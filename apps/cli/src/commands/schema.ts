import type { Command } from "commander";

/** `a64vm schema [NAME]`: the documented shape of each command's --json output, as JSON Schema. */
export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of a command's --json output, or list the documented outputs")
    .argument("[output]", "an output name from the list (e.g. baseline, feature-diff, reglist)")
    .option("--json", "print one JSON document (the list of outputs)")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm schema                      # every documented --json output and the command that prints it",
        "  $ a64vm schema baseline > baseline.schema.json",
      ].join("\n"),
    )
    .action(async (output: string | undefined, options: { json?: boolean }) =>
      (await import("../actions/schema")).action(output, options),
    );
}
