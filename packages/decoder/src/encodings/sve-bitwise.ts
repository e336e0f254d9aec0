/**
 * SVE2 bitwise ternary operations and XAR, plus the SVE trigonometric select and exponential
 * accelerators (FTSSEL, FEXPA) of the unpredicated integer-misc group (top byte 0x04, bit 21 set).
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve, unpredicatedTsz } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2 = { feature: "FEAT_SVE2" } as const;

// biome-ignore format: one aligned line per encoding
export const SVE_BITWISE: readonly EncodingLine[] = [
  sve("EOR3_sve","00000100 00 1 zm:5 001110 zk:5 zdn:5", "eor3 {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("BCAX_sve","00000100 01 1 zm:5 001110 zk:5 zdn:5", "bcax {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("BSL",    "00000100 00 1 zm:5 001111 zk:5 zdn:5", "bsl {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("BSL1N",  "00000100 01 1 zm:5 001111 zk:5 zdn:5", "bsl1n {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("BSL2N",  "00000100 10 1 zm:5 001111 zk:5 zdn:5", "bsl2n {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("NBSL",   "00000100 11 1 zm:5 001111 zk:5 zdn:5", "nbsl {d:zd}, {d:zd}, {m:zd}, {n:zd}", SVE2),
  sve("XAR_sve", "00000100 tszh:2 1 tszl:2 imm3:3 001101 zm:5 zdn:5", "xar {d:zU}, {d:zU}, {n:zU}, #{ushr}", { ...SVE2, when: unpredicatedTsz }),
  sve("FTSSEL", "00000100 size:2 1 zm:5 101100 zn:5 zd:5", "ftssel {d:zT}, {n:zT}, {m:zT}", { ...SVE, when: sizes(1, 2, 3) }),
  sve("FEXPA",  "00000100 size:2 1 00000 101110 zn:5 zd:5", "fexpa {d:zT}, {n:zT}", { ...SVE, when: sizes(1, 2, 3) }),
];
