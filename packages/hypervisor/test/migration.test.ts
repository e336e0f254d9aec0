/**
 * Migration: a guest moved between hosts at any instruction prints exactly what an unmigrated run
 * prints; a destination that lacks a feature the VM has, or cannot take its ID registers, refuses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { describe, expect, it } from "vitest";
import { checkMigration, MigrationRefusedError, migrateMachine, VirtMachine } from "../src/index";

const hello = new Uint8Array(readFileSync(join(repoRoot, "apps", "cli", "guests", "hello.elf")));

function reference(host: string): string {
  let out = "";
  const m = VirtMachine.create(host, {}, (b) => {
    out += String.fromCharCode(b);
  });
  m.load(hello);
  expect(m.run(10_000_000).kind).toBe("powered-off");
  return out;
}

describe("stop-and-copy migration", () => {
  const expected = reference("neoverse-v2");

  it.each([1, 2, 997, 20_000, 100_000, 191_000])("at instruction %i continues with identical output", (at) => {
    let out = "";
    const write = (b: number) => {
      out += String.fromCharCode(b);
    };
    const source = VirtMachine.create("neoverse-v2", {}, write);
    source.load(hello);
    expect(source.run(at).kind).toBe("budget-exhausted");
    const { machine, report } = migrateMachine(source, "neoverse-v2", write);
    expect(machine.run(10_000_000).kind).toBe("powered-off");
    expect(out).toBe(expected);
    expect(machine.vm.features.equals(source.vm.features)).toBe(true);
    expect(report.pagesSent).toBeGreaterThan(0);
    expect(report.registers).toBeGreaterThan(100);
  });

  it("refuses a destination without FEAT_FPMR for a VM that has it, naming the features", () => {
    const source = VirtMachine.create("fujitsu-monaka", {}, () => {});
    expect(checkMigration(source.vm, "neoverse-v2").missing).toContain("FEAT_FPMR");
    expect(() => migrateMachine(source, "neoverse-v2", () => {})).toThrow(MigrationRefusedError);
    expect(() => migrateMachine(source, "neoverse-v2", () => {})).toThrow(/host neoverse-v2 lacks .*FEAT_FPMR/);
  });

  it("refuses a destination whose ID registers cannot be written to the VM's (heterogeneous CTR_EL0)", () => {
    const source = VirtMachine.create("neoverse-v2", {}, () => {});
    source.load(hello);
    source.run(10);
    expect(() => migrateMachine(source, "neoverse-n2", () => {})).toThrow(/cannot take this VM's ID registers/);
  });
});
