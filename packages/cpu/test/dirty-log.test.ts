/**
 * Dirty-page logging (the KVM_GET_DIRTY_LOG analogue): every page the guest stores to is logged
 * once per collection, page-crossing stores log both pages, and dropping the cores' write
 * translations after a collection re-arms logging for pages already mapped for writing.
 */
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { Cpu, DirtyPageLog, PhysicalBus } from "../src/index";

const RAM_BASE = 0x4000_0000;
// mov x1, #0x40100000; mov x2, #0; loop: str x0, [x1, x2]; add x2, x2, #8; and x2, x2, #0xffff; b loop
const STORE_LOOP = [0xd2a80201, 0xd2800002, 0xf8226820, 0x91002042, 0x92403c42, 0x17fffffd];
const STR_X0_X1 = 0xf9000020;
const B_SELF = 0x14000000;

function core(words: readonly number[]) {
  const bus = new PhysicalBus();
  const ram = bus.addRam(RAM_BASE, 2 << 20);
  for (const [i, w] of words.entries()) ram.view.setUint32(i * 4, w, true);
  const cpu = new Cpu({ memory: bus, features: FeatureSet.all() });
  cpu.setPstateElSp(1, 1);
  cpu.pc = BigInt(RAM_BASE);
  return { cpu, ram };
}

describe("DirtyPageLog", () => {
  it("collects marked pages in ascending order, once, and clears", () => {
    const log = new DirtyPageLog(100);
    for (const page of [70, 3, 31, 32, 3]) log.mark(page);
    expect([...log.collect()]).toEqual([3, 31, 32, 70]);
    expect(log.collect().length).toBe(0);
  });

  it("markAll marks exactly the region's pages", () => {
    const log = new DirtyPageLog(70);
    log.markAll();
    const pages = log.collect();
    expect(pages.length).toBe(70);
    expect(pages[69]).toBe(69);
  });
});

describe("dirty logging in the core", () => {
  it("logs the pages a guest stores to, and nothing without a log", () => {
    const { cpu, ram } = core(STORE_LOOP);
    cpu.run(50);
    expect(ram.dirtyLog).toBeNull();
    const log = ram.startDirtyLog();
    cpu.dropWriteTranslations();
    cpu.run(4 * 600); // about 600 more 8-byte stores, running on past 0x40101000: pages 256 and 257
    expect([...log.collect()]).toEqual([256, 257]);
  });

  it("re-logs a page mapped for writing only after the cores drop their write translations", () => {
    const { cpu, ram } = core(STORE_LOOP);
    const log = ram.startDirtyLog();
    cpu.run(40);
    expect([...log.collect()]).toEqual([256]);
    cpu.run(40);
    expect(log.collect().length).toBe(0); // still in the write TLB: the VMM must drop it after collecting
    cpu.dropWriteTranslations();
    cpu.run(40);
    expect([...log.collect()]).toEqual([256]);
  });

  it("logs both pages of a page-crossing store", () => {
    const { cpu, ram } = core([STR_X0_X1, B_SELF]);
    cpu.setX(1, BigInt(RAM_BASE + 0x1_0ffc));
    cpu.setX(0, 0x1122_3344_5566_7788n);
    const log = ram.startDirtyLog();
    cpu.run(3);
    expect([...log.collect()]).toEqual([0x10, 0x11]);
    expect(ram.view.getUint32(0x1_1000, true)).toBe(0x1122_3344);
  });

  it("logs a store into a predecoded code page", () => {
    // str x0, [x1] with x1 = the store's own page: the code page is written through the slow path.
    const { cpu, ram } = core([STR_X0_X1, B_SELF]);
    cpu.setX(1, BigInt(RAM_BASE + 0x800));
    const log = ram.startDirtyLog();
    cpu.run(3);
    expect([...log.collect()]).toEqual([0]);
  });

  it("stops logging when asked", () => {
    const { cpu, ram } = core(STORE_LOOP);
    ram.startDirtyLog();
    ram.stopDirtyLog();
    cpu.run(40);
    expect(ram.dirtyLog).toBeNull();
  });
});
