import type { FeatureExpr, IdFieldRule } from "../features/expr";
import { FEATURE_DEFINITIONS, FEATURE_NAMES, GLOBAL_CONSTRAINTS } from "../features/features.generated";
import { formatExpr } from "../features/format";
import type { FeatureName } from "../features/names";
import type { ConstraintViolation } from "../features/validate";
import { featuresOf } from "./discovery";
import type { IdRegisterValues } from "./fields";
import { evaluate } from "./interpret";

function ruleExpr(rule: IdFieldRule): FeatureExpr {
  const op = rule.kind === "iff" ? "<->" : "-->";
  const body: FeatureExpr =
    rule.kind === "impliedBy" ? [op, rule.condition, rule.subject] : [op, rule.subject, rule.condition];
  return rule.guard === true ? body : ["-->", rule.guard, body];
}

function describe(feature: FeatureName, rule: IdFieldRule, present: boolean): string {
  const cond = formatExpr(rule.condition);
  if (rule.kind === "implies") return `${feature} requires ${cond}`;
  if (rule.kind === "impliedBy") return `${cond} advertises ${feature}, which other fields deny`;
  return present
    ? `${feature} is advertised, but ${cond} does not hold`
    : `${cond} advertises ${feature}, which other fields deny`;
}

/**
 * The Features.json rules over ID register fields that a set of values breaks: views that disagree
 * (FP and AdvSIMD on FP16, an AArch32 view against its AArch64 one), a feature without a field it
 * requires (FEAT_FP8 without F8E4M3), and reserved values. Real silicon and other emulators do not
 * always follow them; featuresOf still gives an answer, and this says where it had to choose.
 */
export function idRegisterViolations(idRegisters: IdRegisterValues): ConstraintViolation[] {
  const features = featuresOf(idRegisters);
  const out: ConstraintViolation[] = [];
  for (const name of FEATURE_NAMES) {
    for (const rule of FEATURE_DEFINITIONS[name]!.idRules) {
      const expr = ruleExpr(rule);
      if (evaluate(expr, idRegisters, features) === true) continue;
      out.push({
        message: describe(name, rule, features.has(name)),
        constraint: formatExpr(expr),
        owner: name,
        features: [name],
      });
    }
  }
  for (const c of GLOBAL_CONSTRAINTS) {
    if (evaluate(c, idRegisters, features) === true) continue;
    out.push({ message: `${formatExpr(c)} must hold`, constraint: formatExpr(c), owner: "", features: [] });
  }
  return out;
}
