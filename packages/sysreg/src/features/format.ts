import type { FeatureExpr } from "./expr";

const PRECEDENCE: Record<string, number> = {
  "<->": 1,
  "-->": 2,
  "||": 3,
  "&&": 4,
  "==": 5,
  "!=": 5,
  ">=": 5,
  ">": 5,
  "<=": 5,
  "<": 5,
};

/** An expression in Arm's notation: `(FEAT_FPMR && FEAT_EL2) --> FEAT_HCX`, `UInt(ID_AA64PFR2_EL1.FPMR) >= 1`. */
export function formatExpr(expr: FeatureExpr, parent = 0, parentOp = ""): string {
  if (typeof expr !== "object") return String(expr);
  const op = expr[0];
  if (op === "UInt" || op === "SInt") return `${op}(${expr[1]})`;
  if (op === "!") return `!${formatExpr(expr[1], 6)}`;
  if (op === "IN") return `${formatExpr(expr[1], 6)} IN {${expr[2].join(", ")}}`;
  const p = PRECEDENCE[op]!;
  const [, left, right] = expr as readonly [string, FeatureExpr, FeatureExpr];
  const text = `${formatExpr(left, p + 1, op)} ${op} ${formatExpr(right, p + 1, op)}`;
  // Mixed && and || read better with parentheses, whatever the precedence says.
  const mixedLogic = (op === "&&" && parentOp === "||") || (op === "||" && parentOp === "&&");
  return p < parent || mixedLogic ? `(${text})` : text;
}

/** A condition over features and versions in words: "FEAT_AdvSIMD or FEAT_SVE2", "FEAT_FPMR with FEAT_EL2", "not FEAT_ETMv4". */
export function describeExpr(expr: FeatureExpr): string {
  if (typeof expr !== "object") return String(expr);
  switch (expr[0]) {
    case "!":
      return `not ${describeExpr(expr[1])}`;
    case "&&":
      return `${describeExpr(expr[1])} with ${describeExpr(expr[2])}`;
    case "||":
      return `${describeExpr(expr[1])} or ${describeExpr(expr[2])}`;
    default:
      return formatExpr(expr);
  }
}

/** An implication `antecedent --> consequent` in words: "FEAT_FP8 requires FEAT_FPMR", "FEAT_ETE excludes FEAT_ETMv4". */
export function describeRequirement(antecedent: FeatureExpr, consequent: FeatureExpr): string {
  if (Array.isArray(consequent) && consequent[0] === "!") {
    return `${describeExpr(antecedent)} excludes ${describeExpr(consequent[1])}`;
  }
  return `${describeExpr(antecedent)} requires ${describeExpr(consequent)}`;
}
