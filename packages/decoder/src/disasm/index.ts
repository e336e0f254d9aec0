/** `disassemble`: LLVM-exact text for a word, via the formatter of its encoding. */
import { decode } from "../decode";
import { OPCODES } from "../opcodes";
import { BASE_BRANCH_FORMAT, BASE_COMPARE_BRANCH_FORMAT } from "./base-branch";
import { BASE_DP_IMM_FORMAT } from "./base-dp-imm";
import { BASE_DP_REG_FORMAT } from "./base-dp-reg";
import { BASE_LDST_FORMAT } from "./base-ldst";
import { BASE_SYSTEM_FORMAT } from "./base-system";
import type { Formatter, FormatterTable } from "./format";
import { FP_SIMD_FORMAT } from "./simd-index";

const TABLES: readonly FormatterTable[] = [
  BASE_DP_IMM_FORMAT,
  BASE_DP_REG_FORMAT,
  BASE_BRANCH_FORMAT,
  BASE_COMPARE_BRANCH_FORMAT,
  BASE_SYSTEM_FORMAT,
  BASE_LDST_FORMAT,
  FP_SIMD_FORMAT,
];

const byId: (Formatter | undefined)[] = OPCODES.map((info) => {
  for (const table of TABLES) {
    const f = table[info.name];
    if (f !== undefined) return f;
  }
  return undefined;
});

/** Opcode names that have no formatter yet (a test keeps this empty). */
export function unformattedOpcodes(): string[] {
  return OPCODES.filter((_, id) => id !== 0 && byId[id] === undefined).map((info) => info.name);
}

/**
 * The text llvm-mc prints for a word (single spaces, no comment), or `<undefined>`. With an
 * address, PC-relative targets print as absolute addresses the way llvm-objdump does.
 */
export function disassemble(word: number, address?: bigint | number): string {
  const insn = decode(word);
  if (insn.id === 0) return "<undefined>";
  const format = byId[insn.id];
  if (format === undefined) return `<unformatted ${insn.name}>`;
  const pc = address === undefined ? null : BigInt(address);
  return format(insn, insn.fields, pc);
}
