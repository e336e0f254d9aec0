/**
 * The SVE line helper: an encoding line plus its assembler syntax template. Templates take every
 * placeholder of disasm/simd-template.ts and the SVE-only ones of disasm/sve-template.ts.
 */
import { type EncodingGuard, type EncodingLine, enc, type FeatureRequirement } from "./format";

/** Syntax template of every line made with `sve` (read by the disassembler). */
export const SVE_SYNTAX: Record<string, string> = {};

export interface SveLineOptions {
  readonly feature: FeatureRequirement;
  readonly when?: EncodingGuard;
  readonly priority?: number;
}

/** One SVE encoding with the syntax llvm-mc prints for it, e.g. `"sclamp {d:zT}, {n:zT}, {m:zT}"`. */
export function sve(name: string, pattern: string, syntax: string, options: SveLineOptions): EncodingLine {
  const line = enc(name, pattern, {
    cls: "sve",
    feature: options.feature,
    ...(options.when === undefined ? {} : { when: options.when }),
    ...(options.priority === undefined ? {} : { priority: options.priority }),
  });
  SVE_SYNTAX[name] = syntax;
  return line;
}

/** Guard: exactly one bit of tsz is set, tsz being bit 22 and bits 20:19 (narrowing forms). */
export const narrowTsz: EncodingGuard = (w) => {
  const tsz = ((w >>> 20) & 4) | ((w >>> 19) & 3);
  return tsz !== 0 && (tsz & (tsz - 1)) === 0;
};

/** Guard: tsz (bits 23:22 and 20:19) of an unpredicated shift by immediate or XAR is not 0000. */
export const unpredicatedTsz: EncodingGuard = (w) => (((w >>> 20) & 0xc) | ((w >>> 19) & 3)) !== 0;
