import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

interface BaselineDocument {
  hosts: { name: string; midr: string; source: string; warnings: string[] }[];
  features: string[];
  count: number;
  dropped: { feature: string; reason: string }[];
  midr: string | null;
  idRegisters: Record<string, string>;
  changes: { host: string; register: string; from: string; to: string }[];
  conflicts: { host: string; register: string; message: string }[];
  violations: { message: string; constraint: string }[];
}

describe("a64vm baseline", () => {
  it("gives the common features of FUJITSU-MONAKA and Neoverse V2 in JSON: no FPMR, SVE2 kept", () => {
    const run = a64vm(["baseline", "fujitsu-monaka", "neoverse-v2", "--json"]);
    const doc = json<BaselineDocument>(run);
    expect(doc.hosts.map((h) => h.name)).toEqual(["fujitsu-monaka", "neoverse-v2"]);
    expect(doc.features).toContain("FEAT_SVE2");
    expect(doc.features).not.toContain("FEAT_FPMR");
    expect(doc.count).toBe(doc.features.length);
    expect(doc.dropped).toContainEqual({ feature: "FEAT_FPMR", reason: "not on neoverse-v2" });
    expect(doc.idRegisters.ID_AA64PFR2_EL1).toBe("0x0");
    expect(doc.midr).toBeNull();
    expect(doc.changes).toContainEqual({
      host: "fujitsu-monaka",
      register: "ID_AA64PFR2_EL1",
      from: "0x100000000",
      to: "0x0",
    });
    // FPMR is writable in ID_AA64PFR2_EL1 (KVM): hiding it on MONAKA is never a conflict.
    expect(doc.conflicts.filter((c) => c.register === "ID_AA64PFR2_EL1")).toEqual([]);
  });

  it("exits 0 with nothing to write for two identical hosts", () => {
    const run = a64vm(["baseline", "neoverse-v2", "NEOVERSE-V2"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Baseline of neoverse-v2, neoverse-v2: \d+ features$/m);
    expect(run.stdout).toContain("nothing to write");
  });

  it("exits 1 naming the first conflict on stderr when KVM would refuse a value, after printing the answer", () => {
    const run = a64vm(["baseline", "neoverse-n2", "neoverse-v2"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^neoverse-n2\s+ID_AA64PFR1_EL1\s+0x221\s+0x21$/m);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^a64vm: \d+ baseline values? KVM would refuse, first on neoverse-n2: /);
  });

  it("exits 2 when given fewer than two hosts", () => {
    const run = a64vm(["baseline", "neoverse-v2"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/baseline needs at least two hosts/);
  });

  it("exits 2 for an unknown host", () => {
    const run = a64vm(["baseline", "neoverse-v2", "cortex-a99"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown host 'cortex-a99'/);
  });
});
