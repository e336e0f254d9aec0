/**
 * The virt board as a VMM runs it: a VM, its vCPUs interleaved deterministically, the PL011 on
 * MMIO exits, the GIC windows read-as-zero, the device tree at the start of RAM, and a guest ELF.
 */
import { HypervisorError } from "../errors";
import type { VcpuExit } from "../vm/exits";
import { loadGuestElf, placeDeviceTree } from "../vm/guest-loader";
import type { VcpuInit } from "../vm/vcpu";
import { type FeatureRestriction, Vm, type VmOptions } from "../vm/vm";
import { Pl011 } from "./pl011";
import { VIRT, virtDeviceTreeBlob } from "./virt";

export interface MachineOptions extends VmOptions {
  /** Number of vCPUs (PSCI CPU_ON starts the secondaries). */
  readonly smp?: number;
  /** Feature changes applied before the first run (`-FPMR,+SVE`). */
  readonly features?: string;
  /** Instructions each vCPU runs before the next gets its turn. */
  readonly quantum?: number;
  /** Options every vCPU is created with (PMU, SVE vector length). */
  readonly vcpu?: VcpuInit;
}

export type MachineResult =
  | { readonly kind: "powered-off"; readonly instructions: number }
  | { readonly kind: "reset"; readonly instructions: number }
  | { readonly kind: "budget-exhausted"; readonly instructions: number }
  | { readonly kind: "all-idle"; readonly instructions: number }
  | {
      readonly kind: "internal-error";
      readonly instructions: number;
      readonly vcpu: number;
      readonly exit: VcpuExit & { kind: "internal-error" };
    };

export class MachineError extends HypervisorError {}

export class VirtMachine {
  readonly vm: Vm;
  readonly uart: Pl011;
  readonly quantum: number;
  #entry = 0n;

  /** What `options.features` changed (what it hid with what depends on it), or null without one. */
  readonly restriction: FeatureRestriction | null;

  private constructor(vm: Vm, uart: Pl011, quantum: number, restriction: FeatureRestriction | null) {
    this.vm = vm;
    this.uart = uart;
    this.quantum = quantum;
    this.restriction = restriction;
  }

  /** A machine on `host`; UART output goes to `onOutput` byte by byte. */
  static create(
    host: Parameters<typeof Vm.create>[0],
    options: MachineOptions,
    onOutput: (byte: number) => void,
  ): VirtMachine {
    const vm = Vm.create(host, options);
    const restriction =
      options.features !== undefined && options.features.trim() !== "" ? vm.restrictFeatures(options.features) : null;
    const smp = options.smp ?? 1;
    if (!Number.isInteger(smp) || smp < 1 || smp > 8) throw new MachineError("EINVAL", `--smp ${smp}: 1 to 8 vCPUs`);
    for (let i = 0; i < smp; i++) vm.createVcpu(options.vcpu);
    return new VirtMachine(vm, new Pl011(onOutput), options.quantum ?? 20_000, restriction);
  }

  /** Loads a guest ELF and the device tree; vCPU 0 starts at the entry with x0 = the DTB address. */
  load(elf: Uint8Array): void {
    const image = loadGuestElf(this.vm, elf);
    const dtb = virtDeviceTreeBlob({ cpus: this.vm.vcpus.length, ramSize: this.vm.ramSize });
    placeDeviceTree(this.vm, dtb, VIRT.DTB_ADDRESS, image);
    const boot = this.vm.vcpus[0]!;
    boot.powerOn(image.entry, VIRT.DTB_ADDRESS);
    this.#entry = image.entry;
  }

  get entry(): bigint {
    return this.#entry;
  }

  /** A migrated machine keeps the entry point of the image it was loaded with. */
  adoptEntry(entry: bigint): void {
    this.#entry = entry;
  }

  get instructions(): number {
    return this.vm.vcpus.reduce((n, v) => n + v.instructions, 0);
  }

  /** Runs until power-off, reset, an internal error, every vCPU idle, or `maxInstructions`. */
  run(maxInstructions: number): MachineResult {
    const limit = this.instructions + maxInstructions;
    for (;;) {
      let active = false;
      for (const vcpu of this.vm.vcpus) {
        const left = limit - this.instructions;
        if (left <= 0) return { kind: "budget-exhausted", instructions: this.instructions };
        const exit = this.#runVcpu(vcpu.index, Math.min(this.quantum, left));
        if (exit === "active") active = true;
        else if (exit !== "idle") return exit;
      }
      if (!active) return { kind: "all-idle", instructions: this.instructions };
    }
  }

  #runVcpu(index: number, budget: number): MachineResult | "active" | "idle" {
    const vcpu = this.vm.vcpus[index]!;
    if (!vcpu.poweredOn && this.vm.hasRun) return "idle";
    let left = budget;
    while (left > 0) {
      const before = vcpu.instructions;
      const exit = vcpu.run(left);
      left -= Math.max(1, vcpu.instructions - before);
      switch (exit.kind) {
        case "budget":
          return "active";
        case "idle":
          return vcpu.poweredOn ? "active" : "idle";
        case "system-event":
          return { kind: exit.event === "off" ? "powered-off" : "reset", instructions: this.instructions };
        case "internal-error":
          return { kind: "internal-error", instructions: this.instructions, vcpu: index, exit };
        case "mmio":
          this.#mmio(vcpu, exit);
          break;
      }
    }
    return "active";
  }

  #mmio(vcpu: (typeof this.vm.vcpus)[number], exit: VcpuExit & { kind: "mmio" }): void {
    const uartBase = VIRT.UART_BASE;
    const inUart = exit.address >= uartBase && exit.address < uartBase + VIRT.UART_SIZE;
    const offset = Number(exit.address - uartBase);
    if (exit.isWrite) {
      if (inUart) this.uart.write(offset, Number(exit.data & 0xffff_ffffn));
      return; // GIC and other windows: writes ignored
    }
    vcpu.completeMmioRead(inUart ? BigInt(this.uart.read(offset)) : 0n);
  }
}
