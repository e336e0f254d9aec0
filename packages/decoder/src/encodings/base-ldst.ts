/** Base A64 "Loads and Stores" (op0 = x1x0): every addressing mode of the general and FP/SIMD registers. */
import { enc, unallocated } from "./format";

const ls = { cls: "load-store", feature: null } as const;
const lsFp = { cls: "load-store", feature: "FEAT_FP" } as const;

// biome-ignore format: one aligned line per encoding
export const BASE_LDST_UOFF = [
  // Load/store register (unsigned immediate)
  enc("STRB_uoff",  "00 111 0 01 00 imm12:12 rn:5 rt:5", ls),
  enc("LDRB_uoff",  "00 111 0 01 01 imm12:12 rn:5 rt:5", ls),
  enc("LDRSB_uoff", "00 111 0 01 1 opc0:1 imm12:12 rn:5 rt:5", ls),
  enc("STRH_uoff",  "01 111 0 01 00 imm12:12 rn:5 rt:5", ls),
  enc("LDRH_uoff",  "01 111 0 01 01 imm12:12 rn:5 rt:5", ls),
  enc("LDRSH_uoff", "01 111 0 01 1 opc0:1 imm12:12 rn:5 rt:5", ls),
  enc("STR_uoff",   "1 size0:1 111 0 01 00 imm12:12 rn:5 rt:5", ls),
  enc("LDR_uoff",   "1 size0:1 111 0 01 01 imm12:12 rn:5 rt:5", ls),
  enc("LDRSW_uoff", "10 111 0 01 10 imm12:12 rn:5 rt:5", ls),
  enc("PRFM_uoff",  "11 111 0 01 10 imm12:12 rn:5 rt:5", ls),
  enc("STR_fp_uoff", "size:2 111 1 01 opc1:1 0 imm12:12 rn:5 rt:5", lsFp),
  enc("LDR_fp_uoff", "size:2 111 1 01 opc1:1 1 imm12:12 rn:5 rt:5", lsFp),
  unallocated(      "1x 111 0 01 11 xxxxxxxxxxxx xxxxx xxxxx", "size=1x opc=11"),
  unallocated(      "01 111 1 01 1x xxxxxxxxxxxx xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(      "1x 111 1 01 1x xxxxxxxxxxxx xxxxx xxxxx", "FP opc=1x with size != 00"),
];
