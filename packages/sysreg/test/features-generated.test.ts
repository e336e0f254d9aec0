import { readFileSync } from "node:fs";
import { featuresJsonPath } from "@a64vm/tooling/repo";
import { describe, expect, it } from "vitest";
import { buildFeatures, featuresOutputPath, readFeaturesJson } from "../../../tooling/generators/features";
import { FEATURE_DEFINITIONS, FEATURE_NAMES } from "../src/index";

describe.skipIf(featuresJsonPath === null)("the generated feature table", () => {
  it("is exactly what the generator writes from Features.json (regenerated in memory)", () => {
    const { text } = buildFeatures(readFeaturesJson(featuresJsonPath!));
    expect(readFileSync(featuresOutputPath, "utf8")).toBe(text);
  });

  it("gives about 290 features an ID register rule and keeps Arm's notice", () => {
    const { summary, text } = buildFeatures(readFeaturesJson(featuresJsonPath!));
    expect(summary.features).toBe(FEATURE_NAMES.length);
    expect(summary.withIdRules).toBeGreaterThanOrEqual(285);
    expect(text).toContain("Copyright (c) 2010-2025 Arm Limited");
    expect(text).toContain("BSD 3-clause");
  });
});

describe("the feature table", () => {
  it("holds FEAT_FPMR <-> UInt(ID_AA64PFR2_EL1.FPMR) >= 1 and FEAT_FP8 --> FEAT_FPMR", () => {
    expect(FEATURE_DEFINITIONS["FEAT_FPMR"]!.idRules).toContainEqual({
      kind: "iff",
      guard: "FEAT_AA64EL1",
      subject: "FEAT_FPMR",
      condition: [">=", ["UInt", "ID_AA64PFR2_EL1.FPMR"], 1],
    });
    expect(FEATURE_DEFINITIONS["FEAT_FP8"]!.requires).toContain("FEAT_FPMR");
  });

  it("has a definition for every feature", () => {
    for (const name of FEATURE_NAMES) expect(FEATURE_DEFINITIONS[name], name).toBeDefined();
  });
});
