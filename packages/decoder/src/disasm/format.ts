/** The shape of a disassembly formatter and the operand spellings LLVM uses, shared by every disasm file. */
import type { Instruction } from "../decode";

/** Where the instruction sits: null prints PC-relative targets as LLVM's `#offset`, an address prints `0x...`. */
export type Formatter = (i: Instruction, f: Readonly<Record<string, number>>, pc: bigint | null) => string;

/** Formatters keyed by encoding name. */
export type FormatterTable = Readonly<Record<string, Formatter>>;

/** X or W register (31 = zero register). */
export function r(sf: number, n: number): string {
  if (n === 31) return sf ? "xzr" : "wzr";
  return sf ? `x${n}` : `w${n}`;
}

/** X or W register where 31 is the stack pointer. */
export function rsp(sf: number, n: number): string {
  if (n === 31) return sf ? "sp" : "wsp";
  return sf ? `x${n}` : `w${n}`;
}

export const x = (n: number): string => r(1, n);
export const w = (n: number): string => r(0, n);
export const xsp = (n: number): string => rsp(1, n);

/** Sign-extends the low `bits` of v. */
export function sext(v: number, bits: number): number {
  const shift = 32 - bits;
  return (v << shift) >> shift;
}

/** A 64-bit hexadecimal immediate as LLVM prints it: `#0x1f`. */
export function hex(v: bigint | number): string {
  return `#0x${BigInt.asUintN(64, BigInt(v)).toString(16)}`;
}

/** A PC-relative target: `#off` like llvm-mc, or the absolute address like llvm-objdump. */
export function target(pc: bigint | null, offset: number | bigint): string {
  if (pc === null) return `#${offset}`;
  return `0x${BigInt.asUintN(64, pc + BigInt(offset)).toString(16)}`;
}

export const CONDITIONS = [
  "eq",
  "ne",
  "hs",
  "lo",
  "mi",
  "pl",
  "vs",
  "vc",
  "hi",
  "ls",
  "ge",
  "lt",
  "gt",
  "le",
  "al",
  "nv",
];

export const SHIFTS = ["lsl", "lsr", "asr", "ror"];

export const EXTENDS = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"];

/** The memory operand `[xn, #imm]`, `[xn]` when the offset is 0. */
export function memOffset(rn: number, offset: number | bigint): string {
  return offset === 0 || offset === 0n ? `[${xsp(rn)}]` : `[${xsp(rn)}, #${offset}]`;
}
