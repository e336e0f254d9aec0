import { FEATURE_NAMES, FeatureSet, hostFeatures } from "@a64vm/sysreg";
import { loadHost, type ResolvedHost } from "../hosts";
import { printJson, printLine, table } from "../output";

export interface FeaturesOptions {
  readonly set?: string;
  readonly diff?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

/** The action of `a64vm features`, loaded when the command runs. */
export function action(hostSpec: string | undefined, options: FeaturesOptions): void {
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
