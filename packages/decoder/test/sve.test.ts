import { haveTools } from "@a64vm/tooling/tools";
import { beforeAll, describe, expect, it } from "vitest";
import { decode, disassemble } from "../src/index";
import { randomWords } from "./support/corpus";
import { llvmDisassemble } from "./support/llvm-oracle";

/** SVE words with the exact text llvm-mc-22 -mattr=+all prints for them. */
const LLVM_SAYS: ReadonlyArray<readonly [number, string]> = [
  [0xa400a000, "ld1b { z0.b }, p0/z, [x0]"],
  [0xa447aa08, "ld1b { z8.s }, p2/z, [x16, #7, mul vl]"],
  [0xa5754399, "ld1w { z25.d }, p0/z, [x28, x21, lsl #2]"],
  [0xa41f6000, "ldff1b { z0.b }, p0/z, [x0]"],
  [0xa41f4000, "<undefined>"],
  [0xa440d4b0, "ld3b { z16.b - z18.b }, p5/z, [x5, x0]"],
  [0xa461eb5f, "ld4b { z31.b, z0.b, z1.b, z2.b }, p2/z, [x26, #4, mul vl]"],
  [0x85eaf42e, "ld1rd { z14.d }, p5/z, [x1, #336]"],
  [0xa40632f4, "ld1rqb { z20.b }, p4/z, [x23, #96]"],
  [0xc5fa55c8, "ld1d { z8.d }, p5/z, [x14, z26.d, sxtw #3]"],
  [0x8431cbf8, "ld1b { z24.s }, p2/z, [z31.s, #17]"],
  [0xe402a000, "st1b { z0.d }, p0, [x0, z2.d]"],
  [0xe400c000, "st1b { z0.d }, p0, [x0, z0.d, sxtw]"],
  [0xc460e000, "prfd pldl1keep, p0, [x0, z0.d, lsl #3]"],
  [0x85954ef8, "ldr z24, [x23, #171, mul vl]"],
  [0x85800000, "ldr p0, [x0]"],
  [0x8411a39b, "ldnt1b { z27.s }, p0/z, [z28.s, x17]"],
  [0xa492e7fa, "ld2q { z26.q, z27.q }, p1/z, [sp, #4, mul vl]"],
  [0x24000010, "cmphi p0.b, p0/z, z0.b, z0.b"],
  [0x24002000, "cmpeq p0.b, p0/z, z0.b, z0.d"],
  [0x25002010, "cmple p0.b, p0/z, z0.b, #0"],
  [0x24202010, "cmpls p0.b, p0/z, z0.b, #0"],
  [0x04d00ed4, "mul z20.d, p3/m, z20.d, z22.d"],
  [0x04603000, "mov z0.d, z0.d"],
  [0x04603020, "orr z0.d, z1.d, z0.d"],
  [0x0521c400, "sel z0.b, p1, z0.b, z1.b"],
  [0x0520c000, "mov z0.b, p0/m, z0.b"],
  [0x05506020, "mov z0.h, p0/m, #256"],
  [0x05df2013, "mov z19.d, p15/z, #0, lsl #8"],
  [0x05c00000, "dupm z0.s, #0x1"],
  [0x05c00200, "mov z0.s, #0x1ffff"],
  [0x05800000, "and z0.s, z0.s, #0x1"],
  [0x04204c00, "index z0.b, w0, w0"],
  [0x0420a000, "adr z0.d, [z0.d, z0.d, sxtw]"],
  [0x05252000, "mov z0.b, z0.b[2]"],
  [0x05212000, "mov z0.b, b0"],
  [0x05386000, "zip1 z0.b, z0.b, z24.b"],
  [0x052e482b, "uzp1 p11.b, p1.b, p14.b"],
];

describe("SVE", () => {
  it.each(LLVM_SAYS)("disassembles %#010x as LLVM does", (word, text) => {
    expect(disassemble(word)).toBe(text);
  });

  it("tags SVE memory accesses with the extension that added them", () => {
    expect(decode(0xa400a000).cls).toBe("sve");
    expect(decode(0xa400a000).feature).toBe("FEAT_SVE");
    expect(decode(0x8411a39b).feature).toBe("FEAT_SVE2");
    expect(decode(0xa492e7fa).feature).toBe("FEAT_SVE2p1");
    expect(decode(0xa42223f9).feature).toBe("FEAT_F64MM");
  });
});

const ok = haveTools("llvm-mc");

/** Random words in the SVE memory quadrants (op0 = 0010 with bit 31 set). */
function sveMemoryWords(count: number, seed: number): Uint32Array {
  const words = randomWords(count, seed);
  for (let i = 0; i < words.length; i++) words[i] = ((words[i]! & ~0x1e000000) | 0x84000000) >>> 0;
  return words;
}

/** Random words in the SVE data-processing quadrants (op0 = 0010 with bit 31 clear). */
function sveDataWords(count: number, seed: number): Uint32Array {
  const words = randomWords(count, seed);
  for (let i = 0; i < words.length; i++) words[i] = ((words[i]! & ~0x9e000000) | 0x04000000) >>> 0;
  return words;
}

describe.skipIf(!ok)("SVE data processing against llvm-mc-22 -mattr=+all", () => {
  let words: Uint32Array;
  let answers: (string | null)[];

  beforeAll(async () => {
    words = sveDataWords(100_000, 0xda7a);
    answers = await llvmDisassemble(words);
  }, 240_000);

  it("prints LLVM's exact text for the words it decodes (coverage of the rest is still growing)", () => {
    let decoded = 0;
    const wrong: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const ours = disassemble(words[i]!);
      if (ours === "<undefined>") continue;
      decoded++;
      const llvm = answers[i] ?? "<undefined>";
      if (ours !== llvm) wrong.push(`${words[i]!.toString(16).padStart(8, "0")} ours: ${ours} llvm: ${llvm}`);
    }
    console.log(`SVE data processing: decoded ${decoded} of ${words.length}, wrong text ${wrong.length}`);
    if (wrong.length > 0) console.log(wrong.slice(0, 20).join("\n"));
    expect(wrong.length / decoded).toBeLessThan(0.005);
  });
});

describe.skipIf(!ok)("SVE memory agrees with llvm-mc-22 -mattr=+all", () => {
  let words: Uint32Array;
  let answers: (string | null)[];

  beforeAll(async () => {
    words = sveMemoryWords(100_000, 0x5fe);
    answers = await llvmDisassemble(words);
  }, 240_000);

  it("agrees on validity and text for 100,000 random SVE load/store/prefetch words", () => {
    const bad: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const ours = disassemble(words[i]!);
      const llvm = answers[i] ?? "<undefined>";
      if (ours !== llvm) bad.push(`${words[i]!.toString(16).padStart(8, "0")} ours: ${ours} llvm: ${llvm}`);
    }
    if (bad.length > 0) console.log(bad.slice(0, 20).join("\n"));
    expect(bad.length / words.length).toBeLessThan(0.001);
  });
});
