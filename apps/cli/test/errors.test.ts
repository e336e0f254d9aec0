/**
 * The error conventions of issue #9, on the built CLI: one line on stderr naming what is wrong,
 * exit 2 for usage errors and 1 for failures, stdout left empty, no stack trace without --debug,
 * and colour only on a terminal without NO_COLOR.
 */
import { spawnSync } from "node:child_process";
import { repoRoot } from "@a64vm/tooling/repo";
import { describe, expect, it } from "vitest";
import { builtBin } from "./build-cli";
import { a64vm, type CliRun } from "./run-cli";

/** A run that failed the way the conventions say: status, nothing on stdout, one line on stderr. */
function expectFailure(run: CliRun, status: 1 | 2): string {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^a64vm: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  return run.stderr;
}

describe("usage errors exit 2 with one line naming the problem", () => {
  it("an unknown host names the known hosts", () => {
    const stderr = expectFailure(a64vm(["features", "nosuchhost"]), 2);
    expect(stderr).toContain("unknown host 'nosuchhost'");
    expect(stderr).toContain("neoverse-v2");
    expect(stderr).toContain("fujitsu-monaka");
    expect(stderr).toContain(".json");
  });

  it("the same for --host of every command that takes one", () => {
    for (const args of [
      ["reglist", "--host", "nosuch"],
      ["traps", "--host", "nosuch"],
      ["run", "apps/cli/guests/hello.elf", "--host", "nosuch"],
    ]) {
      expect(expectFailure(a64vm(args), 2), args.join(" ")).toContain("unknown host 'nosuch'");
    }
  });

  it("a feature the host lacks names the host and the feature", () => {
    const stderr = expectFailure(a64vm(["reglist", "--host", "neoverse-v2", "--features", "+FPMR"]), 2);
    expect(stderr).toContain("neoverse-v2");
    expect(stderr).toContain("FEAT_FPMR");
  });

  it("an unknown option, command or argument", () => {
    expect(expectFailure(a64vm(["hosts", "--bogus"]), 2)).toContain("unknown option '--bogus'");
    expect(expectFailure(a64vm(["frobnicate"]), 2)).toContain("unknown command 'frobnicate'");
    expect(expectFailure(a64vm(["completion", "fish"]), 2)).toContain("fish");
    expect(expectFailure(a64vm(["run", "/nonexistent/guest.elf"]), 2)).toContain("/nonexistent/guest.elf");
  });
});

describe("failures exit 1", () => {
  it("a guest that does not power off within its budget", () => {
    const run = a64vm(["run", "apps/cli/guests/hello.elf", "--max-insns", "1000"]);
    expect(run.status).toBe(1);
    // The guest's own output stays on stdout; the reason is one line on stderr.
    expect(run.stdout).toContain("hello from an a64vm guest");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("raise --max-insns");
  });

  it("a migration to a host without the VM's features, naming what is missing", () => {
    const stderr = expectFailure(
      a64vm(["migrate", "apps/cli/guests/fpmr-demo.elf", "--from", "fujitsu-monaka", "--to", "neoverse-v2"]),
      1,
    );
    expect(stderr).toContain("neoverse-v2");
    expect(stderr).toContain("FEAT_FPMR");
  });
});

describe("stack traces", () => {
  it("appear only with --debug", () => {
    const args = ["reglist", "--host", "neoverse-v2", "--features", "+FPMR"];
    expect(a64vm(args).stderr).not.toMatch(/^\s+at /m);
    const debug = a64vm(["--debug", ...args]);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

describe("stdout and stderr", () => {
  it("hiding a feature says on stderr what went with it, and stdout holds only the answer", () => {
    const run = a64vm(["reglist", "--host", "fujitsu-monaka", "--features", "-FPMR", "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/-FPMR also hides FEAT_FP8, .*FEAT_FP8FMA/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it("says so for a guest run too, while stdout holds only the guest's output", () => {
    const run = a64vm(["run", "apps/cli/guests/hello.elf", "--host", "fujitsu-monaka", "--features", "-FPMR"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/-FPMR also hides FEAT_FP8, .*FEAT_FP8FMA/);
    expect(run.stdout).not.toContain("also hides");
  });
});

const haveScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!haveScript)("colour", () => {
  /** Runs the CLI on a pseudo-terminal (util-linux script), as in an interactive shell. */
  function onTerminal(args: string, env: Record<string, string>) {
    return spawnSync("script", ["-qec", `${process.execPath} ${builtBin} ${args}`, "/dev/null"], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, ...env },
      timeout: 120_000,
    }).stdout;
  }

  it("is used on a terminal, and never with NO_COLOR", () => {
    expect(onTerminal("demo", { NO_COLOR: "" })).toContain("\u001b[1m");
    expect(onTerminal("demo", { NO_COLOR: "1" })).not.toContain("\u001b[");
  });

  it("is never used when stdout is not a terminal", () => {
    expect(a64vm(["demo"], { NO_COLOR: "" }).stdout).not.toContain("\u001b[");
  });
});
