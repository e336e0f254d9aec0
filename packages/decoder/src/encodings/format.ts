/**
 * The encoding-line format: one call per encoding, a 32-bit pattern written MSB first with named
 * fields, the instruction class and the FEAT_* it requires. See ./README.md for the syntax.
 */
import { type FeatureName, isFeatureName } from "@a64vm/sysreg";
import { EncodingSyntaxError } from "../errors";

/** What kind of instruction an encoding is, at the granularity the layers above dispatch on. */
export type InstructionClass =
  | "dp-imm"
  | "dp-reg"
  | "branch"
  | "exception"
  | "system-register"
  | "system-instruction"
  | "pstate"
  | "hint"
  | "barrier"
  | "load-store"
  | "load-store-pair"
  | "load-store-exclusive"
  | "load-acquire-release"
  | "atomic"
  | "mops"
  | "fp"
  | "simd"
  | "crypto"
  | "sve"
  | "sme";

/** The Arm ARM encoding group an encoding belongs to (the rows of the LLVM agreement table). */
export type EncodingGroup = "base" | "system" | "fp-simd" | "sve" | "sme";

/** The FEAT_* an encoding requires: none, one, or all of a list. */
export type FeatureRequirement = FeatureName | readonly FeatureName[] | null;

/** A named bit field of an encoding: value = (word >>> lsb) & ((1 << width) - 1). */
export interface FieldSpec {
  readonly name: string;
  readonly lsb: number;
  readonly width: number;
}

/** Extra validity rule an encoding needs beyond its fixed bits (e.g. a valid bitmask immediate). */
export type EncodingGuard = (word: number) => boolean;

export interface EncodingOptions {
  readonly cls: InstructionClass;
  readonly feature: FeatureRequirement;
  /** Wins over every matching line of lower priority regardless of specificity (default 0). */
  readonly priority?: number;
  /** The word is this encoding only when the guard holds; otherwise lower lines are tried. */
  readonly when?: EncodingGuard;
}

/** One parsed encoding line. `name` is null for an unallocated carve-out (decodes as undefined). */
export interface EncodingLine {
  readonly name: string | null;
  readonly pattern: string;
  readonly mask: number;
  readonly value: number;
  readonly fields: readonly FieldSpec[];
  readonly cls: InstructionClass | null;
  readonly feature: FeatureRequirement;
  readonly priority: number;
  readonly when: EncodingGuard | null;
}

const FIELD = /^([A-Za-z_][A-Za-z0-9_]*)(?::(\d+))?(?:=([01x]+))?$/;

interface ParsedPattern {
  mask: number;
  value: number;
  fields: FieldSpec[];
}

function parsePattern(label: string, pattern: string): ParsedPattern {
  let mask = 0;
  let value = 0;
  let bit = 32;
  const fields: FieldSpec[] = [];
  const seen = new Set<string>();
  const fixBits = (bits: string): void => {
    for (const c of bits) {
      bit--;
      if (bit < 0) throw new EncodingSyntaxError(label, "pattern is longer than 32 bits");
      if (c === "x") continue;
      mask |= 1 << bit;
      if (c === "1") value |= 1 << bit;
    }
  };
  for (const token of pattern.trim().split(/\s+/)) {
    if (/^[01x]+$/.test(token)) {
      fixBits(token);
      continue;
    }
    const m = FIELD.exec(token);
    if (m === null) throw new EncodingSyntaxError(label, `bad token '${token}' in pattern`);
    const name = m[1]!;
    const fixed = m[3];
    const width = m[2] !== undefined ? Number(m[2]) : (fixed?.length ?? 0);
    if (width < 1) throw new EncodingSyntaxError(label, `field '${name}' needs a width`);
    if (fixed !== undefined && fixed.length !== width) {
      throw new EncodingSyntaxError(label, `field '${name}' is ${width} bits but fixed to '${fixed}'`);
    }
    if (seen.has(name)) throw new EncodingSyntaxError(label, `field '${name}' appears twice`);
    seen.add(name);
    if (bit - width < 0) throw new EncodingSyntaxError(label, "pattern is longer than 32 bits");
    fields.push({ name, lsb: bit - width, width });
    if (fixed !== undefined) fixBits(fixed);
    else bit -= width;
  }
  if (bit !== 0) throw new EncodingSyntaxError(label, `pattern has ${32 - bit} bits, not 32`);
  return { mask: mask | 0, value: value | 0, fields };
}

function checkFeature(label: string, feature: FeatureRequirement): void {
  const list = feature === null ? [] : typeof feature === "string" ? [feature] : feature;
  for (const name of list) {
    if (!isFeatureName(name)) throw new EncodingSyntaxError(label, `unknown feature '${name}'`);
  }
}

/** One encoding: `enc("ADD_imm", "sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:5", { cls: "dp-imm", feature: null })`. */
export function enc(name: string, pattern: string, options: EncodingOptions): EncodingLine {
  if (!/^[A-Z][A-Za-z0-9_]*$/.test(name)) throw new EncodingSyntaxError(name, "names look like ADD_imm");
  const parsed = parsePattern(name, pattern);
  checkFeature(name, options.feature);
  return {
    name,
    pattern,
    mask: parsed.mask,
    value: parsed.value,
    fields: parsed.fields,
    cls: options.cls,
    feature: options.feature,
    priority: options.priority ?? 0,
    when: options.when ?? null,
  };
}

/** An unallocated carve-out: words matching it decode as undefined (priority 1 outranks plain lines). */
export function unallocated(pattern: string, why: string, priority = 1): EncodingLine {
  const parsed = parsePattern(`unallocated (${why})`, pattern);
  return {
    name: null,
    pattern,
    mask: parsed.mask,
    value: parsed.value,
    fields: [],
    cls: null,
    feature: null,
    priority,
    when: null,
  };
}
