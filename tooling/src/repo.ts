import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (the folder holding pnpm-workspace.yaml). */
export const repoRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("a64vm: cannot find the repository root (pnpm-workspace.yaml)");
    dir = parent;
  }
  return dir;
})();

/** The shared design folder that sits beside the repository (`../shared`), or null when absent. */
export const sharedDir: string | null = (() => {
  const dir = resolve(repoRoot, "..", "shared");
  return existsSync(dir) ? dir : null;
})();

/** Arm's machine-readable feature model, `../shared/arm/Features.json`, or null when absent. */
export const featuresJsonPath: string | null =
  sharedDir !== null && existsSync(join(sharedDir, "arm", "Features.json"))
    ? join(sharedDir, "arm", "Features.json")
    : null;
