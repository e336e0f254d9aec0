import { describe, expect, it } from "vitest";
import {
  findFdtNode,
  Pl011,
  PSCI_VERSION_1_1,
  PsciFirmware,
  PsciFunction,
  PsciReturn,
  parseFdt,
  serializeFdt,
  VIRT,
  virtDeviceTree,
  virtDeviceTreeBlob,
} from "../src/index";

const u32 = (bytes: Uint8Array | undefined, i = 0) => new DataView(bytes!.buffer, bytes!.byteOffset).getUint32(4 * i);
const u64 = (bytes: Uint8Array | undefined, i = 0) =>
  new DataView(bytes!.buffer, bytes!.byteOffset).getBigUint64(8 * i);
const str = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes).replace(/\0$/, "").split("\0");

describe("the virt board device tree", () => {
  const blob = virtDeviceTreeBlob({ cpus: 2, ramSize: 256n << 20n });

  it("is a version-17 DTB that parses back to the tree it was made from", () => {
    const view = new DataView(blob.buffer);
    expect(view.getUint32(0)).toBe(0xd00dfeed);
    expect(view.getUint32(4)).toBe(blob.length);
    expect(view.getUint32(20)).toBe(17);
    expect(serializeFdt(parseFdt(blob))).toEqual(blob);
    expect(parseFdt(blob)).toEqual(virtDeviceTree({ cpus: 2, ramSize: 256n << 20n }));
  });

  it("describes RAM at 0x40000000, the PL011 at 0x09000000, PSCI over HVC, the timer and a GICv3", () => {
    const root = parseFdt(blob);
    const memory = findFdtNode(root, "/memory@40000000");
    expect([u64(memory?.properties.get("reg"), 0), u64(memory?.properties.get("reg"), 1)]).toEqual([
      VIRT.RAM_BASE,
      256n << 20n,
    ]);
    const uart = findFdtNode(root, "/pl011@9000000");
    expect(str(uart?.properties.get("compatible"))).toEqual(["arm,pl011", "arm,primecell"]);
    expect(u64(uart?.properties.get("reg"))).toBe(0x0900_0000n);
    expect(str(findFdtNode(root, "/chosen")?.properties.get("stdout-path"))).toEqual(["/pl011@9000000"]);
    const psci = findFdtNode(root, "/psci");
    expect(str(psci?.properties.get("method"))).toEqual(["hvc"]);
    expect(str(psci?.properties.get("compatible"))).toContain("arm,psci-1.0");
    expect(str(findFdtNode(root, "/timer")?.properties.get("compatible"))).toEqual(["arm,armv8-timer"]);
    expect(str(findFdtNode(root, "/intc@8000000")?.properties.get("compatible"))).toEqual(["arm,gic-v3"]);
    const cpus = findFdtNode(root, "/cpus");
    expect(cpus?.children.map((c) => c.name)).toEqual(["cpu@0", "cpu@1"]);
    expect(str(cpus?.children[1]?.properties.get("enable-method"))).toEqual(["psci"]);
    expect(u32(cpus?.children[1]?.properties.get("reg"))).toBe(1);
  });

  it("rejects a truncated or corrupted blob with a typed error", () => {
    expect(() => parseFdt(blob.subarray(0, 20))).toThrow(/shorter than its header/);
    const bad = blob.slice();
    bad[0] = 0;
    expect(() => parseFdt(bad)).toThrow(/bad magic/);
    const cut = blob.slice();
    new DataView(cut.buffer).setUint32(36, blob.length); // struct size past the end
    expect(() => parseFdt(cut)).toThrow(/outside the blob/);
  });
});

describe("the PL011 UART", () => {
  it("transmits bytes written to DR and reports an empty transmit FIFO", () => {
    const out: number[] = [];
    const uart = new Pl011((b) => out.push(b));
    for (const c of "hi\n") uart.write(0, c.charCodeAt(0));
    expect(String.fromCharCode(...out)).toBe("hi\n");
    expect(uart.read(0x18) & (1 << 5)).toBe(0); // TXFF clear: never full
    expect(uart.read(0x18) & (1 << 7)).not.toBe(0); // TXFE
  });

  it("identifies itself as a PL011 (PeriphID 0x00141011, PrimeCell ID 0xB105F00D)", () => {
    const uart = new Pl011(() => {});
    const id = (base: number) => [0, 1, 2, 3].reduce((v, i) => v | (uart.read(base + 4 * i) << (8 * i)), 0) >>> 0;
    expect(id(0xfe0)).toBe(0x00141011);
    expect(id(0xff0)).toBe(0xb105f00d);
  });

  it("delivers received bytes through DR and restores its state from a snapshot", () => {
    const uart = new Pl011(() => {});
    uart.write(0x30, 0x301);
    uart.receive([0x41, 0x42]);
    expect(uart.read(0x18) & (1 << 4)).toBe(0); // RXFE clear
    const saved = uart.snapshot();
    expect(uart.read(0)).toBe(0x41);
    const copy = new Pl011(() => {});
    copy.restore(saved);
    expect([copy.read(0), copy.read(0), copy.read(0x30)]).toEqual([0x41, 0x42, 0x301]);
    expect(copy.read(0x18) & (1 << 4)).not.toBe(0);
  });
});

describe("PSCI 1.1 firmware", () => {
  const call = (fw: PsciFirmware, caller: number, ...args: bigint[]) =>
    fw.call(caller, args[0] ?? 0n, args[1] ?? 0n, args[2] ?? 0n, args[3] ?? 0n);
  const neg = (code: number) => BigInt.asUintN(64, BigInt(code));

  it("reports version 1.1 and which functions it implements", () => {
    const fw = new PsciFirmware([0n]);
    expect(call(fw, 0, BigInt(PsciFunction.VERSION)).x0).toBe(BigInt(PSCI_VERSION_1_1));
    expect(call(fw, 0, BigInt(PsciFunction.FEATURES), BigInt(PsciFunction.CPU_ON_64)).x0).toBe(0n);
    expect(call(fw, 0, BigInt(PsciFunction.FEATURES), BigInt(PsciFunction.CPU_SUSPEND_64)).x0).toBe(
      neg(PsciReturn.NOT_SUPPORTED),
    );
    expect(call(fw, 0, 0x8400_00ffn).x0).toBe(neg(PsciReturn.NOT_SUPPORTED));
  });

  it("starts a secondary vCPU once, reports its affinity state, and lets it turn itself off", () => {
    const fw = new PsciFirmware([0n, 1n]);
    expect(call(fw, 0, BigInt(PsciFunction.AFFINITY_INFO_64), 1n).x0).toBe(1n); // OFF
    const on = call(fw, 0, BigInt(PsciFunction.CPU_ON_64), 1n, 0x4008_0000n, 42n);
    expect(on).toEqual({ x0: 0n, effect: { kind: "cpu-on", cpu: 1, entry: 0x4008_0000n, contextId: 42n } });
    expect(call(fw, 0, BigInt(PsciFunction.CPU_ON_64), 1n, 0n, 0n).x0).toBe(neg(PsciReturn.ON_PENDING));
    expect(call(fw, 0, BigInt(PsciFunction.AFFINITY_INFO_64), 1n).x0).toBe(2n); // ON_PENDING
    fw.markOn(1);
    expect(call(fw, 0, BigInt(PsciFunction.CPU_ON_64), 1n, 0n, 0n).x0).toBe(neg(PsciReturn.ALREADY_ON));
    expect(call(fw, 1, BigInt(PsciFunction.CPU_OFF)).effect).toEqual({ kind: "cpu-off", cpu: 1 });
    expect(call(fw, 0, BigInt(PsciFunction.CPU_ON_64), 7n, 0n, 0n).x0).toBe(neg(PsciReturn.INVALID_PARAMETERS));
  });

  it("asks the VM to power off or reset", () => {
    const fw = new PsciFirmware([0n]);
    expect(call(fw, 0, BigInt(PsciFunction.SYSTEM_OFF)).effect).toEqual({ kind: "system-off" });
    expect(call(fw, 0, BigInt(PsciFunction.SYSTEM_RESET)).effect).toEqual({ kind: "system-reset" });
  });
});
