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
  // SME2 strided multi-vector loads and stores.
  [0xa105a1a0, "ld1h { z0.h, z4.h, z8.h, z12.h }, pn8/z, [x13, x5, lsl #1]"],
  [0xa1665e19, "stnt1w { z17.s, z25.s }, pn15, [x16, #12, mul vl]"],
  // Outer products: BMOPA, non-widening half and FP8, sparse (TMOP) and quarter-tile (MOP4).
  [0x808cad6b, "bmopa za3.s, p3/m, p5/m, z11.s, z12.s"],
  [0x818a9c89, "fmopa za1.h, p7/m, p4/m, z4.h, z10.h"],
  [0x80ae34e9, "fmopa za1.h, p5/m, p1/m, z7.b, z14.b"],
  [0x805a8708, "stmopa za0.s, { z24.h, z25.h }, z26.h, z21[0]"],
  [0x80671888, "ftmopa za0.h, { z4.b, z5.b }, z7.b, z30[0]"],
  [0xa0f2015c, "sumop4s za4.d, z10.h, { z18.h, z19.h }"],
  [0xa1e8035d, "umop4s za5.d, { z10.h, z11.h }, z24.h"],
  // ZA array vectors: indexed, multi-by-single, multi-by-multi, single, accumulate.
  [0xc109a422, "smlall za.s[w9, 8:11], z1.b, z9.b[9]"],
  [0xc19e36b0, "fmlal za.h[w9, 0:1, vgx2], { z20.b, z21.b }, z14.b[4]"],
  [0xc115b28c, "fmla za.h[w9, 4, vgx4], { z20.h - z23.h }, z5.h[1]"],
  [0xc1dc0887, "fvdotb za.s[w8, 7, vgx4], { z4.b, z5.b }, z12.b[0]"],
  [0xc17863d8, "umlsll za.d[w11, 0:3, vgx4], { z30.h, z31.h, z0.h, z1.h }, z8.h"],
  [0xc1b533b0, "fdot za.s[w9, 0, vgx4], { z28.b - z31.b }, { z20.b - z23.b }"],
  [0xc16c4638, "umlsll za.d[w10, 0:3], z17.h, z12.h"],
  [0xc1e05e8d, "fsub za.d[w10, 5, vgx2], { z20.d, z21.d }"],
  // Tile moves, lookups and multi-vector operations.
  [0xc0c2c0e5, "mov z5.d, p0/m, za3v.d[w14, 1]"],
  [0xc0d041c0, "addha za0.d, p0/m, p2/m, z14.d"],
  [0xc0cc2077, "luti2 z23.s, zt0, z3[0]"],
  [0xc09c9141, "luti2 { z1.h, z5.h, z9.h, z13.h }, zt0, z10[0]"],
  [0xc1ad8c84, "sel { z4.s - z7.s }, pn11, { z4.s - z7.s }, { z12.s - z15.s }"],
  [0xc1a2da43, "sqrshru z3.h, { z16.d - z19.d }, #62"],
  [0xc138d41c, "zip { z28.q, z29.q }, z0.q, z24.q"],
  [0xc16ba02e, "smin { z14.h, z15.h }, { z14.h, z15.h }, z11.h"],
  [0xc13ce698, "bfmul { z24.h, z25.h }, { z20.h, z21.h }, { z28.h, z29.h }"],
  // Conversions, ZERO and ZT0.
  [0xc133e040, "sqcvtn z0.b, { z0.s - z3.s }"],
  [0xc126e000, "f1cvt { z0.h, z1.h }, z0.b"],
  [0xc1a8e000, "frintn { z0.s, z1.s }, { z0.s, z1.s }"],
  [0xc0080033, "zero {za0.s,za1.s}"],
  [0xc00800ff, "zero {za}"],
  [0xc00f6001, "zero za.d[w11, 4:7, vgx2]"],
  [0xe11f83c0, "ldr zt0, [x30]"],
  [0xc04c73fe, "movt x30, zt0[56]"],
  [0xc08b0354, "luti4 { z20.b - z23.b }, zt0, { z26, z27 }"],
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

  it("tags the SME2 and later forms with every feature they need, spelt as in Features.json", () => {
    expect(decode(0xa105a1a0).feature).toBe("FEAT_SME2");
    expect(decode(0x818a9c89).feature).toBe("FEAT_SME_F16F16");
    expect(decode(0x80ae34e9).feature).toBe("FEAT_SME_F8F16");
    expect(decode(0xc1b533b0).feature).toBe("FEAT_SME_F8F32");
    expect(decode(0x80671888).feature).toEqual(["FEAT_SME_TMOP", "FEAT_SME_F8F16"]);
    expect(decode(0xa0f2015c).feature).toEqual(["FEAT_SME_MOP4", "FEAT_SME_I16I64"]);
    expect(decode(0xc1e05e8d).feature).toEqual(["FEAT_SME2", "FEAT_SME_F64F64"]);
    expect(decode(0xc115b28c).feature).toEqual(["FEAT_SME2p1", "FEAT_SME_F16F16"]);
    expect(decode(0xc09c9141).feature).toBe("FEAT_SME2p1");
    expect(decode(0xc13ce698).feature).toEqual(["FEAT_SME2", "FEAT_SVE_BFSCALE"]);
    expect(decode(0xc126e000).feature).toEqual(["FEAT_SME2", "FEAT_FP8"]);
    expect(decode(0xc00f6001).feature).toBe("FEAT_SME2p1");
    expect(decode(0xc08b0354).feature).toBe("FEAT_SME_LUTv2");
    expect(disassemble(0xc17cf750)).toBe("luti6 { z16.h - z19.h }, { z26.h, z27.h }, { z28, z29 }[1]");
    expect(disassemble(0xc160feb0)).toBe("luti6 { z16.h, z20.h, z24.h, z28.h }, { z21.h, z22.h }, { z0, z1 }[1]");
    expect(decode(0xc17cf750).feature).toBe("FEAT_SME2p3");
    expect(disassemble(0xc09a0380)).toBe("luti6 { z0.b, z4.b, z8.b, z12.b }, zt0, { z7 - z9 }");
    expect(disassemble(0xc08a0204)).toBe("luti6 { z4.b - z7.b }, zt0, { z4 - z6 }");
    expect(disassemble(0xc0c841eb)).toBe("luti6 z11.b, zt0, z15");
    expect(decode(0xc1ad8c84).cls).toBe("sme");
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

  it("prints LLVM's exact text for every SME word it decodes, and decodes nearly every word LLVM does", () => {
    let decoded = 0;
    let missed = 0;
    let llvmValid = 0;
    const wrong: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const ours = disassemble(words[i]!);
      const llvm = answers[i] ?? "<undefined>";
      if (llvm !== "<undefined>") llvmValid++;
      if (ours === "<undefined>") {
        if (llvm !== "<undefined>") missed++;
        continue;
      }
      decoded++;
      if (ours !== llvm) wrong.push(`${words[i]!.toString(16).padStart(8, "0")} ours: ${ours} llvm: ${llvm}`);
    }
    console.log(
      `SME: decoded ${decoded} of ${words.length}, wrong text ${wrong.length}, missed ${missed} of ${llvmValid}`,
    );
    if (wrong.length > 0) console.log(wrong.slice(0, 20).join("\n"));
    expect(wrong).toEqual([]);
    expect(missed).toBe(0);
  });
});
