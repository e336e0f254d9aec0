/**
 * Vitest global setup: the tests drive the built CLI (`apps/cli/dist/bin.js`, the tsup build), so
 * build it first when it is missing or older than any source it bundles.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";

const app = join(repoRoot, "apps", "cli");
export const builtBin = join(app, "dist", "bin.js");

/** The newest modification time of the files under a folder (or of a file). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

function sourcesTime(): number {
  const inputs = [join(app, "src"), join(app, "package.json"), join(app, "tsup.config.ts")];
  for (const pkg of readdirSync(join(repoRoot, "packages"))) inputs.push(join(repoRoot, "packages", pkg, "src"));
  return Math.max(...inputs.map(newest));
}

function isStale(): boolean {
  return !existsSync(builtBin) || statSync(builtBin).mtimeMs < sourcesTime();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds into a private folder, then copies the chunks into dist and renames bin.js in last: chunk
 * names carry a content hash, so a CLI already running from the old bin.js still finds its chunks.
 */
function build(): void {
  const out = join(app, `dist.build-${process.pid}`);
  try {
    const tsup = join(repoRoot, "node_modules", ".bin", "tsup");
    const run = spawnSync(tsup, ["--out-dir", out, "--no-clean", "--silent"], { cwd: app, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`building the CLI failed:\n${run.stdout}${run.stderr}`);
    mkdirSync(join(app, "dist"), { recursive: true });
    for (const file of readdirSync(out))
      if (!file.startsWith("bin.js")) copyFileSync(join(out, file), join(app, "dist", file));
    renameSync(join(out, "bin.js.map"), join(app, "dist", "bin.js.map"));
    renameSync(join(out, "bin.js"), builtBin);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export default function setup(): void {
  if (!isStale()) return;
  // One build at a time across concurrent test runs: mkdir is the lock.
  const lock = join(app, "dist.lock");
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmdirSync(lock);
      else sleep(250);
    }
  }
  try {
    if (isStale()) build();
  } finally {
    rmdirSync(lock);
  }
}
