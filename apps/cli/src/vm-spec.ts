/**
 * The one way commands build the VM they are asked about: `--host NAME|FILE.json` and
 * `--features +X,-Y`. Hiding a feature hides what depends on it (said on stderr); asking for a
 * feature the host lacks is an error naming the host and the feature.
 */
import { FeatureNotOnHostError, type FeatureRestriction, Vm, type VmOptions } from "@a64vm/hypervisor";
import { parseFeatureChanges } from "@a64vm/sysreg";
import { CommandFailure, UsageError } from "./errors";
import { loadHost, type ResolvedHost } from "./hosts";

export interface VmSpec {
  readonly host: ResolvedHost;
  readonly vm: Vm;
}

export function vmFromOptions(hostSpec: string, featureChanges: string | undefined, options: VmOptions = {}): VmSpec {
  const host = loadHost(hostSpec);
  const vm = Vm.create(host.profile, options);
  if (featureChanges !== undefined && featureChanges.trim() !== "") {
    try {
      reportRestriction(featureChanges, vm.restrictFeatures(featureChanges));
    } catch (error) {
      if (error instanceof FeatureNotOnHostError) throw new UsageError(error.message);
      if (error instanceof Error && "code" in error && error.code === "EINVAL") throw new CommandFailure(error.message);
      throw error;
    }
  }
  return { host, vm };
}

/** Says on stderr what a `--features` change hid beyond what it named, and what it could not hide. */
export function reportRestriction(featureChanges: string, result: FeatureRestriction): void {
  if (result.alsoHidden.length > 0) {
    process.stderr.write(
      `a64vm: note: ${featureChanges.trim()} also hides ${result.alsoHidden.join(", ")} (they depend on what was hidden)\n`,
    );
  }
  const { remove } = parseFeatureChanges(featureChanges);
  const stillThere = remove.intersect(result.features).names();
  if (stillThere.length > 0) {
    process.stderr.write(
      `a64vm: warning: ${stillThere.join(", ")} stays advertised: ${result.unwritable.join(", ") || "its ID register field"} is not writable under KVM's rules\n`,
    );
  }
}
