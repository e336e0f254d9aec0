import type { Command } from "commander";
import type { TrapVmOptions } from "../actions/traps";

/** `a64vm explain-trap`: what an access to one register or instruction does on a VM, and why. */
export function registerExplainTrap(program: Command): void {
  program
    .command("explain-trap")
    .description("explain whether a guest's access to a register or SYS instruction traps, which rule, and its route")
    .argument("<target>", "a register or instruction (FPMR, TLBI_VMALLE1IS, S3_3_C4_C4_2) or an encoding key (0xda22)")
    .option("--host <host>", "a built-in host (see `a64vm hosts`) or a custom host FILE.json")
    .option("--features <list>", "change the VM's features: +X adds, -Y removes (the host's list without --host)")
    .option("--write", "explain a write (MSR or SYS) instead of a read")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm explain-trap --host neoverse-v2 ID_AA64PFR0_EL1",
        "  $ a64vm explain-trap --features +EL2,+HCX,+FP FPMR --write",
        "  $ a64vm explain-trap --host neoverse-v2 --features -SVE,-SVE2 ZCR_EL1 --json",
      ].join("\n"),
    )
    .action(async (target: string, options: TrapVmOptions & { write?: boolean }) =>
      (await import("../actions/explain-trap")).action(target, options),
    );
}
