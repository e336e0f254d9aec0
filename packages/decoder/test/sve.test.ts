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
  [0x448ec24b, "sclamp z11.s, z18.s, z14.s"],
  [0x0463341c, "xar z28.s, z28.s, z0.s, #29"],
  [0x450d69e1, "pmullb z1.q, z15.d, z13.d"],
  [0x4514d4d9, "adclt z25.s, z6.s, z20.s"],
  [0x25a6edb5, "sqsub z21.s, z21.s, #27904"],
  [0x256ad7b2, "smin z18.h, z18.h, #-67"],
  [0x2503cc23, "brkpa p3.b, p3/z, p1.b, p3.b"],
  [0x253633bd, "whilerw p13.b, x29, x22"],
  [0x25a1ad00, "firstp x0, p11, p8.s"],
  [0x643645b5, "fdot z21.h, z13.b, z6.b[4]"],
  [0x6432569b, "fmlalb z27.h, z20.b, z2.b[9]"],
  [0x643bcffc, "fmlallbb z28.s, z31.b, z3.b[15]"],
  [0x645ffff5, "fcvtzu z21.d, p7/z, z31.h"],
  [0x048bb064, "cnot z4.s, p4/z, z3.s"],
  [0x44d898da, "sqadd z26.d, p6/m, z26.d, z6.d"],
  [0x4440a1cd, "<undefined>"],
  [0x04cc22de, "smaxqv v30.2d, p0, z22.d"],
  [0x052a241b, "dupq z27.h, z0.h[2]"],
  [0x0569389f, "pmov z31[0], p4.s"],
  [0x25e07215, "pext p5.d, pn8[2]"],
  [0x453feb68, "aesemc { z8.b - z11.b }, { z8.b - z11.b }, z27.q[3]"],
  [0x65d03977, "fcmgt p7.d, p6/z, z11.d, #0.0"],
  [0x65588c21, "fadd z1.h, p3/m, z1.h, #1.0"],
  [0x05b43ab7, "insr z23.s, s21"],
  [0x45b30904, "sqrshrun z4.h, { z8.s, z9.s }, #13"],
  [0x04bf5eee, "rdsvl x14, #-9"],
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

  it("tags SVE data processing with the extension that added each form", () => {
    expect(decode(0x0463341c).feature).toBe("FEAT_SVE2"); // xar
    expect(decode(0x448ec24b).feature).toBe("FEAT_SVE2p1"); // sclamp
    expect(decode(0x048bb064).feature).toBe("FEAT_SVE2p2"); // cnot, zeroing
    expect(decode(0x450d69e1).feature).toEqual(["FEAT_SVE2", "FEAT_SVE_PMULL128"]);
    expect(decode(0x6432569b).feature).toEqual(["FEAT_SVE2", "FEAT_FP8FMA"]);
    expect(decode(0x643645b5).feature).toEqual(["FEAT_SVE2", "FEAT_FP8DOT2"]);
    expect(decode(0x453feb68).feature).toEqual(["FEAT_SVE2", "FEAT_SVE_AES2"]);
    expect(decode(0x04e10832).feature).toEqual(["FEAT_SVE", "FEAT_CPA"]); // addpt
    expect(decode(0x05b81952).feature).toEqual(["FEAT_SVE", "FEAT_F64MM"]); // trn1 .q
    expect(decode(0x04c69fff).feature).toBe("FEAT_SVE2"); // sqshl z31.d, p7/m, z31.d, #63
    expect(decode(0x64e06000).feature).toBe("FEAT_SVE2p1"); // bfmlslb z0.s, z0.h, z0.h[0]
    expect(decode(0x0486a6c7).cls).toBe("sve");
  });

  it("decodes the Armv9.7 forms and tags them with the features that came after Features.json", () => {
    const cases: ReadonlyArray<readonly [number, string, string | readonly string[]]> = [
      [0x04a57814, "addqp z20.s, z0.s, z5.s", "FEAT_SVE2p3"],
      [0x04717f2c, "addsubp z12.h, z25.h, z17.h", "FEAT_SVE2p3"],
      [0x44d0b0cb, "subp z11.d, p4/m, z11.d, z6.d", "FEAT_SVE2p3"],
      [0x4447d5b2, "sabal z18.h, z13.b, z7.b", "FEAT_SVE2p3"],
      [0x44c9dfd6, "uabal z22.d, z30.s, z9.s", "FEAT_SVE2p3"],
      [0x44430028, "sdot z8.h, z1.b, z3.b", "FEAT_SVE2p3"],
      [0x446e01d2, "sdot z18.h, z14.b, z6.b[5]", "FEAT_SVE2p3"],
      [0x44760601, "udot z1.h, z16.b, z6.b[6]", "FEAT_SVE2p3"],
      [0x654c39cb, "scvtflt z11.h, z14.b", "FEAT_SVE2p3"],
      [0x65cc3420, "ucvtf z0.d, z1.s", "FEAT_SVE2p3"],
      [0x45af0154, "sqshrn z20.b, { z10.h, z11.h }, #1", "FEAT_SVE2p3"],
      [0x45b60245, "sqshrn z5.h, { z18.s, z19.s }, #10", "FEAT_SVE2p3"],
      [0x452faeb7, "luti6 z23.b, { z21.b, z22.b }, z15", "FEAT_SVE2p3"],
      [0x45fead44, "luti6 z4.h, { z10.h, z11.h }, z30[1]", "FEAT_SVE2p3"],
      [0x64aee05a, "fmmla z26.h, z2.h, z14.h", ["FEAT_SVE2p3", "FEAT_F16MM"]],
      [0x64f9e155, "bfmmla z21.h, z10.h, z25.h", ["FEAT_SVE", "FEAT_SVE_B16MM"]],
    ];
    for (const [word, text, feature] of cases) {
      expect(disassemble(word)).toBe(text);
      expect(decode(word).feature).toEqual(feature);
    }
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

  it("prints LLVM's exact text for every word it decodes", () => {
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
    expect(wrong).toEqual([]);
  });

  it("decodes every word LLVM decodes and no word LLVM rejects", () => {
    let agree = 0;
    const extra: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const ours = disassemble(words[i]!) !== "<undefined>";
      if (ours === (answers[i] !== null)) agree++;
      else if (ours) extra.push(words[i]!.toString(16).padStart(8, "0"));
    }
    expect(extra).toEqual([]);
    expect(agree).toBe(words.length);
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
