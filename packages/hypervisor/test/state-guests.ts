/**
 * Guests for the snapshot and migration tests: the shipped `hello` ELF, and a counter guest
 * (raw code) that reads CNTVCT_EL0 20 000 times, prints "B" if it ever goes backwards and "."
 * otherwise, storing each reading to one of 64 pages in turn, so it dirties memory faster than a
 * slow link drains it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { VirtMachine } from "../src/index";

export const hello = new Uint8Array(readFileSync(join(repoRoot, "apps", "cli", "guests", "hello.elf")));

// biome-ignore format: one instruction per line
const COUNTER_GUEST = [
  0xd2a12009, // mov x9, #0x9000000 (the UART)
  0xd2a8040a, // mov x10, #0x40200000
  0xd2800002, // mov x2, #0
  0xd289c403, // mov x3, #20000
  0xd53be041, // loop: mrs x1, CNTVCT_EL0
  0xeb02003f, // cmp x1, x2
  0x54000123, // b.lo backwards
  0xaa0103e2, // mov x2, x1
  0x92401464, // and x4, x3, #0x3f
  0xd374cc84, // lsl x4, x4, #12
  0xf8246941, // str x1, [x10, x4]
  0xf1000463, // subs x3, x3, #1
  0x54ffff01, // b.ne loop
  0x528005c0, // mov w0, #'.'
  0x14000002, // b done
  0x52800840, // backwards: mov w0, #'B'
  0x39000120, // done: strb w0, [x9]
  0x52800140, // mov w0, #'\n'
  0x39000120, // strb w0, [x9]
  0xd2b08000, // mov x0, #0x84000000
  0xf2800100, // movk x0, #8 (PSCI SYSTEM_OFF)
  0xd4000002, // hvc #0
  0x14000000, // b .
];
const COUNTER_ENTRY = 0x4008_0000n;

export type GuestName = "hello" | "counter";

/** RAM small enough that scanning it for non-zero pages is quick. */
export const TEST_RAM = 16n << 20n;

/** A machine on `host` with the guest loaded, its UART appended to `sink.out`. */
export function machineWith(guest: GuestName, host: string, sink: { out: string }): VirtMachine {
  const machine = VirtMachine.create(host, { ramSize: TEST_RAM }, (b) => {
    sink.out += String.fromCharCode(b);
  });
  if (guest === "hello") {
    machine.load(hello);
  } else {
    const ram = machine.vm.ram;
    COUNTER_GUEST.forEach((word, i) => {
      ram.view.setUint32(Number(COUNTER_ENTRY) - ram.base + i * 4, word, true);
    });
    machine.vm.vcpus[0]!.powerOn(COUNTER_ENTRY, 0n);
    machine.adoptEntry(COUNTER_ENTRY);
  }
  return machine;
}

/** The output of an uninterrupted run to power-off. */
export function uninterrupted(guest: GuestName, host: string): string {
  const sink = { out: "" };
  const result = machineWith(guest, host, sink).run(10_000_000);
  if (result.kind !== "powered-off") throw new Error(`${guest} did not power off: ${result.kind}`);
  return sink.out;
}
