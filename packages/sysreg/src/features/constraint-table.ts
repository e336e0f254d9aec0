import { type BooleanEvaluator, compileBoolean, type EvaluationState, identifiersOf } from "./compile";
import type { FeatureExpr } from "./expr";
import { ARCH_VERSION_DEFINITIONS, ARCH_VERSIONS } from "./features.generated";
import { describeRequirement, formatExpr } from "./format";
import { type FeatureName, featureDefinition, featureIndex, KNOWN_FEATURE_NAMES } from "./names";

/** One constraint of the feature model over features and versions, compiled against a state. */
export interface CompiledConstraint {
  /** The parameter that lists it: a feature ("FEAT_FP8") or a version ("v9Ap0"). */
  readonly owner: string;
  /** Feature index of the owner, or -1 for a version. */
  readonly ownerIndex: number;
  readonly expr: FeatureExpr;
  /** The antecedent of an implication, when the constraint is one. */
  readonly antecedent: FeatureExpr | null;
  /** The constraint in words. */
  readonly message: string;
  readonly holds: BooleanEvaluator;
  /** The consequent alone, when the constraint is an implication (else the whole). */
  readonly consequentHolds: BooleanEvaluator;
  /** The antecedent alone (always true when there is none). */
  readonly antecedentHolds: BooleanEvaluator;
  /** True when the owner is a feature and `FEAT_X --> rhs` is its plain requirement. */
  readonly isRequirement: boolean;
  readonly features: readonly FeatureName[];
  /** The features the antecedent names (empty when there is none). */
  readonly antecedentFeatures: readonly FeatureName[];
  readonly mentionsVersion: boolean;
}

const isVersion = (id: string) => (ARCH_VERSIONS as readonly string[]).includes(id);

function compileOne(
  owner: string,
  expr: FeatureExpr,
  isRequirement: boolean,
  state: EvaluationState,
): CompiledConstraint {
  const implication = Array.isArray(expr) && expr[0] === "-->";
  const antecedent = implication ? (expr[1] as FeatureExpr) : null;
  const consequent = implication ? (expr[2] as FeatureExpr) : expr;
  const ids = identifiersOf(expr);
  const features = [...new Set(ids.filter((id) => id.startsWith("FEAT_")))] as FeatureName[];
  return {
    owner,
    ownerIndex: owner.startsWith("FEAT_") ? featureIndex(owner) : -1,
    expr,
    antecedent,
    message: antecedent !== null ? describeRequirement(antecedent, consequent) : `${formatExpr(expr)} must hold`,
    holds: compileBoolean(expr, state),
    consequentHolds: compileBoolean(consequent, state),
    antecedentHolds: antecedent === null ? () => true : compileBoolean(antecedent, state),
    isRequirement,
    features,
    antecedentFeatures:
      antecedent === null
        ? []
        : ([...new Set(identifiersOf(antecedent).filter((id) => id.startsWith("FEAT_")))] as FeatureName[]),
    mentionsVersion: ids.some(isVersion),
  };
}

/** Every feature and version constraint of the model, compiled against `state`, in model order. */
export function compileConstraintTable(state: EvaluationState): CompiledConstraint[] {
  const table: CompiledConstraint[] = [];
  for (const name of KNOWN_FEATURE_NAMES) {
    const def = featureDefinition(name);
    for (const rhs of def.requires) table.push(compileOne(name, ["-->", name, rhs], true, state));
    for (const c of def.constraints) table.push(compileOne(name, c, false, state));
  }
  for (const v of ARCH_VERSIONS) {
    for (const c of ARCH_VERSION_DEFINITIONS[v]!.constraints) table.push(compileOne(v, c, false, state));
  }
  return table;
}
