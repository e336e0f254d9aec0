import type { Command } from "commander";
import type { BaselineOptions } from "../actions/baseline";

/** `a64vm baseline HOST1 HOST2 ...`: the features a VM can keep on all of the hosts, and the ID values to write. */
export function registerBaseline(program: Command): void {
  program
    .command("baseline")
    .description(
      "the feature set a VM can have on every one of several hosts, and the ID register values to write before it first runs",
    )
    .argument("<hosts...>", "two or more built-in hosts (see `a64vm hosts`) or custom host FILE.json paths")
    .option("--strict", "treat Features.json constraint violations of a custom host file as errors")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Each ID register value is a safe restriction of every host's own under KVM's rules; a value KVM",
        "would refuse on some host is a conflict (exit status 1).",
        "",
        "Examples:",
        "  $ a64vm baseline neoverse-n2 neoverse-v2",
        "  $ a64vm baseline fujitsu-monaka neoverse-v2 --json",
        "  $ a64vm baseline cortex-a76 neoverse-n1 ./lab-host.json",
      ].join("\n"),
    )
    .action(async (specs: string[], options: BaselineOptions) =>
      (await import("../actions/baseline")).action(specs, options),
    );
}
