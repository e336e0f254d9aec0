import { UnknownFeatureError } from "../errors";
import type { FeatureDefinition } from "./expr";
import { FEATURE_DEFINITIONS, FEATURE_NAMES } from "./features.generated";
import { LATER_FEATURE_DEFINITIONS, LATER_FEATURE_NAMES, type LaterFeatureName } from "./later-features";

/** Every feature the model knows: Features.json's, then the later ones; the index is a FeatureSet bit. */
export const KNOWN_FEATURE_NAMES = [...FEATURE_NAMES, ...LATER_FEATURE_NAMES] as const;

/** A canonical architecture feature name, e.g. "FEAT_FPMR". */
export type FeatureName = (typeof KNOWN_FEATURE_NAMES)[number];

/** Number of FEAT_* features the model knows (Features.json's and the later ones). */
export const FEATURE_COUNT: number = KNOWN_FEATURE_NAMES.length;

/** The requirements, constraints and ID register rules of any known feature. */
export function featureDefinition(name: FeatureName): FeatureDefinition {
  return FEATURE_DEFINITIONS[name] ?? LATER_FEATURE_DEFINITIONS[name as LaterFeatureName];
}

const indexByKey = new Map<string, number>();
KNOWN_FEATURE_NAMES.forEach((name, index) => {
  indexByKey.set(name.toUpperCase(), index);
});

function lookupKey(text: string): string {
  const upper = text.trim().toUpperCase();
  return upper.startsWith("FEAT_") ? upper : `FEAT_${upper}`;
}

/** The bit index of a feature name (`FEAT_` prefix optional, any case), or -1. */
export function featureIndex(text: string): number {
  return indexByKey.get(lookupKey(text)) ?? -1;
}

/** True when `text` names a feature (`FEAT_` prefix optional, any case). */
export function isFeatureName(text: string): boolean {
  return featureIndex(text) >= 0;
}

/** The canonical spelling of a feature name; throws UnknownFeatureError with a suggestion. */
export function parseFeatureName(text: string): FeatureName {
  const index = featureIndex(text);
  if (index >= 0) return KNOWN_FEATURE_NAMES[index]!;
  throw new UnknownFeatureError(text, suggestFeature(text));
}

/** The feature whose name is closest to `text` (edit distance), when one is reasonably close. */
export function suggestFeature(text: string): FeatureName | undefined {
  const key = lookupKey(text);
  let best: FeatureName | undefined;
  let bestDistance = Math.max(3, Math.floor(key.length / 4)) + 1;
  for (const name of KNOWN_FEATURE_NAMES) {
    const d = editDistance(key, name.toUpperCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
