/**
 * The conformance suite as CI runs it: `a64vm-conformance --preset ci` (a few hosts, one seeded
 * random restriction per test and host, every guest also on qemu-system-aarch64 where a host is a
 * QEMU CPU model) exits 0 and ends with "N passed, 0 failed, 0 skipped". Without QEMU it skips with
 * the reason locally and fails under CI=true.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const bin = join(repoRoot, "apps", "conformance", "src", "bin.ts");
const TEN_MINUTES = 600_000;

describe.skipIf(!haveTools("qemu-system-aarch64"))("the conformance suite in CI", () => {
  it(
    "passes every case of --preset ci, QEMU differential on",
    () => {
      const run = spawnSync(tsx, ["--conditions=@a64vm/source", bin, "--preset", "ci", "--jobs", "2"], {
        encoding: "utf8",
        cwd: repoRoot,
        timeout: TEN_MINUTES,
        env: { ...process.env, A64VM_QEMU_SYSTEM_AARCH64: findTool("qemu-system-aarch64")! },
      });
      const lines = run.stdout.trimEnd().split("\n");
      expect(run.stderr).toBe("");
      expect(lines.at(-1), run.stdout).toMatch(/^[1-9]\d* passed, 0 failed, 0 skipped$/);
      expect(run.status).toBe(0);
    },
    TEN_MINUTES,
  );
});
