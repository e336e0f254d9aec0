/**
 * Decode throughput: opcodeOf over every word of busybox's .text (Debian busybox-static:arm64)
 * and over seeded random words, best of several rounds on one core. Prints decodes per second.
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { busyboxArm64Path } from "@a64vm/tooling/tools";
import { decode, disassemble, opcodeOf, parseElf64, sectionWords } from "../src/index";

/** One loop per measured function, so each call site stays monomorphic and can be inlined. */
function opcodeLoop(words: Uint32Array): number {
  let sink = 0;
  for (let i = 0; i < words.length; i++) sink = (sink + opcodeOf(words[i]!)) | 0;
  return sink;
}

function decodeLoop(words: Uint32Array): number {
  let sink = 0;
  for (let i = 0; i < words.length; i++) sink = (sink + decode(words[i]!).id) | 0;
  return sink;
}

function disassembleLoop(words: Uint32Array): number {
  let sink = 0;
  for (let i = 0; i < words.length; i++) sink = (sink + disassemble(words[i]!).length) | 0;
  return sink;
}

function throughput(label: string, words: Uint32Array, rounds: number, loop: (words: Uint32Array) => number): void {
  let bestWall = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    sink = (sink + loop(words)) | 0;
    const ns = Number(process.hrtime.bigint() - start);
    const used = process.cpuUsage(cpu);
    // Round 0 warms the JIT; the CPU-time figure stays honest when other processes share the core.
    if (r > 0) {
      bestWall = Math.min(bestWall, ns);
      bestCpu = Math.min(bestCpu, (used.user + used.system) * 1000);
    }
  }
  const rate = (ns: number) => ((words.length / ns) * 1e3).toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(44)} ${words.length.toLocaleString("en").padStart(10)} words  ${rate(bestWall)} M/s wall  ${rate(bestCpu)} M/s per CPU-second  (sink ${sink & 0xff})`,
  );
}

function randomWords(count: number, seed: number): Uint32Array {
  let s = seed;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} on ${availableParallelism()} cores`,
);
const random = randomWords(4_000_000, 0x5eed);
throughput("opcodeOf, random words", random, 6, opcodeLoop);

if (existsSync(busyboxArm64Path)) {
  const image = parseElf64(new Uint8Array(readFileSync(busyboxArm64Path)));
  const text = image.sections.find((s) => s.name === ".text");
  if (text === undefined) throw new Error("busybox has no .text section");
  const words = sectionWords(image, text);
  throughput("opcodeOf, busybox .text", words, 8, opcodeLoop);
  throughput("decode (cached descriptors), busybox .text", words, 3, decodeLoop);
  throughput("disassemble, busybox .text (first 200k)", words.subarray(0, 200_000), 2, disassembleLoop);
} else {
  console.log(`busybox not found at ${busyboxArm64Path} (bash .ci/run unpacks it); random words only`);
}
