/**
 * The boundary check (pnpm boundaries) must fail on each kind of wrong import. Each case builds a
 * tiny workspace in a temporary folder (packages with package.json, source and node_modules links)
 * and runs the same dependency-cruiser configuration CI runs on the real tree.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../src/repo";

const config = join(repoRoot, "tooling", "boundaries", "dependency-cruiser.cjs");
const depcruise = join(repoRoot, "node_modules", ".bin", "depcruise");
const scratch = mkdtempSync(join(tmpdir(), "a64vm-boundaries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Files = Record<string, string>;

function workspace(name: string, files: Files): string {
  const root = join(scratch, name);
  const packages = ["sysreg", "decoder", "cpu", "traps"];
  for (const pkg of packages) {
    const dir = join(root, "packages", pkg);
    mkdirSync(join(dir, "src"), { recursive: true });
    const deps = files[`packages/${pkg}/deps`]?.split(",").filter(Boolean) ?? [];
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        name: `@a64vm/${pkg}`,
        type: "module",
        exports: { ".": { "@a64vm/source": "./src/index.ts" }, "./internal/*": null },
        dependencies: Object.fromEntries(deps.map((d) => [`@a64vm/${d}`, "workspace:^"])),
      }),
    );
    writeFileSync(join(dir, "src", "index.ts"), "export const x = 1;\n");
    writeFileSync(join(dir, "src", "internal.ts"), "export const y = 2;\n");
    for (const dep of deps) {
      const link = join(dir, "node_modules", "@a64vm", dep);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, "packages", dep), link);
    }
  }
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith("/deps")) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string): { ok: boolean; output: string } {
  const result = spawnSync(depcruise, ["--config", config, "packages"], { cwd: root, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe("the boundary check", () => {
  it("passes a workspace that follows the layer map", () => {
    const root = workspace("good", {
      "packages/decoder/deps": "sysreg",
      "packages/decoder/src/index.ts": 'import { x } from "@a64vm/sysreg";\nexport const d = x;\n',
      "packages/cpu/deps": "decoder,sysreg",
      "packages/cpu/src/index.ts": 'import { d } from "@a64vm/decoder";\nexport const c = d;\n',
    });
    const result = check(root);
    expect(result.output).toContain("no dependency violations");
    expect(result.ok).toBe(true);
  });

  it("fails when a lower layer imports a higher one (sysreg -> cpu)", () => {
    const root = workspace("upward", {
      "packages/sysreg/deps": "cpu",
      "packages/sysreg/src/index.ts": 'import { x } from "@a64vm/cpu";\nexport const s = x;\n',
    });
    const result = check(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("layer-sysreg");
  });

  it("fails when cpu imports traps, which the architecture forbids", () => {
    const root = workspace("cpu-traps", {
      "packages/cpu/deps": "traps",
      "packages/cpu/src/index.ts": 'import { x } from "@a64vm/traps";\nexport const c = x;\n',
    });
    expect(check(root).output).toContain("layer-cpu");
  });

  it("fails on a deep import into another package's internals", () => {
    const root = workspace("deep", {
      "packages/decoder/deps": "sysreg",
      "packages/decoder/src/index.ts": 'import { y } from "@a64vm/sysreg/internal/internal";\nexport const d = y;\n',
    });
    const result = check(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("not-to-unresolvable");
  });

  it("fails on a relative path into another package", () => {
    const root = workspace("relative", {
      "packages/decoder/src/index.ts": 'import { y } from "../../sysreg/src/internal";\nexport const d = y;\n',
    });
    const result = check(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("no-relative-cross-package");
    expect(result.output).toContain("public-entry-only");
  });

  it("fails on an import of a package the importer does not declare", () => {
    const root = workspace("undeclared", {
      "packages/decoder/src/index.ts": 'import { x } from "@a64vm/sysreg";\nexport const d = x;\n',
    });
    expect(check(root).ok).toBe(false);
  });

  it("accepts a cycle closed only by an `import type`, which the compiler erases", () => {
    const root = workspace("type-cycle", {
      "packages/sysreg/src/index.ts":
        'import { b } from "./b";\nexport interface A { n: number }\nexport const a = b;\n',
      "packages/sysreg/src/b.ts": 'import type { A } from "./index";\nexport const b = (x: A) => x.n;\n',
    });
    expect(check(root).ok).toBe(true);
  });

  it("fails on a cycle inside a package", () => {
    const root = workspace("cycle", {
      "packages/sysreg/src/index.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "packages/sysreg/src/b.ts": 'import { a } from "./index";\nexport const b = () => a;\n',
    });
    const result = check(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("no-circular");
  });
});
