import { describe, expect, it } from "vitest";
import { decode, disassemble, opcodeId } from "../src/index";

/** Scalar FP words with the exact text llvm-mc-22 -mattr=+all prints for them. */
const LLVM_SAYS: ReadonlyArray<readonly [number, string]> = [
  [0x1e212800, "fadd s0, s0, s1"],
  [0x1e602820, "fadd d0, d1, d0"],
  [0x1ee22820, "fadd h0, h1, h2"],
  [0x9e780020, "fcvtzs x0, d1"],
  [0x1e220020, "scvtf s0, w1"],
  [0x9e020400, "scvtf s0, x0, #63"],
  [0x9e660020, "fmov x0, d1"],
  [0x1e270020, "fmov s0, w1"],
  [0x9eaf0020, "fmov v0.d[1], x1"],
  [0x1e7e1000, "fmov d0, #-1.00000000"],
  [0x1e2e1000, "fmov s0, #1.00000000"],
  [0x1ee04020, "fmov h0, h1"],
  [0x1e624020, "fcvt s0, d1"],
  [0x1e63c020, "fcvt h0, d1"],
  [0x1ee2c020, "fcvt d0, h1"],
  [0x1e634000, "bfcvt h0, s0"],
  [0x1e61c020, "fsqrt d0, d1"],
  [0x1e274020, "frintx s0, s1"],
  [0x1e602020, "fcmp d1, d0"],
  [0x1e602038, "fcmpe d1, #0.0"],
  [0x1e212008, "fcmp s0, #0.0"],
  [0x1e610424, "fccmp d1, d1, #4, eq"],
  [0x1e610c20, "fcsel d0, d1, d1, eq"],
  [0x1f420c20, "fmadd d0, d1, d2, d3"],
  [0x1f624c20, "fnmadd d0, d1, d2, d19"],
  [0x1e7e0000, "fjcvtzs w0, d0"],
  [0x9e3a0020, "fcvtas d0, s1"],
  [0x1e7a0020, "fcvtas s0, d1"],
  [0x1e4e1000, "<undefined>"],
  [0x1e3a0000, "<undefined>"],
  [0x1ec20000, "<undefined>"],
];

describe("scalar floating point", () => {
  it.each(LLVM_SAYS)("disassembles %#010x as LLVM does", (word, text) => {
    expect(disassemble(word)).toBe(text);
  });

  it("tags half-precision forms with FEAT_FP16 and single/double forms with FEAT_FP only", () => {
    expect(decode(0x1ee22820).feature).toEqual(["FEAT_FP", "FEAT_FP16"]);
    expect(decode(0x1e212800).feature).toBe("FEAT_FP");
    expect(decode(0x1e212800).cls).toBe("fp");
  });

  it("tags BFCVT with FEAT_BF16, FJCVTZS with FEAT_JSCVT and FRINT32Z with FEAT_FRINTTS", () => {
    expect(decode(0x1e634000).feature).toEqual(["FEAT_FP", "FEAT_BF16"]);
    expect(decode(0x1e7e0000).feature).toEqual(["FEAT_FP", "FEAT_JSCVT"]);
    expect(decode(0x1e284020).feature).toEqual(["FEAT_FP", "FEAT_FRINTTS"]);
  });

  it("tags conversions whose integer lives in a SIMD&FP register with FEAT_FPRCVT", () => {
    expect(decode(0x9e3a0020).feature).toEqual(["FEAT_FP", "FEAT_FPRCVT"]);
    expect(decode(0x9efa0130).feature).toEqual(["FEAT_FP", "FEAT_FP16", "FEAT_FPRCVT"]);
  });

  it("rejects 32-bit fixed-point conversions with fewer than 32 fraction bits (scale < 32)", () => {
    expect(decode(0x1e020400).id).toBe(0);
    expect(decode(0x1e028000).name).toBe("SCVTF_fix_sd");
  });

  it("reports the FCCMP fields by name", () => {
    const insn = decode(0x1e610424);
    expect(insn.id).toBe(opcodeId("FCCMP_sd"));
    expect(insn.fields).toMatchObject({ ftype: 1, rm: 1, cond: 0, rn: 1, nzcv: 4 });
  });
});
