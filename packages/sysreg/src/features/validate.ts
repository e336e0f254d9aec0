import { newEvaluationState } from "./compile";
import { compileConstraintTable } from "./constraint-table";
import type { FeatureSet } from "./feature-set";
import { ARCH_VERSIONS } from "./features.generated";
import { formatExpr } from "./format";
import { FEATURE_COUNT, type FeatureName } from "./names";
import { type ArchVersion, includedVersions, minimumArchVersion, parseArchVersion } from "./versions";

/** A Features.json constraint that a feature set does not satisfy. */
export interface ConstraintViolation {
  /** In words: "FEAT_FP8 requires FEAT_FPMR", "FEAT_ETE excludes FEAT_ETMv4", "v9Ap4 requires FEAT_CHK". */
  readonly message: string;
  /** The constraint in Arm's notation: "FEAT_FP8 --> FEAT_FPMR". */
  readonly constraint: string;
  /** The feature or version whose constraint it is. */
  readonly owner: string;
  /** The features the constraint names. */
  readonly features: readonly FeatureName[];
  /** The architecture version the set was checked against, when the constraint names a version. */
  readonly version?: ArchVersion;
}

export interface ValidateOptions {
  /** The version the implementation claims; default: the lowest version that permits every feature of the set. */
  readonly version?: ArchVersion | string;
}

const state = newEvaluationState(FEATURE_COUNT);
const TABLE = compileConstraintTable(state);

/** Every Features.json constraint over features and versions that `set` violates, in model order. */
export function validate(set: FeatureSet, options: ValidateOptions = {}): ConstraintViolation[] {
  const version = options.version === undefined ? minimumArchVersion(set) : parseArchVersion(options.version);
  state.features.fill(0);
  for (let i = 0; i < FEATURE_COUNT; i++) if (set.hasIndex(i)) state.features[i] = 1;
  const included = new Set<string>(includedVersions(version));
  ARCH_VERSIONS.forEach((v, i) => {
    state.versions[i] = included.has(v) ? 1 : 0;
  });
  const out: ConstraintViolation[] = [];
  for (const c of TABLE) {
    if (c.ownerIndex >= 0 && c.isRequirement && state.features[c.ownerIndex] === 0) continue;
    if (c.holds()) continue;
    const violation = { message: c.message, constraint: formatExpr(c.expr), owner: c.owner, features: c.features };
    out.push(c.mentionsVersion ? { ...violation, version } : violation);
  }
  return out;
}
