import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const ACROSS_FP = poolOf((o) => /^F(MAX|MIN)(NM)?V/.test(o.name) && o.cls === "simd");

describe.skipIf(!haveTools("qemu-aarch64"))("FP max/min across lanes against qemu-aarch64", () => {
  it.each([0x4cf0a, 0x5a5a17, 0x600dface])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, ACROSS_FP, randomFpcr));
  });
});
