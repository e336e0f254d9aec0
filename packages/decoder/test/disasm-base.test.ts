import { describe, expect, it } from "vitest";
import { decode, disassemble } from "../src/index";

/** Words with the exact text llvm-mc-22 -mattr=+all prints for them (whitespace normalised). */
const LLVM_SAYS: ReadonlyArray<readonly [number, string]> = [
  [0xb2401fe0, "orr x0, xzr, #0xff"],
  [0xb2607fe0, "mov x0, #-4294967296"],
  [0x91000420, "add x0, x1, #1"],
  [0x91400420, "add x0, x1, #1, lsl #12"],
  [0x910003e0, "mov x0, sp"],
  [0x10000020, "adr x0, #4"],
  [0x90000020, "adrp x0, #16384"],
  [0xb1000c1f, "cmn x0, #3"],
  [0xf100041f, "cmp x0, #1"],
  [0x721f001f, "tst w0, #0x2"],
  [0xd2a00020, "mov x0, #65536"],
  [0x92800000, "mov x0, #-1"],
  [0x12800000, "mov w0, #-1"],
  [0xd2a00000, "movz x0, #0, lsl #16"],
  [0x72a00020, "movk w0, #1, lsl #16"],
  [0x93407c20, "sxtw x0, w1"],
  [0xd3441c20, "ubfx x0, x1, #4, #4"],
  [0x13017c20, "asr w0, w1, #1"],
  [0x53001c20, "uxtb w0, w1"],
  [0x93c10820, "ror x0, x1, #2"],
  [0xf9400420, "ldr x0, [x1, #8]"],
  [0x39000020, "strb w0, [x1]"],
  [0x3d800020, "str q0, [x1]"],
  [0xf9800020, "prfm pldl1keep, [x1]"],
  [0xd4000001, "svc #0"],
  [0xd4000121, "svc #0x9"],
  [0xd4401000, "hlt #0x80"],
  [0xd503201f, "nop"],
  [0xd503245f, "bti c"],
  [0xd50324bf, "hint #37"],
  [0xd503379f, "dsb nsh"],
  [0xd503309f, "ssbb"],
  [0xd503323f, "dsb oshnxs"],
  [0xd5033fdf, "isb"],
  [0xd50342ff, "msr DAIFClr, #2"],
  [0xd503467f, "smstop"],
  [0xd65f03c0, "ret"],
  [0xd71f0820, "braa x1, x0"],
  [0xd5380000, "mrs x0, MIDR_EL1"],
  [0xd538f000, "mrs x0, S3_0_C15_C0_0"],
  [0xd52b0000, "sysl x0, #3, c0, c0, #0"],
  [0x14000000, "b #0"],
  [0x00000000, "udf #0"],
  [0xb3675bfd, "bfi x29, xzr, #25, #23"],
  [0xd503241f, "bti r"],
  [0xd5033c9f, "dfb"],
  [0xd53b4440, "mrs x0, FPMR"],
  [0xd5182100, "msr APIAKeyLo_EL1, x0"],
  [0xd53c4300, "mrs x0, SPSR_irq"],
  [0xd50b7520, "ic ivau, x0"],
  [0xd508871f, "tlbi vmalle1"],
  [0xd5087520, "sys #0, c7, c5, #1, x0"],
  [0xd54887fc, "tlbip vaale1, x28, x29"],
  [0xb8200020, "ldadd w0, w0, [x1]"],
  [0xf83f0020, "ldadd xzr, x0, [x1]"],
  [0xb820003f, "stadd w0, [x1]"],
  [0x48e0fc41, "casalh w0, w1, [x2]"],
  [0xf8200c20, "ldraa x0, [x1, #0]!"],
  [0x78616820, "ldrh w0, [x1, x1]"],
  [0xb8615820, "ldr w0, [x1, w1, uxtw #2]"],
  [0x1c000020, "ldr s0, #4"],
  [0x6d7f8420, "ldp d0, d1, [x1, #-8]"],
  [0x8b2163e0, "add x0, sp, x1"],
  [0x1a9f17e0, "cset w0, eq"],
  [0x9b217c20, "smull x0, w1, w1"],
  [0x190656f8, "cpyfpwtwn [x24]!, [x6]!, x23!"],
  [0x19d76791, "setmn [x17]!, x28!, x23"],
  [0x744a2c2f, "cbhi w15, w10, #-636"],
  [0x990e0808, "stilp w8, w14, [x0, #-8]!"],
  [0xf8b9683b, "rprfm #19, x25, [x1]"],
  [0x5a9f27f9, "cneg w25, wzr, lo"],
  [0xd91f0e02, "gcsstr x2, [x16]"],
  [0xec91c81c, "sttp q28, q18, [x0], #560"],
  [0x1d4c0863, "ldapur b3, [x3, #192]"],
  [0xbcbd6373, "ldfmaxnma s29, s19, [x27]"],
  [0x3c200020, "ldbfadd h0, h0, [x1]"],
  [0xbc2a82bf, "stfadd s10, [x21]"],
  [0x4d4186f7, "ldap1 { v23.d }[1], [x23]"],
];

/** Armv9.7-A base forms, with the feature (newer than Features.json) each needs. */
const ARMV9P7_FORMS: ReadonlyArray<readonly [number, string, string]> = [
  [0xd95859d1, "ldap x17, x24, [x14]", "FEAT_LSCP"],
  [0xd9587a20, "ldapp x0, x24, [x17]", "FEAT_LSCP"],
  [0xd9165931, "stlp x17, x22, [x9]", "FEAT_LSCP"],
  [0x1ddf026a, "setgop [x10]!, x19!", "FEAT_MOPS_GO"],
  [0x1ddf72db, "setgomtn [x27]!, x22!", "FEAT_MOPS_GO"],
  [0x1ddfb123, "setgoetn [x3]!, x9!", "FEAT_MOPS_GO"],
  [0xd5800020, "tchangef x0, x1", "FEAT_TEV"],
  [0xd5860020, "tchangeb x0, x1, nb", "FEAT_TEV"],
  [0xd5940fee, "tchangeb x14, #127", "FEAT_TEV"],
  [0xd590015f, "tchangef xzr, #10", "FEAT_TEV"],
];

describe("disassemble, base A64", () => {
  it.each(ARMV9P7_FORMS)("decodes the Armv9.7 form %#010x as `%s`, needing %s", (word, text, feature) => {
    expect(disassemble(word)).toBe(text);
    expect(decode(word).feature).toBe(feature);
  });

  it("leaves a SETGO with the destination also the size register undefined, as LLVM does", () => {
    expect(disassemble(0x1ddf0000)).toBe("<undefined>");
  });

  it.each(LLVM_SAYS.map(([w, t]) => [w.toString(16).padStart(8, "0"), t, w] as const))(
    "prints %s as `%s`",
    (_hex, text, word) => {
      expect(disassemble(word)).toBe(text);
    },
  );

  it("prints PC-relative targets as llvm-mc offsets, or as absolute addresses given an address", () => {
    expect(disassemble(0x17ffffff)).toBe("b #-4");
    expect(disassemble(0x17ffffff, 0x400100n)).toBe("b 0x4000fc");
    expect(disassemble(0x90000020, 0x400123)).toBe("adrp x0, 0x404000");
  });
});
