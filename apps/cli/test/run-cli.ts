/** Drives the built a64vm CLI (`node apps/cli/dist/bin.js`) as a subprocess, as a user runs it. */
import { spawnSync } from "node:child_process";
import { repoRoot } from "@a64vm/tooling/repo";
import { builtBin } from "./build-cli";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Text fed to the CLI's stdin. */
  readonly input?: string;
  /** The working directory (the repository root unless given). */
  readonly cwd?: string;
}

/** Runs `a64vm ARGS` with NO_COLOR set (override through `env`), capturing its exit status and output. */
export function a64vm(args: readonly string[], env: Record<string, string> = {}, options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [builtBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    ...(options.input !== undefined ? { input: options.input } : {}),
    maxBuffer: 64 << 20,
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Parses stdout as exactly one JSON document. */
export function json<T = Record<string, unknown>>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}
