import { SysregError } from "../errors";
import { compileBoolean, identifiersOf, newEvaluationState } from "./compile";
import type { FeatureExpr } from "./expr";
import { FeatureSet } from "./feature-set";
import { ARCH_VERSION_DEFINITIONS, ARCH_VERSIONS } from "./features.generated";
import {
  FEATURE_COUNT,
  type FeatureName,
  featureDefinition,
  featureIndex,
  KNOWN_FEATURE_NAMES,
  parseFeatureName,
} from "./names";

/** An architecture version of the feature model, "v8Ap0" ... "v9Ap6". */
export type ArchVersion = (typeof ARCH_VERSIONS)[number];

/** A version name that is not one of ARCH_VERSIONS. */
export class UnknownArchVersionError extends SysregError {
  readonly version: string;
  constructor(version: string) {
    super(
      "UNKNOWN_ARCH_VERSION",
      `unknown architecture version '${version}' (expected one of ${ARCH_VERSIONS.join(", ")})`,
    );
    this.version = version;
  }
}

const VERSION_PATTERN = /^v?(\d+)(?:\.|Ap)(\d+)$/i;

/** Accepts "v9Ap2", "v9.2" or "9.2" (any case); throws UnknownArchVersionError otherwise. */
export function parseArchVersion(text: string): ArchVersion {
  const m = VERSION_PATTERN.exec(text.trim());
  const name = m === null ? text : `v${m[1]}Ap${m[2]}`;
  if ((ARCH_VERSIONS as readonly string[]).includes(name)) return name as ArchVersion;
  throw new UnknownArchVersionError(text);
}

function closureOf(version: string): Set<string> {
  const seen = new Set<string>();
  const stack = [version];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    stack.push(...ARCH_VERSION_DEFINITIONS[v]!.includes);
  }
  return seen;
}

const INCLUDED = new Map<string, ReadonlySet<string>>(ARCH_VERSIONS.map((v) => [v, closureOf(v)]));

/** Every version a version includes, itself too: v9Ap2 includes v9Ap0..v9Ap2 and v8Ap0..v8Ap7. */
export function includedVersions(version: ArchVersion): ArchVersion[] {
  const set = INCLUDED.get(version)!;
  return ARCH_VERSIONS.filter((v) => set.has(v));
}

/** True when an implementation of `version` is also one of `other` (v9Ap2 includes v8Ap7, not v8Ap8). */
export function versionIncludes(version: ArchVersion, other: ArchVersion): boolean {
  return INCLUDED.get(version)!.has(other);
}

const REQUIRED = new Map<string, readonly ArchVersion[]>(
  KNOWN_FEATURE_NAMES.map((name) => {
    const out: ArchVersion[] = [];
    for (const rhs of featureDefinition(name).requires) {
      for (const id of identifiersOf(rhs)) {
        if (INCLUDED.has(id) && !out.includes(id as ArchVersion)) out.push(id as ArchVersion);
      }
    }
    return [name, out];
  }),
);

/** The versions a feature may first appear in: the versions its `FEAT_X --> vXApY` constraints name. */
export function requiredVersions(feature: string): ArchVersion[] {
  return [...REQUIRED.get(parseFeatureName(feature))!];
}

/**
 * The lowest version (in ARCH_VERSIONS order) that includes every version the features of `set`
 * require: the version an implementation of the set must at least claim.
 */
export function minimumArchVersion(set: FeatureSet): ArchVersion {
  const needed = new Set<string>();
  for (const name of set) for (const v of REQUIRED.get(name)!) needed.add(v);
  for (const v of ARCH_VERSIONS) {
    const included = INCLUDED.get(v)!;
    if ([...needed].every((n) => included.has(n))) return v;
  }
  return ARCH_VERSIONS[ARCH_VERSIONS.length - 1]!;
}

interface MandateRule {
  readonly when: () => boolean;
  readonly features: readonly number[];
}

/** Every `antecedent --> F1 && F2 ...` constraint whose antecedent names a version. */
function mandateRules(state: ReturnType<typeof newEvaluationState>): MandateRule[] {
  const rules: MandateRule[] = [];
  const consider = (antecedent: FeatureExpr, consequent: FeatureExpr) => {
    if (!identifiersOf(antecedent).some((id) => INCLUDED.has(id))) return;
    const features = positiveConjunction(consequent);
    if (features !== null) rules.push({ when: compileBoolean(antecedent, state), features });
  };
  for (const name of KNOWN_FEATURE_NAMES) {
    for (const c of featureDefinition(name).constraints) if (Array.isArray(c) && c[0] === "-->") consider(c[1], c[2]);
  }
  for (const v of ARCH_VERSIONS) {
    for (const c of ARCH_VERSION_DEFINITIONS[v]!.constraints)
      if (Array.isArray(c) && c[0] === "-->") consider(c[1], c[2]);
  }
  return rules;
}

function positiveConjunction(expr: FeatureExpr): number[] | null {
  if (typeof expr === "string") {
    const i = featureIndex(expr);
    return i >= 0 && expr.startsWith("FEAT_") ? [i] : null;
  }
  if (Array.isArray(expr) && expr[0] === "&&") {
    const a = positiveConjunction(expr[1]);
    const b = positiveConjunction(expr[2]);
    return a === null || b === null ? null : [...a, ...b];
  }
  return null;
}

const mandateState = newEvaluationState(FEATURE_COUNT);
const MANDATES = mandateRules(mandateState);

/**
 * The features an implementation of `version` must have, given that it has `context` (some mandates
 * are conditional, e.g. v8Ap4 with FEAT_EL2 requires FEAT_S2FWB; v9Ap0 with FP and AdvSIMD requires
 * FEAT_DotProd and others). Mandated features count as context for further mandates.
 */
export function featuresMandatedBy(version: ArchVersion, context: FeatureSet = FeatureSet.EMPTY): FeatureSet {
  const included = INCLUDED.get(version)!;
  mandateState.versions.fill(0);
  ARCH_VERSIONS.forEach((v, i) => {
    mandateState.versions[i] = included.has(v) ? 1 : 0;
  });
  mandateState.features.fill(0);
  for (const name of context) mandateState.features[featureIndex(name)] = 1;
  const mandated: FeatureName[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of MANDATES) {
      if (!rule.when()) continue;
      for (const f of rule.features) {
        if (mandateState.features[f] === 1) {
          if (!mandated.includes(KNOWN_FEATURE_NAMES[f]!) && !context.hasIndex(f))
            mandated.push(KNOWN_FEATURE_NAMES[f]!);
          continue;
        }
        mandateState.features[f] = 1;
        mandated.push(KNOWN_FEATURE_NAMES[f]!);
        changed = true;
      }
    }
  }
  return FeatureSet.of(...mandated);
}
