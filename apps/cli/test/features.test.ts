import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FEATURE_NAMES, hostProfile } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

interface HostDocument {
  name: string;
  midr: string;
  source: string;
  warnings: string[];
}

const dir = mkdtempSync(join(tmpdir(), "a64vm-features-"));

/** Writes a custom host file built from a profile's registers, with overrides. */
function hostFile(file: string, base: string, overrides: Record<string, string>, drop: string[] = []): string {
  const profile = hostProfile(base);
  const idRegisters: Record<string, string> = {};
  for (const [name, value] of Object.entries(profile.idRegisters)) {
    if (!drop.includes(name)) idRegisters[name] = `0x${value.toString(16)}`;
  }
  const path = join(dir, file);
  writeFileSync(
    path,
    JSON.stringify({
      name: file.replace(/\.json$/, ""),
      midr: "0x410fd4f1",
      idRegisters: { ...idRegisters, ...overrides },
    }),
  );
  return path;
}

describe("a64vm features", () => {
  it("without a host lists every FEAT_* of the architecture", () => {
    const run = a64vm(["features", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ features: string[]; count: number }>(run);
    expect(doc.count).toBe(FEATURE_NAMES.length);
    expect(doc.features).toEqual([...FEATURE_NAMES]);
    expect(doc.features).toContain("FEAT_FPMR");
  });

  it("lists a host's features one per line, nothing on stderr", () => {
    const run = a64vm(["features", "neoverse-v2"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const names = run.stdout.trimEnd().split("\n");
    expect(names).toContain("FEAT_SVE2");
    expect(names).toContain("FEAT_BTI");
    expect(names).not.toContain("FEAT_MTE2");
    expect(names).not.toContain("FEAT_FPMR");
    for (const name of names) expect(name).toMatch(/^FEAT_\w+$/);
  });

  it("shows FPMR and FP8 on FUJITSU-MONAKA, in JSON with the host named", () => {
    const run = a64vm(["features", "FUJITSU-MONAKA", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ host: HostDocument; features: string[]; count: number }>(run);
    expect(doc.host.name).toBe("fujitsu-monaka");
    expect(doc.host.midr).toBe("0x460f0030");
    expect(doc.features).toEqual(expect.arrayContaining(["FEAT_FPMR", "FEAT_FP8", "FEAT_FP8DOT2", "FEAT_LUT"]));
    expect(doc.count).toBe(doc.features.length);
  });

  it("compares two hosts: MTE is only on Neoverse N2", () => {
    const run = a64vm(["features", "neoverse-n2", "--diff", "neoverse-v2", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ hosts: HostDocument[]; onlyFirst: string[]; onlySecond: string[]; common: string[] }>(run);
    expect(doc.hosts.map((h) => h.name)).toEqual(["neoverse-n2", "neoverse-v2"]);
    expect(doc.onlyFirst).toContain("FEAT_MTE2");
    expect(doc.common).toContain("FEAT_SVE2");
    expect(doc.onlySecond).not.toContain("FEAT_MTE2");
  });

  it("prints a human diff with - for the first host and + for the second", () => {
    const run = a64vm(["features", "neoverse-n1", "--diff", "neoverse-v1"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^neoverse-n1 and neoverse-v1: \d+ features in common$/m);
    expect(run.stdout).toMatch(/^\+\s+FEAT_SVE\s+neoverse-v1$/m);
  });

  it("takes a custom host file wherever a host is named", () => {
    const path = hostFile("v2-copy.json", "neoverse-v2", {});
    const fromFile = a64vm(["features", path, "--json"]);
    const builtIn = a64vm(["features", "neoverse-v2", "--json"]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr).toBe("");
    expect(json<{ features: string[] }>(fromFile).features).toEqual(json<{ features: string[] }>(builtIn).features);
    expect(json<{ host: HostDocument }>(fromFile).host.name).toBe("v2-copy");
  });

  it("warns on stderr, naming each Features.json constraint a custom host violates, and still answers", () => {
    // FPMR on an Armv9.0 host without FGT and HCX: Features.json wants both with EL2.
    const path = hostFile("fpmr-on-v2.json", "neoverse-v2", { ID_AA64PFR2_EL1: "0x100000000" });
    const run = a64vm(["features", path]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toContain("FEAT_FPMR");
    expect(run.stderr).toMatch(/^a64vm: warning: host 'fpmr-on-v2': violates Features.json constraint .*FEAT_FPMR/m);
  });

  it("with --strict refuses a custom host that violates a constraint: exit 2, one line, nothing on stdout", () => {
    const path = hostFile("fpmr-on-v2-strict.json", "neoverse-v2", { ID_AA64PFR2_EL1: "0x100000000" });
    const run = a64vm(["features", path, "--strict"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/host 'fpmr-on-v2-strict' violates \d+ Features.json constraint/);
  });

  it("warns once, listing the registers a host file leaves out (they read as zero)", () => {
    const path = hostFile("sparse.json", "neoverse-v2", {}, ["ID_AA64ZFR0_EL1", "CTR_EL0"]);
    const run = a64vm(["features", path]);
    expect(run.status).toBe(0);
    const warnings = run.stderr.trim().split("\n");
    expect(warnings.filter((l) => l.includes("not given"))).toHaveLength(1);
    expect(run.stderr).toMatch(/2 registers not given, read as zero \(not implemented\): ID_AA64ZFR0_EL1, CTR_EL0/);
    // Without ID_AA64ZFR0_EL1, SVEver reads 0: the host has SVE but not SVE2.
    expect(run.stdout.split("\n")).not.toContain("FEAT_SVE2");
  });

  it("exits 2 with a suggestion for an unknown register in a host file", () => {
    const path = join(dir, "typo.json");
    writeFileSync(path, JSON.stringify({ name: "typo", midr: "0x0", idRegisters: { ID_AA64PFR9_EL1: "0x1" } }));
    const run = a64vm(["features", path]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toMatch(/^a64vm: unknown ID register 'ID_AA64PFR9_EL1' in host file \(did you mean/);
  });

  it("exits 2 naming the register for a malformed value", () => {
    const path = join(dir, "bad-value.json");
    writeFileSync(path, JSON.stringify({ name: "bad", midr: "0x0", idRegisters: { CTR_EL0: "0xnope" } }));
    const run = a64vm(["features", path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/malformed value "0xnope" for CTR_EL0/);
  });

  it("exits 2 when a host file cannot be read", () => {
    const run = a64vm(["features", join(dir, "absent.json")]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^a64vm: cannot read host file '.*absent\.json' \(ENOENT\)$/);
  });

  it("exits 2 for an unknown host name, listing the built-in hosts", () => {
    const run = a64vm(["features", "neoverse-v9"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/unknown host 'neoverse-v9'.*known hosts: cortex-a53, .*neoverse-v2/);
  });
});
