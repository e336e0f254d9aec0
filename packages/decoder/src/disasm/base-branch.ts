/** Disassembly of base branches and exception-generating instructions. */
import { CONDITIONS, type FormatterTable, hex, r, sext, target, x } from "./format";

const lower = (name: string) => (): string => name;

export const BASE_BRANCH_FORMAT: FormatterTable = {
  B: (_, f, pc) => `b ${target(pc, sext(f.imm26!, 26) * 4)}`,
  BL: (_, f, pc) => `bl ${target(pc, sext(f.imm26!, 26) * 4)}`,
  CBZ: (_, f, pc) => `cbz ${r(f.sf!, f.rt!)}, ${target(pc, sext(f.imm19!, 19) * 4)}`,
  CBNZ: (_, f, pc) => `cbnz ${r(f.sf!, f.rt!)}, ${target(pc, sext(f.imm19!, 19) * 4)}`,
  TBZ: (_, f, pc) => `tbz ${r(f.b5!, f.rt!)}, #${(f.b5! << 5) | f.b40!}, ${target(pc, sext(f.imm14!, 14) * 4)}`,
  TBNZ: (_, f, pc) => `tbnz ${r(f.b5!, f.rt!)}, #${(f.b5! << 5) | f.b40!}, ${target(pc, sext(f.imm14!, 14) * 4)}`,
  B_cond: (_, f, pc) => `b.${CONDITIONS[f.cond!]} ${target(pc, sext(f.imm19!, 19) * 4)}`,
  BC_cond: (_, f, pc) => `bc.${CONDITIONS[f.cond!]} ${target(pc, sext(f.imm19!, 19) * 4)}`,
  BR: (_, f) => `br ${x(f.rn!)}`,
  BLR: (_, f) => `blr ${x(f.rn!)}`,
  RET: (_, f) => (f.rn === 30 ? "ret" : `ret ${x(f.rn!)}`),
  ERET: lower("eret"),
  DRPS: lower("drps"),
  BRAAZ: (_, f) => `braaz ${x(f.rn!)}`,
  BRABZ: (_, f) => `brabz ${x(f.rn!)}`,
  BLRAAZ: (_, f) => `blraaz ${x(f.rn!)}`,
  BLRABZ: (_, f) => `blrabz ${x(f.rn!)}`,
  RETAA: lower("retaa"),
  RETAB: lower("retab"),
  RETAASPPC_reg: (_, f) => `retaasppcr ${x(f.rm!)}`,
  RETABSPPC_reg: (_, f) => `retabsppcr ${x(f.rm!)}`,
  RETAASPPC: (_, f, pc) => `retaasppc ${target(pc, -(f.imm16! * 4))}`,
  RETABSPPC: (_, f, pc) => `retabsppc ${target(pc, -(f.imm16! * 4))}`,
  AUTIASPPC: (_, f, pc) => `autiasppc ${target(pc, -(f.imm16! * 4))}`,
  AUTIBSPPC: (_, f, pc) => `autibsppc ${target(pc, -(f.imm16! * 4))}`,
  ERETAA: lower("eretaa"),
  ERETAB: lower("eretab"),
  BRAA: (_, f) => `braa ${x(f.rn!)}, ${r(1, f.rm!).replace("xzr", "sp")}`,
  BRAB: (_, f) => `brab ${x(f.rn!)}, ${r(1, f.rm!).replace("xzr", "sp")}`,
  BLRAA: (_, f) => `blraa ${x(f.rn!)}, ${r(1, f.rm!).replace("xzr", "sp")}`,
  BLRAB: (_, f) => `blrab ${x(f.rn!)}, ${r(1, f.rm!).replace("xzr", "sp")}`,
  SVC: (_, f) => `svc ${imm16(f.imm16!)}`,
  HVC: (_, f) => `hvc ${imm16(f.imm16!)}`,
  SMC: (_, f) => `smc ${imm16(f.imm16!)}`,
  BRK: (_, f) => `brk ${imm16(f.imm16!)}`,
  HLT: (_, f) => `hlt ${imm16(f.imm16!)}`,
  DCPS1: (_, f) => (f.imm16 === 0 ? "dcps1" : `dcps1 ${imm16(f.imm16!)}`),
  DCPS2: (_, f) => (f.imm16 === 0 ? "dcps2" : `dcps2 ${imm16(f.imm16!)}`),
  DCPS3: (_, f) => (f.imm16 === 0 ? "dcps3" : `dcps3 ${imm16(f.imm16!)}`),
  UDF: (_, f) => `udf #${f.imm16!}`,
};

/** Exception immediates: LLVM prints zero as `#0` and everything else in hex. */
function imm16(v: number): string {
  return v === 0 ? "#0" : hex(v);
}

const REG_CONDITIONS = ["gt", "ge", "hi", "hs", "", "", "eq", "ne"];
const IMM_CONDITIONS = ["gt", "lt", "hi", "lo", "", "", "eq", "ne"];

function compareBranch(mn: string, reg: (f: Readonly<Record<string, number>>, n: number) => string, imm: boolean) {
  return (_: unknown, f: Readonly<Record<string, number>>, pc: bigint | null): string => {
    const cond = (imm ? IMM_CONDITIONS : REG_CONDITIONS)[f.cc!]!;
    const second = imm ? `#${f.imm6!}` : reg(f, f.rm!);
    return `${mn}${cond} ${reg(f, f.rt!)}, ${second}, ${target(pc, sext(f.imm9!, 9) * 4)}`;
  };
}

export const BASE_COMPARE_BRANCH_FORMAT: FormatterTable = {
  CB_reg: compareBranch("cb", (f, n) => r(f.sf!, n), false),
  CBB_reg: compareBranch("cbb", (_, n) => r(0, n), false),
  CBH_reg: compareBranch("cbh", (_, n) => r(0, n), false),
  CB_imm: compareBranch("cb", (f, n) => r(f.sf!, n), true),
};
