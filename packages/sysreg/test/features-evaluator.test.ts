import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileBoolean, newEvaluationState } from "../src/features/compile";
import type { FeatureExpr } from "../src/features/expr";
import { ARCH_VERSIONS, FEATURE_COUNT, featureIndex } from "../src/index";

const NAMES = ["FEAT_FPMR", "FEAT_FP8", "FEAT_SVE", "FEAT_SME"] as const;

/** Random boolean expressions over four features with every logical operator of the model. */
const arbExpr: fc.Arbitrary<FeatureExpr> = fc.letrec<{ e: FeatureExpr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<FeatureExpr>(...NAMES, true, false),
    tie("e").map((a) => ["!", a] as const),
    fc
      .tuple(fc.constantFrom("&&", "||", "-->", "<->" as const), tie("e"), tie("e"))
      .map(([op, a, b]) => [op, a, b] as const),
  ),
})).e;

/** The reference semantics, written independently of the compiler. */
function meaning(expr: FeatureExpr, present: ReadonlySet<string>): boolean {
  if (typeof expr === "boolean") return expr;
  if (typeof expr === "string") return present.has(expr);
  if (!Array.isArray(expr)) throw new Error("unexpected");
  const [op, a, b] = expr as readonly [string, FeatureExpr, FeatureExpr];
  if (op === "!") return !meaning(a, present);
  const x = meaning(a, present);
  const y = meaning(b, present);
  return op === "&&" ? x && y : op === "||" ? x || y : op === "-->" ? !x || y : x === y;
}

describe("the constraint evaluator", () => {
  it("agrees with the reference semantics of -->, <->, &&, || and ! (property)", () => {
    fc.assert(
      fc.property(arbExpr, fc.subarray([...NAMES]), (expr, present) => {
        const state = newEvaluationState(FEATURE_COUNT);
        for (const n of present) state.features[featureIndex(n)] = 1;
        expect(compileBoolean(expr, state)()).toBe(meaning(expr, new Set(present)));
      }),
    );
  });

  it("reads UInt fields raw and SInt fields in two's complement", () => {
    const state = newEvaluationState(FEATURE_COUNT, 1);
    const resolve = () => ({ slot: 0, width: 4 });
    const unsigned = compileBoolean([">=", ["UInt", "R.F"], 1], state, resolve);
    const signed = compileBoolean([">=", ["SInt", "R.F"], 0], state, resolve);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), (raw) => {
        state.fields[0] = raw;
        expect(unsigned()).toBe(raw >= 1);
        expect(signed()).toBe(raw < 8);
      }),
    );
  });

  it("compares with every relational operator and tests set membership", () => {
    const state = newEvaluationState(FEATURE_COUNT, 1);
    const resolve = () => ({ slot: 0, width: 2 });
    const f = ["UInt", "CTR_EL0.L1Ip"] as const;
    const ops = ["==", "!=", ">=", ">", "<=", "<"] as const;
    const checks = ops.map((op) => compileBoolean([op, f, 2], state, resolve));
    const inSet = compileBoolean(["IN", f, [2, 3]], state, resolve);
    for (let v = 0; v < 4; v++) {
      state.fields[0] = v;
      expect(checks.map((c) => c())).toEqual([v === 2, v !== 2, v >= 2, v > 2, v <= 2, v < 2]);
      expect(inSet()).toBe(v >= 2);
    }
  });

  it("treats architecture versions as identifiers of the state", () => {
    const state = newEvaluationState(FEATURE_COUNT);
    const c = compileBoolean(["-->", "FEAT_FPMR", "v9Ap2"], state);
    state.features[featureIndex("FPMR")] = 1;
    expect(c()).toBe(false);
    state.versions[ARCH_VERSIONS.indexOf("v9Ap2")] = 1;
    expect(c()).toBe(true);
  });
});
