import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, FeatureSet, parseFeatureName, UnknownFeatureError } from "../src/index";

const arbSet = fc.subarray([...FEATURE_NAMES]).map((names) => FeatureSet.of(...names));

describe("feature names", () => {
  it("accept the FEAT_ prefix optionally and any case", () => {
    expect(parseFeatureName("fpmr")).toBe("FEAT_FPMR");
    expect(parseFeatureName("FEAT_fp8")).toBe("FEAT_FP8");
    expect(parseFeatureName("feat_Sve2")).toBe("FEAT_SVE2");
  });

  it("reject unknown names with a typed error and a suggestion", () => {
    expect(() => parseFeatureName("FPMRR")).toThrow(UnknownFeatureError);
    expect(() => parseFeatureName("FPMRR")).toThrow(/did you mean FEAT_FPMR/);
  });

  it("cover every FEAT_* parameter of Features.json (architecture versions excluded)", () => {
    expect(FEATURE_NAMES.length).toBe(344);
    expect(FEATURE_NAMES.every((n) => n.startsWith("FEAT_"))).toBe(true);
  });
});

describe("FeatureSet algebra", () => {
  it("union, intersection and difference behave as sets", () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const u = a.union(b);
        const i = a.intersect(b);
        expect(a.isSubsetOf(u) && b.isSubsetOf(u)).toBe(true);
        expect(i.isSubsetOf(a) && i.isSubsetOf(b)).toBe(true);
        expect(a.difference(b).intersect(b).size).toBe(0);
        expect(a.difference(b).union(i).equals(a)).toBe(true);
        expect(u.size).toBe(a.size + b.size - i.size);
      }),
    );
  });

  it("round-trips through its stable textual form", () => {
    fc.assert(
      fc.property(arbSet, (a) => {
        expect(FeatureSet.parse(a.toString()).equals(a)).toBe(true);
      }),
    );
  });

  it("applies change lists in order of meaning: +X adds, -X removes", () => {
    const set = FeatureSet.of("FPMR", "FP8", "SVE").applyChanges("-fp8, +SME -sve");
    expect(set.names()).toEqual(["FEAT_FPMR", "FEAT_SME"]);
    expect(set.toString()).toBe("+FPMR,+SME");
  });
});
