import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const NAMES = /(_imm_v|_fix_vh?)$/;
const SHIFT_IMMEDIATE = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))(
  "AdvSIMD shift by immediate and fixed-point conversions against qemu-aarch64",
  () => {
    it.each([0x5b1f7, 0x15b1f7, 0x5b1f7000, 0x7e57])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
      expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, SHIFT_IMMEDIATE, randomFpcr));
    });
  },
);
