import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { a64vm } from "./run-cli";

const programs = join(repoRoot, "packages", "cpu", "test", "programs", "bin");
const busybox = findTool("busybox-arm64");

describe("a64vm user", () => {
  it("passes the guest's stdout and exit status through", () => {
    const run = a64vm(["user", join(programs, "intops-O2")]);
    expect(run.stdout).toContain("sdiv min/-1=0x8000000000000000");
    expect(run.status).toBe(2);
  });

  it('prints {"instructions","seconds","mips"} as one JSON line on stderr with --stats', () => {
    const run = a64vm(["user", "--stats", join(programs, "atomics-O2")]);
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stderr.trim().split("\n").at(-1)!) as Record<string, number>;
    expect(Object.keys(stats)).toEqual(["instructions", "seconds", "mips"]);
    expect(stats.instructions).toBeGreaterThan(1000);
  });

  it("runs the same program to the same output and instruction count with --interpret (no translation)", () => {
    const stats = (run: { stderr: string }) =>
      JSON.parse(run.stderr.trim().split("\n").at(-1)!) as Record<string, number>;
    const translated = a64vm(["user", "--stats", join(programs, "intops-O2")]);
    const interpreted = a64vm(["user", "--stats", "--interpret", join(programs, "intops-O2")]);
    expect(interpreted.status).toBe(translated.status);
    expect(interpreted.stdout).toBe(translated.stdout);
    expect(stats(interpreted).instructions).toBe(stats(translated).instructions);
  });

  it("kills a program that uses a hidden feature like SIGILL: exit 132 and a message naming the feature", () => {
    const run = a64vm(["user", "--features=-LSE", join(programs, "atomics-O2")]);
    expect(run.status).toBe(132);
    expect(run.stderr).toMatch(/SIGILL: illegal instruction 0x[0-9a-f]{8} at pc 0x[0-9a-f]+ \(needs FEAT_LSE\)/);
  });

  it("restricts the CPU to a host profile with --host: LSE atomics die on Cortex-A53 and run on Neoverse N1", () => {
    expect(a64vm(["user", "--host", "cortex-a53", join(programs, "atomics-O2")]).status).toBe(132);
    expect(a64vm(["user", "--host", "neoverse-n1", join(programs, "atomics-O2")]).status).toBe(0);
  });

  it("refuses to add a feature the core does not implement", () => {
    const run = a64vm(["user", "--features=+SVE", join(programs, "atomics-O2")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("does not implement FEAT_SVE");
  });

  it("fails with a clear message for a file that is not an ELF executable", () => {
    const run = a64vm(["user", join(repoRoot, "README.md")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("not an ELF file");
  });

  it.skipIf(!haveTools("busybox-arm64"))("names an unimplemented syscall instead of guessing", () => {
    const run = a64vm(["user", busybox ?? "", "nproc"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unimplemented syscall \d+ \(\w+\)/);
  });

  it.skipIf(!haveTools("busybox-arm64"))("passes guest options such as sh -c through untouched", () => {
    const run = a64vm(["user", busybox ?? "", "sh", "-c", "echo $((6 * 7)); exit 5"]);
    expect(run.stdout).toBe("42\n");
    expect(run.status).toBe(5);
  });
});
