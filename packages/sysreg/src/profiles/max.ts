import { type FeatureName, FeatureSet, requiredVersions, validate, withoutFeature } from "../features/index";
import { idRegistersFor } from "../idregs/index";
import { defineCore } from "./define";
import { hostRegisterByName } from "./host-registers";

const NEWEST = "v9Ap6";

/** The newest version a feature can first appear in (features of no version sort first). */
function introducedIn(feature: FeatureName): string {
  const versions = requiredVersions(feature);
  return versions.length === 0 ? "" : versions.reduce((a, b) => (versionRank(a) >= versionRank(b) ? a : b));
}

function versionRank(version: string): number {
  const m = /^v(\d+)Ap(\d+)$/.exec(version);
  return m === null ? -1 : Number(m[1]) * 100 + Number(m[2]);
}

/**
 * The largest feature set Features.json allows at v9Ap6: every feature, then, while a constraint
 * fails, the oldest of the features it names goes (AArch32 at EL1 before Armv9, ETMv4 before ETE),
 * with everything that depends on it.
 */
export function largestConsistentFeatureSet(): FeatureSet {
  let set = FeatureSet.all();
  for (let round = 0; round < 512; round++) {
    const violation = validate(set, { version: NEWEST })[0];
    if (violation === undefined) return set;
    const present = [violation.owner, ...violation.features].filter((f): f is FeatureName => set.has(f));
    if (present.length === 0) throw new Error(`max: cannot satisfy ${violation.constraint}`);
    const oldest = present.reduce((a, b) => (versionRank(introducedIn(b)) < versionRank(introducedIn(a)) ? b : a));
    set = withoutFeature(set, oldest).set;
  }
  throw new Error("max: constraints did not settle");
}

// Cache and DC ZVA geometry of a 64-byte-line core with DIC and IDC (as the Neoverse cores report):
// no feature depends on them, and a guest needs sane values.
const GEOMETRY = { CTR_EL0: 0xb444_c004n, CLIDR_EL1: 0x8200_0023n, DCZID_EL0: 0x4n };

/**
 * `max`: everything a64vm models. Its ID registers advertise `largestConsistentFeatureSet()` in
 * every field that encodes a feature; MIDR implementer 0 ("reserved for software use", as QEMU's
 * `max` does) so that no guest mistakes it for a real core and applies errata workarounds.
 */
export const MAX = defineCore({
  name: "max",
  description: "every feature a64vm models that Features.json lets one core have together (v9Ap6)",
  midr: 0x000f_0000n,
  source: "Features.json (AARCHMRS v9Ap6-A, build 445): the largest set its constraints allow",
  registers: { ...pickHostRegisters(idRegistersFor(largestConsistentFeatureSet())), ...GEOMETRY },
});

/** The host registers among `values` (idRegistersFor also sets discovery-only registers such as PMSIDR_EL1). */
function pickHostRegisters(values: Readonly<Record<string, bigint>>): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const [name, value] of Object.entries(values)) if (hostRegisterByName(name) !== undefined) out[name] = value;
  return out;
}
