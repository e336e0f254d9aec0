/** Freestanding C programs (built by programs/build.sh at -O0 and -O2) under a64vm and qemu-aarch64. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { IMPLEMENTED_FEATURES } from "../src/index";
import { runA64vm, runQemu } from "./user-runner";

const BIN = join(import.meta.dirname, "programs", "bin");
// bench* programs are benchmark workloads (bench/user.ts), too long for a unit test run.
const PROGRAMS = readdirSync(BIN)
  .filter((name) => !name.startsWith("bench"))
  .sort();

describe.skipIf(!haveTools("qemu-aarch64"))("C programs under a64vm and qemu-aarch64", () => {
  it.each(PROGRAMS)("%s prints the same results and exits the same way", (name) => {
    const ours = runA64vm(join(BIN, name), []);
    const theirs = runQemu(join(BIN, name), []);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.status).toBe(theirs.status);
    expect(ours.stdout.length).toBeGreaterThan(0);
  });
});

describe("feature restriction", () => {
  it("kills a program that uses LSE atomics with SIGILL (exit 132) when FEAT_LSE is hidden", () => {
    const run = runA64vm(join(BIN, "atomics-O2"), [], "", IMPLEMENTED_FEATURES.without("FEAT_LSE"));
    expect(run.status).toBe(132);
    expect(run.stderr).toMatch(/SIGILL: illegal instruction 0x[0-9a-f]{8} at pc 0x[0-9a-f]+/);
  });

  it("runs the same program to completion with FEAT_LSE", () => {
    const run = runA64vm(join(BIN, "atomics-O2"), []);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("counter=0x0000000000000007");
  });
});
