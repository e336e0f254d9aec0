import { haveTools } from "@a64vm/tooling/tools";
import { beforeAll, describe, expect, it } from "vitest";
import { FP_SIMD_ENCODINGS } from "../src/encodings/simd-index";
import { decode, disassemble } from "../src/index";
import { randomWords, sampleLines } from "./support/corpus";
import { llvmDisassemble } from "./support/llvm-oracle";

/** AdvSIMD words with the exact text llvm-mc-22 -mattr=+all prints for them. */
const LLVM_SAYS: ReadonlyArray<readonly [number, string]> = [
  [0x4e228420, "add v0.16b, v1.16b, v2.16b"],
  [0x6ee28420, "sub v0.2d, v1.2d, v2.2d"],
  [0x0ea21c20, "orr v0.8b, v1.8b, v2.8b"],
  [0x0ea11c20, "mov v0.8b, v1.8b"],
  [0x2e205820, "mvn v0.8b, v1.8b"],
  [0x0e21c020, "smull v0.8h, v1.8b, v1.8b"],
  [0x4ea1d020, "sqdmull2 v0.2d, v1.4s, v1.4s"],
  [0x6e21f820, "frint64x v0.4s, v1.4s"],
  [0x4f0fa420, "sshll2 v0.8h, v1.16b, #7"],
  [0x2f08a420, "ushll v0.8h, v1.8b, #0"],
  [0x0f0a8420, "shrn v0.8b, v1.8h, #6"],
  [0x4f080420, "sshr v0.16b, v1.16b, #8"],
  [0x4e0c0c20, "dup v0.4s, w1"],
  [0x0e0c3c20, "mov w0, v1.s[1]"],
  [0x4e083c20, "mov x0, v1.d[0]"],
  [0x6e0c2420, "mov v0.s[1], v1.s[1]"],
  [0x5e0c0420, "mov s0, v1.s[1]"],
  [0x0e823820, "zip1 v0.2s, v1.2s, v2.2s"],
  [0x6e010020, "ext v0.16b, v1.16b, v1.16b, #0"],
  [0x4e021020, "tbx v0.16b, { v1.16b }, v2.16b"],
  [0x4e006000, "tbl v0.16b, { v0.16b, v1.16b, v2.16b, v3.16b }, v0.16b"],
  [0x0f070600, "movi v0.2s, #240"],
  [0x0f00c400, "movi v0.2s, #0, msl #8"],
  [0x6f07e7e0, "movi v0.2d, #0xffffffffffffffff"],
  [0x6f00e500, "movi v0.2d, #0x000000ff000000"],
  [0x2f00e400, "movi d0, #0000000000000000"],
  [0x4f03f600, "fmov v0.4s, #1.00000000"],
  [0x4f821020, "fmla v0.4s, v1.4s, v2.s[0]"],
  [0x4fc21820, "fmla v0.2d, v1.2d, v2.d[1]"],
  [0x0f62c020, "sqdmulh v0.4h, v1.4h, v2.h[2]"],
  [0x2f82e020, "udot v0.2s, v1.8b, v2.4b[0]"],
  [0x4e829420, "sdot v0.4s, v1.16b, v2.16b"],
  [0x6e82a420, "ummla v0.4s, v1.16b, v2.16b"],
  [0x6f803000, "fcmla v0.4s, v0.4s, v0.s[0], #90"],
  [0x4ee2e020, "pmull2 v0.1q, v1.2d, v2.2d"],
  [0x6e30c820, "fmaxnmv s0, v1.4s"],
  [0x0e31b820, "addv b0, v1.8b"],
  [0x4e284820, "aese v0.16b, v1.16b"],
  [0x5e020020, "sha1c q0, s1, v2.4s"],
  [0xce020c20, "eor3 v0.16b, v1.16b, v2.16b, v3.16b"],
  [0xce800420, "xar v0.2d, v1.2d, v0.2d, #1"],
  [0x4c407020, "ld1 { v0.16b }, [x1]"],
  [0x4cdf2020, "ld1 { v0.16b, v1.16b, v2.16b, v3.16b }, [x1], #64"],
  [0x0cc0a000, "ld1 { v0.8b, v1.8b }, [x0], x0"],
  [0x0d40e020, "ld3r { v0.8b, v1.8b, v2.8b }, [x1]"],
  [0x4d20a420, "st4 { v0.d, v1.d, v2.d, v3.d }[1], [x1]"],
  [0x0ddfc420, "ld1r { v0.4h }, [x1], #2"],
  [0x4ec01000, "luti2 v0.8h, { v0.8h }, v0[1]"],
  [0x0ee08400, "<undefined>"],
  [0x0e000400, "<undefined>"],
  [0x0cdf8c00, "<undefined>"],
];

/** The FP8 forms FPMR controls, each with the feature that makes it exist. */
const FP8_FORMS: ReadonlyArray<readonly [number, string, string]> = [
  [0x2e617820, "f2cvtl v0.8h, v1.8b", "FEAT_FP8"],
  [0x6ee17b30, "bf2cvtl2 v16.8h, v25.16b", "FEAT_FP8"],
  [0x4e00f400, "fcvtn2 v0.16b, v0.4s, v0.4s", "FEAT_FP8"],
  [0x0e40f400, "fcvtn v0.8b, v0.4h, v0.4h", "FEAT_FP8"],
  [0x6ec03c00, "fscale v0.8h, v0.8h, v0.8h", "FEAT_FP8"],
  [0x0e42c420, "fmlallbt v0.4s, v1.16b, v2.16b", "FEAT_FP8FMA"],
  [0x0fed0933, "fmlalb v19.8h, v9.16b, v5.b[13]", "FEAT_FP8FMA"],
  [0x4e40fc00, "fdot v0.8h, v0.16b, v0.16b", "FEAT_FP8DOT2"],
  [0x4e00fc00, "fdot v0.4s, v0.16b, v0.16b", "FEAT_FP8DOT4"],
];

describe("Advanced SIMD", () => {
  it.each(LLVM_SAYS)("disassembles %#010x as LLVM does", (word, text) => {
    expect(disassemble(word)).toBe(text);
  });

  it.each(FP8_FORMS)("decodes the FP8 form %#010x (%s) as needing %s", (word, text, feature) => {
    expect(disassemble(word)).toBe(text);
    expect(decode(word).feature).toContain(feature);
  });

  it("tags crypto with its own extension and class", () => {
    expect(decode(0x4e284820).cls).toBe("crypto");
    expect(decode(0x4e284820).feature).toEqual(["FEAT_AdvSIMD", "FEAT_AES"]);
    expect(decode(0xce020c20).feature).toEqual(["FEAT_AdvSIMD", "FEAT_SHA3"]);
    expect(decode(0x4ee2e020).feature).toEqual(["FEAT_AdvSIMD", "FEAT_PMULL"]);
  });

  it("tags dot products, matrix multiply, complex and RDM forms with their features", () => {
    expect(decode(0x4e829420).feature).toEqual(["FEAT_AdvSIMD", "FEAT_DotProd"]);
    expect(decode(0x6e82a420).feature).toEqual(["FEAT_AdvSIMD", "FEAT_I8MM"]);
    expect(decode(0x6f803000).feature).toEqual(["FEAT_AdvSIMD", "FEAT_FCMA"]);
    expect(decode(0x6e838553).feature).toEqual(["FEAT_AdvSIMD", "FEAT_RDM"]);
    expect(decode(0x4ec01000).feature).toEqual(["FEAT_AdvSIMD", "FEAT_LUT"]);
    // Armv9.7-A half-precision forms: features newer than Features.json.
    expect(decode(0x4e82fc20).feature).toEqual(["FEAT_AdvSIMD", "FEAT_F16F32DOT"]);
    expect(decode(0x4f629820).feature).toEqual(["FEAT_AdvSIMD", "FEAT_F16F32DOT"]);
    expect(decode(0x4e42ec20).feature).toEqual(["FEAT_AdvSIMD", "FEAT_F16F32MM"]);
    expect(decode(0x4ec2ec20).feature).toEqual(["FEAT_AdvSIMD", "FEAT_F16MM"]);
    expect(disassemble(0x4ec2ec20)).toBe("fmmla v0.8h, v1.8h, v2.8h");
  });

  it("classes structure loads and stores as load-store", () => {
    expect(decode(0x4c407020).cls).toBe("load-store");
    expect(decode(0x4e228420).cls).toBe("simd");
  });
});

const ok = haveTools("llvm-mc");

/** Random words in the FP/AdvSIMD data-processing space (op0 = x111) and the structure loads/stores. */
function fpSimdWords(count: number, seed: number): Uint32Array {
  const words = randomWords(count, seed);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    words[i] = i % 8 === 0 ? ((w & 0x40ffffff) | 0x0c000000) >>> 0 : (w | 0x0e000000) >>> 0;
  }
  return words;
}

describe.skipIf(!ok)("FP and AdvSIMD agree with llvm-mc-22 -mattr=+all", () => {
  let sampled: { words: Uint32Array; answers: (string | null)[] };
  let random: { words: Uint32Array; answers: (string | null)[] };

  beforeAll(async () => {
    const lineWords = sampleLines(FP_SIMD_ENCODINGS, 32, 0xf9);
    const randomSet = fpSimdWords(300_000, 0x51d);
    const [a, b] = await Promise.all([llvmDisassemble(lineWords), llvmDisassemble(randomSet)]);
    sampled = { words: lineWords, answers: a };
    random = { words: randomSet, answers: b };
  }, 240_000);

  function mismatches(set: { words: Uint32Array; answers: (string | null)[] }): string[] {
    const out: string[] = [];
    for (let i = 0; i < set.words.length; i++) {
      const ours = disassemble(set.words[i]!);
      const llvm = set.answers[i] ?? "<undefined>";
      if (ours !== llvm) out.push(`${set.words[i]!.toString(16).padStart(8, "0")} ours: ${ours} llvm: ${llvm}`);
    }
    return out;
  }

  it("prints LLVM's text for every encoding line sampled 32 times across its fields", () => {
    const bad = mismatches(sampled);
    if (bad.length > 0) console.log(bad.slice(0, 20).join("\n"));
    expect(bad.length / sampled.words.length).toBeLessThan(0.001);
  });

  it("agrees on validity and text for 300,000 random FP/AdvSIMD words", () => {
    const bad = mismatches(random);
    console.log(`FP/AdvSIMD random words: ${random.words.length}, text mismatches: ${bad.length}`);
    if (bad.length > 0) console.log(bad.slice(0, 20).join("\n"));
    expect(bad.length / random.words.length).toBeLessThan(0.001);
  });
});
