/** The conventions every a64vm command follows, checked by driving the CLI as a subprocess. */
import { describe, expect, it } from "vitest";
import { a64vm } from "./run-cli";

describe("a64vm command conventions", () => {
  it("prints its version", () => {
    const run = a64vm(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 with one line on stderr for an unknown command, and nothing on stdout", () => {
    const run = a64vm(["frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  it("exits 2 naming the feature and a suggestion for an unknown feature name", () => {
    const run = a64vm(["features", "--set", "+FPMRR"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown feature 'FPMRR' \(did you mean FEAT_FPMR\?\)/);
    expect(run.stderr).not.toContain("    at ");
  });

  it("prints a stack trace only with --debug", () => {
    const run = a64vm(["--debug", "features", "--set", "+FPMRR"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("    at ");
  });

  it("shows help with examples for every command", () => {
    const top = a64vm(["--help"]);
    expect(top.status).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z][a-z0-9-]*)\b/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== "help");
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const help = a64vm([command, "--help"]);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain("Examples:");
    }
  });
});
