/**
 * The SME line helper: an encoding line plus its assembler syntax, whose placeholders name the
 * line's own fields (disasm/sme-template.ts compiles it, documenting the placeholders).
 */
import type { FeatureName } from "@a64vm/sysreg";
import { type EncodingGuard, type EncodingLine, enc, type FieldSpec } from "./format";

export interface SmeSyntax {
  readonly syntax: string;
  readonly fields: readonly FieldSpec[];
}

/** The FEAT_* an SME encoding requires: one, or all of a list. */
export type SmeFeature = FeatureName | readonly FeatureName[];

/** Syntax of every line made with `sme` (read by the disassembler). */
export const SME_SYNTAX: Record<string, SmeSyntax> = {};

/** One SME encoding with the syntax llvm-mc prints for it, e.g. `"fmla za.s[{w8:rv}, {=off}], ..."`. */
export function sme(
  name: string,
  pattern: string,
  syntax: string,
  feature: SmeFeature,
  when?: EncodingGuard,
): EncodingLine {
  if (SME_SYNTAX[name] !== undefined) throw new Error(`SME encoding '${name}' is defined twice`);
  const line = enc(name, pattern, { cls: "sme", feature, ...(when === undefined ? {} : { when }) });
  SME_SYNTAX[name] = { syntax, fields: line.fields };
  return line;
}

/** Element suffixes by size code. */
export const ELEMENT = ["b", "h", "s", "d"] as const;

/** `n` as a `width`-bit binary string, for building patterns in loops. */
export function bin(n: number, width: number): string {
  return n.toString(2).padStart(width, "0");
}
