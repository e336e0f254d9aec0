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

function runOnQemu(elf: string, cpu = "max"): { status: number | null; stdout: string } {
  const qemu = findTool("qemu-system-aarch64")!;
  const args = ["-M", "virt", "-cpu", cpu, "-m", "128M", "-nographic", "-monitor", "none", "-serial", "stdio"];
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
