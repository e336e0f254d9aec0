/**
 * Start-up stays fast because the command tree (src/bin.ts, program.ts, commands/) imports none of
 * the a64vm packages: each command's action loads them with `await import(...)` when it runs.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { describe, expect, it } from "vitest";

const src = join(repoRoot, "apps", "cli", "src");

/** The modules a file imports when it is loaded: `import type` and dynamic `import()` are left out. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;"]*?\sfrom\s+)?"([^"]+)"/gm);
  return [...found].map((m) => m[1]!);
}

/** Every module loaded, transitively, by loading `entry`: local files by path, the rest by name. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith(".")) seen.add(spec);
      else if (!spec.endsWith(".json")) visit(`${resolve(dirname(file), spec)}.ts`);
    }
  };
  visit(entry);
  return seen;
}

describe("the command tree loads no a64vm package", () => {
  const loaded = loadedBy(join(src, "bin.ts"));

  it("loads program.ts and every command definition", () => {
    expect(loaded).toContain(join(src, "program.ts"));
    expect(loaded).toContain(join(src, "commands", "run.ts"));
  });

  it("imports only commander and Node built-ins besides its own files", () => {
    const packages = [...loaded].filter((m) => !m.startsWith("/") && !m.startsWith("node:"));
    expect(packages).toEqual(["commander"]);
  });

  it("reaches no action module (they are loaded on demand)", () => {
    expect([...loaded].filter((m) => m.includes(`${join(src, "actions")}/`))).toEqual([]);
  });
});
