/**
 * The documented shape of every `--json` output, one zod schema each. The tests check the CLI's real
 * output against them, `a64vm schema NAME` prints them as JSON Schema, and docs/cli/json.md lists them.
 */
import { z } from "zod";
import { baselineJson } from "./baseline";
import { featureDiffJson, featureListJson, hostFeaturesJson } from "./features";
import { hostsJson } from "./hosts";
import { migrateJson } from "./migrate";
import { reglistJson } from "./reglist";
import { sysregCatalogueJson, sysregJson } from "./sysreg";
import { explainTrapJson, trapsJson } from "./traps";

export interface JsonOutput {
  /** The command line that prints this shape. */
  readonly usage: string;
  readonly schema: z.ZodType;
}

export const JSON_OUTPUTS = {
  hosts: { usage: "a64vm hosts --json", schema: hostsJson },
  "feature-list": { usage: "a64vm features [--set LIST] --json", schema: featureListJson },
  "host-features": { usage: "a64vm features HOST --json", schema: hostFeaturesJson },
  "feature-diff": { usage: "a64vm features HOST --diff HOST2 --json", schema: featureDiffJson },
  baseline: { usage: "a64vm baseline HOST1 HOST2 ... --json", schema: baselineJson },
  "sysreg-catalogue": { usage: "a64vm sysreg --json", schema: sysregCatalogueJson },
  sysreg: { usage: "a64vm sysreg NAME [--value V] --json", schema: sysregJson },
  traps: { usage: "a64vm traps [--host HOST] [--features LIST] --json", schema: trapsJson },
  "explain-trap": { usage: "a64vm explain-trap TARGET [--host HOST] --json", schema: explainTrapJson },
  reglist: { usage: "a64vm reglist --host HOST --json", schema: reglistJson },
  migrate: { usage: "a64vm migrate GUEST.elf --from HOST --to HOST2 [--at N] --json", schema: migrateJson },
} as const satisfies Record<string, JsonOutput>;

export type JsonOutputName = keyof typeof JSON_OUTPUTS;

/** The JSON Schema (draft 2020-12) of one output. */
export function jsonSchemaOf(name: JsonOutputName): Record<string, unknown> {
  return z.toJSONSchema(JSON_OUTPUTS[name].schema) as Record<string, unknown>;
}
