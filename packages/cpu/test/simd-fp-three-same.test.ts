import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const FP_THREE_SAME = poolOf(
  (o) =>
    o.cls === "simd" &&
    /^F(ADD|SUB|MUL|MULX|DIV|MAX|MIN|MAXNM|MINNM|MLA|MLS|ABD|RECPS|RSQRTS|CMEQ|CMGE|CMGT|ACGE|ACGT)P?_v$/.test(o.name),
);

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD FP three-same (single, double) against qemu-aarch64", () => {
  it.each([0xf3, 0xd0b1e, 0x5eed3, 0x7ff0f00d])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, FP_THREE_SAME, randomFpcr));
  });
});
