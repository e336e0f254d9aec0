import type { Command } from "commander";
import type { TrapVmOptions } from "../actions/traps";

/** `a64vm traps`: the VM's trap-control registers, field by field, with the feature behind each bit. */
export function registerTraps(program: Command): void {
  program
    .command("traps")
    .description("compute a VM's HCR_EL2, HCRX_EL2, CPTR_EL2, MDCR_EL2 and fine-grained trap registers")
    .option("--host <host>", "a built-in host (see `a64vm hosts`) or a custom host FILE.json")
    .option("--features <list>", "change the VM's features: +X adds, -Y removes (the host's list without --host)")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm traps --host neoverse-v2",
        "  $ a64vm traps --host neoverse-v2 --features -SVE,-SVE2 --json",
        "  $ a64vm traps --features +EL2,+VHE,+HCX,+FGT,+FP,+FPMR",
      ].join("\n"),
    )
    .action(async (options: TrapVmOptions) => (await import("../actions/traps")).action(options));
}
