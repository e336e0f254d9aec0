/**
 * `a64vm run --snapshot-at N --snapshot FILE` and `a64vm restore FILE`: the output before the
 * snapshot plus the restored run's output is the uninterrupted run's; damaged files and hosts
 * that cannot run the VM fail with one line and exit 1, writing nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { a64vm } from "./run-cli";

const HELLO = "apps/cli/guests/hello.elf";
const scratch = mkdtempSync(join(tmpdir(), "a64vm-restore-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a64vm run --snapshot-at and a64vm restore", () => {
  const plain = a64vm(["run", HELLO, "--host", "neoverse-v2"]);
  const file = join(scratch, "hello.snap");
  const taken = a64vm(["run", HELLO, "--host", "neoverse-v2", "--snapshot-at", "100000", "--snapshot", file]);

  it("writes the snapshot and carries on with the same output", () => {
    expect(taken.status).toBe(0);
    expect(taken.stdout).toBe(plain.stdout);
    expect(taken.stderr).toMatch(/^a64vm: snapshot at instruction 100000 written to .*hello\.snap \(\d+ bytes\)\n$/);
    expect(existsSync(file)).toBe(true);
  });

  it("restored in another process, continues exactly where the snapshot was taken", () => {
    const host = "neoverse-v2";
    const before = a64vm(["run", HELLO, "--host", "neoverse-v2", "--max-insns", "100000"]);
    const restored = a64vm(["restore", file, "--host", host]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(before.stdout + restored.stdout).toBe(plain.stdout);
    expect(restored.stderr).toContain(`(taken on neoverse-v2 at instruction 100000) on ${host}`);
  });

  it("refuses a host that lacks the VM's features: one line, exit 1, no output", () => {
    const r = a64vm(["restore", file, "--host", "fujitsu-monaka"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^a64vm: host fujitsu-monaka lacks .*FEAT_SPE.*migration refused\n$/);
  });

  it("fails corrupted, truncated and missing files with one line and exit 1", () => {
    const bytes = readFileSync(file);
    const corrupted = join(scratch, "corrupted.snap");
    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1]! ^= 1;
    writeFileSync(corrupted, flipped);
    const truncated = join(scratch, "truncated.snap");
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 64));
    for (const [path, why] of [
      [corrupted, /corrupted: checksum mismatch/],
      [truncated, /truncated/],
      [join(scratch, "absent.snap"), /cannot read snapshot .*ENOENT/],
    ] as const) {
      const r = a64vm(["restore", path]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(why);
    }
  });

  it("writes nothing when the guest stops first or the file cannot be written", () => {
    const late = join(scratch, "late.snap");
    const r = a64vm(["run", HELLO, "--snapshot-at", "5000000", "--snapshot", late]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/before instruction 5000000: no snapshot written\n$/);
    expect(existsSync(late)).toBe(false);
    const nowhere = join(scratch, "no-such-dir", "x.snap");
    const w = a64vm(["run", HELLO, "--snapshot-at", "10", "--snapshot", nowhere]);
    expect(w.status).toBe(1);
    expect(w.stderr).toMatch(/cannot write snapshot .*ENOENT/);
    expect(existsSync(nowhere)).toBe(false);
  });

  it("exits 2 when --snapshot-at comes without --snapshot", () => {
    const r = a64vm(["run", HELLO, "--snapshot-at", "10"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("a64vm: --snapshot-at N and --snapshot FILE go together\n");
  });
});
