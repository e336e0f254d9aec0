/**
 * Interpreter dispatch speed on a 4-instruction integer loop (ADD, EOR, SUBS, B.NE) at EL1 on a
 * bare bus. Reports MIPS by wall clock and by process CPU time (the latter is stable on a busy host).
 */
import { FeatureSet } from "@a64vm/sysreg";
import { Cpu, PhysicalBus } from "../src/index";

const WORDS = [0xd2a80001, 0x91000400, 0xca000042, 0xf1000421, 0x54ffffa1, 0xd4200000];
const bus = new PhysicalBus();
const ram = bus.addRam(0x4000_0000, 1 << 20);
for (const [i, w] of WORDS.entries()) ram.view.setUint32(i * 4, w, true);
const cpu = new Cpu({ memory: bus, features: FeatureSet.all() });
cpu.setPstateElSp(1, 1);
cpu.pc = 0x4000_0000n;
const budget = Number(process.env.BUDGET ?? 40_000_000);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let n = 0; n < budget; n += 100_000) cpu.run(100_000);
const wall = (performance.now() - t0) / 1000;
const user = process.cpuUsage(cpu0).user / 1e6;
console.log(
  JSON.stringify({
    bench: "dispatch-loop",
    instructions: cpu.instret,
    seconds: wall,
    mips: cpu.instret / wall / 1e6,
    mipsCpuTime: cpu.instret / user / 1e6,
  }),
);
