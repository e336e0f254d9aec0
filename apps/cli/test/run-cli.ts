/** Drives the a64vm CLI from source as a subprocess, as a user runs it. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const bin = join(repoRoot, "apps", "cli", "src", "bin.ts");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function a64vm(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(tsx, ["--conditions=@a64vm/source", bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Parses stdout as exactly one JSON document. */
export function json<T = Record<string, unknown>>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}
