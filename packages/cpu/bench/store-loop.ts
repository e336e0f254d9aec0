/**
 * Store path speed: a 4-instruction loop (STR, ADD, AND, B) storing to a 64 KiB window at EL1 on
 * a bare bus, without and with a dirty log collected every 100 000 instructions (the cost of live
 * migration's dirty tracking while the guest runs). MIPS by process CPU time.
 */
import { FeatureSet } from "@a64vm/sysreg";
import { Cpu, PhysicalBus } from "../src/index";

// mov x1, #0x40100000; mov x2, #0; loop: str x0, [x1, x2]; add x2, x2, #8; and x2, x2, #0xffff; b loop
const WORDS = [0xd2a80201, 0xd2800002, 0xf8226820, 0x91002042, 0x92403c42, 0x17fffffd];
const BUDGET = 40_000_000;
const SLICE = 100_000;

function measure(dirtyLogging: boolean): void {
  const bus = new PhysicalBus();
  const ram = bus.addRam(0x4000_0000, 2 << 20);
  for (const [i, w] of WORDS.entries()) ram.view.setUint32(i * 4, w, true);
  const cpu = new Cpu({ memory: bus, features: FeatureSet.all() });
  cpu.setPstateElSp(1, 1);
  cpu.pc = 0x4000_0000n;
  const log = dirtyLogging ? ram.startDirtyLog() : null;
  let dirtyPages = 0;
  const cpu0 = process.cpuUsage();
  for (let n = 0; n < BUDGET; n += SLICE) {
    cpu.run(SLICE);
    if (log !== null) {
      dirtyPages += log.collect().length;
      cpu.dropWriteTranslations();
    }
  }
  const user = process.cpuUsage(cpu0).user / 1e6;
  console.log(
    JSON.stringify({
      bench: dirtyLogging ? "store-loop, dirty log collected every 100k" : "store-loop",
      instructions: cpu.instret,
      mipsCpuTime: cpu.instret / user / 1e6,
      ...(log !== null ? { dirtyPagesCollected: dirtyPages } : {}),
    }),
  );
}

// Twice over: the first pair includes the JIT's warm-up.
for (let round = 0; round < 2; round++) {
  measure(false);
  measure(true);
}
