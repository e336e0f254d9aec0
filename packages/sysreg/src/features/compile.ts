import type { FeatureExpr } from "./expr";
import { ARCH_VERSIONS } from "./features.generated";
import { featureIndex } from "./names";

/**
 * The state a compiled expression reads: flat typed arrays that the caller fills before evaluating,
 * so that evaluation allocates nothing.
 */
export interface EvaluationState {
  /** 1 when the feature with this index (see `featureIndex`) holds. */
  readonly features: Uint8Array;
  /** 1 when the architecture version with this index of ARCH_VERSIONS holds. */
  readonly versions: Uint8Array;
  /** Raw (unsigned) values of ID register fields, by the slot `resolveField` gave them. */
  readonly fields: Int32Array;
}

/** Where a field reference ("REG.FIELD") lives in `EvaluationState.fields`, and its width in bits. */
export interface FieldSlot {
  readonly slot: number;
  readonly width: number;
}

export type FieldResolver = (reference: string) => FieldSlot;

export type BooleanEvaluator = () => boolean;
type NumberEvaluator = () => number;

const versionIndex = new Map<string, number>(ARCH_VERSIONS.map((v, i) => [v, i]));

/** Thrown when the feature model holds an expression this compiler does not understand (a generator bug). */
export class FeatureExpressionError extends Error {}

const noFields: FieldResolver = (reference) => {
  throw new FeatureExpressionError(`field ${reference} in a constraint over features only`);
};

/** Compiles a boolean expression into a closure over `state`. */
export function compileBoolean(
  expr: FeatureExpr,
  state: EvaluationState,
  resolveField: FieldResolver = noFields,
): BooleanEvaluator {
  if (typeof expr === "boolean") return expr ? () => true : () => false;
  if (typeof expr === "string") return compileIdentifier(expr, state);
  if (typeof expr === "number") throw new FeatureExpressionError(`integer ${expr} where a condition is expected`);
  const op = expr[0];
  switch (op) {
    case "!": {
      const a = compileBoolean(expr[1], state, resolveField);
      return () => !a();
    }
    case "&&":
    case "||":
    case "-->":
    case "<->": {
      const a = compileBoolean(expr[1], state, resolveField);
      const b = compileBoolean(expr[2], state, resolveField);
      if (op === "&&") return () => a() && b();
      if (op === "||") return () => a() || b();
      if (op === "-->") return () => !a() || b();
      return () => a() === b();
    }
    case "==":
    case "!=":
    case ">=":
    case ">":
    case "<=":
    case "<": {
      const direct = compileFieldComparison(op, expr[1], expr[2], state, resolveField);
      if (direct !== null) return direct;
      const a = compileNumber(expr[1], state, resolveField);
      const b = compileNumber(expr[2], state, resolveField);
      if (op === "==") return () => a() === b();
      if (op === "!=") return () => a() !== b();
      if (op === ">=") return () => a() >= b();
      if (op === ">") return () => a() > b();
      if (op === "<=") return () => a() <= b();
      return () => a() < b();
    }
    case "IN": {
      const a = compileNumber(expr[1], state, resolveField);
      const set = [...expr[2]];
      return () => set.includes(a());
    }
    default:
      throw new FeatureExpressionError(`'${String(op)}' where a condition is expected`);
  }
}

/** `UInt(field) op constant` as one closure (the common case of every ID register rule). */
function compileFieldComparison(
  op: "==" | "!=" | ">=" | ">" | "<=" | "<",
  left: FeatureExpr,
  right: FeatureExpr,
  state: EvaluationState,
  resolveField: FieldResolver,
): BooleanEvaluator | null {
  if (!Array.isArray(left) || left[0] !== "UInt" || typeof right !== "number") return null;
  const { slot } = resolveField(left[1] as string);
  const fields = state.fields;
  const n = right;
  switch (op) {
    case "==":
      return () => fields[slot] === n;
    case "!=":
      return () => fields[slot] !== n;
    case ">=":
      return () => fields[slot]! >= n;
    case ">":
      return () => fields[slot]! > n;
    case "<=":
      return () => fields[slot]! <= n;
    case "<":
      return () => fields[slot]! < n;
  }
}

function compileNumber(expr: FeatureExpr, state: EvaluationState, resolveField: FieldResolver): NumberEvaluator {
  if (typeof expr === "number") return () => expr;
  if (Array.isArray(expr) && (expr[0] === "UInt" || expr[0] === "SInt")) {
    const { slot, width } = resolveField(expr[1] as string);
    const fields = state.fields;
    if (expr[0] === "UInt") return () => fields[slot]!;
    const shift = 32 - width;
    return () => (fields[slot]! << shift) >> shift;
  }
  throw new FeatureExpressionError(`${JSON.stringify(expr)} where a number is expected`);
}

function compileIdentifier(name: string, state: EvaluationState): BooleanEvaluator {
  const feature = featureIndex(name);
  if (feature >= 0 && name.startsWith("FEAT_")) {
    const features = state.features;
    return () => features[feature] === 1;
  }
  const version = versionIndex.get(name);
  if (version !== undefined) {
    const versions = state.versions;
    return () => versions[version] === 1;
  }
  // Features.json names a few features it does not define (FEAT_RASSA); nothing can implement them.
  if (name.startsWith("FEAT_")) return () => false;
  throw new FeatureExpressionError(`unknown identifier ${name}`);
}

/** The identifiers (features and versions) an expression names, in order of appearance. */
export function identifiersOf(expr: FeatureExpr, out: string[] = []): string[] {
  if (typeof expr === "string") out.push(expr);
  else if (Array.isArray(expr)) {
    if (expr[0] === "UInt" || expr[0] === "SInt") return out;
    if (expr[0] === "IN") return identifiersOf(expr[1], out);
    for (const operand of expr.slice(1)) identifiersOf(operand as FeatureExpr, out);
  }
  return out;
}

/** The field references ("REG.FIELD") an expression reads. */
export function fieldsOf(expr: FeatureExpr, out: string[] = []): string[] {
  if (Array.isArray(expr)) {
    if (expr[0] === "UInt" || expr[0] === "SInt") out.push(expr[1] as string);
    else if (expr[0] === "IN") fieldsOf(expr[1], out);
    else for (const operand of expr.slice(1)) fieldsOf(operand as FeatureExpr, out);
  }
  return out;
}

/** A fresh evaluation state with room for `fieldCount` field slots. */
export function newEvaluationState(featureCount: number, fieldCount = 0): EvaluationState {
  return {
    features: new Uint8Array(featureCount),
    versions: new Uint8Array(ARCH_VERSIONS.length),
    fields: new Int32Array(fieldCount),
  };
}
