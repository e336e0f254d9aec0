import {
  type BooleanEvaluator,
  compileBoolean,
  type FieldSlot,
  fieldsOf,
  identifiersOf,
  newEvaluationState,
} from "../features/compile";
import type { FeatureExpr, IdFieldRule } from "../features/expr";
import { FeatureSet } from "../features/feature-set";
import { FEATURE_NAMES } from "../features/features.generated";
import { formatExpr } from "../features/format";
import { FEATURE_COUNT, type FeatureName, featureDefinition, featureIndex, parseFeatureName } from "../features/names";
import type { RegisterField } from "../registers/layout";
import { IdValueRangeError, UnknownIdRegisterError } from "./errors";
import { fieldWidth, type IdRegisterValues, idField, idRegisterLayout } from "./fields";
import { SUPPLEMENTARY_RULES } from "./supplement";

/** How the ID registers advertise one feature. */
export interface FeatureCondition {
  readonly feature: FeatureName;
  /** The rules featuresOf applies: the AArch64 ones, or the AArch32 views when there are no others. */
  readonly rules: readonly IdFieldRule[];
  /** Every field the rules read, "REG.FIELD". */
  readonly fields: readonly string[];
  /** The rules in Arm's notation, joined by "and": "UInt(ID_AA64PFR2_EL1.FPMR) >= 1". */
  readonly text: string;
}

const AARCH32_FEATURES = new Set(["FEAT_AA32", "FEAT_AA32EL0", "FEAT_AA32EL1", "FEAT_AA32EL2", "FEAT_AA32EL3"]);

function rulesOf(name: FeatureName): IdFieldRule[] {
  const all = [...featureDefinition(name).idRules, ...(SUPPLEMENTARY_RULES[name] ?? [])];
  const aarch64 = all.filter((r) => !identifiersOf(r.guard).some((id) => AARCH32_FEATURES.has(id)));
  return aarch64.length > 0 ? aarch64 : all;
}

function conditionOf(name: FeatureName): FeatureCondition | null {
  const rules = rulesOf(name);
  if (rules.length === 0) return null;
  const fields = [...new Set(rules.flatMap((r) => fieldsOf(r.condition)))];
  const text = rules
    .map((r) => {
      const cond = formatExpr(r.condition);
      const others = conjuncts(r.subject).filter((s) => s !== name);
      const when = [r.guard, ...others].filter((g) => g !== true && g !== "FEAT_AA64EL1").map((g) => formatExpr(g));
      const body = r.kind === "impliedBy" ? `${cond} implies it` : r.kind === "implies" ? `requires ${cond}` : cond;
      return when.length > 0 ? `(when ${when.join(" && ")}) ${body}` : body;
    })
    .join(" and ");
  return { feature: name, rules, fields, text };
}

function conjuncts(expr: FeatureExpr): FeatureExpr[] {
  return Array.isArray(expr) && expr[0] === "&&" ? [...conjuncts(expr[1]), ...conjuncts(expr[2])] : [expr];
}

/** Every feature's condition, for features some ID register field advertises (in feature order). */
export const CONDITIONS = new Map<FeatureName, FeatureCondition>();
for (const name of FEATURE_NAMES) {
  const c = conditionOf(name);
  if (c !== null) CONDITIONS.set(name, c);
}

/** The ID register condition that advertises a feature, or null when no ID register field does. */
export function featureCondition(feature: string): FeatureCondition | null {
  return CONDITIONS.get(parseFeatureName(feature)) ?? null;
}

/** The features some ID register field advertises (featuresOf can only ever return these). */
export function discoverableFeatures(): FeatureSet {
  return FeatureSet.of(...CONDITIONS.keys());
}

// ---- the compiled program -------------------------------------------------------------------------

interface RegisterSlot {
  readonly name: string;
}
interface FieldPlan {
  readonly register: number;
  readonly lsb: number;
  readonly width: number;
}
/**
 * One rule in a flat form: most guards are conjunctions of features and most conditions a single
 * `UInt(field) op constant`; those run without closures. The rest keep a compiled closure.
 */
interface CompiledRule {
  /** Features that must all hold for the rule to apply (when `whenFn` is null). */
  readonly when: Int32Array;
  readonly whenFn: BooleanEvaluator | null;
  /** Field slot of a single comparison, or -1 when `holdsFn` decides. */
  readonly slot: number;
  readonly op: number;
  readonly value: number;
  readonly holdsFn: BooleanEvaluator | null;
}

const COMPARISONS = ["==", "!=", ">=", ">", "<=", "<"];

function featureConjunction(expr: FeatureExpr): number[] | null {
  if (expr === true) return [];
  if (typeof expr === "string") {
    const i = featureIndex(expr);
    return i >= 0 && expr.startsWith("FEAT_") ? [i] : null;
  }
  if (Array.isArray(expr) && expr[0] === "&&") {
    const a = featureConjunction(expr[1]);
    const b = featureConjunction(expr[2]);
    return a === null || b === null ? null : [...a, ...b];
  }
  return null;
}

function compileRule(when: FeatureExpr, condition: FeatureExpr): CompiledRule {
  const conj = featureConjunction(when);
  const whenFn = conj === null ? compileBoolean(when, state, resolveField) : null;
  const simple =
    Array.isArray(condition) &&
    COMPARISONS.includes(condition[0] as string) &&
    Array.isArray(condition[1]) &&
    condition[1][0] === "UInt" &&
    typeof condition[2] === "number";
  if (simple) {
    const [op, field, value] = condition as readonly [string, readonly [string, string], number];
    return {
      when: Int32Array.from(conj ?? []),
      whenFn,
      slot: resolveField(field[1]).slot,
      op: COMPARISONS.indexOf(op),
      value,
      holdsFn: null,
    };
  }
  return {
    when: Int32Array.from(conj ?? []),
    whenFn,
    slot: -1,
    op: 0,
    value: 0,
    holdsFn: compileBoolean(condition, state, resolveField),
  };
}

function applies(r: CompiledRule): boolean {
  if (r.whenFn !== null) return r.whenFn();
  const when = r.when;
  const features = state.features;
  for (let i = 0; i < when.length; i++) if (features[when[i]!] !== 1) return false;
  return true;
}

function holds(r: CompiledRule): boolean {
  if (r.holdsFn !== null) return r.holdsFn();
  const v = state.fields[r.slot]!;
  switch (r.op) {
    case 0:
      return v === r.value;
    case 1:
      return v !== r.value;
    case 2:
      return v >= r.value;
    case 3:
      return v > r.value;
    case 4:
      return v <= r.value;
    default:
      return v < r.value;
  }
}
interface CompiledFeature {
  readonly index: number;
  readonly iff: readonly CompiledRule[];
  readonly implies: readonly CompiledRule[];
  readonly impliedBy: readonly CompiledRule[];
}

const registers: RegisterSlot[] = [];
const registerIndex = new Map<string, number>();
const fieldPlans: FieldPlan[] = [];
const fieldSlots = new Map<string, FieldSlot>();
/** The fields (by slot) that some rule reads, with their layout field. */
export const DISCOVERY_FIELDS: { reference: string; register: string; field: RegisterField }[] = [];

function resolveField(reference: string): FieldSlot {
  const known = fieldSlots.get(reference);
  if (known !== undefined) return known;
  const dot = reference.indexOf(".");
  const regName = reference.slice(0, dot);
  const field = idField(regName, reference.slice(dot + 1));
  let r = registerIndex.get(regName);
  if (r === undefined) {
    r = registers.length;
    registers.push({ name: regName });
    registerIndex.set(regName, r);
  }
  const slot = { slot: fieldPlans.length, width: fieldWidth(field) };
  fieldPlans.push({ register: r, lsb: field.lsb, width: slot.width });
  fieldSlots.set(reference, slot);
  DISCOVERY_FIELDS.push({ reference, register: regName, field });
  return slot;
}

// Resolve every field first so that the state's field array has its final size.
for (const c of CONDITIONS.values()) for (const f of c.fields) resolveField(f);
const state = newEvaluationState(FEATURE_COUNT, fieldPlans.length);
const registerLow = new Uint32Array(registers.length);
const registerHigh = new Uint32Array(registers.length);
const words = new Uint32Array(FeatureSet.WORD_COUNT);

function compileFeature(c: FeatureCondition): CompiledFeature {
  const index = featureIndex(c.feature);
  const iff: CompiledRule[] = [];
  const implies: CompiledRule[] = [];
  const impliedBy: CompiledRule[] = [];
  for (const r of c.rules) {
    const others = conjuncts(r.subject).filter((s) => s !== c.feature);
    if (others.length === conjuncts(r.subject).length) throw new Error(`${c.feature}: rule subject does not name it`);
    const when = [r.guard, ...others].reduce<FeatureExpr>((a, b) => (a === true ? b : ["&&", a, b]), true);
    const compiled = compileRule(when, r.condition);
    (r.kind === "iff" ? iff : r.kind === "implies" ? implies : impliedBy).push(compiled);
  }
  return { index, iff, implies, impliedBy };
}

/** Features in an order where every feature comes after the features its rules read. */
function evaluationOrder(): CompiledFeature[] {
  const pending = new Map<FeatureName, Set<string>>();
  for (const c of CONDITIONS.values()) {
    const deps = new Set(
      c.rules.flatMap((r) => [...identifiersOf(r.guard), ...identifiersOf(r.subject), ...identifiersOf(r.condition)]),
    );
    deps.delete(c.feature);
    for (const d of deps) if (!d.startsWith("FEAT_")) deps.delete(d);
    pending.set(c.feature, deps);
  }
  const order: CompiledFeature[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, deps]) => [...deps].every((d) => !pending.has(d as FeatureName)));
    if (ready.length === 0) throw new Error(`cyclic feature conditions: ${[...pending.keys()].join(", ")}`);
    for (const [name] of ready) {
      pending.delete(name);
      order.push(compileFeature(CONDITIONS.get(name)!));
    }
  }
  return order;
}

const ORDER = evaluationOrder();

/** Discoverable features in evaluation order: each after the features its condition reads. */
export const DISCOVERY_ORDER: readonly FeatureName[] = ORDER.map((f) => FEATURE_NAMES[f.index]!);
const KNOWN_REGISTERS = new Set<string>();

function isKnownRegister(name: string): boolean {
  if (KNOWN_REGISTERS.has(name)) return true;
  try {
    if (idRegisterLayout(name).register === name) KNOWN_REGISTERS.add(name);
  } catch {
    return false;
  }
  return KNOWN_REGISTERS.has(name);
}

function present(f: CompiledFeature): boolean {
  let advertised = false;
  let ok = true;
  for (let i = 0; i < f.iff.length; i++) {
    const r = f.iff[i]!;
    if (!applies(r)) continue;
    advertised = true;
    if (!holds(r)) {
      ok = false;
      break;
    }
  }
  for (let i = 0; ok && i < f.implies.length; i++) {
    const r = f.implies[i]!;
    if (!applies(r)) continue;
    if (f.iff.length === 0) advertised = true;
    if (!holds(r)) ok = false;
  }
  if (advertised && ok) return true;
  for (let i = 0; i < f.impliedBy.length; i++) if (applies(f.impliedBy[i]!) && holds(f.impliedBy[i]!)) return true;
  return false;
}

/**
 * The features a set of ID register values advertises, by the Features.json rules (plus the
 * Exception-level and FEAT_PAuth rules of the Arm ARM). Registers absent from `idRegisters` read as
 * zero; architecture versions are unknown (false) here. Throws UnknownIdRegisterError for a name
 * that is not an ID register and IdValueRangeError for a value that is not a 64-bit unsigned bigint.
 */
export function featuresOf(idRegisters: IdRegisterValues): FeatureSet {
  for (const key in idRegisters) {
    if (!isKnownRegister(key)) throw new UnknownIdRegisterError(key);
  }
  for (let r = 0; r < registers.length; r++) {
    const v = idRegisters[registers[r]!.name];
    if (v === undefined) {
      registerLow[r] = 0;
      registerHigh[r] = 0;
      continue;
    }
    if (typeof v !== "bigint") throw new IdValueRangeError(registers[r]!.name, v, 64);
    const high = Number(v >> 32n);
    // A negative value has a negative high word, one of 65 bits or more a high word beyond 32 bits.
    if (high < 0 || high > 0xffffffff) throw new IdValueRangeError(registers[r]!.name, v, 64);
    registerLow[r] = Number(v & 0xffffffffn);
    registerHigh[r] = high;
  }
  const fields = state.fields;
  for (let i = 0; i < fieldPlans.length; i++) {
    const p = fieldPlans[i]!;
    const lo = registerLow[p.register]!;
    const hi = registerHigh[p.register]!;
    let raw: number;
    if (p.lsb >= 32) raw = hi >>> (p.lsb - 32);
    else if (p.lsb + p.width <= 32) raw = lo >>> p.lsb;
    else raw = (lo >>> p.lsb) | (hi << (32 - p.lsb));
    fields[i] = p.width >= 32 ? raw | 0 : raw & ((1 << p.width) - 1);
  }
  const features = state.features;
  features.fill(0);
  for (let i = 0; i < ORDER.length; i++) {
    const f = ORDER[i]!;
    if (present(f)) features[f.index] = 1;
  }
  words.fill(0);
  for (let i = 0; i < ORDER.length; i++) {
    const index = ORDER[i]!.index;
    if (features[index] === 1) words[index >>> 5]! |= 1 << (index & 31);
  }
  return FeatureSet.fromWords(words);
}
