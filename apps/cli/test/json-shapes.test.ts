/** Every documented --json output, printed by the built CLI, matches its schema in src/schemas. */
import { describe, expect, it } from "vitest";
import { JSON_OUTPUTS } from "../src/schemas";
import { hostsJson } from "../src/schemas/hosts";
import { a64vm, json, jsonOutputOf } from "./run-cli";

/** One command line per documented output; the baseline of N2 and V2 has conflicts, so it exits 1. */
const EXAMPLES: readonly (readonly string[])[] = [
  ["hosts", "--json"],
  ["features", "--json"],
  ["features", "--set", "fpmr,+fp8", "--json"],
  ["features", "fujitsu-monaka", "--json"],
  ["features", "neoverse-n2", "--diff", "neoverse-v2", "--json"],
  ["baseline", "fujitsu-monaka", "neoverse-v2", "--json"],
  ["baseline", "neoverse-n2", "neoverse-v2", "--json"],
  ["sysreg", "--json"],
  ["sysreg", "fpmr", "--value", "0x30041", "--json"],
  ["sysreg", "cptr_el2", "--json"],
  ["traps", "--host", "neoverse-v2", "--features", "-SVE,-SVE2", "--json"],
  ["explain-trap", "--host", "neoverse-v2", "ID_AA64PFR0_EL1", "--json"],
  ["explain-trap", "--host", "max", "--features", "-FPMR", "FPMR", "--write", "--json"],
  ["reglist", "--host", "fujitsu-monaka", "--json"],
  ["migrate", "apps/cli/guests/hello.elf", "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "20000", "--json"],
];

describe("--json outputs", () => {
  it("has an example command line for every documented output", () => {
    expect(new Set(EXAMPLES.map(jsonOutputOf))).toEqual(new Set(Object.keys(JSON_OUTPUTS)));
  });

  for (const args of EXAMPLES) {
    it(`a64vm ${args.join(" ")} prints one document of shape '${jsonOutputOf(args)}'`, () => {
      const run = a64vm(args);
      expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
      expect(() => json(run)).not.toThrow();
    });
  }

  it("rejects a document with a field the schema does not document", () => {
    const doc = { hosts: [{ name: "x", description: "", midr: "0x0", source: "", deviations: [], extra: 1 }] };
    expect(hostsJson.safeParse(doc).success).toBe(false);
    const { extra: _, ...documented } = doc.hosts[0]!;
    expect(hostsJson.safeParse({ hosts: [documented] }).success).toBe(true);
  });

  it("prints each schema as JSON Schema with a64vm schema NAME --json", () => {
    const run = a64vm(["schema", "reglist", "--json"]);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { type: string; required: string[]; additionalProperties: boolean };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["host", "features", "count", "registers"]);
    expect(schema.additionalProperties).toBe(false);
    expect(a64vm(["schema", "nosuch"]).status).toBe(2);
  });

  it("shows each output's fields as a table with a64vm schema NAME", () => {
    const run = a64vm(["schema", "reglist"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^registers\[\]\.id\s+string \(hex\)\s+the 64-bit KVM register ID$/m);
    expect(run.stdout).toMatch(/^features\s+string \(FEAT_\*\)\[\]\s+the VM's features$/m);
  });
});
