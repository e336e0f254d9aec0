import type { FeatureExpr } from "../features/expr";
import type { FeatureSet } from "../features/feature-set";
import { ARCH_VERSIONS } from "../features/features.generated";
import { fieldNumber, type IdRegisterValues, idField, readField } from "./fields";

/** Evaluates a condition against register values and a feature set (versions unknown: false). */
export function evaluate(expr: FeatureExpr, regs: IdRegisterValues, features: FeatureSet): number | boolean {
  if (typeof expr === "boolean" || typeof expr === "number") return expr;
  if (typeof expr === "string") return (ARCH_VERSIONS as readonly string[]).includes(expr) ? false : features.has(expr);
  const op = expr[0];
  if (op === "UInt" || op === "SInt") {
    const dot = expr[1].indexOf(".");
    const register = expr[1].slice(0, dot);
    const field = idField(register, expr[1].slice(dot + 1));
    const raw = Number(readField(regs[register] ?? 0n, field));
    return op === "SInt" ? fieldNumber(raw, { ...field, signed: true }) : raw;
  }
  if (op === "!") return !evaluate(expr[1], regs, features);
  if (op === "IN") return expr[2].includes(evaluate(expr[1], regs, features) as number);
  const [, left, right] = expr as readonly [string, FeatureExpr, FeatureExpr];
  const a = evaluate(left, regs, features);
  const b = () => evaluate(right, regs, features);
  switch (op) {
    case "&&":
      return a === true && b() === true;
    case "||":
      return a === true || b() === true;
    case "-->":
      return a !== true || b() === true;
    case "<->":
      return a === b();
    case "==":
      return a === b();
    case "!=":
      return a !== b();
    case ">=":
      return (a as number) >= (b() as number);
    case ">":
      return (a as number) > (b() as number);
    case "<=":
      return (a as number) <= (b() as number);
    case "<":
      return (a as number) < (b() as number);
  }
}
