import { FEATURE_NAMES, FeatureSet, hostFeatures } from "@a64vm/sysreg";
import type { Command } from "commander";
import { loadHost, type ResolvedHost } from "../hosts";
import { printJson, printLine, table } from "../output";

interface FeaturesOptions {
  readonly set?: string;
  readonly diff?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

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
    .action((hostSpec: string | undefined, options: FeaturesOptions) => {
      const json = options.json === true;
      if (hostSpec === undefined) {
        const names = options.set === undefined ? [...FEATURE_NAMES] : FeatureSet.parse(options.set).names();
        if (json) printJson({ features: names, count: names.length });
        else for (const name of names) printLine(name);
        return;
      }
      const strict = { strict: options.strict === true };
      const host = loadHost(hostSpec, strict);
      const features = hostFeatures(host.profile);
      if (options.diff === undefined) {
        if (json) printJson({ host: hostSummary(host), features: features.names(), count: features.size });
        else for (const name of features.names()) printLine(name);
        return;
      }
      const other = loadHost(options.diff, strict);
      printDiff(host, features, other, hostFeatures(other.profile), json);
    });
}

function printDiff(a: ResolvedHost, fa: FeatureSet, b: ResolvedHost, fb: FeatureSet, json: boolean): void {
  const onlyFirst = fa.difference(fb).names();
  const onlySecond = fb.difference(fa).names();
  const common = fa.intersect(fb).names();
  if (json) {
    printJson({ hosts: [hostSummary(a), hostSummary(b)], onlyFirst, onlySecond, common });
    return;
  }
  printLine(`${a.profile.name} and ${b.profile.name}: ${common.length} features in common`);
  if (onlyFirst.length === 0 && onlySecond.length === 0) {
    printLine("the two hosts have the same features");
    return;
  }
  const rows = [["", "FEATURE", "ONLY ON"]];
  for (const name of onlyFirst) rows.push(["-", name, a.profile.name]);
  for (const name of onlySecond) rows.push(["+", name, b.profile.name]);
  printLine(table(rows));
}

function hostSummary(host: ResolvedHost) {
  return {
    name: host.profile.name,
    midr: `0x${host.profile.midr.toString(16)}`,
    source: host.profile.source,
    warnings: host.warnings.map((w) => w.message),
  };
}
