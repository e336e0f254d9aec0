/**
 * The built-in guests are real programs: rebuilt from source they are byte-identical to the
 * committed ELFs, and on qemu-system-aarch64 -M virt they print what the virt board promises.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VirtMachine } from "@a64vm/hypervisor";
import { repoRoot } from "@a64vm/tooling/repo";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";

const guests = join(repoRoot, "apps", "cli", "guests");

function runOnQemu(elf: string, cpu = "max", smp = 1): { status: number | null; stdout: string } {
  const qemu = findTool("qemu-system-aarch64")!;
  const args = ["-M", "virt", "-cpu", cpu, "-smp", String(smp), "-m", "128M", "-nographic", "-monitor", "none"];
  args.push("-serial", "stdio");
  const run = spawnSync(qemu, [...args, "-kernel", elf], { encoding: "utf8", timeout: 30_000 });
  return { status: run.status, stdout: run.stdout.replace(/\r\n/g, "\n") };
}

describe.skipIf(!haveTools("clang", "ld.lld"))("guest builds", () => {
  it("rebuild byte-identical from source (tooling/scripts/build-guests.sh --check)", () => {
    const run = spawnSync("bash", [join(repoRoot, "tooling", "scripts", "build-guests.sh"), "--check"], {
      encoding: "utf8",
      env: { ...process.env, A64VM_CLANG: findTool("clang")!, A64VM_LLD: findTool("ld.lld")! },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe.skipIf(!haveTools("qemu-system-aarch64"))("guests on qemu-system-aarch64 -M virt", () => {
  it("hello prints through the PL011 and powers off with PSCI SYSTEM_OFF", () => {
    const run = runOnQemu(join(guests, "hello.elf"));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      ["hello from an a64vm guest at EL1", "fib(20) = 6765", "fp: x * 1000 = 85997", "PSCI version 1.1", ""].join("\n"),
    );
  });

  it("fpmr-demo sees FPMR, F1CVTL and FCVTN UNDEF on QEMU 7.2, which predates FEAT_FPMR and FEAT_FP8", () => {
    // Arm ARM: FPMR is accessible only when FEAT_FPMR is implemented, otherwise the encoding is
    // unallocated (UNDEFINED, EC 0x00); F1CVTL and FCVTN (to FP8) are UNDEFINED without FEAT_FP8.
    const run = runOnQemu(join(guests, "fpmr-demo.elf"));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "ID_AA64PFR2_EL1 = 0x0000000000000000: FPMR field 0, FPMR not advertised",
        "MRS FPMR: UNDEF (ESR_EL1 EC=0x00)",
        "MSR FPMR: UNDEF (ESR_EL1 EC=0x00)",
        "F1CVTL v0.8h, v1.8b: UNDEF (ESR_EL1 EC=0x00)",
        "FCVTN v0.8b, v1.4s, v2.4s: UNDEF (ESR_EL1 EC=0x00)",
        "",
      ].join("\n"),
    );
  });

  it("fpmr-demo prints on a64vm with a host without FPMR exactly what it prints on QEMU 7.2", () => {
    const elf = join(guests, "fpmr-demo.elf");
    let output = "";
    const machine = VirtMachine.create("neoverse-v2", {}, (b) => {
      output += String.fromCharCode(b);
    });
    machine.load(new Uint8Array(readFileSync(elf)));
    machine.run(50_000_000);
    expect(output).toBe(runOnQemu(elf).stdout);
  });
});

/** What the smp guest prints on four CPUs: nothing in it depends on how the CPUs interleave. */
const SMP_OUTPUT = [
  "smp: PSCI 1.1, boot CPU MPIDR.Aff0 = 0",
  "AFFINITY_INFO(0) = ON, AFFINITY_INFO(1) = OFF",
  "CPU_ON(4) = INVALID_PARAMETERS: no such CPU",
  "started 3 secondary CPUs",
  ...[
    [1, 178],
    [2, 181],
    [3, 216],
  ].map(
    ([cpu, steps]) =>
      `cpu ${cpu}: context ${cpu}, MPIDR.Aff0 ${cpu}, EL1, longest Collatz chain below ${cpu! * 1000}: ${steps} steps; ` +
      "AFFINITY_INFO = ON, CPU_ON again = ALREADY_ON",
  ),
  ...[1, 2, 3].map((cpu) => `cpu ${cpu}: CPU_OFF, AFFINITY_INFO = OFF`),
  "smp: done on 4 CPUs",
  "",
].join("\n");

/** What `a64vm run GUEST --smp N` does, in process: the guest's UART output and how the machine stopped. */
function runOnA64vm(elf: string, smp: number): { kind: string; stdout: string } {
  const out: number[] = [];
  const machine = VirtMachine.create("max", { smp }, (b) => out.push(b));
  machine.load(new Uint8Array(readFileSync(elf)));
  const result = machine.run(50_000_000);
  return { kind: result.kind, stdout: Buffer.from(out).toString("utf8") };
}

describe("smp: PSCI CPU_ON, AFFINITY_INFO and CPU_OFF on four vCPUs", () => {
  it("a64vm run --smp 4 prints the same every time and powers off", () => {
    const first = runOnA64vm(join(guests, "smp.elf"), 4);
    expect(first).toEqual({ kind: "powered-off", stdout: SMP_OUTPUT });
    expect(runOnA64vm(join(guests, "smp.elf"), 4)).toEqual(first);
  });

  it.skipIf(!haveTools("qemu-system-aarch64"))("qemu-system-aarch64 -M virt -smp 4 prints the same", () => {
    const run = runOnQemu(join(guests, "smp.elf"), "max", 4);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(SMP_OUTPUT);
  });
});
