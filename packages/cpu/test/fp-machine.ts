/** One instruction on a bare core at EL1 with FP/SIMD enabled (CPACR_EL1.FPEN = 0b11), for FP tests. */
import type { FeatureSet } from "@a64vm/sysreg";
import { type Cpu, SYSREG } from "../src/index";
import { machine } from "./machine";

export function runWithFp(word: number, setup: (cpu: Cpu) => void, features?: FeatureSet): Cpu {
  const { cpu } = machine([word], features === undefined ? {} : { features });
  cpu.sysregs.set(SYSREG.CPACR_EL1, 3n << 20n);
  setup(cpu);
  cpu.run(1);
  return cpu;
}
