import { newEvaluationState } from "./compile";
import { type CompiledConstraint, compileConstraintTable } from "./constraint-table";
import type { FeatureExpr } from "./expr";
import { FeatureSet } from "./feature-set";
import { FEATURE_COUNT, type FeatureName, featureIndex, KNOWN_FEATURE_NAMES, parseFeatureName } from "./names";

// Two states: the set as given, and the set as features are taken away.
const before = newEvaluationState(FEATURE_COUNT);
const after = newEvaluationState(FEATURE_COUNT);
const BEFORE = compileConstraintTable(before);
const AFTER = compileConstraintTable(after);

/**
 * The features whose removal makes a broken implication `A --> B` hold again: its owner when A names
 * it (`FEAT_Y --> ...`, `(FEAT_Y && FEAT_EL2) --> ...`), else every feature of A when A is a feature
 * or a disjunction of features (`(FEAT_AA64EL0 || ...) --> FEAT_AA64`). Other shapes name no culprit.
 */
function culprits(c: CompiledConstraint): number[] {
  if (c.ownerIndex >= 0 && c.antecedentFeatures.includes(KNOWN_FEATURE_NAMES[c.ownerIndex]!)) return [c.ownerIndex];
  const disjuncts = (e: FeatureExpr): string[] | null =>
    typeof e === "string" ? [e] : Array.isArray(e) && e[0] === "||" ? concat(disjuncts(e[1]), disjuncts(e[2])) : null;
  const ids = disjuncts(c.antecedent!);
  return ids === null ? [] : ids.map((id) => featureIndex(id)).filter((i) => i >= 0);
}

function concat(a: string[] | null, b: string[] | null): string[] | null {
  return a === null || b === null ? null : [...a, ...b];
}

/**
 * The set without `feature` and without everything that depends on it: whenever an implication
 * between features held before and fails once the removed features are gone, its culprits go too.
 * Constraints that already failed, and version mandates, are not its concern (see validate).
 */
export function withoutFeature(set: FeatureSet, feature: string): { set: FeatureSet; removed: FeatureName[] } {
  const target = parseFeatureName(feature);
  for (const s of [before, after]) {
    s.features.fill(0);
    s.versions.fill(1);
    for (let i = 0; i < FEATURE_COUNT; i++) if (set.hasIndex(i)) s.features[i] = 1;
  }
  const removed: FeatureName[] = [];
  const remove = (index: number) => {
    after.features[index] = 0;
    removed.push(KNOWN_FEATURE_NAMES[index]!);
  };
  if (set.has(target)) remove(featureIndex(target));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < AFTER.length; i++) {
      const c = AFTER[i]!;
      if (c.antecedent === null || c.mentionsVersion || c.holds() || !BEFORE[i]!.holds()) continue;
      for (const culprit of culprits(c)) {
        if (after.features[culprit] === 0) continue;
        remove(culprit);
        changed = true;
      }
    }
  }
  return { set: set.difference(FeatureSet.of(...removed)), removed };
}
