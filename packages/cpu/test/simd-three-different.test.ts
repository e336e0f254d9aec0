import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const NAMES = /^([SU](ADD|SUB)[LW]|R?(ADD|SUB)HN|[SU]ABAL|[SU]ABDL|[SU]ML[AS]L|[SU]MULL|SQDML[AS]L|SQDMULL)_v$/;
const THREE_DIFFERENT = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD three-different forms against qemu-aarch64", () => {
  it.each([0x3d1f, 0x5d1ff, 0x0d1ff00d])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, THREE_DIFFERENT, randomFpcr));
  });
});
