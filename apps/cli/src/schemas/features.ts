import { z } from "zod";
import { featureName, hostSummary } from "./common";

/** `a64vm features --json` (every FEAT_*) and `a64vm features --set LIST --json` (the list, canonical). */
export const featureListJson = z.strictObject({
  features: z.array(featureName),
  count: z.number().int().nonnegative(),
});

/** `a64vm features HOST --json`: what a host implements. */
export const hostFeaturesJson = z.strictObject({
  host: hostSummary,
  features: z.array(featureName),
  count: z.number().int().nonnegative(),
});

/** `a64vm features HOST --diff HOST2 --json`: two hosts compared. */
export const featureDiffJson = z.strictObject({
  hosts: z.tuple([hostSummary, hostSummary]),
  onlyFirst: z.array(featureName).describe("on the first host only: what a VM loses moving to the second"),
  onlySecond: z.array(featureName),
  common: z.array(featureName),
});
