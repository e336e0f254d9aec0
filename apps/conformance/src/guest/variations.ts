/** Feature variations of a host: the full set, named restrictions, and random restrictions from the seed. */
import { hostOf } from "@a64vm/hypervisor";
import { conformanceHost } from "../hosts";
import type { Variation, VariationContext } from "../model";

export const FULL: Variation = { features: "", label: "full" };

/** Up to three of the host's features hidden, chosen by the context's random source. */
export function randomRestrictions(context: VariationContext): Variation[] {
  const names = hostOf(conformanceHost(context.host)).features.names().sort();
  const variations: Variation[] = [];
  for (let i = 0; i < context.randomCount && names.length > 0; i++) {
    const count = 1 + Math.floor(context.random() * 3);
    const hidden = new Set<string>();
    for (let k = 0; k < count; k++) hidden.add(names[Math.floor(context.random() * names.length)]!);
    variations.push({ features: [...hidden].map((f) => `-${f}`).join(","), label: `random#${i}` });
  }
  return variations;
}

/** The full set plus the restrictions of the named features the host has (each hidden on its own). */
export function hiding(context: VariationContext, features: readonly string[]): Variation[] {
  const host = hostOf(conformanceHost(context.host)).features;
  return features.filter((f) => host.has(f)).map((f) => ({ features: `-${f}`, label: `-${f.replace(/^FEAT_/, "")}` }));
}
