/**
 * The timer guest: the EL1 virtual timer's registers (CNTV_CTL/CVAL/TVAL_EL0), emulated by the
 * hypervisor, behave on a64vm as on qemu-system-aarch64 -M virt.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VirtMachine } from "@a64vm/hypervisor";
import { repoRoot } from "@a64vm/tooling/repo";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";

const elf = join(repoRoot, "apps", "cli", "guests", "timer.elf");

const TIMER_OUTPUT = [
  "CNTV_CTL_EL0 after writing 0: 0",
  "CVAL reads back what was written: yes",
  "before the deadline: ISTATUS 0",
  "after the deadline: CNTV_CTL_EL0 = 7 (ENABLE | IMASK | ISTATUS), counter past CVAL: yes",
  "TVAL after the deadline is zero or negative",
  "writing TVAL sets CVAL ahead of the counter: yes",
  "with the deadline ahead: CNTV_CTL_EL0 = 3",
  "ISTATUS is read-only, ENABLE cleared: CNTV_CTL_EL0 = 0",
  "",
].join("\n");

describe("timer guest: the virtual timer's registers", () => {
  it("on a64vm: ISTATUS follows CVAL against the counter, TVAL is a view of CVAL", () => {
    let output = "";
    const machine = VirtMachine.create("max", {}, (b) => {
      output += String.fromCharCode(b);
    });
    machine.load(new Uint8Array(readFileSync(elf)));
    expect(machine.run(50_000_000).kind).toBe("powered-off");
    expect(output).toBe(TIMER_OUTPUT);
  });

  it.skipIf(!haveTools("qemu-system-aarch64"))("on qemu-system-aarch64 -M virt the same", () => {
    const args = ["-M", "virt", "-cpu", "max", "-m", "128M", "-nographic", "-monitor", "none", "-serial", "stdio"];
    const run = spawnSync(findTool("qemu-system-aarch64")!, [...args, "-kernel", elf], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.replace(/\r\n/g, "\n")).toBe(TIMER_OUTPUT);
  });
});
