/** Runs a static AArch64 program under a64vm (in-process) and under qemu-aarch64, capturing output. */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import type { FeatureSet } from "@a64vm/sysreg";
import { findTool } from "@a64vm/tooling/tools";
import { UserProcess } from "../src/index";

export interface GuestRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly instructions: number;
}

const ENV = ["PATH=/usr/bin:/bin", "LC_ALL=C"];

/**
 * Runs under a64vm with `stdin` as input; stdout/stderr go through temp files like a real process.
 * `translateAfter` is the core's translation threshold (1 translates every block on first use).
 */
export function runA64vm(
  program: string,
  args: readonly string[],
  stdin = "",
  features?: FeatureSet,
  translateAfter?: number | false,
): GuestRun {
  const dir = mkdtempSync(join(tmpdir(), "a64vm-user-"));
  try {
    writeFileSync(join(dir, "in"), stdin, "latin1");
    const fds: [number, number, number] = [
      openSync(join(dir, "in"), "r"),
      openSync(join(dir, "out"), "w"),
      openSync(join(dir, "err"), "w"),
    ];
    const guest = new UserProcess(new Uint8Array(readFileSync(program)), {
      argv: [program, ...args],
      env: ENV,
      stdio: fds,
      ...(features !== undefined ? { features } : {}),
      ...(translateAfter !== undefined ? { translateAfter } : {}),
    });
    const result = guest.run();
    for (const fd of fds) closeSync(fd);
    return {
      status: result.exitCode,
      stdout: readFileSync(join(dir, "out"), "latin1"),
      stderr: readFileSync(join(dir, "err"), "latin1") + (result.message ?? ""),
      instructions: result.instructions,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runQemu(program: string, args: readonly string[], stdin = ""): GuestRun {
  const run = spawnSync(findTool("qemu-aarch64")!, [program, ...args], {
    input: Buffer.from(stdin, "latin1"),
    encoding: "latin1",
    env: Object.fromEntries(ENV.map((e) => e.split("=") as [string, string])),
    maxBuffer: 64 << 20,
  });
  // A guest killed by a signal exits as a shell reports it: 128 + the signal number.
  const signal = run.signal === null ? 0 : constants.signals[run.signal];
  return { status: run.status ?? 128 + signal, stdout: run.stdout, stderr: run.stderr, instructions: 0 };
}
