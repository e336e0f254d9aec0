/**
 * The AdvSIMD/FP/SVE/SME line helper: an encoding line plus its assembler syntax template, which
 * disasm/simd-template.ts compiles into a formatter. Placeholders are documented there.
 */
import { type EncodingGuard, type EncodingLine, enc, type FeatureRequirement, type InstructionClass } from "./format";

/** Syntax template of every line made with `simd` (read by the disassembler). */
export const SIMD_SYNTAX: Record<string, string> = {};

export interface SimdLineOptions {
  readonly feature: FeatureRequirement;
  readonly cls?: InstructionClass;
  readonly when?: EncodingGuard;
  readonly priority?: number;
}

/** One encoding with the syntax llvm-mc prints for it, e.g. `"add {d:T}, {n:T}, {m:T}"`. */
export function simd(name: string, pattern: string, syntax: string, options: SimdLineOptions): EncodingLine {
  const line = enc(name, pattern, {
    cls: options.cls ?? "simd",
    feature: options.feature,
    ...(options.when === undefined ? {} : { when: options.when }),
    ...(options.priority === undefined ? {} : { priority: options.priority }),
  });
  SIMD_SYNTAX[name] = syntax;
  return line;
}

/** Index of an integer arrangement: size (bits 23:22) * 2 + Q (bit 30). */
export function arrangementIndex(word: number): number {
  return (((word >>> 22) & 3) << 1) | ((word >>> 30) & 1);
}

const ARRANGEMENT_BITS: Readonly<Record<string, number>> = {
  "8b": 1 << 0,
  "16b": 1 << 1,
  "4h": 1 << 2,
  "8h": 1 << 3,
  "2s": 1 << 4,
  "4s": 1 << 5,
  "1d": 1 << 6,
  "2d": 1 << 7,
};

/** Shorthands for the element sizes an operation allows (1d is never a vector arrangement here). */
const SIZE_SETS: Readonly<Record<string, string>> = {
  b: "8b 16b",
  h: "4h 8h",
  s: "2s 4s",
  d: "2d",
};

/**
 * A guard accepting only the listed size:Q arrangements: "bhs" (bytes, halves, words), "bhsd",
 * "hs", or explicit names like "8h 4s 2d".
 */
export function arrangements(list: string): EncodingGuard {
  let allowed = 0;
  const names = /^[bhsd]+$/.test(list) ? [...list].map((c) => SIZE_SETS[c]!).join(" ") : list;
  for (const name of names.split(/\s+/)) {
    const bit = ARRANGEMENT_BITS[name];
    if (bit === undefined) throw new Error(`unknown arrangement '${name}'`);
    allowed |= bit;
  }
  return (word) => ((allowed >>> arrangementIndex(word)) & 1) === 1;
}

/** Guard: the size field (bits 23:22) is one of the listed values. */
export function sizes(...allowed: number[]): EncodingGuard {
  let set = 0;
  for (const s of allowed) set |= 1 << s;
  return (word) => ((set >>> ((word >>> 22) & 3)) & 1) === 1;
}

/** Guard for FP vectors with sz at bit 22: 2s, 4s or 2d (sz=1 with Q=0 is reserved). */
export const fpArrangement: EncodingGuard = (word) => ((word >>> 22) & 1) === 0 || ((word >>> 30) & 1) === 1;

/** Guard for shift-by-immediate: immh (bits 22:19) non-zero, and 64-bit elements need Q=1. */
export const shiftArrangement: EncodingGuard = (word) => {
  const immh = (word >>> 19) & 15;
  return immh !== 0 && (immh < 8 || ((word >>> 30) & 1) === 1);
};
