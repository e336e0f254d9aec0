import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

interface HostsDocument {
  hosts: { name: string; description: string; midr: string; source: string; deviations: string[] }[];
}

describe("a64vm hosts", () => {
  it("lists every built-in host as an aligned table on stdout, nothing on stderr", () => {
    const run = a64vm(["hosts"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME\s+MIDR\s+DESCRIPTION$/);
    expect(run.stdout).toMatch(/^neoverse-v2\s+0x410fd4f1\s+Arm Neoverse V2/m);
    expect(run.stdout).toMatch(/^fujitsu-monaka\s+0x460f0030\s+/m);
    const midrColumn = lines[0]!.indexOf("MIDR");
    for (const line of lines.slice(1)) expect(line.slice(midrColumn, midrColumn + 2)).toBe("0x");
  });

  it("prints one JSON document with name, description, MIDR and source of each host", () => {
    const run = a64vm(["hosts", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<HostsDocument>(run);
    const names = doc.hosts.map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(["cortex-a53", "neoverse-n1", "neoverse-v2", "fujitsu-monaka"]));
    expect(doc.hosts.find((h) => h.name === "neoverse-v1")?.deviations).toContain("v8Ap4 --> FEAT_TTL");
    for (const host of doc.hosts) {
      expect(host.midr).toMatch(/^0x[0-9a-f]+$/);
      expect(host.source.length).toBeGreaterThan(0);
      expect(host.description.length).toBeGreaterThan(0);
    }
  });

  it("exits 2 naming the unknown option on stderr, with nothing on stdout", () => {
    const run = a64vm(["hosts", "--jsn"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^a64vm: unknown option '--jsn'/);
  });
});
