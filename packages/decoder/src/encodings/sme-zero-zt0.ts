/**
 * ZERO of ZA tiles (by mask) and of ZA array vectors (SME2p1), and the SME2 lookup table ZT0:
 * ZERO { zt0 }, LDR/STR ZT0 and MOVT between ZT0 and a general register.
 */
import type { EncodingLine } from "./format";
import { sme } from "./sme-line";

/** ZERO za.d[...] forms: [bits 17:16, bit 15, offset field, how the offset prints]. */
const ZERO_ARRAY = [
  ["00", "0", "off:3", "{=off}, vgx2"],
  ["10", "0", "off:3", "{=off}, vgx4"],
  ["00", "1", "off:3", "{r2:off}"],
  ["01", "0", "0 off:2", "{r2:off}, vgx2"],
  ["01", "1", "0 off:2", "{r2:off}, vgx4"],
  ["10", "1", "0 off:2", "{r4:off}"],
  ["11", "0", "00 off:1", "{r4:off}, vgx2"],
  ["11", "1", "00 off:1", "{r4:off}, vgx4"],
] as const;

export const SME_ZERO_ZT0: readonly EncodingLine[] = [
  sme("ZERO_za_mask", "11000000 00001000 00000000 mask:8", "zero {zamask:mask}", "FEAT_SME"),
  ...ZERO_ARRAY.map(([b17, b15, field, offset], i) =>
    sme(
      `ZERO_za_array_${i}`,
      `11000000 000011 ${b17} ${b15} rv:2 0000000000 ${field}`,
      `zero za.d[{w8:rv}, ${offset}]`,
      "FEAT_SME2p1",
    ),
  ),
  sme("ZERO_zt0", "11000000 01001000 00000000 00000001", "zero { zt0 }", "FEAT_SME2"),
  sme("LDR_zt0", "11100001 00 011111 100000 rn:5 00000", "ldr zt0, [{xsp:rn}]", "FEAT_SME2"),
  sme("STR_zt0", "11100001 00 111111 100000 rn:5 00000", "str zt0, [{xsp:rn}]", "FEAT_SME2"),
  sme("MOVT_to_x", "11000000 01001100 0 off:3 0011111 rt:5", "movt {x:rt}, zt0[{*8:off}]", "FEAT_SME2"),
  sme("MOVT_to_zt0", "11000000 01001110 0 off:3 0011111 rt:5", "movt zt0[{*8:off}], {x:rt}", "FEAT_SME2"),
];
