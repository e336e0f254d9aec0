/**
 * Live pre-copy migration: the guest keeps running on the source while dirty pages travel; it
 * continues on the destination exactly as an unmigrated run; the report adds up; a guest that
 * dirties memory faster than the link drains it stops at the round limit; a destination that
 * cannot run the VM refuses before the guest runs any further.
 */
import { lookupSysReg } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { HypervisorError, liveMigrate, MigrationRefusedError, sysRegId, VirtMachine } from "../src/index";
import { type GuestName, machineWith, TEST_RAM, uninterrupted } from "./state-guests";

const CNTVCT = sysRegId(lookupSysReg("CNTVCT_EL0").encoding);

function migrateAt(guest: GuestName, at: number, options: Parameters<typeof liveMigrate>[3] = {}) {
  const sink = { out: "" };
  const write = (b: number) => {
    sink.out += String.fromCharCode(b);
  };
  const source = machineWith(guest, "neoverse-v2", sink);
  expect(source.run(at).kind).toBe("budget-exhausted");
  const outcome = liveMigrate(source, "neoverse-v2", write, options);
  if (outcome.kind !== "migrated") throw new Error(`the guest stopped during pre-copy: ${outcome.result.kind}`);
  const finished = outcome.machine.run(10_000_000);
  return { source, outcome, finished, out: sink.out };
}

describe("live migration", () => {
  const hello = uninterrupted("hello", "neoverse-v2");
  const counter = uninterrupted("counter", "neoverse-v2");

  it.each([1, 777, 20_000, 100_000, 170_000])(
    "hello migrated live at instruction %i prints what an unmigrated run prints",
    (at) => {
      const { outcome, finished, out } = migrateAt("hello", at);
      expect(finished.kind).toBe("powered-off");
      expect(out).toBe(hello);
      const r = outcome.report;
      expect(r.rounds.length).toBeGreaterThanOrEqual(1);
      expect(r.stoppedAt).toBeGreaterThan(at); // the guest ran during pre-copy
      expect(r.pagesSent).toBe(r.rounds.reduce((n, x) => n + x.pagesSent, r.finalPages));
      expect(r.bytesSent).toBe(r.pagesSent * 4096);
      expect(r.downtimeInstructions).toBe(r.finalPages * 256);
      expect(r.converged).toBe(true);
      expect(r.finalPages).toBeLessThanOrEqual(16);
    },
  );

  it("sends every non-zero page in round 1, then only what the guest dirtied", () => {
    const { source, outcome } = migrateAt("counter", 30_000, { maxDowntimePages: 8, maxRounds: 4 });
    const [first, ...rest] = outcome.report.rounds;
    expect(first!.pagesSent).toBeGreaterThanOrEqual(64); // code page and the 64 pages it writes
    expect(first!.guestInstructions).toBe(first!.pagesSent * 256);
    for (const round of rest) expect(round.pagesSent).toBeLessThanOrEqual(64);
    expect(source.vm.ram.dirtyLog).toBeNull(); // logging ends with the migration
  });

  it("stops at the round limit when the guest dirties pages faster than the link drains them", () => {
    const { outcome, out } = migrateAt("counter", 10_000, { maxDowntimePages: 8, maxRounds: 3 });
    expect(outcome.report.converged).toBe(false);
    expect(outcome.report.rounds.length).toBe(3);
    expect(outcome.report.finalPages).toBeGreaterThan(8);
    expect(out).toBe(counter);
  });

  it.each([3, 60_000, 120_000])("the counter guest migrated at %i never sees CNTVCT go backwards", (at) => {
    const { source, outcome, out } = migrateAt("counter", at, { maxRounds: 2 });
    expect(out).toBe(counter);
    const stoppedCounter = source.vm.vcpus[0]!.getOneReg(CNTVCT);
    expect(stoppedCounter).toBe(BigInt(outcome.report.stoppedAt));
    expect(outcome.machine.vm.vcpus[0]!.getOneReg(CNTVCT)).toBeGreaterThan(stoppedCounter);
  });

  it("refuses a host without FEAT_FPMR before the guest runs any further, naming the feature", () => {
    const source = VirtMachine.create("fujitsu-monaka", { ramSize: TEST_RAM }, () => {});
    source.run(10);
    const before = source.instructions;
    expect(() => liveMigrate(source, "neoverse-v2", () => {})).toThrow(MigrationRefusedError);
    expect(() => liveMigrate(source, "neoverse-v2", () => {})).toThrow(/lacks .*FEAT_FPMR/);
    expect(source.instructions).toBe(before);
    expect(source.vm.ram.dirtyLog).toBeNull();
  });

  it("reports a guest that powers off during pre-copy instead of migrating it", () => {
    const source = machineWith("hello", "neoverse-v2", { out: "" });
    source.run(191_000);
    const outcome = liveMigrate(source, "neoverse-v2", () => {}, { instructionsPerPage: 100_000 });
    expect(outcome.kind).toBe("guest-stopped");
    if (outcome.kind === "guest-stopped") expect(outcome.result.kind).toBe("powered-off");
  });

  it("rejects a link model that is not a positive integer", () => {
    const source = machineWith("hello", "neoverse-v2", { out: "" });
    expect(() => liveMigrate(source, "neoverse-v2", () => {}, { instructionsPerPage: 0 })).toThrow(HypervisorError);
  });
});
