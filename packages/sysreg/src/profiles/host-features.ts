import {
  type ConstraintViolation,
  discoverableFeatures,
  type FeatureName,
  FeatureSet,
  featuresOf,
  validate,
} from "../features/index";
import type { CpuProfile } from "./types";

const UNDISCOVERABLE = FeatureSet.all().difference(discoverableFeatures());
const cache = new WeakMap<CpuProfile, FeatureSet>();

/** The features a host implements: what its ID registers advertise, with what that implies (cached per profile). */
export function hostFeatures(profile: CpuProfile): FeatureSet {
  let set = cache.get(profile);
  if (set === undefined) {
    set = withImpliedFeatures(featuresOf(profile.idRegisters));
    cache.set(profile, set);
  }
  return set;
}

/**
 * A host's feature set: what its ID registers advertise (`discovered`, from featuresOf) plus the
 * features no ID field encodes that the advertised ones imply under Features.json. A core with
 * FEAT_AES has FEAT_Crypto, an Armv8.2 core has FEAT_ASMv8p2, a core with EL3 and without RME has
 * FEAT_Secure, a trace unit with System registers is ETMv4 before Armv9 and ETE from it. Each round
 * adds the undiscoverable feature, named by a violated constraint, that leaves the fewest violations
 * no undiscoverable feature could repair, then the fewest in all; it stops when no addition helps.
 * Discoverable features are never added: a core whose ID registers lack one that a constraint wants
 * still violates it.
 */
export function withImpliedFeatures(discovered: FeatureSet): FeatureSet {
  let set = discovered;
  let violations = validate(set);
  // First the plain requirements (FEAT_AES --> FEAT_Crypto): an addition that alone removes violations.
  for (let changed = true; changed && violations.length > 0; ) {
    changed = false;
    for (const candidate of candidatesOf(violations, set)) {
      const next = set.with(candidate);
      const left = validate(next);
      if (left.length < violations.length && !worse(scoreOf(left, next), scoreOf(violations, set))) {
        set = next;
        violations = left;
        changed = true;
        break;
      }
    }
  }
  // Then the choices that need a step of lookahead (ETE, which with RME needs ETEv1p2 as well).
  let score = scoreOf(violations, set);
  for (let round = 0; round < 64 && violations.length > 0; round++) {
    let best: { set: FeatureSet; violations: ConstraintViolation[]; score: Score } | undefined;
    for (const candidate of candidatesOf(violations, set)) {
      const next = set.with(candidate);
      const left = validate(next);
      // One step of lookahead: ETE alone breaks "ETE with RME requires ETEv1p2", which ETEv1p2 repairs.
      let reach = scoreOf(left, next);
      for (const follow of candidatesOf(left, next)) {
        const after = next.with(follow);
        const s = scoreOf(validate(after), after);
        if (better(s, reach)) reach = s;
      }
      if (best === undefined || better(reach, best.score)) best = { set: next, violations: left, score: reach };
    }
    if (best === undefined || !better(best.score, score)) break;
    set = best.set;
    violations = best.violations;
    score = scoreOf(violations, set);
  }
  return set;
}

type Score = readonly [hard: number, all: number];

function candidatesOf(violations: readonly ConstraintViolation[], set: FeatureSet): Set<FeatureName> {
  const out = new Set<FeatureName>();
  for (const v of violations) for (const f of absentUndiscoverable(v, set)) out.add(f);
  return out;
}

/** [violations no undiscoverable addition could repair, all violations]: smaller is better. */
function scoreOf(violations: readonly ConstraintViolation[], set: FeatureSet): Score {
  let hard = 0;
  for (const v of violations) if (absentUndiscoverable(v, set).length === 0) hard++;
  return [hard, violations.length];
}

function worse(a: Score, b: Score): boolean {
  return a[0] > b[0];
}

function better(a: Score, b: Score): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function absentUndiscoverable(violation: ConstraintViolation, set: FeatureSet): FeatureName[] {
  return violation.features.filter((f) => UNDISCOVERABLE.has(f) && !set.has(f));
}
