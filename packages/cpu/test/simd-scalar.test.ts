import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const NAMES = /_(s|imm_s|fix_s|elem_s|pair_s)$/;
const SCALAR = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD scalar forms against qemu-aarch64", () => {
  it.each([0x5ca1a, 0x5ca1a5, 0x5ca1a500, 0x1a5ca1])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, SCALAR, randomFpcr));
  });
});
