/**
 * Base A64 "Loads and Stores" (op0 = x1x0) for the general-purpose and scalar FP registers: every
 * addressing mode, pairs, exclusives, acquire/release, LSE atomics, LRCPC, PAuth loads, MTE tags.
 * Single-register rows are tables (one row per instruction, one column per addressing mode) that
 * expand to one encoding line per instruction and mode.
 */
import { type EncodingLine, enc, unallocated } from "./format";

const ls = { cls: "load-store", feature: null } as const;
const lsFp = { cls: "load-store", feature: "FEAT_FP" } as const;
const pair = { cls: "load-store-pair", feature: null } as const;
const excl = { cls: "load-store-exclusive", feature: null } as const;
const acqrel = { cls: "load-acquire-release", feature: null } as const;
const lse = { cls: "atomic", feature: "FEAT_LSE" } as const;
const lor = { cls: "load-acquire-release", feature: "FEAT_LOR" } as const;
const rcpc2 = { cls: "load-acquire-release", feature: "FEAT_LRCPC2" } as const;
const mte = { cls: "load-store", feature: "FEAT_MTE" } as const;
const mte2 = { cls: "load-store", feature: "FEAT_MTE2" } as const;
const lsuiAtomic = { cls: "atomic", feature: "FEAT_LSUI" } as const;
const lse128 = { cls: "atomic", feature: "FEAT_LSE128", when: pairRegisters } as const;
const the = { cls: "atomic", feature: "FEAT_THE" } as const;
const the128 = { cls: "atomic", feature: ["FEAT_THE", "FEAT_D128"], when: pairRegisters } as const;
const lsuiFp = { cls: "load-store-pair", feature: ["FEAT_LSUI", "FEAT_FP"] } as const;
const rcpc3Fp = { cls: "load-acquire-release", feature: ["FEAT_LRCPC3", "FEAT_FP"] } as const;
const lsfe = { cls: "atomic", feature: "FEAT_LSFE" } as const;
const rcpc3 = { cls: "load-acquire-release", feature: "FEAT_LRCPC3" } as const;
const lscp = { cls: "load-acquire-release", feature: "FEAT_LSCP" } as const;
const mops = { cls: "mops", feature: "FEAT_MOPS", when: distinctCopyRegisters } as const;
const mopsSet = { cls: "mops", feature: "FEAT_MOPS", when: distinctSetRegisters } as const;
const mopsSetTagged = { cls: "mops", feature: ["FEAT_MOPS", "FEAT_MTE"], when: distinctSetRegisters } as const;
const mopsSetGo = { cls: "mops", feature: "FEAT_MOPS_GO", when: distinctSetGoRegisters } as const;
const lsui = { cls: "load-store-exclusive", feature: "FEAT_LSUI" } as const;

/**
 * Single-register general-purpose loads and stores: size and opc bits of each instruction, and the
 * names of its unscaled (LDUR) and unprivileged (LDTR) forms (null = unallocated).
 */
// biome-ignore format: one aligned row per instruction
const GP_SINGLE: ReadonlyArray<readonly [name: string, size: string, opc: string, unscaled: string, unpriv: string | null]> = [
  ["STRB",  "00",       "00",       "STURB",  "STTRB"],
  ["LDRB",  "00",       "01",       "LDURB",  "LDTRB"],
  ["LDRSB", "00",       "1 opc0:1", "LDURSB", "LDTRSB"],
  ["STRH",  "01",       "00",       "STURH",  "STTRH"],
  ["LDRH",  "01",       "01",       "LDURH",  "LDTRH"],
  ["LDRSH", "01",       "1 opc0:1", "LDURSH", "LDTRSH"],
  ["STR",   "1 size0:1", "00",      "STUR",   "STTR"],
  ["LDR",   "1 size0:1", "01",      "LDUR",   "LDTR"],
  ["LDRSW", "10",       "10",       "LDURSW", "LDTRSW"],
  ["PRFM",  "11",       "10",       "PRFUM",  null],
];

function gpSingle(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [name, size, opc, unscaled, unpriv] of GP_SINGLE) {
    const prefetch = name === "PRFM";
    lines.push(enc(`${name}_uoff`, `${size} 111 0 01 ${opc} imm12:12 rn:5 rt:5`, ls));
    lines.push(enc(unscaled, `${size} 111 0 00 ${opc} 0 imm9:9 00 rn:5 rt:5`, ls));
    lines.push(enc(`${name}_reg`, `${size} 111 0 00 ${opc} 1 rm:5 option:3 s:1 10 rn:5 rt:5`, ls));
    if (prefetch) continue;
    lines.push(enc(`${name}_post`, `${size} 111 0 00 ${opc} 0 imm9:9 01 rn:5 rt:5`, ls));
    lines.push(enc(`${name}_pre`, `${size} 111 0 00 ${opc} 0 imm9:9 11 rn:5 rt:5`, ls));
    if (unpriv !== null) lines.push(enc(unpriv, `${size} 111 0 00 ${opc} 0 imm9:9 10 rn:5 rt:5`, ls));
  }
  return lines;
}

/** Scalar FP/SIMD single-register loads and stores: B/H/S/D by size, Q by size=00 opc<1>=1. */
function fpSingle(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [dir, l] of [
    ["STR", "0"],
    ["LDR", "1"],
  ] as const) {
    const u = dir === "STR" ? "STUR" : "LDUR";
    lines.push(enc(`${dir}_fp_uoff`, `size:2 111 1 01 opc1:1 ${l} imm12:12 rn:5 rt:5`, lsFp));
    lines.push(enc(`${u}_fp`, `size:2 111 1 00 opc1:1 ${l} 0 imm9:9 00 rn:5 rt:5`, lsFp));
    lines.push(enc(`${dir}_fp_post`, `size:2 111 1 00 opc1:1 ${l} 0 imm9:9 01 rn:5 rt:5`, lsFp));
    lines.push(enc(`${dir}_fp_pre`, `size:2 111 1 00 opc1:1 ${l} 0 imm9:9 11 rn:5 rt:5`, lsFp));
    lines.push(enc(`${dir}_fp_reg`, `size:2 111 1 00 opc1:1 ${l} 1 rm:5 option:3 s:1 10 rn:5 rt:5`, lsFp));
  }
  return lines;
}

/** CPY*: destination, source and size are three different registers; the addresses are not register 31. */
function distinctCopyRegisters(word: number): boolean {
  const rd = word & 31;
  const rn = (word >>> 5) & 31;
  const rs = (word >>> 16) & 31;
  return rd !== 31 && rs !== 31 && rd !== rn && rd !== rs && rn !== rs;
}

/** SET*: destination, size and value are different registers; the address is not register 31. */
function distinctSetRegisters(word: number): boolean {
  const rd = word & 31;
  const rn = (word >>> 5) & 31;
  const rs = (word >>> 16) & 31;
  return rd !== 31 && rd !== rn && rd !== rs && rn !== rs;
}

/** SETGO*: destination and size are different registers; the destination is not register 31. */
function distinctSetGoRegisters(word: number): boolean {
  const rd = word & 31;
  return rd !== 31 && rd !== ((word >>> 5) & 31);
}

/** 128-bit pair atomics name two general registers; neither may be register 31. */
function pairRegisters(word: number): boolean {
  return (word & 31) !== 31 && ((word >>> 16) & 31) !== 31;
}

/** LD64B/ST64B* move Xt..Xt+7: Rt must be even and at most 22. */
function eightRegisters(word: number): boolean {
  const rt = word & 31;
  return (rt & 1) === 0 && rt <= 22;
}

/** LSE atomic memory operations: o3:opc -> name; size, acquire and release are fields. */
const ATOMIC_OPS = [
  ["LDADD", "0 000"],
  ["LDCLR", "0 001"],
  ["LDEOR", "0 010"],
  ["LDSET", "0 011"],
  ["LDSMAX", "0 100"],
  ["LDSMIN", "0 101"],
  ["LDUMAX", "0 110"],
  ["LDUMIN", "0 111"],
  ["SWP", "1 000"],
] as const;

// biome-ignore format: one aligned line per encoding
export const BASE_LDST: readonly EncodingLine[] = [
  ...gpSingle(),
  ...fpSingle(),
  unallocated(           "1x 111 0 01 11 xxxxxxxxxxxx xxxxx xxxxx", "size=1x opc=11"),
  unallocated(           "1x 111 0 00 11 0 xxxxxxxxx xx xxxxx xxxxx", "size=1x opc=11"),
  unallocated(           "1x 111 0 00 11 1 xxxxx xxxx 10 xxxxx xxxxx", "size=1x opc=11"),
  unallocated(           "11 111 0 00 10 0 xxxxxxxxx x1 xxxxx xxxxx", "PRFM pre/post-index"),
  unallocated(           "11 111 0 00 10 0 xxxxxxxxx 10 xxxxx xxxxx", "PRFM unprivileged"),
  unallocated(           "01 111 1 01 1x xxxxxxxxxxxx xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "1x 111 1 01 1x xxxxxxxxxxxx xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "01 111 1 00 1x 0 xxxxxxxxx xx xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "1x 111 1 00 1x 0 xxxxxxxxx xx xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "01 111 1 00 1x 1 xxxxx xxxx 10 xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "1x 111 1 00 1x 1 xxxxx xxxx 10 xxxxx xxxxx", "FP opc=1x with size != 00"),
  unallocated(           "xx 111 1 00 xx 0 xxxxxxxxx 10 xxxxx xxxxx", "FP unprivileged"),
  unallocated(           "xx 111 x 00 xx 1 xxxxx x0x x 10 xxxxx xxxxx", "register offset with option<1> = 0"),
  // Load register (literal)
  enc("LDR_lit",         "0 size0:1 011 0 00 imm19:19 rt:5", ls),
  enc("LDRSW_lit",       "10 011 0 00 imm19:19 rt:5", ls),
  enc("PRFM_lit",        "11 011 0 00 imm19:19 rt:5", ls),
  enc("LDR_fp_lit",      "opc:2 011 1 00 imm19:19 rt:5", lsFp),
  unallocated(           "11 011 1 00 xxxxxxxxxxxxxxxxxxx xxxxx", "FP literal opc=11"),
  // Load/store pair: mode 000 no-allocate, 001 post-index, 010 signed offset, 011 pre-index
  enc("STNP",            "x64:1 0 101 0 000 0 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDNP",            "x64:1 0 101 0 000 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("STP_post",        "x64:1 0 101 0 001 0 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDP_post",        "x64:1 0 101 0 001 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("STP",             "x64:1 0 101 0 010 0 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDP",             "x64:1 0 101 0 010 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("STP_pre",         "x64:1 0 101 0 011 0 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDP_pre",         "x64:1 0 101 0 011 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDPSW_post",      "01 101 0 001 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDPSW",           "01 101 0 010 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("LDPSW_pre",       "01 101 0 011 1 imm7:7 rt2:5 rn:5 rt:5", pair),
  enc("STGP_post",       "01 101 0 001 0 imm7:7 rt2:5 rn:5 rt:5", mte),
  enc("STGP",            "01 101 0 010 0 imm7:7 rt2:5 rn:5 rt:5", mte),
  enc("STGP_pre",        "01 101 0 011 0 imm7:7 rt2:5 rn:5 rt:5", mte),
  enc("STTNP",           "11 101 0 000 0 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("LDTNP",           "11 101 0 000 1 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("STTP_post",       "11 101 0 001 0 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("LDTP_post",       "11 101 0 001 1 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("STTP",            "11 101 0 010 0 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("LDTP",            "11 101 0 010 1 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("STTP_pre",        "11 101 0 011 0 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("LDTP_pre",        "11 101 0 011 1 imm7:7 rt2:5 rn:5 rt:5", { cls: "load-store-pair", feature: "FEAT_LSUI" }),
  enc("STNP_fp",         "opc:2 101 1 000 0 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("LDNP_fp",         "opc:2 101 1 000 1 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("STP_fp_post",     "opc:2 101 1 001 0 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("LDP_fp_post",     "opc:2 101 1 001 1 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("STP_fp",          "opc:2 101 1 010 0 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("LDP_fp",          "opc:2 101 1 010 1 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("STP_fp_pre",      "opc:2 101 1 011 0 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("LDP_fp_pre",      "opc:2 101 1 011 1 imm7:7 rt2:5 rn:5 rt:5", lsFp),
  enc("STTNP_q",         "11 101 1 000 0 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("LDTNP_q",         "11 101 1 000 1 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("STTP_q_post",     "11 101 1 001 0 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("LDTP_q_post",     "11 101 1 001 1 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("STTP_q",          "11 101 1 010 0 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("LDTP_q",          "11 101 1 010 1 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("STTP_q_pre",      "11 101 1 011 0 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  enc("LDTP_q_pre",      "11 101 1 011 1 imm7:7 rt2:5 rn:5 rt:5", lsuiFp),
  // SIMD&FP load-acquire/store-release (unscaled immediate), FEAT_LRCPC3
  enc("STLUR_fp",        "size:2 011101 opc1:1 0 0 imm9:9 10 rn:5 rt:5", rcpc3Fp),
  enc("LDAPUR_fp",       "size:2 011101 opc1:1 1 0 imm9:9 10 rn:5 rt:5", rcpc3Fp),
  unallocated(           "01 011101 1x 0 xxxxxxxxx 10 xxxxx xxxxx", "FP LRCPC3 opc=1x with size != 00"),
  unallocated(           "1x 011101 1x 0 xxxxxxxxx 10 xxxxx xxxxx", "FP LRCPC3 opc=1x with size != 00"),
  // Single-lane load-acquire/store-release of a 64-bit element (FEAT_LRCPC3)
  enc("STL1",            "0 q:1 0011010 0 0 00001 100 0 01 rn:5 rt:5", { cls: "load-acquire-release", feature: ["FEAT_LRCPC3", "FEAT_AdvSIMD"] }),
  enc("LDAP1",           "0 q:1 0011010 1 0 00001 100 0 01 rn:5 rt:5", { cls: "load-acquire-release", feature: ["FEAT_LRCPC3", "FEAT_AdvSIMD"] }),
  // Floating-point atomics (FEAT_LSFE): size 00 is BFloat16
  enc("LDFADD",          "size:2 111 1 00 a:1 r:1 1 rs:5 0 000 00 rn:5 rt:5", lsfe),
  enc("LDFMAX",          "size:2 111 1 00 a:1 r:1 1 rs:5 0 100 00 rn:5 rt:5", lsfe),
  enc("LDFMIN",          "size:2 111 1 00 a:1 r:1 1 rs:5 0 101 00 rn:5 rt:5", lsfe),
  enc("LDFMAXNM",        "size:2 111 1 00 a:1 r:1 1 rs:5 0 110 00 rn:5 rt:5", lsfe),
  enc("LDFMINNM",        "size:2 111 1 00 a:1 r:1 1 rs:5 0 111 00 rn:5 rt:5", lsfe),
  enc("STFADD",          "size:2 111 1 00 0 r:1 1 rs:5 1 000 00 rn:5 11111", lsfe),
  enc("STFMAX",          "size:2 111 1 00 0 r:1 1 rs:5 1 100 00 rn:5 11111", lsfe),
  enc("STFMIN",          "size:2 111 1 00 0 r:1 1 rs:5 1 101 00 rn:5 11111", lsfe),
  enc("STFMAXNM",        "size:2 111 1 00 0 r:1 1 rs:5 1 110 00 rn:5 11111", lsfe),
  enc("STFMINNM",        "size:2 111 1 00 0 r:1 1 rs:5 1 111 00 rn:5 11111", lsfe),
  // Exclusives, ordered and compare-and-swap: size 001000 o2 L o1 Rs o0 Rt2 Rn Rt
  enc("STXR",            "size:2 001000 0 0 0 rs:5 0 rt2:5 rn:5 rt:5", excl),
  enc("STLXR",           "size:2 001000 0 0 0 rs:5 1 rt2:5 rn:5 rt:5", excl),
  enc("LDXR",            "size:2 001000 0 1 0 rs:5 0 rt2:5 rn:5 rt:5", excl),
  enc("LDAXR",           "size:2 001000 0 1 0 rs:5 1 rt2:5 rn:5 rt:5", excl),
  enc("STXP",            "1 x64:1 001000 0 0 1 rs:5 0 rt2:5 rn:5 rt:5", excl),
  enc("STLXP",           "1 x64:1 001000 0 0 1 rs:5 1 rt2:5 rn:5 rt:5", excl),
  enc("LDXP",            "1 x64:1 001000 0 1 1 rs:5 0 rt2:5 rn:5 rt:5", excl),
  enc("LDAXP",           "1 x64:1 001000 0 1 1 rs:5 1 rt2:5 rn:5 rt:5", excl),
  enc("CASP",            "0 x64:1 001000 0 l:1 1 rs:4 0 o0:1 11111 rn:5 rt:4 0", lse),
  enc("STLLR",           "size:2 001000 1 0 0 rs:5 0 rt2:5 rn:5 rt:5", lor),
  enc("STLR",            "size:2 001000 1 0 0 rs:5 1 rt2:5 rn:5 rt:5", acqrel),
  enc("LDLAR",           "size:2 001000 1 1 0 rs:5 0 rt2:5 rn:5 rt:5", lor),
  enc("LDAR",            "size:2 001000 1 1 0 rs:5 1 rt2:5 rn:5 rt:5", acqrel),
  enc("CAS",             "size:2 001000 1 l:1 1 rs:5 o0:1 11111 rn:5 rt:5", lse),
  // Unprivileged exclusives and compare-and-swap (FEAT_LSUI): size 001001 o2 L o1 Rs o0 Rt2 Rn Rt
  enc("STTXR",           "1 x64:1 001001 0 0 0 rs:5 0 rt2:5 rn:5 rt:5", lsui),
  enc("STLTXR",          "1 x64:1 001001 0 0 0 rs:5 1 rt2:5 rn:5 rt:5", lsui),
  enc("LDTXR",           "1 x64:1 001001 0 1 0 rs:5 0 rt2:5 rn:5 rt:5", lsui),
  enc("LDATXR",          "1 x64:1 001001 0 1 0 rs:5 1 rt2:5 rn:5 rt:5", lsui),
  enc("CASPT",           "01 001001 1 l:1 0 rs:4 0 o0:1 rt2:5 rn:5 rt:4 0", lsui),
  enc("CAST",            "11 001001 1 l:1 0 rs:5 o0:1 rt2:5 rn:5 rt:5", lsui),
  // LDAPR/STLR (unscaled immediate), FEAT_LRCPC2
  enc("STLURB",          "00 011001 00 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPURB",         "00 011001 01 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPURSB",        "00 011001 1 opc0:1 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("STLURH",          "01 011001 00 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPURH",         "01 011001 01 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPURSH",        "01 011001 1 opc0:1 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("STLUR",           "1 size0:1 011001 00 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPUR",          "1 size0:1 011001 01 0 imm9:9 00 rn:5 rt:5", rcpc2),
  enc("LDAPURSW",        "10 011001 10 0 imm9:9 00 rn:5 rt:5", rcpc2),
  // Atomic memory operations (FEAT_LSE), LDAPR (FEAT_LRCPC), 64-byte loads/stores (FEAT_LS64)
  ...ATOMIC_OPS.map(([name, op]) => enc(name, `size:2 111 0 00 a:1 r:1 1 rs:5 ${op} 00 rn:5 rt:5`, lse)),
  enc("LDAPR",           "size:2 111 0 00 1 0 1 11111 1 100 00 rn:5 rt:5", { cls: "load-acquire-release", feature: "FEAT_LRCPC" }),
  enc("ST64B",           "11 111 0 00 0 0 1 11111 1 001 00 rn:5 rt:5", { cls: "load-store", feature: "FEAT_LS64", when: eightRegisters }),
  enc("LD64B",           "11 111 0 00 0 0 1 11111 1 101 00 rn:5 rt:5", { cls: "load-store", feature: "FEAT_LS64", when: eightRegisters }),
  enc("ST64BV",          "11 111 0 00 0 0 1 rs:5 1 011 00 rn:5 rt:5", { cls: "load-store", feature: "FEAT_LS64_V", when: eightRegisters }),
  enc("ST64BV0",         "11 111 0 00 0 0 1 rs:5 1 010 00 rn:5 rt:5", { cls: "load-store", feature: "FEAT_LS64_ACCDATA", when: eightRegisters }),
  // Unprivileged atomics (FEAT_LSUI): 0 sf 011001 A R 1 Rs o3 opc 01 Rn Rt
  enc("LDTADD",          "0 x64:1 011001 a:1 r:1 1 rs:5 0 000 01 rn:5 rt:5", lsuiAtomic),
  enc("LDTCLR",          "0 x64:1 011001 a:1 r:1 1 rs:5 0 001 01 rn:5 rt:5", lsuiAtomic),
  enc("LDTSET",          "0 x64:1 011001 a:1 r:1 1 rs:5 0 011 01 rn:5 rt:5", lsuiAtomic),
  enc("SWPT",            "0 x64:1 011001 a:1 r:1 1 rs:5 1 000 01 rn:5 rt:5", lsuiAtomic),
  // 128-bit atomics (FEAT_LSE128) and read-check-write atomics (FEAT_THE)
  enc("LDCLRP",          "00 011001 a:1 r:1 1 rs:5 0 001 00 rn:5 rt:5", lse128),
  enc("LDSETP",          "00 011001 a:1 r:1 1 rs:5 0 011 00 rn:5 rt:5", lse128),
  enc("SWPP",            "00 011001 a:1 r:1 1 rs:5 1 000 00 rn:5 rt:5", lse128),
  enc("RCWCLRP",         "0 s:1 011001 a:1 r:1 1 rs:5 1 001 00 rn:5 rt:5", the128),
  enc("RCWSWPP",         "0 s:1 011001 a:1 r:1 1 rs:5 1 010 00 rn:5 rt:5", the128),
  enc("RCWSETP",         "0 s:1 011001 a:1 r:1 1 rs:5 1 011 00 rn:5 rt:5", the128),
  enc("RCWCAS",          "0 s:1 011001 a:1 r:1 1 rs:5 0 000 10 rn:5 rt:5", the),
  enc("RCWCASP",         "0 s:1 011001 a:1 r:1 1 rs:4 0 0 000 11 rn:5 rt:4 0", the128),
  enc("RCWCLR",          "0 s:1 111 0 00 a:1 r:1 1 rs:5 1 001 00 rn:5 rt:5", the),
  enc("RCWSWP",          "0 s:1 111 0 00 a:1 r:1 1 rs:5 1 010 00 rn:5 rt:5", the),
  enc("RCWSET",          "0 s:1 111 0 00 a:1 r:1 1 rs:5 1 011 00 rn:5 rt:5", the),
  // Load-acquire/store-release pairs (FEAT_LRCPC3)
  enc("STILP_pre",       "1 x64:1 011001 00 0 rt2:5 0000 10 rn:5 rt:5", rcpc3),
  enc("STILP",           "1 x64:1 011001 00 0 rt2:5 0001 10 rn:5 rt:5", rcpc3),
  enc("LDIAPP_post",     "1 x64:1 011001 01 0 rt2:5 0000 10 rn:5 rt:5", rcpc3),
  enc("LDIAPP",          "1 x64:1 011001 01 0 rt2:5 0001 10 rn:5 rt:5", rcpc3),
  enc("STLR_pre",        "1 x64:1 011001 10 0 00000 0000 10 rn:5 rt:5", rcpc3),
  enc("LDAPR_post",      "1 x64:1 011001 11 0 00000 0000 10 rn:5 rt:5", rcpc3),
  // Load-acquire/store-release pairs of X registers (Armv9.7-A FEAT_LSCP)
  enc("STLP",            "11011001 00 0 rt2:5 010110 rn:5 rt:5", lscp),
  enc("LDAP",            "11011001 01 0 rt2:5 010110 rn:5 rt:5", lscp),
  enc("LDAPP",           "11011001 01 0 rt2:5 011110 rn:5 rt:5", lscp),
  // Range prefetch (FEAT_RPRFM): PRFM (register) with Rt<4:3> = 11
  enc("RPRFM",           "11 111 0 00 10 1 rm:5 o2:1 1 o0:1 s:1 10 rn:5 11 op:3", { cls: "load-store", feature: "FEAT_RPRFM" }),
  // Memory copy and memory set (FEAT_MOPS): CPYF* forward-only, CPY*, SET*, SETG* (with tags)
  enc("CPYFP",           "00 011 0 01 00 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("CPYFM",           "00 011 0 01 01 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("CPYFE",           "00 011 0 01 10 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("CPYP",            "00 011 1 01 00 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("CPYM",            "00 011 1 01 01 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("CPYE",            "00 011 1 01 10 0 rs:5 op2:4 01 rn:5 rd:5", mops),
  enc("SETP",            "00 011 0 01 11 0 rs:5 00 opt:2 01 rn:5 rd:5", mopsSet),
  enc("SETM",            "00 011 0 01 11 0 rs:5 01 opt:2 01 rn:5 rd:5", mopsSet),
  enc("SETE",            "00 011 0 01 11 0 rs:5 10 opt:2 01 rn:5 rd:5", mopsSet),
  enc("SETGP",           "00 011 1 01 11 0 rs:5 00 opt:2 01 rn:5 rd:5", mopsSetTagged),
  enc("SETGM",           "00 011 1 01 11 0 rs:5 01 opt:2 01 rn:5 rd:5", mopsSetTagged),
  enc("SETGE",           "00 011 1 01 11 0 rs:5 10 opt:2 01 rn:5 rd:5", mopsSetTagged),
  // Tag-only memory set (Armv9.7-A FEAT_MOPS_GO): no value register
  enc("SETGOP",          "00 011 1 01 11 0 11111 00 opt:2 00 rn:5 rd:5", mopsSetGo),
  enc("SETGOM",          "00 011 1 01 11 0 11111 01 opt:2 00 rn:5 rd:5", mopsSetGo),
  enc("SETGOE",          "00 011 1 01 11 0 11111 10 opt:2 00 rn:5 rd:5", mopsSetGo),
  // Guarded control stack stores (FEAT_GCS)
  enc("GCSSTR",          "11011001 000 11111 000011 rn:5 rt:5", { cls: "load-store", feature: "FEAT_GCS" }),
  enc("GCSSTTR",         "11011001 000 11111 000111 rn:5 rt:5", { cls: "load-store", feature: "FEAT_GCS" }),
  // Load register, with pointer authentication
  enc("LDRAA",           "11 111 0 00 0 s:1 1 imm9:9 0 1 rn:5 rt:5", { cls: "load-store", feature: "FEAT_PAuth" }),
  enc("LDRAB",           "11 111 0 00 1 s:1 1 imm9:9 0 1 rn:5 rt:5", { cls: "load-store", feature: "FEAT_PAuth" }),
  enc("LDRAA_pre",       "11 111 0 00 0 s:1 1 imm9:9 1 1 rn:5 rt:5", { cls: "load-store", feature: "FEAT_PAuth" }),
  enc("LDRAB_pre",       "11 111 0 00 1 s:1 1 imm9:9 1 1 rn:5 rt:5", { cls: "load-store", feature: "FEAT_PAuth" }),
  // Load/store memory tags
  enc("STZGM",           "11011001 00 1 000000000 00 rn:5 rt:5", mte2),
  enc("STG_post",        "11011001 00 1 imm9:9 01 rn:5 rt:5", mte),
  enc("STG",             "11011001 00 1 imm9:9 10 rn:5 rt:5", mte),
  enc("STG_pre",         "11011001 00 1 imm9:9 11 rn:5 rt:5", mte),
  enc("LDG",             "11011001 01 1 imm9:9 00 rn:5 rt:5", mte),
  enc("STZG_post",       "11011001 01 1 imm9:9 01 rn:5 rt:5", mte),
  enc("STZG",            "11011001 01 1 imm9:9 10 rn:5 rt:5", mte),
  enc("STZG_pre",        "11011001 01 1 imm9:9 11 rn:5 rt:5", mte),
  enc("STGM",            "11011001 10 1 000000000 00 rn:5 rt:5", mte2),
  enc("ST2G_post",       "11011001 10 1 imm9:9 01 rn:5 rt:5", mte),
  enc("ST2G",            "11011001 10 1 imm9:9 10 rn:5 rt:5", mte),
  enc("ST2G_pre",        "11011001 10 1 imm9:9 11 rn:5 rt:5", mte),
  enc("LDGM",            "11011001 11 1 000000000 00 rn:5 rt:5", mte2),
  enc("STZ2G_post",      "11011001 11 1 imm9:9 01 rn:5 rt:5", mte),
  enc("STZ2G",           "11011001 11 1 imm9:9 10 rn:5 rt:5", mte),
  enc("STZ2G_pre",       "11011001 11 1 imm9:9 11 rn:5 rt:5", mte),
];
