import type { Command } from "commander";
import type { MigrateOptions } from "../actions/migrate";

/** `a64vm migrate`: runs a guest on one host, live-migrates it at instruction N, continues on another. */
export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description(
      "run a guest on one host, live-migrate it at instruction N (pre-copy with dirty-page tracking), and continue on another host",
    )
    .argument("<guest.elf>", "the guest image")
    .requiredOption("--from <name|file.json>", "the source host")
    .requiredOption("--to <name|file.json>", "the destination host")
    .option("--at <n>", "migrate after this many guest instructions", "100000")
    .option("--features <list>", "restrict the VM's features on the source before it runs")
    .option("--mem <size>", "guest RAM", "128M")
    .option("--smp <n>", "vCPUs", "1")
    .option("--max-insns <n>", "instruction budget, in all", "100000000")
    .option(
      "--instructions-per-page <n>",
      "link speed: guest instructions the source runs while one page travels",
      "256",
    )
    .option("--max-downtime-pages <n>", "stop and copy once this few pages are dirty", "16")
    .option("--max-rounds <n>", "stop and copy after this many pre-copy rounds, converged or not", "10")
    .option("--json", "print one JSON document: the figures and the guest's output")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm migrate apps/cli/guests/hello.elf --from neoverse-v2 --to neoverse-v2 --at 50000\n  $ a64vm migrate apps/cli/guests/hello.elf --from neoverse-v2 --to max --at 50000 --json\n  $ a64vm migrate apps/cli/guests/fpmr-demo.elf --from fujitsu-monaka --to neoverse-v2   # refused: FPMR",
    )
    .action(async (guest: string, options: MigrateOptions) =>
      (await import("../actions/migrate")).action(guest, options),
    );
}
