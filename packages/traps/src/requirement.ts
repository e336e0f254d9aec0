// Declarative feature requirements: a feature, or a combination that config.c computes by a function.
import { type FeatureName, type FeatureSet, parseFeatureName } from "@a64vm/sysreg";

export type Requirement =
  | { readonly kind: "always" }
  | { readonly kind: "feature"; readonly feature: FeatureName }
  | { readonly kind: "all"; readonly of: readonly Requirement[] }
  | { readonly kind: "any"; readonly of: readonly Requirement[] }
  | { readonly kind: "not"; readonly of: Requirement };

export const ALWAYS: Requirement = { kind: "always" };

/** A requirement on one feature (`FEAT_` prefix optional); an unknown name throws at table load. */
export function feat(name: string): Requirement {
  return { kind: "feature", feature: parseFeatureName(name) };
}

export function allOf(...of: Requirement[]): Requirement {
  return { kind: "all", of };
}

export function anyOf(...of: Requirement[]): Requirement {
  return { kind: "any", of };
}

export function not(of: Requirement): Requirement {
  return { kind: "not", of };
}

export function satisfies(req: Requirement, features: FeatureSet): boolean {
  switch (req.kind) {
    case "always":
      return true;
    case "feature":
      return features.has(req.feature);
    case "all":
      return req.of.every((r) => satisfies(r, features));
    case "any":
      return req.of.some((r) => satisfies(r, features));
    case "not":
      return !satisfies(req.of, features);
  }
}

/** Every feature a requirement mentions. */
export function featuresOf(req: Requirement): FeatureName[] {
  switch (req.kind) {
    case "always":
      return [];
    case "feature":
      return [req.feature];
    case "all":
    case "any":
      return req.of.flatMap(featuresOf);
    case "not":
      return featuresOf(req.of);
  }
}

/** The requirement in words: "FEAT_FPMR", "FEAT_CSV2_2 or FEAT_CSV2_1p2", "always". */
export function describeRequirement(req: Requirement): string {
  switch (req.kind) {
    case "always":
      return "always";
    case "feature":
      return req.feature;
    case "all":
      return req.of.map(describeNested).join(" and ");
    case "any":
      return req.of.map(describeNested).join(" or ");
    case "not":
      return `not ${describeNested(req.of)}`;
  }
}

function describeNested(req: Requirement): string {
  return req.kind === "all" || req.kind === "any" ? `(${describeRequirement(req)})` : describeRequirement(req);
}
