// One full guest-FP cycle: vcpuLoad (host save) -> guestEnter -> FP trap (guest load, traps lifted)
// -> guestEnter -> vcpuPut (guest save, host restore). Prints operations per second per VM shape.
import { FeatureSet } from "@a64vm/sysreg";
import { type FpVmConfig, PhysicalCpuFp, PhysicalFpUnit, VcpuFpState, VectorLengthSet } from "../src/index";

const host = {
  features: FeatureSet.of("FP", "AdvSIMD", "SVE", "SME", "SME2", "SME_FA64", "FPMR"),
  sveLengths: VectorLengthSet.powersOfTwoUpTo(512),
  smeLengths: VectorLengthSet.powersOfTwoUpTo(512),
};

const shapes: [string, FpVmConfig][] = [
  ["FP/SIMD only", { features: FeatureSet.of("FP", "AdvSIMD") }],
  ["FP/SIMD + FPMR", { features: FeatureSet.of("FP", "AdvSIMD", "FPMR") }],
  ["SVE VL=256", { features: FeatureSet.of("FP", "AdvSIMD", "SVE"), vl: 256 }],
  ["SVE VL=512 + FPMR", { features: FeatureSet.of("FP", "AdvSIMD", "SVE", "FPMR"), vl: 512 }],
  ["SVE+SME2+FPMR VL=SVL=512", { features: host.features }],
];

const durationMs = Number(process.env.BENCH_MS ?? 1000);
const SAMPLES = 7;

function measure(policy: "eager" | "lazy", config: FpVmConfig): number {
  const unit = new PhysicalFpUnit(host);
  const cpu = new PhysicalCpuFp(unit, { hostSave: policy });
  const vcpu = VcpuFpState.create(host, config);
  const cycle = () => {
    cpu.vcpuLoad(vcpu);
    cpu.guestEnter();
    cpu.handleTrap("fp");
    cpu.guestEnter();
    cpu.vcpuPut();
  };
  for (let i = 0; i < 5000; i++) cycle(); // warm up the JIT
  // The median of several short samples resists noise from other work on the machine.
  const samples: number[] = [];
  let ops = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < durationMs / SAMPLES) {
      for (let i = 0; i < 200; i++) cycle();
      n += 200;
      now = performance.now();
    }
    ops += n;
    samples.push((n * 1000) / (now - start));
  }
  if (cpu.stats.guestRestores !== ops + 5000) throw new Error("every cycle must load the guest once");
  samples.sort((a, b) => a - b);
  return samples[Math.floor(SAMPLES / 2)]!;
}

console.log(
  `host: ${host.features} VL<=${host.sveLengths.max} SVL<=${host.smeLengths.max}; ${durationMs} ms per row, median of ${SAMPLES} samples`,
);
console.log("policy  VM shape                        cycles/s");
for (const policy of ["eager", "lazy"] as const)
  for (const [name, config] of shapes)
    console.log(
      `${policy.padEnd(7)} ${name.padEnd(31)} ${Math.round(measure(policy, config)).toLocaleString("en-US").padStart(10)}`,
    );
