import type { Command } from "commander";
import type { RestoreOptions } from "../actions/restore";

/** `a64vm restore`: resumes a whole-VM snapshot, on its host or another. */
export function registerRestore(program: Command): void {
  program
    .command("restore")
    .description("resume a whole-VM snapshot (from run --snapshot-at N --snapshot FILE), on its host or another")
    .argument("<file>", "the snapshot file")
    .option("--host <name|file.json>", "the host to resume on (default: the host the snapshot was taken on)")
    .option("--max-insns <n>", "instruction budget after the restore", "100000000")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm run apps/cli/guests/hello.elf --host neoverse-v2 --snapshot-at 100000 --snapshot hello.snap\n  $ a64vm restore hello.snap\n  $ a64vm restore hello.snap --host max",
    )
    .action(async (file: string, options: RestoreOptions) =>
      (await import("../actions/restore")).action(file, options),
    );
}
