import type { FeatureExpr } from "../features/expr";
import { FeatureSet } from "../features/feature-set";
import { FEATURE_DEFINITIONS, FEATURE_NAMES } from "../features/features.generated";
import type { FeatureName } from "../features/names";
import type { RegisterField } from "../registers/layout";
import { CONDITIONS, DISCOVERY_FIELDS, DISCOVERY_ORDER, featuresOf } from "./discovery";
import { fieldNumber, fieldWidth, type IdRegisterValues, idField, readField, writeField } from "./fields";
import { evaluate } from "./interpret";

type Registers = Record<string, bigint>;

interface EncodingField {
  readonly register: string;
  readonly field: RegisterField;
  /** Raw values worth trying, lowest capability first. */
  readonly candidates: readonly number[];
}

/** A field reference as a register and its field (any field of a layout, encoding a feature or not). */
function fieldOf(reference: string): { register: string; field: RegisterField } {
  const known = ENCODING_FIELDS.get(reference);
  if (known !== undefined) return known;
  const dot = reference.indexOf(".");
  const register = reference.slice(0, dot);
  return { register, field: idField(register, reference.slice(dot + 1)) };
}

function rawOf(field: RegisterField, n: number): number | null {
  const width = fieldWidth(field);
  const raw = n < 0 ? n + 2 ** width : n;
  return raw >= 0 && raw < 2 ** width ? raw : null;
}

/** The lowest-capability value of a field: 0, or all ones (-1, "not implemented") when it is signed. */
function lowest(field: RegisterField): number {
  return field.signed === true ? 2 ** fieldWidth(field) - 1 : 0;
}

const ENCODING_FIELDS = new Map<string, EncodingField>();
{
  const constants = new Map<string, Set<number>>();
  const collect = (expr: FeatureExpr) => {
    if (!Array.isArray(expr)) return;
    const [op, a, b] = expr as readonly [string, FeatureExpr, FeatureExpr];
    if (op === "IN") {
      const ref = (a as readonly [string, string])[1];
      for (const v of b as unknown as readonly number[]) constants.get(ref)?.add(v);
      return;
    }
    if (Array.isArray(a) && (a[0] === "UInt" || a[0] === "SInt") && typeof b === "number") {
      for (const d of [-1, 0, 1]) constants.get(a[1] as string)?.add(b + d);
      return;
    }
    for (const operand of (expr as readonly FeatureExpr[]).slice(1)) collect(operand);
  };
  for (const f of DISCOVERY_FIELDS) constants.set(f.reference, new Set([0, fieldNumber(lowest(f.field), f.field)]));
  for (const c of CONDITIONS.values()) for (const r of c.rules) collect(r.condition);
  for (const f of DISCOVERY_FIELDS) {
    const values = [...constants.get(f.reference)!]
      .map((n) => rawOf(f.field, n))
      .filter((raw): raw is number => raw !== null);
    const order = (raw: number) => fieldNumber(raw, f.field);
    const candidates = [...new Set(values)].sort((x, y) => order(x) - order(y));
    ENCODING_FIELDS.set(f.reference, { register: f.register, field: f.field, candidates });
  }
}

function read(regs: Registers, e: { register: string; field: RegisterField }): number {
  return Number(readField(regs[e.register] ?? 0n, e.field));
}

function write(regs: Registers, e: { register: string; field: RegisterField }, raw: number): void {
  regs[e.register] = writeField(regs[e.register] ?? 0n, e.field, raw);
}

/** Changes the fields a condition reads, as little as possible, so that it holds. */
function satisfy(expr: FeatureExpr, regs: Registers, features: FeatureSet): void {
  if (!Array.isArray(expr) || evaluate(expr, regs, features) === true) return;
  const [op, a, b] = expr as readonly [string, FeatureExpr, FeatureExpr];
  if (op === "&&") {
    satisfy(a, regs, features);
    satisfy(b, regs, features);
  } else if (op === "||") {
    // Take the disjunct that leaves the registers closest to the target (RASv1p1 by RAS_frac, not by RAS = 2,
    // which would also advertise FEAT_DoubleFault).
    let best: Registers | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const disjunct of [a, b]) {
      const trial = { ...regs };
      satisfy(disjunct, trial, features);
      const score = mismatch(trial, features);
      if (score < bestScore) {
        best = trial;
        bestScore = score;
      }
    }
    Object.assign(regs, best);
  } else if (op === "-->") satisfy(b, regs, features);
  else if (op === "IN") {
    write(regs, fieldOf((a as readonly [string, string])[1]), (b as unknown as readonly number[])[0]!);
  } else if (Array.isArray(a) && (a[0] === "UInt" || a[0] === "SInt") && typeof b === "number") {
    const e = fieldOf(a[1] as string);
    const target = op === ">" ? b + 1 : op === "<" ? b - 1 : op === "!=" ? b + 1 : b;
    const raw = rawOf(e.field, target);
    if (raw !== null) write(regs, e, raw);
  }
}

function mismatch(regs: Registers, target: FeatureSet): number {
  const got = featuresOf(regs);
  return got.difference(target).size + target.difference(got).size;
}

/**
 * ID register values that advertise `set` in every field that encodes a feature (the inverse of
 * featuresOf): starting from `base` (or from "nothing implemented"), raises the fields each feature
 * of the set needs, then lowers fields that advertise features outside the set. Features that no
 * field encodes (see discoverableFeatures) do not affect the result. Fields that encode no feature
 * keep their `base` values.
 */
export function idRegistersFor(set: FeatureSet, base: IdRegisterValues = {}): Record<string, bigint> {
  const regs: Registers = { ...base };
  const target = set.intersect(FeatureSet.of(...CONDITIONS.keys()));
  if (Object.keys(base).length === 0) for (const e of ENCODING_FIELDS.values()) write(regs, e, lowest(e.field));

  for (const name of DISCOVERY_ORDER) {
    if (!target.has(name)) continue;
    for (const r of CONDITIONS.get(name)!.rules) {
      if (r.kind === "impliedBy") continue;
      const when: FeatureExpr = ["&&", r.guard, r.subject];
      if (evaluate(when, regs, target) === true) satisfy(r.condition, regs, target);
    }
  }
  polish(regs, target);
  // From a host's values, touch only the views of features whose presence changes: a VM on that host
  // must read the host's own AArch32 views (QEMU's and real silicon's need not agree with AArch64's).
  const fromNothing = Object.keys(base).length === 0;
  const before = fromNothing ? null : featuresOf(base);
  syncOtherViews(regs, before === null ? null : before.difference(set).union(set.difference(before)));
  for (const e of ENCODING_FIELDS.values()) regs[e.register] ??= 0n;
  return regs;
}

/** Changes the fields a condition reads, as little as possible, so that it fails. */
function falsify(expr: FeatureExpr, regs: Registers, features: FeatureSet): void {
  if (!Array.isArray(expr) || evaluate(expr, regs, features) === false) return;
  const [op, a, b] = expr as readonly [string, FeatureExpr, FeatureExpr];
  if (op === "||") {
    falsify(a, regs, features);
    falsify(b, regs, features);
  } else if (op === "&&") falsify(a, regs, features);
  else if (Array.isArray(a) && a[0] === "UInt" && typeof b === "number") {
    const value = op === ">=" ? b - 1 : op === ">" ? b : op === "==" ? (b === 0 ? 1 : 0) : null;
    const e = fieldOf(a[1] as string);
    if (value !== null && value >= 0) write(regs, e, value);
  }
}

/**
 * Makes the views featuresOf does not read (the AArch32 ID registers as AArch64 sees them) agree
 * with the features the AArch64 views advertise, so that a guest reading either sees the same PE,
 * wherever that leaves the advertised set unchanged. `only` limits this to the views of those features.
 */
function syncOtherViews(regs: Registers, only: FeatureSet | null): void {
  const features = featuresOf(regs);
  for (const name of FEATURE_NAMES) {
    if (only !== null && !only.has(name)) continue;
    const chosen = CONDITIONS.get(name)?.rules ?? [];
    for (const r of FEATURE_DEFINITIONS[name]!.idRules) {
      if (r.kind !== "iff" || chosen.includes(r)) continue;
      const others = conjunctsOf(r.subject).filter((x) => x !== name);
      const when = others.reduce<FeatureExpr>((acc, x) => ["&&", acc, x], r.guard);
      if (evaluate(when, regs, features) !== true) continue;
      const before = { ...regs };
      if (features.has(name)) satisfy(r.condition, regs, features);
      else falsify(r.condition, regs, features);
      // A view shares fields with AArch32-only features (ID_MMFR4_EL1.HPDS is FEAT_AA32HPD too): keep the set.
      if (!featuresOf(regs).equals(features)) {
        for (const key of Object.keys(regs)) delete regs[key];
        Object.assign(regs, before);
      }
    }
  }
}

function conjunctsOf(expr: FeatureExpr): FeatureExpr[] {
  return Array.isArray(expr) && expr[0] === "&&" ? [...conjunctsOf(expr[1]), ...conjunctsOf(expr[2])] : [expr];
}

/** Coordinate descent over the fields of the features that still differ from the target. */
function polish(regs: Registers, target: FeatureSet): void {
  let score = mismatch(regs, target);
  for (let pass = 0; pass < 4 && score > 0; pass++) {
    const got = featuresOf(regs);
    const differing = got.difference(target).union(target.difference(got));
    const fields = new Set<string>();
    for (const name of differing) for (const f of CONDITIONS.get(name as FeatureName)!.fields) fields.add(f);
    let improved = false;
    for (const reference of fields) {
      const e = ENCODING_FIELDS.get(reference)!;
      const current = read(regs, e);
      let best = current;
      for (const candidate of e.candidates) {
        if (candidate === current) continue;
        write(regs, e, candidate);
        const s = mismatch(regs, target);
        if (s < score) {
          score = s;
          best = candidate;
          improved = true;
        }
      }
      write(regs, e, best);
      if (score === 0) return;
    }
    if (!improved) return;
  }
}
