/** The virt board: QEMU `-M virt`'s memory map, so one guest image runs on both. */
import { type FdtNode, fdtNode, prop, serializeFdt } from "./fdt";

export const VIRT = {
  RAM_BASE: 0x4000_0000n,
  DEFAULT_RAM_SIZE: 128n * 1024n * 1024n,
  UART_BASE: 0x0900_0000n,
  UART_SIZE: 0x1000n,
  GIC_DIST_BASE: 0x0800_0000n,
  GIC_DIST_SIZE: 0x1_0000n,
  GIC_REDIST_BASE: 0x080a_0000n,
  /** One 128 KiB redistributor frame pair per vCPU. */
  GIC_REDIST_STRIDE: 0x2_0000n,
  UART_SPI: 1,
  TIMER_PPIS: { secure: 13, nonSecure: 14, virtual: 11, hypervisor: 10 },
  CLOCK_HZ: 24_000_000,
  /** Where the VMM places the device tree: the start of RAM, as QEMU does for bare-metal images. */
  DTB_ADDRESS: 0x4000_0000n,
} as const;

export interface VirtBoardConfig {
  readonly cpus: number;
  readonly ramSize: bigint;
  /** MPIDR affinity of each vCPU (reg of its cpu node). */
  readonly mpidrs?: readonly number[];
  readonly model?: string;
}

const GIC_PHANDLE = 1;
const CLOCK_PHANDLE = 2;
const GIC_PPI = 1;
const GIC_SPI = 0;
const IRQ_LEVEL_HIGH = 4;
const IRQ_LEVEL_LOW = 8;

/** The device tree of a virt-board VM: cpus, memory, PL011, PSCI 1.1 over HVC, timer, GICv3. */
export function virtDeviceTree(config: VirtBoardConfig): FdtNode {
  const hex = (v: bigint) => v.toString(16);
  const cpus = Array.from({ length: config.cpus }, (_, i) => {
    const mpidr = config.mpidrs?.[i] ?? i;
    return fdtNode(`cpu@${mpidr.toString(16)}`, {
      device_type: prop.string("cpu"),
      compatible: prop.string("arm,armv8"),
      reg: prop.u32(mpidr),
      "enable-method": prop.string("psci"),
    });
  });
  const redistSize = VIRT.GIC_REDIST_STRIDE * BigInt(Math.max(1, config.cpus));
  const timerIrq = (ppi: number) => [GIC_PPI, ppi, IRQ_LEVEL_LOW];
  return fdtNode(
    "",
    {
      compatible: prop.string("linux,dummy-virt"),
      model: prop.string(config.model ?? "a64vm virt"),
      "#address-cells": prop.u32(2),
      "#size-cells": prop.u32(2),
      "interrupt-parent": prop.u32(GIC_PHANDLE),
    },
    [
      fdtNode("chosen", { "stdout-path": prop.string(`/pl011@${hex(VIRT.UART_BASE)}`) }),
      fdtNode(`memory@${hex(VIRT.RAM_BASE)}`, {
        device_type: prop.string("memory"),
        reg: prop.u64(VIRT.RAM_BASE, config.ramSize),
      }),
      fdtNode("cpus", { "#address-cells": prop.u32(1), "#size-cells": prop.u32(0) }, cpus),
      fdtNode("psci", {
        compatible: prop.strings("arm,psci-1.0", "arm,psci-0.2", "arm,psci"),
        method: prop.string("hvc"),
      }),
      fdtNode("timer", {
        compatible: prop.string("arm,armv8-timer"),
        interrupts: prop.u32(
          ...timerIrq(VIRT.TIMER_PPIS.secure),
          ...timerIrq(VIRT.TIMER_PPIS.nonSecure),
          ...timerIrq(VIRT.TIMER_PPIS.virtual),
          ...timerIrq(VIRT.TIMER_PPIS.hypervisor),
        ),
        "always-on": prop.empty(),
      }),
      fdtNode(`intc@${hex(VIRT.GIC_DIST_BASE)}`, {
        compatible: prop.string("arm,gic-v3"),
        "#interrupt-cells": prop.u32(3),
        "interrupt-controller": prop.empty(),
        "#redistributor-regions": prop.u32(1),
        reg: prop.u64(VIRT.GIC_DIST_BASE, VIRT.GIC_DIST_SIZE, VIRT.GIC_REDIST_BASE, redistSize),
        phandle: prop.u32(GIC_PHANDLE),
      }),
      fdtNode("apb-pclk", {
        compatible: prop.string("fixed-clock"),
        "#clock-cells": prop.u32(0),
        "clock-frequency": prop.u32(VIRT.CLOCK_HZ),
        "clock-output-names": prop.string("clk24mhz"),
        phandle: prop.u32(CLOCK_PHANDLE),
      }),
      fdtNode(`pl011@${hex(VIRT.UART_BASE)}`, {
        compatible: prop.strings("arm,pl011", "arm,primecell"),
        reg: prop.u64(VIRT.UART_BASE, VIRT.UART_SIZE),
        interrupts: prop.u32(GIC_SPI, VIRT.UART_SPI, IRQ_LEVEL_HIGH),
        clocks: prop.u32(CLOCK_PHANDLE, CLOCK_PHANDLE),
        "clock-names": prop.strings("uartclk", "apb_pclk"),
      }),
    ],
  );
}

/** The DTB blob of a virt-board VM. */
export function virtDeviceTreeBlob(config: VirtBoardConfig): Uint8Array {
  return serializeFdt(virtDeviceTree(config));
}
