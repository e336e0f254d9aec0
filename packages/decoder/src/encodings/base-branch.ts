/** Base A64, "Branches, Exception Generating and System instructions" (op0 = 101x): the branches. */
import { enc, unallocated } from "./format";

const br = { cls: "branch", feature: null } as const;
const pauth = { cls: "branch", feature: "FEAT_PAuth" } as const;
const pauthLr = { cls: "branch", feature: "FEAT_PAuth_LR" } as const;
const exc = { cls: "exception", feature: null } as const;

// biome-ignore format: one aligned line per encoding
export const BASE_BRANCH = [
  // Unconditional branch (immediate)
  enc("B",        "0 00101 imm26:26", br),
  enc("BL",       "1 00101 imm26:26", br),
  // Compare and branch (immediate), test and branch (immediate)
  enc("CBZ",      "sf:1 011010 0 imm19:19 rt:5", br),
  enc("CBNZ",     "sf:1 011010 1 imm19:19 rt:5", br),
  enc("TBZ",      "b5:1 011011 0 b40:5 imm14:14 rt:5", br),
  enc("TBNZ",     "b5:1 011011 1 b40:5 imm14:14 rt:5", br),
  // Conditional branch (immediate)
  enc("B_cond",   "0101010 0 imm19:19 0 cond:4", br),
  enc("BC_cond",  "0101010 0 imm19:19 1 cond:4", { cls: "branch", feature: "FEAT_HBC" }),
  // Unconditional branch (register)
  enc("BR",       "1101011 0000 11111 000000 rn:5 00000", br),
  enc("BLR",      "1101011 0001 11111 000000 rn:5 00000", br),
  enc("RET",      "1101011 0010 11111 000000 rn:5 00000", br),
  enc("ERET",     "1101011 0100 11111 000000 11111 00000", exc),
  enc("DRPS",     "1101011 0101 11111 000000 11111 00000", exc),
  enc("BRAAZ",    "1101011 0000 11111 00001 0 rn:5 11111", pauth),
  enc("BRABZ",    "1101011 0000 11111 00001 1 rn:5 11111", pauth),
  enc("BLRAAZ",   "1101011 0001 11111 00001 0 rn:5 11111", pauth),
  enc("BLRABZ",   "1101011 0001 11111 00001 1 rn:5 11111", pauth),
  enc("RETAA",    "1101011 0010 11111 00001 0 11111 11111", pauth),
  enc("RETAB",    "1101011 0010 11111 00001 1 11111 11111", pauth),
  enc("RETAASPPC_reg", "1101011 0010 11111 00001 0 11111 rm:5", pauthLr),
  enc("RETABSPPC_reg", "1101011 0010 11111 00001 1 11111 rm:5", pauthLr),
  enc("RETAASPPC", "0101010 1 000 imm16:16 11111", pauthLr),
  enc("RETABSPPC", "0101010 1 001 imm16:16 11111", pauthLr),
  enc("AUTIASPPC", "11110011100 imm16:16 11111", pauthLr),
  enc("AUTIBSPPC", "11110011101 imm16:16 11111", pauthLr),
  enc("ERETAA",   "1101011 0100 11111 00001 0 11111 11111", { cls: "exception", feature: "FEAT_PAuth" }),
  enc("ERETAB",   "1101011 0100 11111 00001 1 11111 11111", { cls: "exception", feature: "FEAT_PAuth" }),
  enc("BRAA",     "1101011 1000 11111 00001 0 rn:5 rm:5", pauth),
  enc("BRAB",     "1101011 1000 11111 00001 1 rn:5 rm:5", pauth),
  enc("BLRAA",    "1101011 1001 11111 00001 0 rn:5 rm:5", pauth),
  enc("BLRAB",    "1101011 1001 11111 00001 1 rn:5 rm:5", pauth),
  // Exception generation
  enc("SVC",      "11010100 000 imm16:16 000 01", exc),
  enc("HVC",      "11010100 000 imm16:16 000 10", exc),
  enc("SMC",      "11010100 000 imm16:16 000 11", exc),
  enc("BRK",      "11010100 001 imm16:16 000 00", exc),
  enc("HLT",      "11010100 010 imm16:16 000 00", exc),
  enc("DCPS1",    "11010100 101 imm16:16 000 01", exc),
  enc("DCPS2",    "11010100 101 imm16:16 000 10", exc),
  enc("DCPS3",    "11010100 101 imm16:16 000 11", exc),
  enc("UDF",      "0000000000000000 imm16:16", exc),
];

const cmpbr = { cls: "branch", feature: "FEAT_CMPBR" } as const;

// biome-ignore format: one aligned line per encoding
export const BASE_COMPARE_BRANCH = [
  // Compare and branch (register / immediate), FEAT_CMPBR: cc 000 GT, 001 GE|LT, 010 HI, 011 HS|LO, 110 EQ, 111 NE
  enc("CB_reg",   "sf:1 1110100 cc:3 rm:5 00 imm9:9 rt:5", cmpbr),
  enc("CBB_reg",  "0 1110100 cc:3 rm:5 10 imm9:9 rt:5", cmpbr),
  enc("CBH_reg",  "0 1110100 cc:3 rm:5 11 imm9:9 rt:5", cmpbr),
  enc("CB_imm",   "sf:1 1110101 cc:3 imm6:6 0 imm9:9 rt:5", cmpbr),
  unallocated(    "x 111010x 10x xxxxx xx xxxxxxxxx xxxxx", "compare-and-branch cc 10x"),
];
