import { FEATURE_NAMES, FeatureSet } from "@a64vm/sysreg";
import type { Command } from "commander";
import { printJson, printLine } from "../output";

/** `a64vm features`: the architecture's feature names, or a canonicalised change list. */
export function registerFeatures(program: Command): void {
  program
    .command("features")
    .description("list the architecture's FEAT_* features, or canonicalise a feature list")
    .option("--set <list>", "a feature list such as +FPMR,+FP8 (FEAT_ prefix optional, any case)")
    .option("--json", "print one JSON document")
    .addHelpText("after", "\nExamples:\n  $ a64vm features\n  $ a64vm features --set fpmr,+fp8 --json")
    .action((options: { set?: string; json?: boolean }) => {
      const names = options.set === undefined ? [...FEATURE_NAMES] : FeatureSet.parse(options.set).names();
      if (options.json === true) printJson({ features: names, count: names.length });
      else for (const name of names) printLine(name);
    });
}
