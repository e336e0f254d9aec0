/** Base A64 system instructions: hints, barriers, PSTATE, SYS/SYSL, MSR/MRS and their 128-bit forms. */
import { enc } from "./format";

/** SYSP names a register pair: Rt must be even, or 31 for XZR, XZR. */
function evenOrZeroRegister(word: number): boolean {
  const rt = word & 31;
  return rt === 31 || (rt & 1) === 0;
}

const hint = { cls: "hint", feature: null } as const;
const barrier = { cls: "barrier", feature: null } as const;
const pauth = { cls: "hint", feature: "FEAT_PAuth" } as const;

// biome-ignore format: one aligned line per encoding
export const BASE_SYSTEM = [
  // Hints: op0=0 op1=3 CRn=2; specific hints outrank the generic HINT #imm by specificity
  enc("HINT",     "1101010100 0 00 011 0010 crm:4 op2:3 11111", hint),
  enc("NOP",      "1101010100 0 00 011 0010 0000 000 11111", hint),
  enc("YIELD",    "1101010100 0 00 011 0010 0000 001 11111", hint),
  enc("WFE",      "1101010100 0 00 011 0010 0000 010 11111", hint),
  enc("WFI",      "1101010100 0 00 011 0010 0000 011 11111", hint),
  enc("SEV",      "1101010100 0 00 011 0010 0000 100 11111", hint),
  enc("SEVL",     "1101010100 0 00 011 0010 0000 101 11111", hint),
  enc("DGH",      "1101010100 0 00 011 0010 0000 110 11111", { cls: "hint", feature: "FEAT_DGH" }),
  enc("XPACLRI",  "1101010100 0 00 011 0010 0000 111 11111", pauth),
  enc("PACIA1716", "1101010100 0 00 011 0010 0001 000 11111", pauth),
  enc("PACIB1716", "1101010100 0 00 011 0010 0001 010 11111", pauth),
  enc("AUTIA1716", "1101010100 0 00 011 0010 0001 100 11111", pauth),
  enc("AUTIB1716", "1101010100 0 00 011 0010 0001 110 11111", pauth),
  enc("ESB",      "1101010100 0 00 011 0010 0010 000 11111", { cls: "hint", feature: "FEAT_RAS" }),
  enc("PSB_CSYNC", "1101010100 0 00 011 0010 0010 001 11111", { cls: "hint", feature: "FEAT_SPE" }),
  enc("TSB_CSYNC", "1101010100 0 00 011 0010 0010 010 11111", { cls: "hint", feature: "FEAT_TRF" }),
  enc("GCSB_DSYNC", "1101010100 0 00 011 0010 0010 011 11111", { cls: "hint", feature: "FEAT_GCS" }),
  enc("CSDB",     "1101010100 0 00 011 0010 0010 100 11111", hint),
  enc("CLRBHB",   "1101010100 0 00 011 0010 0010 110 11111", { cls: "hint", feature: "FEAT_CLRBHB" }),
  enc("PACIAZ",   "1101010100 0 00 011 0010 0011 000 11111", pauth),
  enc("PACIASP",  "1101010100 0 00 011 0010 0011 001 11111", pauth),
  enc("PACIBZ",   "1101010100 0 00 011 0010 0011 010 11111", pauth),
  enc("PACIBSP",  "1101010100 0 00 011 0010 0011 011 11111", pauth),
  enc("AUTIAZ",   "1101010100 0 00 011 0010 0011 100 11111", pauth),
  enc("AUTIASP",  "1101010100 0 00 011 0010 0011 101 11111", pauth),
  enc("AUTIBZ",   "1101010100 0 00 011 0010 0011 110 11111", pauth),
  enc("AUTIBSP",  "1101010100 0 00 011 0010 0011 111 11111", pauth),
  enc("BTI",      "1101010100 0 00 011 0010 0100 targets:2 0 11111", { cls: "hint", feature: "FEAT_BTI" }),
  enc("CHKFEAT",  "1101010100 0 00 011 0010 0101 000 11111", { cls: "hint", feature: "FEAT_CHK" }),
  enc("STSHH",    "1101010100 0 00 011 0010 0110 00 policy:1 11111", { cls: "hint", feature: "FEAT_PCDPHINT" }),
  // Barriers: op0=0 op1=3 CRn=3
  enc("CLREX",    "1101010100 0 00 011 0011 crm:4 010 11111", barrier),
  enc("DSB",      "1101010100 0 00 011 0011 crm:4 100 11111", barrier),
  enc("DMB",      "1101010100 0 00 011 0011 crm:4 101 11111", barrier),
  enc("ISB",      "1101010100 0 00 011 0011 crm:4 110 11111", barrier),
  enc("SB",       "1101010100 0 00 011 0011 0000 111 11111", { cls: "barrier", feature: "FEAT_SB" }),
  enc("DSB_nXS",  "1101010100 0 00 011 0011 imm2:2 10 001 11111", { cls: "barrier", feature: "FEAT_XS" }),
  // PSTATE: op0=0 CRn=4
  enc("MSR_imm",  "1101010100 0 00 op1:3 0100 crm:4 op2:3 11111", { cls: "pstate", feature: null }),
  enc("CFINV",    "1101010100 0 00 000 0100 crm:4 000 11111", { cls: "pstate", feature: "FEAT_FlagM" }),
  enc("XAFLAG",   "1101010100 0 00 000 0100 crm:4 001 11111", { cls: "pstate", feature: "FEAT_FlagM2" }),
  enc("AXFLAG",   "1101010100 0 00 000 0100 crm:4 010 11111", { cls: "pstate", feature: "FEAT_FlagM2" }),
  // System instructions and system register moves
  enc("SYS",      "1101010100 0 01 op1:3 crn:4 crm:4 op2:3 rt:5", { cls: "system-instruction", feature: null }),
  enc("SYSL",     "1101010100 1 01 op1:3 crn:4 crm:4 op2:3 rt:5", { cls: "system-instruction", feature: null }),
  enc("MSR_reg",  "1101010100 0 op0:2 op1:3 crn:4 crm:4 op2:3 rt:5", { cls: "system-register", feature: null }),
  enc("MRS",      "1101010100 1 op0:2 op1:3 crn:4 crm:4 op2:3 rt:5", { cls: "system-register", feature: null }),
  enc("SYSP",     "1101010101 0 01 op1:3 crn:4 crm:4 op2:3 rt:5", { cls: "system-instruction", feature: "FEAT_SYSINSTR128", when: evenOrZeroRegister }),
  enc("MSRR",     "1101010101 0 op0:2 op1:3 crn:4 crm:4 op2:3 rt:4 0", { cls: "system-register", feature: "FEAT_SYSREG128" }),
  enc("MRRS",     "1101010101 1 op0:2 op1:3 crn:4 crm:4 op2:3 rt:4 0", { cls: "system-register", feature: "FEAT_SYSREG128" }),
  // TIndex changes (Armv9.7-A FEAT_TEV): forward or backward, by a register or an immediate, nb = no branch
  enc("TCHANGE_r", "11010101 100 0 0 b:1 nb:1 0 000000 rn:5 rd:5", { cls: "pstate", feature: "FEAT_TEV" }),
  enc("TCHANGE_i", "11010101 100 1 0 b:1 nb:1 0 0000 imm7:7 rd:5", { cls: "pstate", feature: "FEAT_TEV" }),
];
