/**
 * Whole-VM snapshot files: a guest snapshotted at any instruction and restored continues exactly
 * as an uninterrupted run; the file holds only state the VM's features make visible; a damaged
 * file fails with a typed error and a destination that cannot run the VM refuses with the reason.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VectorLengthSet } from "@a64vm/fpstate";
import { lookupSysReg } from "@a64vm/sysreg";
import { repoRoot } from "@a64vm/tooling/repo";
import { afterAll, describe, expect, it } from "vitest";
import {
  CoreReg,
  decodeSnapshot,
  decodeVmSnapshot,
  encodeSnapshot,
  encodeVmSnapshot,
  hostOf,
  isFpRegister,
  MigrationRefusedError,
  readVmSnapshotFile,
  restoreVmSnapshot,
  SnapshotCorruptError,
  SnapshotFormatError,
  SnapshotTruncatedError,
  SnapshotVersionError,
  SveReg,
  sysRegId,
  VirtMachine,
  writeVmSnapshot,
} from "../src/index";
import { machineWith, TEST_RAM, uninterrupted } from "./state-guests";

const scratch = mkdtempSync(join(tmpdir(), "a64vm-vm-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FPMR = sysRegId(lookupSysReg("FPMR").encoding);
const CNTVCT = sysRegId(lookupSysReg("CNTVCT_EL0").encoding);

/** Runs `guest` to `at`, snapshots it, restores the snapshot on `to`; returns the whole output. */
function snapshotAndRestore(guest: "hello" | "counter", at: number, to = "neoverse-v2"): string {
  const sink = { out: "" };
  const source = machineWith(guest, "neoverse-v2", sink);
  expect(source.run(at).kind).toBe("budget-exhausted");
  const bytes = encodeVmSnapshot(source);
  const restored = restoreVmSnapshot(decodeVmSnapshot(bytes), to, (b) => {
    sink.out += String.fromCharCode(b);
  });
  expect(restored.instructions).toBe(at);
  expect(restored.run(10_000_000).kind).toBe("powered-off");
  return sink.out;
}

describe("snapshot then restore", () => {
  const hello = uninterrupted("hello", "neoverse-v2");
  const counter = uninterrupted("counter", "neoverse-v2");

  it.each([1, 2, 3, 50, 997, 4_096, 20_000, 65_537, 100_000, 150_000, 191_000])(
    "hello at instruction %i prints what an uninterrupted run prints",
    (at) => {
      expect(snapshotAndRestore("hello", at)).toBe(hello);
    },
  );

  it.each([5, 1_000, 90_001, 179_990])("the counter guest at instruction %i never sees CNTVCT go backwards", (at) => {
    expect(counter).toBe(".\n");
    expect(snapshotAndRestore("counter", at)).toBe(counter);
  });

  it("restores CNTVCT_EL0 and the instruction count on the destination", () => {
    const source = machineWith("counter", "neoverse-v2", { out: "" });
    source.run(12_345);
    const counterBefore = source.vm.vcpus[0]!.getOneReg(CNTVCT);
    expect(counterBefore).toBeGreaterThanOrEqual(12_000n);
    const restored = restoreVmSnapshot(decodeVmSnapshot(encodeVmSnapshot(source)), "neoverse-v2", () => {});
    expect(restored.vm.vcpus[0]!.getOneReg(CNTVCT)).toBe(counterBefore);
    restored.run(100);
    expect(restored.vm.vcpus[0]!.getOneReg(CNTVCT)).toBe(counterBefore + 100n);
  });
});

describe("snapshot then restore with four vCPUs (PSCI CPU_ON, power states)", () => {
  const smp = new Uint8Array(readFileSync(join(repoRoot, "apps", "cli", "guests", "smp.elf")));
  const boot = (sink: { out: string }) => {
    const m = VirtMachine.create("neoverse-v2", { ramSize: TEST_RAM, smp: 4 }, (b) => {
      sink.out += String.fromCharCode(b);
    });
    m.load(smp);
    return m;
  };
  const whole = { out: "" };
  boot(whole).run(10_000_000);

  it.each([2_000, 25_000, 60_000])("at instruction %i, continues with the uninterrupted output", (at) => {
    const sink = { out: "" };
    const source = boot(sink);
    expect(source.run(at).kind).toBe("budget-exhausted");
    const snapshot = decodeVmSnapshot(encodeVmSnapshot(source));
    expect(snapshot.state.psci).toEqual(source.vm.psci.snapshot());
    const restored = restoreVmSnapshot(snapshot, "neoverse-v2", (b) => {
      sink.out += String.fromCharCode(b);
    });
    expect(restored.vm.vcpus.map((v) => v.poweredOn)).toEqual(source.vm.vcpus.map((v) => v.poweredOn));
    expect(restored.run(10_000_000).kind).toBe("powered-off");
    expect(sink.out).toBe(whole.out);
    expect(whole.out).toContain("started 3 secondary CPUs");
  });
});

describe("the snapshot file", () => {
  const source = machineWith("hello", "neoverse-v2", { out: "" });
  source.run(100_000);
  const path = join(scratch, "hello.snap");
  const size = writeVmSnapshot(path, source);

  it("is written atomically and compressed, leaving no temporary file", () => {
    expect(readFileSync(path).length).toBe(size);
    expect(size).toBeLessThan(64 * 1024); // 16 MiB of RAM, a few non-zero pages
    expect(readdirSync(scratch).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("holds the configuration, ID registers, vCPU and FP registers, devices and memory", () => {
    const sections = decodeSnapshot(readFileSync(path));
    expect([...sections.keys()]).toEqual(["CONF", "IDRG", "VCPU", "FPST", "DEVS", "MEM "]);
    const snapshot = readVmSnapshotFile(path);
    expect(snapshot.state.ramSize).toBe(TEST_RAM);
    expect(snapshot.state.features.equals(source.vm.features)).toBe(true);
    expect(snapshot.state.idRegisters.size).toBe(source.vm.idRegisters.keys().length);
    const registers = snapshot.state.vcpus[0]!.registers;
    expect(registers.get(CoreReg.pc)).toBe(source.vm.vcpus[0]!.getOneReg(CoreReg.pc));
    expect(registers.has(CNTVCT)).toBe(true);
    expect(snapshot.pages.length).toBeGreaterThan(0);
  });

  it("has no field for a feature the VM lacks: no FPMR without FEAT_FPMR, no SVE registers without SVE", () => {
    const registers = readVmSnapshotFile(path).state.vcpus[0]!.registers;
    expect(source.vm.features.has("FEAT_FPMR")).toBe(false);
    expect(registers.has(FPMR)).toBe(false);
    const hidden = VirtMachine.create("max", { ramSize: TEST_RAM, features: "-SVE" }, () => {});
    const ids = [...decodeVmSnapshot(encodeVmSnapshot(hidden)).state.vcpus[0]!.registers.keys()];
    expect(ids.filter((id) => id === SveReg.VLS || id === SveReg.z(0))).toEqual([]);
  });

  it("keeps FPMR, with the guest's value, in the FP section of a VM that has FEAT_FPMR", () => {
    const monaka = VirtMachine.create("fujitsu-monaka", { ramSize: TEST_RAM }, () => {});
    monaka.vm.vcpus[0]!.setOneReg(FPMR, 0x3fn);
    const snapshot = decodeVmSnapshot(encodeVmSnapshot(monaka));
    expect(snapshot.state.vcpus[0]!.registers.get(FPMR)).toBe(0x3fn);
    expect(isFpRegister(FPMR) && isFpRegister(CoreReg.v(0)) && !isFpRegister(CoreReg.pc)).toBe(true);
  });

  it("fails truncated, corrupted, wrong-version and tampered files with typed errors", () => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(() => decodeVmSnapshot(bytes.subarray(0, bytes.length - 100))).toThrow(SnapshotTruncatedError);
    const flipped = bytes.slice();
    flipped[bytes.length >> 1]! ^= 0x20;
    expect(() => decodeVmSnapshot(flipped)).toThrow(SnapshotCorruptError);
    const future = bytes.slice();
    future[8] = 9;
    expect(() => decodeVmSnapshot(future)).toThrow(SnapshotVersionError);
    const key = new TextEncoder().encode("the VMM's key");
    const sealed = encodeVmSnapshot(source, { key });
    expect(decodeVmSnapshot(sealed, { key }).state.vcpus.length).toBe(1);
    expect(() => decodeVmSnapshot(sealed, { key: new TextEncoder().encode("another key") })).toThrow(
      SnapshotCorruptError,
    );
  });

  it("refuses a well-sealed file whose sections are malformed, without restoring anything", () => {
    const sections = decodeSnapshot(readFileSync(path));
    const reseal = (tag: string, data: Uint8Array) =>
      encodeSnapshot([...sections].map(([t, d]) => ({ tag: t, data: t === tag ? data : d })));
    const conf = JSON.parse(new TextDecoder().decode(sections.get("CONF")));
    const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(() => decodeVmSnapshot(reseal("CONF", json({ ...conf, ramSize: "12" })))).toThrow(SnapshotFormatError);
    expect(() => decodeVmSnapshot(reseal("CONF", json({ ...conf, features: ["FEAT_NONSENSE"] })))).toThrow(
      /unknown feature/,
    );
    expect(() => decodeVmSnapshot(reseal("VCPU", sections.get("VCPU")!.subarray(0, 20)))).toThrow(
      /ends inside a field/,
    );
    expect(() => decodeVmSnapshot(reseal("MEM ", new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0])))).toThrow(/whole pages/);
  });

  it("refuses a resealed file that smuggles in a register the VM does not have (FPMR)", () => {
    const sections = decodeSnapshot(readFileSync(path));
    const fp = sections.get("FPST")!;
    const view = new DataView(fp.buffer, fp.byteOffset, fp.byteLength);
    const count = view.getUint32(4, true);
    const smuggled = new Uint8Array(fp.length + 16);
    smuggled.set(fp);
    const out = new DataView(smuggled.buffer);
    out.setUint32(4, count + 1, true);
    out.setBigUint64(fp.length, FPMR, true);
    out.setBigUint64(fp.length + 8, 0x5an, true);
    const bytes = encodeSnapshot([...sections].map(([tag, data]) => ({ tag, data: tag === "FPST" ? smuggled : data })));
    expect(() => restoreVmSnapshot(decodeVmSnapshot(bytes), "neoverse-v2", () => {})).toThrow(
      /register 0x603000000013da22, which the VM does not/,
    );
  });

  it("leaves an existing file untouched when writing fails", () => {
    const target = join(scratch, "missing-dir", "x.snap");
    expect(() => writeVmSnapshot(target, source)).toThrow();
    expect(existsSync(target)).toBe(false);
    writeFileSync(join(scratch, "keep.snap"), "old");
    expect(readFileSync(join(scratch, "keep.snap"), "utf8")).toBe("old");
  });
});

describe("restoring on another host", () => {
  it("refuses a host without FEAT_FPMR for a VM that has it, naming the feature", () => {
    const monaka = VirtMachine.create("fujitsu-monaka", { ramSize: TEST_RAM }, () => {});
    const snapshot = decodeVmSnapshot(encodeVmSnapshot(monaka));
    expect(() => restoreVmSnapshot(snapshot, "neoverse-v2", () => {})).toThrow(MigrationRefusedError);
    expect(() => restoreVmSnapshot(snapshot, "neoverse-v2", () => {})).toThrow(/host neoverse-v2 lacks .*FEAT_FPMR/);
  });

  it("refuses a host whose SVE vector lengths stop short of the VM's", () => {
    const vm = VirtMachine.create("max", { ramSize: TEST_RAM, vcpu: { sveVectorLength: 512 } }, () => {});
    const snapshot = decodeVmSnapshot(encodeVmSnapshot(vm));
    expect(snapshot.state.vcpus[0]!.sveVectorLength).toBe(512);
    const narrow = { ...hostOf("max"), sveLengths: VectorLengthSet.powersOfTwoUpTo(256) };
    expect(() => restoreVmSnapshot(snapshot, narrow, () => {})).toThrow(/vector lengths 128, 256; the VM uses 512/);
    const restored = restoreVmSnapshot(snapshot, "max", () => {});
    expect(restored.vm.vcpus[0]!.getOneReg(SveReg.VLS)).toBe(vm.vm.vcpus[0]!.getOneReg(SveReg.VLS));
  });

  it("carries SVE Z, P and FFR values at the VM's vector length in the FP section", () => {
    const vm = VirtMachine.create("max", { ramSize: TEST_RAM, vcpu: { sveVectorLength: 512 } }, () => {});
    const vcpu = vm.vm.vcpus[0]!;
    const z7 = (1n << 511n) | 0x1234_5678_9abc_def0n;
    vcpu.setOneReg(SveReg.z(7), z7);
    vcpu.setOneReg(SveReg.p(3), 0xa5a5_5a5a_0ff0_f00fn);
    vcpu.setOneReg(SveReg.ffr(), 0xffff_0000_ffffn);
    const restored = restoreVmSnapshot(decodeVmSnapshot(encodeVmSnapshot(vm)), "max", () => {}).vm.vcpus[0]!;
    expect(restored.getOneReg(SveReg.z(7))).toBe(z7);
    expect(restored.getOneReg(SveReg.p(3))).toBe(0xa5a5_5a5a_0ff0_f00fn);
    expect(restored.getOneReg(SveReg.ffr())).toBe(0xffff_0000_ffffn);
    expect(isFpRegister(SveReg.z(7)) && isFpRegister(SveReg.VLS)).toBe(true);
  });
});
