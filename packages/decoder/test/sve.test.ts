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
