/**
 * SVE integer data processing: compares, predicated arithmetic/logical/shift/unary ops and
 * reductions, multiply-add, unpredicated add/logical, INDEX, ADR, and the SVE2 unpredicated
 * multiplies. Element size is bits 23:22 unless a line says otherwise.
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { simd, sizes } from "./simd-line";
import { unpredicatedTsz } from "./sve-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;
const notDouble = { ...SVE, when: sizes(0, 1, 2) };
const wordOrDouble = { ...SVE, when: sizes(2, 3) };

/** Predicated binary ops: [group bits 20:19, opc bits 18:16, mnemonic, guard]. */
const PREDICATED_BINARY = [
  ["00", "000", "ADD", null],
  ["00", "001", "SUB", null],
  ["00", "011", "SUBR", null],
  ["01", "000", "SMAX", null],
  ["01", "001", "UMAX", null],
  ["01", "010", "SMIN", null],
  ["01", "011", "UMIN", null],
  ["01", "100", "SABD", null],
  ["01", "101", "UABD", null],
  ["10", "000", "MUL", null],
  ["10", "010", "SMULH", null],
  ["10", "011", "UMULH", null],
  ["10", "100", "SDIV", "sd"],
  ["10", "101", "UDIV", "sd"],
  ["10", "110", "SDIVR", "sd"],
  ["10", "111", "UDIVR", "sd"],
  ["11", "000", "ORR", null],
  ["11", "001", "EOR", null],
  ["11", "010", "AND", null],
  ["11", "011", "BIC", null],
] as const;

/** Predicated shifts by vector (bits 20:16): [bits, mnemonic, wide?]. */
const PREDICATED_SHIFT = [
  ["10000", "ASR"],
  ["10001", "LSR"],
  ["10011", "LSL"],
  ["10100", "ASRR"],
  ["10101", "LSRR"],
  ["10111", "LSLR"],
] as const;
const WIDE_SHIFT = [
  ["11000", "ASR"],
  ["11001", "LSR"],
  ["11011", "LSL"],
] as const;

/** Predicated unary ops (bits 20:16): [bits, mnemonic, allowed sizes]. */
const PREDICATED_UNARY = [
  ["10000", "SXTB", [1, 2, 3]],
  ["10001", "UXTB", [1, 2, 3]],
  ["10010", "SXTH", [2, 3]],
  ["10011", "UXTH", [2, 3]],
  ["10100", "SXTW", [3]],
  ["10101", "UXTW", [3]],
  ["10110", "ABS", [0, 1, 2, 3]],
  ["10111", "NEG", [0, 1, 2, 3]],
  ["11000", "CLS", [0, 1, 2, 3]],
  ["11001", "CLZ", [0, 1, 2, 3]],
  ["11010", "CNT", [0, 1, 2, 3]],
  ["11011", "CNOT", [0, 1, 2, 3]],
  ["11100", "FABS", [1, 2, 3]],
  ["11101", "FNEG", [1, 2, 3]],
  ["11110", "NOT", [0, 1, 2, 3]],
] as const;

/** Reductions to a scalar SIMD&FP register (bits 20:16): [bits, mnemonic, destination kind]. */
const REDUCTIONS = [
  ["00000", "SADDV", "d"],
  ["00001", "UADDV", "d"],
  ["01000", "SMAXV", "z"],
  ["01001", "UMAXV", "z"],
  ["01010", "SMINV", "z"],
  ["01011", "UMINV", "z"],
  ["11000", "ORV", "z"],
  ["11001", "EORV", "z"],
  ["11010", "ANDV", "z"],
] as const;

/** Predicated shift by immediate (bits 19:16): [bits, mnemonic, direction, SVE2?]. */
const SHIFT_IMMEDIATE = [
  ["0000", "ASR", "r", false],
  ["0001", "LSR", "r", false],
  ["0011", "LSL", "l", false],
  ["0100", "ASRD", "r", false],
  ["0110", "SQSHL", "l", true],
  ["0111", "UQSHL", "l", true],
  ["1100", "SRSHR", "r", true],
  ["1101", "URSHR", "r", true],
  ["1111", "SQSHLU", "l", true],
] as const;

/** Compare vectors (bits 15:13, bit 4) -> mnemonic; the wide forms compare with .d elements. */
const COMPARE_VECTORS = [
  ["000", 0, "CMPHS", false],
  ["000", 1, "CMPHI", false],
  ["001", 0, "CMPEQ", true],
  ["001", 1, "CMPNE", true],
  ["010", 0, "CMPGE", true],
  ["010", 1, "CMPGT", true],
  ["011", 0, "CMPLT", true],
  ["011", 1, "CMPLE", true],
  ["100", 0, "CMPGE", false],
  ["100", 1, "CMPGT", false],
  ["101", 0, "CMPEQ", false],
  ["101", 1, "CMPNE", false],
  ["110", 0, "CMPHS", true],
  ["110", 1, "CMPHI", true],
  ["111", 0, "CMPLO", true],
  ["111", 1, "CMPLS", true],
] as const;

/** Shift-by-immediate element size from tsz (bits 23:22 and 9:8): tsz = 0000 is reserved. */
const shiftTsz: EncodingGuard = (w) => (((w >>> 20) & 0xc) | ((w >>> 8) & 3)) !== 0;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [group, opc, name, guard] of PREDICATED_BINARY) {
    const mn = name.toLowerCase();
    lines.push(
      simd(
        `${name}_zpmz`,
        `00000100 size:2 0 ${group} ${opc} 000 pg:3 zm:5 zdn:5`,
        `${mn} {d:zT}, {g:pm}, {d:zT}, {n:zT}`,
        guard === null ? SVE : wordOrDouble,
      ),
    );
  }
  for (const [bits, name] of PREDICATED_SHIFT) {
    lines.push(
      simd(
        `${name}_zpmz`,
        `00000100 size:2 0 ${bits} 100 pg:3 zm:5 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {d:zT}, {n:zT}`,
        SVE,
      ),
    );
  }
  for (const [bits, name] of WIDE_SHIFT) {
    lines.push(
      simd(
        `${name}_wide_zpmz`,
        `00000100 size:2 0 ${bits} 100 pg:3 zm:5 zdn:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {d:zT}, {n:zd}`,
        notDouble,
      ),
    );
  }
  for (const [bits, name, allowed] of PREDICATED_UNARY) {
    lines.push(
      simd(
        `${name}_z_sve`,
        `00000100 size:2 0 ${bits} 101 pg:3 zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {g:pm}, {n:zT}`,
        { ...SVE, when: sizes(...allowed) },
      ),
      // The zeroing form of FEAT_SVE2p2 clears bit 20.
      simd(
        `${name}_zz_sve`,
        `00000100 size:2 0 0${bits.slice(1)} 101 pg:3 zn:5 zd:5`,
        `${name.toLowerCase()} {d:zT}, {g:pz}, {n:zT}`,
        { cls: "sve", feature: "FEAT_SVE2p2", when: sizes(...allowed) },
      ),
    );
  }
  for (const [bits, name, kind] of REDUCTIONS) {
    const guard = name === "SADDV" ? notDouble : SVE;
    lines.push(
      simd(
        `${name}_sve`,
        `00000100 size:2 0 ${bits} 001 pg:3 zn:5 vd:5`,
        `${name.toLowerCase()} {d:${kind}}, {g:p}, {n:zT}`,
        guard,
      ),
    );
  }
  for (const [bits, name, direction, sve2] of SHIFT_IMMEDIATE) {
    const amount = direction === "r" ? "{sveshr}" : "{sveshl}";
    lines.push(
      simd(
        `${name}_imm_sve`,
        `00000100 tszh:2 00 ${bits} 100 pg:3 tszl:2 imm3:3 zdn:5`,
        `${name.toLowerCase()} {d:zS}, {g:pm}, {d:zS}, #${amount}`,
        { ...(sve2 ? SVE2 : SVE), when: shiftTsz },
      ),
    );
  }
  for (const [bits, ne, name, wide] of COMPARE_VECTORS) {
    lines.push(
      simd(
        `${name}_${bits}`,
        `00100100 size:2 0 zm:5 ${bits} pg:3 zn:5 ${ne} pd:4`,
        `${name.toLowerCase()} {pd:pT}, {g:pz}, {n:zT}, {m5:${wide ? "zd" : "zT"}}`,
        wide ? notDouble : SVE,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_INT: readonly EncodingLine[] = [
  ...generate(),
  // Compare with immediate: unsigned imm7, signed imm5
  simd("CMPHS_imm", "00100100 size:2 1 imm7:7 0 pg:3 zn:5 0 pd:4", "cmphs {pd:pT}, {g:pz}, {n:zT}, #{=imm7}", SVE),
  simd("CMPHI_imm", "00100100 size:2 1 imm7:7 0 pg:3 zn:5 1 pd:4", "cmphi {pd:pT}, {g:pz}, {n:zT}, #{=imm7}", SVE),
  simd("CMPLO_imm", "00100100 size:2 1 imm7:7 1 pg:3 zn:5 0 pd:4", "cmplo {pd:pT}, {g:pz}, {n:zT}, #{=imm7}", SVE),
  simd("CMPLS_imm", "00100100 size:2 1 imm7:7 1 pg:3 zn:5 1 pd:4", "cmpls {pd:pT}, {g:pz}, {n:zT}, #{=imm7}", SVE),
  simd("CMPGE_imm", "00100101 size:2 0 imm5:5 0 0 0 pg:3 zn:5 0 pd:4", "cmpge {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  simd("CMPGT_imm", "00100101 size:2 0 imm5:5 0 0 0 pg:3 zn:5 1 pd:4", "cmpgt {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  simd("CMPLT_imm", "00100101 size:2 0 imm5:5 0 0 1 pg:3 zn:5 0 pd:4", "cmplt {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  simd("CMPLE_imm", "00100101 size:2 0 imm5:5 0 0 1 pg:3 zn:5 1 pd:4", "cmple {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  simd("CMPEQ_imm", "00100101 size:2 0 imm5:5 1 0 0 pg:3 zn:5 0 pd:4", "cmpeq {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  simd("CMPNE_imm", "00100101 size:2 0 imm5:5 1 0 0 pg:3 zn:5 1 pd:4", "cmpne {pd:pT}, {g:pz}, {n:zT}, #{simm5}", SVE),
  // Multiply-add (predicated)
  simd("MLA_sve",   "00000100 size:2 0 zm:5 01 0 pg:3 zn:5 zda:5", "mla {d:zT}, {g:pm}, {n:zT}, {m5:zT}", SVE),
  simd("MLS_sve",   "00000100 size:2 0 zm:5 01 1 pg:3 zn:5 zda:5", "mls {d:zT}, {g:pm}, {n:zT}, {m5:zT}", SVE),
  simd("MAD_sve",   "00000100 size:2 0 zm:5 11 0 pg:3 za:5 zdn:5", "mad {d:zT}, {g:pm}, {m5:zT}, {n:zT}", SVE),
  simd("MSB_sve",   "00000100 size:2 0 zm:5 11 1 pg:3 za:5 zdn:5", "msb {d:zT}, {g:pm}, {m5:zT}, {n:zT}", SVE),
  // Add/subtract and bitwise (unpredicated)
  simd("ADD_zzz",   "00000100 size:2 1 zm:5 000 000 zn:5 zd:5", "add {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("SUB_zzz",   "00000100 size:2 1 zm:5 000 001 zn:5 zd:5", "sub {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("SQADD_zzz", "00000100 size:2 1 zm:5 000 100 zn:5 zd:5", "sqadd {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("UQADD_zzz", "00000100 size:2 1 zm:5 000 101 zn:5 zd:5", "uqadd {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("SQSUB_zzz", "00000100 size:2 1 zm:5 000 110 zn:5 zd:5", "sqsub {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("UQSUB_zzz", "00000100 size:2 1 zm:5 000 111 zn:5 zd:5", "uqsub {d:zT}, {n:zT}, {m5:zT}", SVE),
  simd("AND_zzz",   "00000100 00 1 zm:5 001100 zn:5 zd:5", "and {d:zd}, {n:zd}, {m5:zd}", SVE),
  simd("ORR_zzz",   "00000100 01 1 zm:5 001100 zn:5 zd:5", "orr {d:zd}, {n:zd}, {m5:zd}", SVE),
  simd("EOR_zzz",   "00000100 10 1 zm:5 001100 zn:5 zd:5", "eor {d:zd}, {n:zd}, {m5:zd}", SVE),
  simd("BIC_zzz",   "00000100 11 1 zm:5 001100 zn:5 zd:5", "bic {d:zd}, {n:zd}, {m5:zd}", SVE),
  // SVE2 integer multiply (unpredicated)
  simd("MUL_zzz",      "00000100 size:2 1 zm:5 0110 00 zn:5 zd:5", "mul {d:zT}, {n:zT}, {m5:zT}", SVE2),
  simd("PMUL_zzz",     "00000100 00 1 zm:5 0110 01 zn:5 zd:5", "pmul {d:zb}, {n:zb}, {m5:zb}", SVE2),
  simd("SMULH_zzz",    "00000100 size:2 1 zm:5 0110 10 zn:5 zd:5", "smulh {d:zT}, {n:zT}, {m5:zT}", SVE2),
  simd("UMULH_zzz",    "00000100 size:2 1 zm:5 0110 11 zn:5 zd:5", "umulh {d:zT}, {n:zT}, {m5:zT}", SVE2),
  simd("SQDMULH_zzz",  "00000100 size:2 1 zm:5 0111 00 zn:5 zd:5", "sqdmulh {d:zT}, {n:zT}, {m5:zT}", SVE2),
  simd("SQRDMULH_zzz", "00000100 size:2 1 zm:5 0111 01 zn:5 zd:5", "sqrdmulh {d:zT}, {n:zT}, {m5:zT}", SVE2),
  // Shifts (unpredicated): by immediate (element size from tsz) and by wide elements
  simd("ASR_zzi",   "00000100 tszh:2 1 tszl:2 imm3:3 1001 00 zn:5 zd:5", "asr {d:zU}, {n:zU}, #{ushr}", { ...SVE, when: unpredicatedTsz }),
  simd("LSR_zzi",   "00000100 tszh:2 1 tszl:2 imm3:3 1001 01 zn:5 zd:5", "lsr {d:zU}, {n:zU}, #{ushr}", { ...SVE, when: unpredicatedTsz }),
  simd("LSL_zzi",   "00000100 tszh:2 1 tszl:2 imm3:3 1001 11 zn:5 zd:5", "lsl {d:zU}, {n:zU}, #{ushl}", { ...SVE, when: unpredicatedTsz }),
  simd("ASR_zzw",   "00000100 size:2 1 zm:5 1000 00 zn:5 zd:5", "asr {d:zT}, {n:zT}, {m:zd}", notDouble),
  simd("LSR_zzw",   "00000100 size:2 1 zm:5 1000 01 zn:5 zd:5", "lsr {d:zT}, {n:zT}, {m:zd}", notDouble),
  simd("LSL_zzw",   "00000100 size:2 1 zm:5 1000 11 zn:5 zd:5", "lsl {d:zT}, {n:zT}, {m:zd}", notDouble),
  // INDEX and ADR
  simd("INDEX_ii",  "00000100 size:2 1 imm5b:5 010000 imm5:5 zd:5", "index {d:zT}, #{simm5a}, #{simm5}", SVE),
  simd("INDEX_ri",  "00000100 size:2 1 imm5:5 010001 rn:5 zd:5", "index {d:zT}, {n:r}, #{simm5}", SVE),
  simd("INDEX_ir",  "00000100 size:2 1 rm:5 010010 imm5:5 zd:5", "index {d:zT}, #{simm5a}, {m:r}", SVE),
  simd("INDEX_rr",  "00000100 size:2 1 rm:5 010011 rn:5 zd:5", "index {d:zT}, {n:r}, {m:r}", SVE),
  simd("ADR_sxtw",  "00000100 00 1 zm:5 1010 msz:2 zn:5 zd:5", "adr {d:zd}, [{n:zd}, {m5:zd}, sxtw{adrshift}]", SVE),
  simd("ADR_uxtw",  "00000100 01 1 zm:5 1010 msz:2 zn:5 zd:5", "adr {d:zd}, [{n:zd}, {m5:zd}, uxtw{adrshift}]", SVE),
  simd("ADR_s",     "00000100 10 1 zm:5 1010 msz:2 zn:5 zd:5", "adr {d:zs}, [{n:zs}, {m5:zs}{adrlsl}]", SVE),
  simd("ADR_d",     "00000100 11 1 zm:5 1010 msz:2 zn:5 zd:5", "adr {d:zd}, [{n:zd}, {m5:zd}{adrlsl}]", SVE),
];
