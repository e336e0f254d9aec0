import type { Command } from "commander";

/** `a64vm reglist`: KVM_GET_REG_LIST for a VM with exactly this feature set. */
export function registerReglist(program: Command): void {
  program
    .command("reglist")
    .description("list the register IDs (KVM_GET_REG_LIST) of a vCPU of a VM on this host")
    .requiredOption("--host <name|file.json>", "the host profile, or a custom host file")
    .option("--features <list>", "restrict the VM's features first: -X hides, +X adds (must be on the host)")
    .option("--pmu", "create the vCPU with a PMU")
    .option("--nested", "a nested VM (EL2 registers visible)")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm reglist --host fujitsu-monaka | grep FPMR\n  $ a64vm reglist --host fujitsu-monaka --features -FPMR --json",
    )
    .action(async (options: { host: string; features?: string; pmu?: boolean; nested?: boolean; json?: boolean }) =>
      (await import("../actions/reglist")).action(options),
    );
}
