/**
 * `a64vm run --trace exits|traps`: one line per VM exit or trapped access, in the documented
 * format, naming the controls as `a64vm explain-trap` does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TrapAction } from "@a64vm/cpu";
import { disassemble } from "@a64vm/decoder";
import { VirtMachine, Vm, VmTrapPolicy } from "@a64vm/hypervisor";
import { lookupSysReg } from "@a64vm/sysreg";
import { repoRoot } from "@a64vm/tooling/repo";
import { explainTrap } from "@a64vm/traps";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/errors";
import { formatTrap, parseTraceKinds, traceMachine } from "../src/trace";

const guests = join(repoRoot, "apps", "cli", "guests");
const EXIT_LINE =
  /^exit vcpu=\d+ pc=0x[0-9a-f]{16} (mmio (read|write) addr=0x[0-9a-f]+ size=\d+( data=0x[0-9a-f]+)?|hvc [A-Z_0-9]+ \(0x[0-9a-f]{8}\)|sysreg (read|write) \S+|idle|system-event (off|reset)|internal-error .*)$/;
const TRAP_LINE = /^trap vcpu=\d+ pc=0x[0-9a-f]{16} (read|write) \S+ -> (EL2|UNDEF) by \S+: .+$/;

/** Runs a guest with tracing, as `a64vm run GUEST --host HOST --features F --trace KINDS` does. */
function traced(guest: string, host: string, kinds: string, features?: string) {
  let output = "";
  const lines: string[] = [];
  const machine = VirtMachine.create(host, features === undefined ? {} : { features }, (b) => {
    output += String.fromCharCode(b);
  });
  machine.load(new Uint8Array(readFileSync(join(guests, guest))));
  traceMachine(machine, parseTraceKinds(kinds), (line) => lines.push(line));
  const result = machine.run(50_000_000);
  return { result, output, lines, machine };
}

const instructionAt = (machine: VirtMachine, pc: bigint) => {
  const ram = machine.vm.ram;
  return disassemble(new DataView(ram.bytes.buffer).getUint32(Number(pc) - ram.base, true), pc);
};

describe("--trace exits", () => {
  it("has one line per exit: a UART write per byte printed, PSCI calls by name, and the power-off", () => {
    const { result, output, lines } = traced("hello.elf", "max", "exits");
    expect(result.kind).toBe("powered-off");
    for (const line of lines) expect(line).toMatch(EXIT_LINE);
    const uartWrites = lines.filter((l) => / mmio write addr=0x9000000 size=\d+ data=/.test(l));
    expect(uartWrites).toHaveLength(output.length);
    expect(lines.some((l) => l.endsWith(" hvc PSCI_VERSION (0x84000000)"))).toBe(true);
    expect(lines.slice(-2).map((l) => l.replace(/pc=0x[0-9a-f]+ /, ""))).toEqual([
      "exit vcpu=0 hvc PSCI_SYSTEM_OFF (0x84000008)",
      "exit vcpu=0 system-event off",
    ]);
  });
});

describe("--trace traps", () => {
  it("names the emulated ID register read, its PC, the control that trapped it and the route", () => {
    const { lines, machine } = traced("fpmr-demo.elf", "fujitsu-monaka", "traps", "-FPMR");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(TRAP_LINE);
    const pfr2 = lines.find((l) => l.includes(" ID_AA64PFR2_EL1 "));
    expect(pfr2).toMatch(/ read ID_AA64PFR2_EL1 -> EL2 by HCR_EL2\.TID3: handled locally by the id-register handler$/);
    const pc = BigInt(/pc=(0x[0-9a-f]+)/.exec(pfr2!)![1]!);
    expect(instructionAt(machine, pc)).toMatch(/^mrs\s+x\d+, ID_AA64PFR2_EL1$/i);
  });

  it("formats an UNDEF with the fine-grained or HCRX control explain-trap names", () => {
    const vm = Vm.create("fujitsu-monaka");
    vm.restrictFeatures("-FPMR");
    const policy = new VmTrapPolicy(vm);
    const key = lookupSysReg("FPMR").key;
    const firing = explainTrap(policy.configuration, "FPMR", true).firing.map((f) => f.control);
    expect(firing).toEqual(["HCRX_EL2.EnFPM"]);
    const line = formatTrap(
      0,
      0x4008_0000n,
      { key, isRead: false, action: TrapAction.UNDEF, route: policy.router.route(key, true) },
      firing,
    );
    expect(line).toBe(
      "trap vcpu=0 pc=0x0000000040080000 write FPMR -> UNDEF by HCRX_EL2.EnFPM: UNDEF: the VM does not advertise the feature",
    );
  });

  it("accepts exits, traps or both, and nothing else", () => {
    expect([...parseTraceKinds("exits,traps")]).toEqual(["exits", "traps"]);
    expect(() => parseTraceKinds("exit")).toThrow(UsageError);
  });
});
