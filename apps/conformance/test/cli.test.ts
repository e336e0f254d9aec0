/** The a64vm-conformance command, driven as a subprocess from the repository root. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { afterAll, describe, expect, it } from "vitest";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const bin = join(repoRoot, "apps", "conformance", "src", "bin.ts");
const scratch = mkdtempSync(join(tmpdir(), "a64vm-conformance-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const conformance = (args: readonly string[]) =>
  spawnSync(tsx, ["--conditions=@a64vm/source", bin, ...args], { encoding: "utf8", cwd: repoRoot, timeout: 120_000 });

describe("a64vm-conformance", () => {
  it("runs a filtered matrix on worker threads and writes JUnit, JSON and HTML reports", () => {
    const junit = join(scratch, "r.xml");
    const json = join(scratch, "r.json");
    const html = join(scratch, "r.html");
    const run = conformance([
      "--filter",
      "host/",
      "--host",
      "cortex-a72",
      "--jobs",
      "2",
      "--junit",
      junit,
      "--json",
      json,
      "--html",
      html,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed, 0 skipped$/);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.totals.failed).toBe(0);
    expect(report.results.every((r: { host: string }) => r.host === "cortex-a72")).toBe(true);
    expect(readFileSync(junit, "utf8")).toContain("<testsuites");
    expect(readFileSync(html, "utf8")).toContain("<table>");
  });

  it("lists cases deterministically for a seed", () => {
    const a = conformance(["--list", "--seed", "5", "--host", "neoverse-v2"]);
    const b = conformance(["--list", "--seed", "5", "--host", "neoverse-v2"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("host/snapshot-corruption@neoverse-v2:full");
  });

  it("exits 2 with one line for an unknown host or a bad option value", () => {
    const host = conformance(["--host", "pentium"]);
    expect(host.status).toBe(2);
    expect(host.stderr).toMatch(/^a64vm-conformance: unknown host 'pentium' \(known: .*cortex-a72.*\)\n$/);
    const jobs = conformance(["--jobs", "zero"]);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain("--jobs must be an integer >= 1");
  });
});
