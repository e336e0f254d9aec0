import { describe, expect, it } from "vitest";
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  FeatureSet,
  featureCondition,
  featuresOf,
  HOST_PROFILE_NAMES,
  hostProfile,
  KNOWN_FEATURE_NAMES,
  LATER_FEATURE_DEFINITIONS,
  LATER_FEATURE_NAMES,
  parseFeatureChanges,
  parseFeatureName,
  validate,
  withoutFeature,
} from "../src/index";

describe("features newer than Features.json (Armv9.7-A)", () => {
  it("are listed apart from the Features.json features and follow them in the bitset", () => {
    expect(LATER_FEATURE_NAMES).toHaveLength(9);
    expect(LATER_FEATURE_NAMES).toContain("FEAT_SVE2p3");
    expect([...LATER_FEATURE_NAMES].sort()).toEqual(LATER_FEATURE_NAMES);
    for (const name of LATER_FEATURE_NAMES) expect(FEATURE_NAMES as readonly string[]).not.toContain(name);
    expect(KNOWN_FEATURE_NAMES).toEqual([...FEATURE_NAMES, ...LATER_FEATURE_NAMES]);
    expect(FEATURE_COUNT).toBe(FEATURE_NAMES.length + LATER_FEATURE_NAMES.length);
  });

  it("belong to v9Ap7 and have no ID register rule, so no ID register values advertise them", () => {
    for (const name of LATER_FEATURE_NAMES) {
      expect(LATER_FEATURE_DEFINITIONS[name].version).toBe("v9Ap7");
      expect(LATER_FEATURE_DEFINITIONS[name].idRules).toEqual([]);
      expect(featureCondition(name)).toBeNull();
    }
    for (const host of HOST_PROFILE_NAMES) {
      const features = featuresOf(hostProfile(host).idRegisters);
      for (const name of LATER_FEATURE_NAMES) expect(features.has(name), `${host} ${name}`).toBe(false);
    }
  });

  it("are accepted wherever a feature name is", () => {
    expect(parseFeatureName("sve2p3")).toBe("FEAT_SVE2p3");
    const set = FeatureSet.parse("+SVE,+SVE2,+SVE2p1,+SVE2p2,+SVE2p3");
    expect(set.has("FEAT_SVE2p3")).toBe(true);
    expect(set.names()).toContain("FEAT_SVE2p3");
    expect(FeatureSet.parse(set.toString()).equals(set)).toBe(true);
    const { add, remove } = parseFeatureChanges("+MOPS_GO,-TEV");
    expect(add.names()).toEqual(["FEAT_MOPS_GO"]);
    expect(remove.names()).toEqual(["FEAT_TEV"]);
    expect(FeatureSet.all().has("FEAT_TEV")).toBe(true);
  });

  it("state their requirements, which validate checks and withoutFeature follows", () => {
    expect(LATER_FEATURE_DEFINITIONS.FEAT_SVE2p3.requires).toEqual(["FEAT_SVE2p2"]);
    const messages = validate(FeatureSet.of("FEAT_SVE2p3")).map((v) => v.message);
    expect(messages).toContain("FEAT_SVE2p3 requires FEAT_SVE2p2");
    const mops = FeatureSet.of("FEAT_MOPS", "FEAT_MTE", "FEAT_MTE2", "FEAT_MOPS_GO");
    expect(withoutFeature(mops, "FEAT_MOPS").removed).toEqual(["FEAT_MOPS", "FEAT_MOPS_GO"]);
  });
});
