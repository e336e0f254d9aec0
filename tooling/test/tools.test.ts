import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/repo";
import { missingToolReason } from "../src/tools";

/** Runs haveTools() in a fresh process so the environment (CI, overrides) and the cache start clean. */
function haveToolsIn(env: Record<string, string>, tool: string) {
  const script = `import { haveTools } from ${JSON.stringify(join(repoRoot, "tooling/src/tools.ts"))};
    console.log(JSON.stringify({ ok: haveTools(${JSON.stringify(tool)}) }));`;
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["--eval", script], { encoding: "utf8", env: { ...process.env, ...env } });
}

describe("finding the external oracles", () => {
  it("names the override variable and the install step when a tool is missing", () => {
    expect(missingToolReason("llvm-mc")).toBe("llvm-mc not found (set A64VM_LLVM_MC or apt-get install llvm-22)");
  });

  it("skips with a printed reason outside CI when a tool is missing", () => {
    const run = haveToolsIn({ CI: "", A64VM_QEMU_AARCH64: "/nonexistent/qemu-aarch64" }, "qemu-aarch64");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false });
    expect(run.stderr).toContain("skipping differential tests: qemu-aarch64 not found");
  });

  it("fails under CI, where .ci/run installs every oracle, instead of skipping", () => {
    const run = haveToolsIn({ CI: "true", A64VM_QEMU_AARCH64: "/nonexistent/qemu-aarch64" }, "qemu-aarch64");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("required oracle missing: qemu-aarch64 not found");
  });

  it("honours an override that points at an existing file", () => {
    const run = haveToolsIn({ CI: "", A64VM_LLVM_MC: process.execPath }, "llvm-mc");
    expect(JSON.parse(run.stdout)).toEqual({ ok: true });
  });
});
