/**
 * SME2 table lookups in ZT0: LUTI2 and LUTI4 into one, two or four Z registers (consecutive, or
 * strided in SME2p1), indexed by segments of a Z register; and SME2p3's LUTI6 of halfwords from a
 * table in a Z register pair.
 */
import type { EncodingLine } from "./format";
import { bin, ELEMENT, sme } from "./sme-line";

/** [mnemonic, opcode bits from bit 19 down, index width for 1, 2 and 4 destinations]. */
const TABLES = [
  ["luti2", "11", [4, 3, 2]],
  ["luti4", "101", [3, 2, 1]],
] as const;

function lookups(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [mn, op, [i1, i2, i4]] of TABLES) {
    const upper = mn.toUpperCase();
    for (let size = 0; size < 3; size++) {
      const e = ELEMENT[size]!;
      const sz = bin(size, 2);
      lines.push(
        sme(
          `${upper}_x1_${e.toUpperCase()}`,
          `11000000 11 00 ${op} i:${i1} ${sz} 00 zn:5 zd:5`,
          `${mn} {z:zd:${e}}, zt0, {z:zn}[{=i}]`,
          "FEAT_SME2",
        ),
        sme(
          `${upper}_x2_${e.toUpperCase()}`,
          `11000000 10 00 ${op} i:${i2} 1 ${sz} 00 zn:5 zd:4 0`,
          `${mn} {L2:zd:${e}}, zt0, {z:zn}[{=i}]`,
          "FEAT_SME2",
        ),
      );
      // Four 8-bit results exist only for LUTI2.
      if (size > 0 || mn === "luti2") {
        lines.push(
          sme(
            `${upper}_x4_${e.toUpperCase()}`,
            `11000000 10 00 ${op} i:${i4} 10 ${sz} 00 zn:5 zd:3 00`,
            `${mn} {L4:zd:${e}}, zt0, {z:zn}[{=i}]`,
            "FEAT_SME2",
          ),
        );
      }
      // Strided destinations (SME2p1): bytes and halfwords, LUTI4 x4 halfwords only.
      if (size < 2) {
        lines.push(
          sme(
            `${upper}_strided_x2_${e.toUpperCase()}`,
            `11000000 10 01 ${op} i:${i2} 1 ${sz} 00 zn:5 t:1 0 zd:3`,
            `${mn} {S2:t.zd:${e}}, zt0, {z:zn}[{=i}]`,
            "FEAT_SME2p1",
          ),
        );
      }
      if (size === 1 || (size === 0 && mn === "luti2")) {
        lines.push(
          sme(
            `${upper}_strided_x4_${e.toUpperCase()}`,
            `11000000 10 01 ${op} i:${i4} 10 ${sz} 00 zn:5 t:1 00 zd:2`,
            `${mn} {S4:t.zd:${e}}, zt0, {z:zn}[{=i}]`,
            "FEAT_SME2p1",
          ),
        );
      }
    }
  }
  return lines;
}

/** LUTI4 of four bytes indexed by a register pair (FEAT_SME_LUTv2), consecutive or strided. */
const PAIR_INDEXED: readonly EncodingLine[] = [
  sme("LUTI4_x4_B_pair", "11000000 10001011 000000 zn:4 0 zd:3 00", "luti4 {L4:zd:b}, zt0, {N2:zn}", "FEAT_SME_LUTv2"),
  sme(
    "LUTI4_strided_x4_B_pair",
    "11000000 10011011 000000 zn:4 0 t:1 00 zd:2",
    "luti4 {S4:t.zd:b}, zt0, {N2:zn}",
    "FEAT_SME_LUTv2",
  ),
];

/**
 * LUTI6 (FEAT_SME2p3): one or four byte vectors from ZT0 (four indexed by three registers' 6-bit
 * segments), or four halfword vectors from a two-register table indexed by a register pair.
 */
const SIX_BIT: readonly EncodingLine[] = [
  sme("LUTI6_x1_B", "11000000 11001000 010000 zn:5 zd:5", "luti6 {z:zd:b}, zt0, {z:zn}", "FEAT_SME2p3"),
  sme("LUTI6_x4_B", "11000000 10001010 000000 zn:3 00 zd:3 00", "luti6 {L4:zd:b}, zt0, {R3:zn}", "FEAT_SME2p3"),
  sme(
    "LUTI6_strided_x4_B",
    "11000000 10011010 000000 zn:3 00 t:1 00 zd:2",
    "luti6 {S4:t.zd:b}, zt0, {R3:zn}",
    "FEAT_SME2p3",
  ),
  sme(
    "LUTI6_x4_H_table",
    "11000001 0 i:1 1 zm:5 111101 zn:5 zd:3 00",
    "luti6 {L4:zd:h}, {A2:zn:h}, {P2:zm}[{=i}]",
    "FEAT_SME2p3",
  ),
  sme(
    "LUTI6_strided_x4_H_table",
    "11000001 0 i:1 1 zm:5 111111 zn:5 t:1 00 zd:2",
    "luti6 {S4:t.zd:h}, {A2:zn:h}, {P2:zm}[{=i}]",
    "FEAT_SME2p3",
  ),
];

export const SME2_LOOKUP: readonly EncodingLine[] = [...lookups(), ...PAIR_INDEXED, ...SIX_BIT];
