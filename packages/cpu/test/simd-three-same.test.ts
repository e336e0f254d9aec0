import { haveTools } from "@a64vm/tooling/tools";
import { describe, it } from "vitest";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf, randomFpcr } from "./random-blocks";

const NAMES =
  /^(SHADD|SQADD|SRHADD|SHSUB|SQSUB|SQSHL|SRSHL|SQRSHL|SABA|MLA|SQDMULH|UHADD|UQADD|URHADD|UHSUB|UQSUB|UQSHL|URSHL|UQRSHL|UABA|MLS|PMUL|SQRDMULH)_v$/;
const THREE_SAME_INTEGER = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD three-same integer forms against qemu-aarch64", () => {
  it.each([0x3a3e, 0x5a3e5a3e, 0x0bad5eed])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, THREE_SAME_INTEGER, randomFpcr));
  });
});
