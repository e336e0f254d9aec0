/** Base A64 "Data Processing -- Register" (op0 = x101) of the Arm ARM's encoding index. */
import { enc, unallocated } from "./format";

const dp = { cls: "dp-reg", feature: null } as const;
const crc = { cls: "dp-reg", feature: "FEAT_CRC32" } as const;
const cssc = { cls: "dp-reg", feature: "FEAT_CSSC" } as const;
const pauth = { cls: "dp-reg", feature: "FEAT_PAuth" } as const;
const mte = { cls: "dp-reg", feature: "FEAT_MTE" } as const;
const flagm = { cls: "dp-reg", feature: "FEAT_FlagM" } as const;
const cpa = { cls: "dp-reg", feature: "FEAT_CPA" } as const;

const DP2 = "sf:1 0 0 11010110 rm:5";
const DP1 = "sf:1 1 0 11010110 00000";
const PAC = "1 1 0 11010110 00001";

// biome-ignore format: one aligned line per encoding
export const BASE_DP_REG = [
  // Logical (shifted register)
  enc("AND_shift",  "sf:1 00 01010 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("BIC_shift",  "sf:1 00 01010 shift:2 1 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("ORR_shift",  "sf:1 01 01010 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("ORN_shift",  "sf:1 01 01010 shift:2 1 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("EOR_shift",  "sf:1 10 01010 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("EON_shift",  "sf:1 10 01010 shift:2 1 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("ANDS_shift", "sf:1 11 01010 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("BICS_shift", "sf:1 11 01010 shift:2 1 rm:5 imm6:6 rn:5 rd:5", dp),
  unallocated(      "0 xx 01010 xx x xxxxx 1xxxxx xxxxx xxxxx", "32-bit shift amount >= 32"),
  // Add/subtract (shifted register)
  enc("ADD_shift",  "sf:1 0 0 01011 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("ADDS_shift", "sf:1 0 1 01011 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("SUB_shift",  "sf:1 1 0 01011 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  enc("SUBS_shift", "sf:1 1 1 01011 shift:2 0 rm:5 imm6:6 rn:5 rd:5", dp),
  unallocated(      "x xx 01011 11 0 xxxxx xxxxxx xxxxx xxxxx", "shift type 11"),
  unallocated(      "0 xx 01011 xx 0 xxxxx 1xxxxx xxxxx xxxxx", "32-bit shift amount >= 32"),
  // Add/subtract (extended register)
  enc("ADD_ext",    "sf:1 0 0 01011 00 1 rm:5 option:3 imm3:3 rn:5 rd:5", dp),
  enc("ADDS_ext",   "sf:1 0 1 01011 00 1 rm:5 option:3 imm3:3 rn:5 rd:5", dp),
  enc("SUB_ext",    "sf:1 1 0 01011 00 1 rm:5 option:3 imm3:3 rn:5 rd:5", dp),
  enc("SUBS_ext",   "sf:1 1 1 01011 00 1 rm:5 option:3 imm3:3 rn:5 rd:5", dp),
  unallocated(      "x xx 01011 00 1 xxxxx xxx 101 xxxxx xxxxx", "extend shift > 4"),
  unallocated(      "x xx 01011 00 1 xxxxx xxx 11x xxxxx xxxxx", "extend shift > 4"),
  // Add/subtract (with carry), flag manipulation
  enc("ADC",        "sf:1 0 0 11010000 rm:5 000000 rn:5 rd:5", dp),
  enc("ADCS",       "sf:1 0 1 11010000 rm:5 000000 rn:5 rd:5", dp),
  enc("SBC",        "sf:1 1 0 11010000 rm:5 000000 rn:5 rd:5", dp),
  enc("SBCS",       "sf:1 1 1 11010000 rm:5 000000 rn:5 rd:5", dp),
  enc("RMIF",       "1 0 1 11010000 imm6:6 00001 rn:5 0 mask:4", flagm),
  enc("SETF",       "0 0 1 11010000 000000 sz:1 0010 rn:5 01101", flagm),
  // Conditional compare, conditional select
  enc("CCMN_reg",   "sf:1 0 1 11010010 rm:5 cond:4 0 0 rn:5 0 nzcv:4", dp),
  enc("CCMP_reg",   "sf:1 1 1 11010010 rm:5 cond:4 0 0 rn:5 0 nzcv:4", dp),
  enc("CCMN_imm",   "sf:1 0 1 11010010 imm5:5 cond:4 1 0 rn:5 0 nzcv:4", dp),
  enc("CCMP_imm",   "sf:1 1 1 11010010 imm5:5 cond:4 1 0 rn:5 0 nzcv:4", dp),
  enc("CSEL",       "sf:1 0 0 11010100 rm:5 cond:4 00 rn:5 rd:5", dp),
  enc("CSINC",      "sf:1 0 0 11010100 rm:5 cond:4 01 rn:5 rd:5", dp),
  enc("CSINV",      "sf:1 1 0 11010100 rm:5 cond:4 00 rn:5 rd:5", dp),
  enc("CSNEG",      "sf:1 1 0 11010100 rm:5 cond:4 01 rn:5 rd:5", dp),
  // Data processing (3 source)
  enc("MADD",       "sf:1 00 11011 000 rm:5 0 ra:5 rn:5 rd:5", dp),
  enc("MSUB",       "sf:1 00 11011 000 rm:5 1 ra:5 rn:5 rd:5", dp),
  enc("SMADDL",     "1 00 11011 001 rm:5 0 ra:5 rn:5 rd:5", dp),
  enc("SMSUBL",     "1 00 11011 001 rm:5 1 ra:5 rn:5 rd:5", dp),
  enc("SMULH",      "1 00 11011 010 rm:5 0 ra:5 rn:5 rd:5", dp),
  enc("UMADDL",     "1 00 11011 101 rm:5 0 ra:5 rn:5 rd:5", dp),
  enc("UMSUBL",     "1 00 11011 101 rm:5 1 ra:5 rn:5 rd:5", dp),
  enc("UMULH",      "1 00 11011 110 rm:5 0 ra:5 rn:5 rd:5", dp),
  // Data processing (2 source)
  enc("UDIV",       `${DP2} 000010 rn:5 rd:5`, dp),
  enc("SDIV",       `${DP2} 000011 rn:5 rd:5`, dp),
  enc("LSLV",       `${DP2} 001000 rn:5 rd:5`, dp),
  enc("LSRV",       `${DP2} 001001 rn:5 rd:5`, dp),
  enc("ASRV",       `${DP2} 001010 rn:5 rd:5`, dp),
  enc("RORV",       `${DP2} 001011 rn:5 rd:5`, dp),
  enc("CRC32",      "sf:1 0 0 11010110 rm:5 010 0 sz:2 rn:5 rd:5", { ...crc, when: crcWidth }),
  enc("CRC32C",     "sf:1 0 0 11010110 rm:5 010 1 sz:2 rn:5 rd:5", { ...crc, when: crcWidth }),
  enc("SMAX_reg",   `${DP2} 011000 rn:5 rd:5`, cssc),
  enc("UMAX_reg",   `${DP2} 011001 rn:5 rd:5`, cssc),
  enc("SMIN_reg",   `${DP2} 011010 rn:5 rd:5`, cssc),
  enc("UMIN_reg",   `${DP2} 011011 rn:5 rd:5`, cssc),
  enc("SUBP",       "1 0 0 11010110 rm:5 000000 rn:5 rd:5", mte),
  enc("SUBPS",      "1 0 1 11010110 rm:5 000000 rn:5 rd:5", mte),
  enc("IRG",        "1 0 0 11010110 rm:5 000100 rn:5 rd:5", mte),
  enc("GMI",        "1 0 0 11010110 rm:5 000101 rn:5 rd:5", mte),
  enc("PACGA",      "1 0 0 11010110 rm:5 001100 rn:5 rd:5", pauth),
  // Data processing (1 source)
  enc("RBIT",       `${DP1} 000000 rn:5 rd:5`, dp),
  enc("REV16",      `${DP1} 000001 rn:5 rd:5`, dp),
  enc("REV32",      "1 1 0 11010110 00000 000010 rn:5 rd:5", dp),
  enc("REV",        "sf:1 1 0 11010110 00000 00001 opc0:1 rn:5 rd:5", { ...dp, when: revWidth }),
  enc("CLZ",        `${DP1} 000100 rn:5 rd:5`, dp),
  enc("CLS",        `${DP1} 000101 rn:5 rd:5`, dp),
  enc("CTZ",        `${DP1} 000110 rn:5 rd:5`, cssc),
  enc("CNT",        `${DP1} 000111 rn:5 rd:5`, cssc),
  enc("ABS",        `${DP1} 001000 rn:5 rd:5`, cssc),
  enc("PAC",        `${PAC} 000 key:3 rn:5 rd:5`, pauth),
  enc("PACZ",       `${PAC} 001 key:3 11111 rd:5`, pauth),
  enc("XPACI",      `${PAC} 010000 11111 rd:5`, pauth),
  enc("XPACD",      `${PAC} 010001 11111 rd:5`, pauth),
  // Checked pointer arithmetic (FEAT_CPA)
  enc("ADDPT",      "1 0 0 11010000 rm:5 001 imm3:3 rn:5 rd:5", cpa),
  enc("SUBPT",      "1 1 0 11010000 rm:5 001 imm3:3 rn:5 rd:5", cpa),
  enc("MADDPT",     "1 00 11011 011 rm:5 0 ra:5 rn:5 rd:5", cpa),
  enc("MSUBPT",     "1 00 11011 011 rm:5 1 ra:5 rn:5 rd:5", cpa),
];

/** CRC32X/CRC32CX need sf = 1; the B/H/W forms need sf = 0. */
function crcWidth(word: number): boolean {
  const sf = word >>> 31;
  const sz = (word >>> 10) & 3;
  return (sz === 3) === (sf === 1);
}

/** REV with opc = 10 is the 32-bit REV only when sf = 0 (sf = 1 is REV32); opc = 11 needs sf = 1. */
function revWidth(word: number): boolean {
  const sf = word >>> 31;
  const opc0 = (word >>> 10) & 1;
  return opc0 === 1 ? sf === 1 : sf === 0;
}
