/** Drives the built a64vm CLI (`node apps/cli/dist/bin.js`) as a subprocess, as a user runs it. */
import { spawnSync } from "node:child_process";
import { repoRoot } from "@a64vm/tooling/repo";
import { JSON_OUTPUTS, type JsonOutputName } from "../src/schemas";
import { builtBin } from "./build-cli";

export interface CliRun {
  readonly args: readonly string[];
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
  return { args, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The positional arguments of a command line (options and their values left out). */
function positionals(args: readonly string[]): string[] {
  const valued = new Set(["--host", "--features", "--diff", "--set", "--value", "--variant"]);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (valued.has(args[i]!)) i++;
    else if (!args[i]!.startsWith("-")) out.push(args[i]!);
  }
  return out;
}

/** Which documented `--json` shape a command line prints (src/schemas). */
export function jsonOutputOf(args: readonly string[]): JsonOutputName {
  const [command, ...rest] = positionals(args);
  if (command === "features") {
    if (rest.length === 0) return "feature-list";
    return args.includes("--diff") ? "feature-diff" : "host-features";
  }
  if (command === "sysreg") return rest.length === 0 ? "sysreg-catalogue" : "sysreg";
  if (command !== undefined && command in JSON_OUTPUTS) return command as JsonOutputName;
  throw new Error(`no documented --json shape for \`a64vm ${args.join(" ")}\``);
}

/**
 * Parses stdout as exactly one JSON document and checks it against the documented shape of the
 * command that printed it: a missing, extra or mistyped field fails the test.
 */
export function json<T = Record<string, unknown>>(run: CliRun): T {
  const doc: unknown = JSON.parse(run.stdout);
  const checked = JSON_OUTPUTS[jsonOutputOf(run.args)].schema.safeParse(doc);
  if (!checked.success) {
    throw new Error(`\`a64vm ${run.args.join(" ")}\` printed JSON off its documented shape:\n${checked.error.message}`);
  }
  return doc as T;
}
