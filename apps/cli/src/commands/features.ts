import type { Command } from "commander";
import type { FeaturesOptions } from "../actions/features";

/** `a64vm features [HOST] [--diff HOST2]`: every FEAT_*, a host's feature set, or two hosts compared. */
export function registerFeatures(program: Command): void {
  program
    .command("features")
    .description("list every FEAT_* feature, the features of a host, or the difference between two hosts")
    .argument("[host]", "a built-in host (see `a64vm hosts`) or a custom host FILE.json")
    .option("--diff <host2>", "compare with a second host (name or FILE.json)")
    .option("--set <list>", "canonicalise a feature list such as +FPMR,+FP8 (FEAT_ prefix optional, any case)")
    .option("--strict", "treat Features.json constraint violations of a custom host file as errors")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm features                                  # every FEAT_* the architecture defines",
        "  $ a64vm features neoverse-v2                      # what a Neoverse V2 host implements",
        "  $ a64vm features neoverse-n2 --diff neoverse-v2   # what a VM loses moving from N2 to V2",
        "  $ a64vm features ./lab-host.json --strict --json",
        "  $ a64vm features --set fpmr,+fp8 --json",
      ].join("\n"),
    )
    .action(async (hostSpec: string | undefined, options: FeaturesOptions) =>
      (await import("../actions/features")).action(hostSpec, options),
    );
}
