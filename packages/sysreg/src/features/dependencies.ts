import { newEvaluationState } from "./compile";
import { compileConstraintTable } from "./constraint-table";
import { FeatureSet } from "./feature-set";
import { FEATURE_NAMES } from "./features.generated";
import { FEATURE_COUNT, type FeatureName, featureIndex, parseFeatureName } from "./names";

// Two states: the set as given, and the set as features are taken away.
const before = newEvaluationState(FEATURE_COUNT);
const after = newEvaluationState(FEATURE_COUNT);
const BEFORE = compileConstraintTable(before);
const AFTER = compileConstraintTable(after);

/**
 * The set without `feature` and without everything that depends on it: a feature goes when one of
 * its own constraints (`FEAT_Y --> ...`, or `(FEAT_Y && ...) --> ...`) held before and fails once
 * the removed features are gone. Constraints that already failed are not its concern (see validate).
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
    removed.push(FEATURE_NAMES[index]!);
  };
  if (set.has(target)) remove(featureIndex(target));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < AFTER.length; i++) {
      const c = AFTER[i]!;
      const owner = c.ownerIndex;
      if (owner < 0 || after.features[owner] === 0) continue;
      if (!c.isRequirement && !c.antecedentFeatures.includes(FEATURE_NAMES[owner]!)) continue;
      if (c.holds() || !BEFORE[i]!.holds()) continue;
      remove(owner);
      changed = true;
    }
  }
  return { set: set.difference(FeatureSet.of(...removed)), removed };
}
