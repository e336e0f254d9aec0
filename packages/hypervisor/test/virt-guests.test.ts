/**
 * Real guests on the virt board: the same ELF files that run on qemu-system-aarch64 -M virt
 * (apps/cli/test/guests.test.ts checks them there) print the same here, and the FPMR guest sees
 * exactly the VM's feature set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { layoutOf } from "@a64vm/sysreg";
import { repoRoot } from "@a64vm/tooling/repo";
import { describe, expect, it } from "vitest";
import { VirtMachine } from "../src/index";

const guest = (name: string) => new Uint8Array(readFileSync(join(repoRoot, "apps", "cli", "guests", `${name}.elf`)));

function run(host: string, name: string, features = "") {
  let output = "";
  const machine = VirtMachine.create(host, { features }, (b) => {
    output += String.fromCharCode(b);
  });
  machine.load(guest(name));
  const result = machine.run(20_000_000);
  return { machine, result, output };
}

const enFpm = (machine: VirtMachine) => {
  const config = machine.vm.vcpus[0]!.trapPolicy!.configuration;
  const field = layoutOf("HCRX_EL2").fields.find((f) => f.name === "EnFPM")!;
  return (config.values.HCRX_EL2 >> BigInt(field.lsb)) & 1n;
};

describe("guests on the virt board", () => {
  it("hello prints what it prints on qemu-system-aarch64 and powers off with PSCI", () => {
    const { result, output } = run("max", "hello");
    expect(result.kind).toBe("powered-off");
    expect(output).toBe("hello from an a64vm guest at EL1\nfib(20) = 6765\nfp: x * 1000 = 85997\nPSCI version 1.1\n");
  });

  it("fpmr-demo on a host without FEAT_FPMR prints what QEMU 7.2 prints: every FPMR access UNDEFs", () => {
    const { result, output, machine } = run("neoverse-v2", "fpmr-demo");
    expect(result.kind).toBe("powered-off");
    expect(output).toBe(
      [
        "ID_AA64PFR2_EL1 = 0x0000000000000000: FPMR field 0, FPMR not advertised",
        "MRS FPMR: UNDEF (ESR_EL1 EC=0x00)",
        "MSR FPMR: UNDEF (ESR_EL1 EC=0x00)",
        "F1CVTL v0.8h, v1.8b: UNDEF (ESR_EL1 EC=0x00)",
        "FCVTN v0.8b, v1.4s, v2.4s: UNDEF (ESR_EL1 EC=0x00)",
        "",
      ].join("\n"),
    );
    expect(enFpm(machine)).toBe(0n);
  });

  it("fpmr-demo with FEAT_FPMR reads and writes FPMR, and HCRX_EL2.EnFPM is set", () => {
    // Arm ARM: with FEAT_FPMR, FPMR is accessible at EL0/EL1 when HCRX_EL2.EnFPM == 1 (it traps when 0).
    const { result, output, machine } = run("fujitsu-monaka", "fpmr-demo");
    expect(result.kind).toBe("powered-off");
    expect(output).toContain("ID_AA64PFR2_EL1 = 0x0000000100000000: FPMR field 1, FPMR advertised\n");
    expect(output).toContain("MRS FPMR: 0x0\n");
    expect(output).toContain("MSR FPMR, #E4M3: read back 0x1\n");
    // With FEAT_FP8 the conversions run under FPMR (E4M3 in and out): see @a64vm/cpu's fp8 tests.
    expect(output).toContain("F1CVTL v0.8h, v1.8b (E4M3 -> FP16): 3c00 4000 4200 3800 bc00 5f00 1800 7e00\n");
    expect(output).toContain("FCVTN v0.8b, v1.4s, v2.4s (FP32 -> E4M3): 38 c2 7e 7f 01 7f 2a 80 FPSR=0x14\n");
    expect(enFpm(machine)).toBe(1n);
  });

  it("the same guest with -FPMR sees FPMR not advertised, UNDEF on access, and EnFPM clear", () => {
    const { result, output, machine } = run("fujitsu-monaka", "fpmr-demo", "-FPMR");
    expect(result.kind).toBe("powered-off");
    expect(output).toContain("FPMR field 0, FPMR not advertised\n");
    expect(output).toContain("MRS FPMR: UNDEF (ESR_EL1 EC=0x00)\n");
    expect(output).toContain("MSR FPMR: UNDEF (ESR_EL1 EC=0x00)\n");
    expect(output).toContain("F1CVTL v0.8h, v1.8b: UNDEF (ESR_EL1 EC=0x00)\n");
    expect(enFpm(machine)).toBe(0n);
    expect(machine.vm.features.has("FP8")).toBe(false);
  });

  it("refuses a malformed guest image with a typed error, loading nothing", () => {
    const machine = VirtMachine.create("max", {}, () => {});
    const elf = guest("hello");
    const broken = elf.slice();
    broken[0] = 0;
    expect(() => machine.load(broken)).toThrow(/^guest image: /);
    expect(machine.vm.vcpus[0]!.poweredOn).toBe(true); // vCPU 0 is on, but nothing was loaded or started
    expect(machine.entry).toBe(0n);
  });
});
