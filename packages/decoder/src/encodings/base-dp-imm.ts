/** Base A64, "Data Processing -- Immediate" (op0 = 100x) of the Arm ARM's encoding index. */
import { enc, unallocated } from "./format";
import { validBitfield, validBitmask, validExtract } from "./guards";

const dp = { cls: "dp-imm", feature: null } as const;
const logical = { ...dp, when: validBitmask } as const;
const bitfield = { ...dp, when: validBitfield } as const;
const mte = { cls: "dp-imm", feature: "FEAT_MTE" } as const;
const cssc = { cls: "dp-imm", feature: "FEAT_CSSC" } as const;

// biome-ignore format: one aligned line per encoding
export const BASE_DP_IMM = [
  // PC-relative addressing
  enc("ADR",      "0 immlo:2 10000 immhi:19 rd:5", dp),
  enc("ADRP",     "1 immlo:2 10000 immhi:19 rd:5", dp),
  // Add/subtract (immediate)
  enc("ADD_imm",  "sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:5", dp),
  enc("ADDS_imm", "sf:1 0 1 100010 sh:1 imm12:12 rn:5 rd:5", dp),
  enc("SUB_imm",  "sf:1 1 0 100010 sh:1 imm12:12 rn:5 rd:5", dp),
  enc("SUBS_imm", "sf:1 1 1 100010 sh:1 imm12:12 rn:5 rd:5", dp),
  // Add/subtract (immediate, with tags)
  enc("ADDG",     "1 0 0 100011 0 uimm6:6 op3:2 uimm4:4 rn:5 rd:5", mte),
  enc("SUBG",     "1 1 0 100011 0 uimm6:6 op3:2 uimm4:4 rn:5 rd:5", mte),
  // Min/max (immediate)
  enc("SMAX_imm", "sf:1 0 0 1000111 0000 imm8:8 rn:5 rd:5", cssc),
  enc("UMAX_imm", "sf:1 0 0 1000111 0001 imm8:8 rn:5 rd:5", cssc),
  enc("SMIN_imm", "sf:1 0 0 1000111 0010 imm8:8 rn:5 rd:5", cssc),
  enc("UMIN_imm", "sf:1 0 0 1000111 0011 imm8:8 rn:5 rd:5", cssc),
  // Logical (immediate)
  enc("AND_imm",  "sf:1 00 100100 n:1 immr:6 imms:6 rn:5 rd:5", logical),
  enc("ORR_imm",  "sf:1 01 100100 n:1 immr:6 imms:6 rn:5 rd:5", logical),
  enc("EOR_imm",  "sf:1 10 100100 n:1 immr:6 imms:6 rn:5 rd:5", logical),
  enc("ANDS_imm", "sf:1 11 100100 n:1 immr:6 imms:6 rn:5 rd:5", logical),
  // Move wide (immediate)
  enc("MOVN",     "sf:1 00 100101 hw:2 imm16:16 rd:5", dp),
  enc("MOVZ",     "sf:1 10 100101 hw:2 imm16:16 rd:5", dp),
  enc("MOVK",     "sf:1 11 100101 hw:2 imm16:16 rd:5", dp),
  unallocated(    "0 xx 100101 1x xxxxxxxxxxxxxxxx xxxxx", "32-bit move wide with hw >= 2"),
  // Bitfield
  enc("SBFM",     "sf:1 00 100110 n:1 immr:6 imms:6 rn:5 rd:5", bitfield),
  enc("BFM",      "sf:1 01 100110 n:1 immr:6 imms:6 rn:5 rd:5", bitfield),
  enc("UBFM",     "sf:1 10 100110 n:1 immr:6 imms:6 rn:5 rd:5", bitfield),
  // Extract
  enc("EXTR",     "sf:1 00 100111 n:1 0 rm:5 imms:6 rn:5 rd:5", { ...dp, when: validExtract }),
];
