import { describe, expect, it } from "vitest";
import {
  featuresOf,
  HOST_PROFILES,
  hostFeatures,
  hostProfile,
  largestConsistentFeatureSet,
  validate,
  withImpliedFeatures,
} from "../src/index";

describe("every built-in host satisfies Features.json", () => {
  it.each(HOST_PROFILES.map((p) => [p.name, p] as const))(
    "%s violates no constraint beyond the deviations its silicon is documented to have",
    (_name, profile) => {
      const violated = [...new Set(validate(hostFeatures(profile)).map((v) => v.constraint))];
      expect(violated.sort()).toEqual([...profile.deviations].sort());
    },
  );

  it("documents deviations only for Neoverse V1 (no TLBI range or TTL) and A64FX (no RAS)", () => {
    expect(HOST_PROFILES.filter((p) => p.deviations.length > 0).map((p) => p.name)).toEqual(["a64fx", "neoverse-v1"]);
    expect(hostProfile("neoverse-v1").deviations).toContain("v8Ap4 --> FEAT_TLBIRANGE");
    expect(hostProfile("a64fx").deviations).toContain("v8Ap2 --> FEAT_RAS");
  });
});

describe("a host's features: what its ID registers advertise and what that implies", () => {
  it("adds the features no ID field encodes: FEAT_Crypto with AES, FEAT_ETE on Armv9, FEAT_ETMv4 before", () => {
    const a72 = hostFeatures(hostProfile("cortex-a72"));
    expect(featuresOf(hostProfile("cortex-a72").idRegisters).has("FEAT_Crypto")).toBe(false);
    expect(a72.has("FEAT_Crypto")).toBe(true);
    expect(hostFeatures(hostProfile("neoverse-n2")).has("FEAT_ETE")).toBe(true);
    expect(hostFeatures(hostProfile("neoverse-v1")).has("FEAT_ETMv4")).toBe(true);
  });

  it("never adds a feature an ID field could advertise", () => {
    for (const p of HOST_PROFILES) {
      const discovered = featuresOf(p.idRegisters);
      const added = hostFeatures(p).difference(discovered);
      expect(featuresOf(p.idRegisters).equals(discovered)).toBe(true);
      for (const f of added) expect(withImpliedFeatures(discovered).has(f)).toBe(true);
      expect(added.size, p.name).toBeLessThan(12);
    }
  });
});

describe("what the real cores advertise", () => {
  const has = (host: string, feature: string) => hostFeatures(hostProfile(host)).has(feature);

  it("FUJITSU-MONAKA has FPMR, FP8 and what FP8 requires (FAMINMAX, LUT, BF16)", () => {
    for (const f of [
      "FEAT_FPMR",
      "FEAT_FP8",
      "FEAT_FP8DOT2",
      "FEAT_FP8DOT4",
      "FEAT_FP8FMA",
      "FEAT_FAMINMAX",
      "FEAT_LUT",
    ]) {
      expect(has("fujitsu-monaka", f), f).toBe(true);
    }
  });

  it("no Arm Cortex or Neoverse profile has FPMR", () => {
    for (const p of HOST_PROFILES.filter((h) => /^(cortex|neoverse)-/.test(h.name))) {
      expect(has(p.name, "FEAT_FPMR"), p.name).toBe(false);
    }
  });

  it("AArch32 EL0 on the Armv8 and Armv9.0 cores, not on FUJITSU-MONAKA", () => {
    expect(has("cortex-a72", "FEAT_AA32EL0")).toBe(true);
    expect(has("neoverse-v2", "FEAT_AA32EL0")).toBe(true);
    expect(has("fujitsu-monaka", "FEAT_AA32EL0")).toBe(false);
  });

  it("crypto, atomics and SVE appear with the generations that brought them", () => {
    expect(has("cortex-a53", "FEAT_AES")).toBe(true);
    expect(has("cortex-a53", "FEAT_LSE")).toBe(false);
    expect(has("neoverse-n1", "FEAT_LSE")).toBe(true);
    expect(has("neoverse-n1", "FEAT_SVE")).toBe(false);
    expect(has("neoverse-v1", "FEAT_SVE")).toBe(true);
    expect(has("neoverse-v1", "FEAT_SVE2")).toBe(false);
    expect(has("neoverse-n2", "FEAT_SVE2")).toBe(true);
    expect(has("neoverse-n2", "FEAT_MTE2")).toBe(true);
    expect(has("neoverse-v2", "FEAT_MTE2")).toBe(false);
  });
});

describe("max", () => {
  const max = hostProfile("max");
  const features = hostFeatures(max);

  it("advertises more than any real core", () => {
    for (const p of HOST_PROFILES.filter((h) => h.name !== "max")) {
      expect(features.size, p.name).toBeGreaterThan(hostFeatures(p).size);
    }
  });

  it("has FPMR, FP8, SVE2, SME2 and MTE", () => {
    for (const f of ["FEAT_FPMR", "FEAT_FP8", "FEAT_SVE2", "FEAT_SME2", "FEAT_MTE2", "FEAT_GCS"]) {
      expect(features.has(f), f).toBe(true);
    }
  });

  it("advertises only features of the largest set Features.json allows, itself consistent at v9Ap6", () => {
    const largest = largestConsistentFeatureSet();
    expect(validate(largest, { version: "v9Ap6" })).toEqual([]);
    expect(featuresOf(max.idRegisters).difference(largest).names()).toEqual([]);
  });

  it("has a MIDR no real core has (implementer 0, reserved for software use)", () => {
    expect((max.midr >> 24n) & 0xffn).toBe(0n);
  });
});
