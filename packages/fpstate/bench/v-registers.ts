// The CPU's hot path: V-register word reads and full writes (with Z-upper zeroing when SVE is present).
import { FeatureSet } from "@a64vm/sysreg";
import { type FpsimdRegisters, VcpuFpState, VectorLengthSet } from "../src/index";

const host = {
  features: FeatureSet.of("FP", "AdvSIMD", "SVE"),
  sveLengths: VectorLengthSet.powersOfTwoUpTo(2048),
  smeLengths: VectorLengthSet.EMPTY,
};
const durationMs = Number(process.env.BENCH_MS ?? 1000);

function measure(v: FpsimdRegisters): number {
  let sink = 0;
  const run = (count: number) => {
    for (let i = 0; i < count; i++) {
      const n = i & 31;
      const m = (i + 7) & 31;
      // one "instruction": read two sources' low words, write a destination
      v.writeV(n, v.getWord(m, 0) + 1, v.getWord(m, 1), i, 0);
      sink ^= v.words[v.wordIndex(n)]!;
    }
  };
  run(200_000);
  const samples: number[] = [];
  for (let s = 0; s < 5; s++) {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < durationMs / 5) {
      run(100_000);
      ops += 100_000;
      now = performance.now();
    }
    samples.push((ops * 1000) / (now - start));
  }
  if (sink === 0x7fffffff) console.log("");
  return samples.sort((a, b) => a - b)[2]!;
}

console.log("V-register operations (2 word reads + 1 writeV + 1 indexed read) per second, median of 5");
const rows: [string, VcpuFpState][] = [
  ["FP/SIMD only", VcpuFpState.create(host, { features: FeatureSet.of("FP", "AdvSIMD") })],
  ["SVE VL=128", VcpuFpState.create(host, { features: host.features, vl: 128 })],
  ["SVE VL=2048", VcpuFpState.create(host, { features: host.features, vl: 2048 })],
];
for (const [name, state] of rows)
  console.log(`${name.padEnd(14)} ${Math.round(measure(state.fpsimd)).toLocaleString("en-US").padStart(14)}`);
