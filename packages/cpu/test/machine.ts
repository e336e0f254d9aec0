/** A bare virt-like machine for core tests: RAM at 0x4000_0000, a device window at 0x0900_0000. */
import { FeatureSet } from "@a64vm/sysreg";
import { Cpu, PhysicalBus, SYSREG, type TrapPolicy } from "../src/index";

export const RAM_BASE = 0x4000_0000;
export const VBAR = 0x4000_8000;

export interface Machine {
  readonly cpu: Cpu;
  readonly bus: PhysicalBus;
  readonly ram: DataView;
}

/** Places `words` at RAM_BASE and starts the core there at `el` with the given features. */
export function machine(
  words: readonly number[],
  options: { el?: number; features?: FeatureSet; trapPolicy?: TrapPolicy; translateAfter?: number | false } = {},
): Machine {
  const bus = new PhysicalBus();
  const region = bus.addRam(RAM_BASE, 1 << 20);
  bus.addMmio(0x0900_0000, 0x1000, "uart");
  for (const [i, w] of words.entries()) region.view.setUint32(i * 4, w >>> 0, true);
  const cpu = new Cpu({
    memory: bus,
    features: options.features ?? FeatureSet.all(),
    ...(options.trapPolicy !== undefined ? { trapPolicy: options.trapPolicy } : {}),
    ...(options.translateAfter !== undefined ? { translateAfter: options.translateAfter } : {}),
  });
  cpu.setPstateElSp(options.el ?? 1, 1);
  cpu.pc = BigInt(RAM_BASE);
  cpu.sysregs.set(SYSREG.VBAR_EL1, BigInt(VBAR));
  cpu.sysregs.set(SYSREG.VBAR_EL2, BigInt(VBAR + 0x1000));
  return { cpu, bus, ram: region.view };
}

/** Instruction words used across tests (encodings from llvm-mc-22). */
export const I = {
  movz_x0_5: 0xd28000a0,
  movk_x0_0x1234_lsl48: 0xf2e24680,
  add_x1_x0_1: 0x91000401,
  subs_x2_x1_x1: 0xeb010022,
  adds_x3_x0_x0: 0xab000003,
  mul_x4_x0_x1: 0x9b017c04,
  udiv_x5_x1_x0: 0x9ac00825,
  svc_0: 0xd4000001,
  ldadd_x0_x1_x2: 0xf8200041,
  brk_7: 0xd42000e0,
  hvc_1: 0xd4000022,
  mrs_x0_fpmr: 0xd53b4440,
  msr_fpmr_x0: 0xd51b4440,
  mrs_x0_ttbr0_el1: 0xd5382000,
  ldr_x1_x2: 0xf9400041,
  str_x1_x2: 0xf9000041,
  wfi: 0xd503207f,
  eret: 0xd69f03e0,
  crc32x_w0_w1_x2: 0x9ac24c20,
  movz_x2_0x0900_lsl16: 0xd2a12002,
} as const;
