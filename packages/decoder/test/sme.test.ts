import { haveTools } from "@a64vm/tooling/tools";
import { beforeAll, describe, expect, it } from "vitest";
import { decode, disassemble } from "../src/index";
import { randomWords } from "./support/corpus";
import { llvmDisassemble } from "./support/llvm-oracle";

/** SME words with the exact text llvm-mc-22 -mattr=+all prints for them. */
const LLVM_SAYS: ReadonlyArray<readonly [number, string]> = [
  [0xe01f0000, "ld1b {za0h.b[w12, 0]}, p0/z, [x0]"],
  [0xe0400000, "ld1h {za0h.h[w12, 0]}, p0/z, [x0, x0, lsl #1]"],
  [0xe0a09fca, "st1w {za2v.s[w12, 2]}, p7, [x30, x0, lsl #2]"],
  [0xe1e00000, "st1q {za0h.q[w12, 0]}, p0, [x0, x0, lsl #4]"],
  [0xe1000000, "ldr za[w12, 0], [x0]"],
  [0x808fc601, "fmopa za1.s, p1/m, p6/m, z16.s, z15.s"],
  [0x80800010, "fmops za0.s, p0/m, p0/m, z0.s, z0.s"],
  [0x81990941, "bfmopa za1.s, p2/m, p0/m, z10.h, z25.h"],
  [0xa0a00000, "sumopa za0.s, p0/m, p0/m, z0.b, z0.b"],
  [0xa09cc86a, "smopa za2.s, p2/m, p6/m, z3.h, z28.h"],
  [0xe11f0000, "<undefined>"],
  [0xa04392f4, "ld1b { z20.b - z23.b }, pn12/z, [x23, #12, mul vl]"],
  [0xa0400001, "ldnt1b { z0.b, z1.b }, pn8/z, [x0]"],
  [0xa03f6151, "stnt1d { z16.d, z17.d }, pn8, [x10, xzr, lsl #3]"],
];

describe("SME", () => {
  it.each(LLVM_SAYS)("disassembles %#010x as LLVM does", (word, text) => {
    expect(disassemble(word)).toBe(text);
  });

  it("tags SME forms with FEAT_SME and the wider outer products with their own features", () => {
    expect(decode(0x808fc601).cls).toBe("sme");
    expect(decode(0x808fc601).feature).toBe("FEAT_SME");
    expect(decode(0x80c00000).feature).toBe("FEAT_SME_F64F64");
    expect(decode(0xa0c00000).feature).toBe("FEAT_SME_I16I64");
    expect(decode(0xa09cc86a).feature).toBe("FEAT_SME2");
  });
});

const ok = haveTools("llvm-mc");

describe.skipIf(!ok)("SME against llvm-mc-22 -mattr=+all", () => {
  let words: Uint32Array;
  let answers: (string | null)[];

  beforeAll(async () => {
    words = randomWords(100_000, 0x5ae);
    for (let i = 0; i < words.length; i++) words[i] = ((words[i]! & ~0x1e000000) | 0x80000000) >>> 0;
    answers = await llvmDisassemble(words);
  }, 240_000);

  it("prints LLVM's exact text for every SME word it decodes (coverage of the rest is still growing)", () => {
    let decoded = 0;
    const wrong: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const ours = disassemble(words[i]!);
      if (ours === "<undefined>") continue;
      decoded++;
      const llvm = answers[i] ?? "<undefined>";
      if (ours !== llvm) wrong.push(`${words[i]!.toString(16).padStart(8, "0")} ours: ${ours} llvm: ${llvm}`);
    }
    console.log(`SME: decoded ${decoded} of ${words.length}, wrong text ${wrong.length}`);
    if (wrong.length > 0) console.log(wrong.slice(0, 20).join("\n"));
    expect(wrong.length / Math.max(decoded, 1)).toBeLessThan(0.005);
  });
});
