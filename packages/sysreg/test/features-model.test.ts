import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  discoverableFeatures,
  FeatureSet,
  featureCondition,
  featuresMandatedBy,
  featuresOf,
  type IdRegisterValues,
  IdValueRangeError,
  idRegistersFor,
  idRegisterViolations,
  includedVersions,
  minimumArchVersion,
  parseArchVersion,
  requiredVersions,
  UnknownArchVersionError,
  UnknownIdRegisterError,
  validate,
  withoutFeature,
} from "../src/index";

/** AArch64 at EL0..EL2 (PFR0.EL0 = EL1 = EL2 = 1), FP and AdvSIMD implemented (0). */
const PFR0_AARCH64 = 0x111n;

function regs(values: Record<string, bigint>): IdRegisterValues {
  return { ID_AA64PFR0_EL1: PFR0_AARCH64, ...values };
}

describe("featuresOf", () => {
  it("advertises FEAT_FPMR exactly when ID_AA64PFR2_EL1.FPMR >= 1", () => {
    expect(featuresOf(regs({ ID_AA64PFR2_EL1: 1n << 32n })).has("FPMR")).toBe(true);
    expect(featuresOf(regs({ ID_AA64PFR2_EL1: 0n })).has("FPMR")).toBe(false);
  });

  it("reads absent registers as zero and needs AArch64 EL1 for AArch64 fields", () => {
    expect(featuresOf({ ID_AA64PFR2_EL1: 1n << 32n }).has("FPMR")).toBe(false);
    expect(featuresOf({}).size).toBe(0);
  });

  it("reads signed fields: FP = 0xF is no FP, FP = 1 with AdvSIMD = 1 is FP16", () => {
    const noFp = featuresOf(regs({ ID_AA64PFR0_EL1: PFR0_AARCH64 | (0xfn << 16n) | (0xfn << 20n) }));
    expect(noFp.has("FP")).toBe(false);
    expect(noFp.has("AdvSIMD")).toBe(false);
    const fp16 = featuresOf(regs({ ID_AA64PFR0_EL1: PFR0_AARCH64 | (1n << 16n) | (1n << 20n) }));
    expect(fp16.has("FP16")).toBe(true);
    expect(featuresOf(regs({})).has("FP")).toBe(true);
  });

  it("derives the Exception-level features from ID_AA64PFR0_EL1", () => {
    const s = featuresOf({ ID_AA64PFR0_EL1: 0x12n });
    expect(s.has("AA64EL0") && s.has("AA32EL0") && s.has("AA64EL1") && s.has("EL1")).toBe(true);
    expect(s.has("AA32EL1") || s.has("EL2")).toBe(false);
  });

  it("needs every field of a compound condition (FEAT_FP8: F8CVT, F8E4M3 and F8E5M2)", () => {
    expect(featuresOf(regs({ ID_AA64FPFR0_EL1: 0x80000003n })).has("FP8")).toBe(true);
    expect(featuresOf(regs({ ID_AA64FPFR0_EL1: 0x80000001n })).has("FP8")).toBe(false);
  });

  it("rejects unknown register names and out-of-range values with typed errors", () => {
    expect(() => featuresOf({ ID_AA64PFR9_EL1: 0n })).toThrow(UnknownIdRegisterError);
    expect(() => featuresOf({ ID_AA64PFR0_EL1: -1n })).toThrow(IdValueRangeError);
    expect(() => featuresOf({ ID_AA64PFR0_EL1: 1n << 64n })).toThrow(IdValueRangeError);
  });
});

describe("featureCondition", () => {
  it("gives FEAT_FPMR's field condition in Arm's notation", () => {
    const c = featureCondition("fpmr")!;
    expect(c.feature).toBe("FEAT_FPMR");
    expect(c.fields).toEqual(["ID_AA64PFR2_EL1.FPMR"]);
    expect(c.text).toBe("UInt(ID_AA64PFR2_EL1.FPMR) >= 1");
  });

  it("is null for a feature no ID field advertises, and about 290 features have one", () => {
    expect(featureCondition("FEAT_ASMv8p2")).toBeNull();
    expect(discoverableFeatures().size).toBeGreaterThanOrEqual(290);
  });
});

describe("validate", () => {
  it("says in words that FEAT_FP8 requires FEAT_FPMR", () => {
    const messages = validate(FeatureSet.of("FP8")).map((v) => v.message);
    expect(messages).toContain("FEAT_FP8 requires FEAT_FPMR");
  });

  it("reports nothing about FEAT_FPMR's requirements when they are met", () => {
    const set = FeatureSet.of("FPMR", "AdvSIMD", "FP");
    const violations = validate(set, { version: "v9Ap2" }).filter((v) => v.owner === "FEAT_FPMR");
    expect(violations).toEqual([]);
  });

  it("checks features against the version given, and names the version in the violation", () => {
    const v = validate(FeatureSet.of("FPMR"), { version: "v8Ap0" }).find((x) => x.constraint === "FEAT_FPMR --> v9Ap2");
    expect(v).toMatchObject({ message: "FEAT_FPMR requires v9Ap2", version: "v8Ap0" });
  });

  it("rejects an unknown version with a typed error", () => {
    expect(() => validate(FeatureSet.EMPTY, { version: "v7Ap0" })).toThrow(UnknownArchVersionError);
  });
});

describe("withoutFeature", () => {
  it("takes FEAT_FP8 away with FEAT_FPMR, and says so", () => {
    const set = FeatureSet.of("FPMR", "FP8", "AdvSIMD", "FP", "FAMINMAX", "LUT", "BF16");
    const { set: rest, removed } = withoutFeature(set, "FPMR");
    expect(removed).toEqual(["FEAT_FPMR", "FEAT_FP8"]);
    expect(rest.has("FP8") || rest.has("FPMR")).toBe(false);
    expect(rest.has("LUT")).toBe(true);
  });

  it("takes away what depends on a feature conditionally (FEAT_FPMR with FEAT_EL2 needs FEAT_HCX)", () => {
    const set = FeatureSet.of("FPMR", "EL2", "HCX", "FGT", "AdvSIMD");
    expect(withoutFeature(set, "HCX").removed).toContain("FEAT_FPMR");
    expect(withoutFeature(set.without("EL2"), "HCX").removed).not.toContain("FEAT_FPMR");
  });

  it("never breaks a requirement that held before (property over real ID register sets)", () => {
    fc.assert(
      fc.property(arbIdRegisters, fc.nat(), (values, pick) => {
        const set = featuresOf(values);
        const names = set.names();
        if (names.length === 0) return;
        const target = names[pick % names.length]!;
        const before = new Set(requirementViolations(set));
        const { set: rest, removed } = withoutFeature(set, target);
        expect(removed[0]).toBe(target);
        expect(rest.has(target)).toBe(false);
        for (const v of requirementViolations(rest)) expect(before.has(v), v).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

/** Violated requirements `FEAT_Y --> ...` of features of the set (versions pinned to the newest). */
function requirementViolations(set: FeatureSet): string[] {
  return validate(set, { version: "v9Ap6" })
    .filter((v) => v.version === undefined && v.constraint.startsWith(`${v.owner} -->`))
    .map((v) => v.message);
}

const field4 = fc.integer({ min: 0, max: 15 }).map(BigInt);
const reg64 = fc
  .array(field4, { minLength: 16, maxLength: 16 })
  .map((nibbles) => nibbles.reduce((acc, n, i) => acc | (n << BigInt(4 * i)), 0n));
/** Random ID registers whose ID_AA64PFR0_EL1 describes an AArch64 PE with EL0/EL1 in AArch64 (and maybe AArch32). */
const arbIdRegisters: fc.Arbitrary<IdRegisterValues> = fc
  .record({
    pfr0: reg64,
    el0: fc.constantFrom(1n, 2n),
    el1: fc.constantFrom(1n, 2n),
    others: fc.dictionary(
      fc.constantFrom(
        "ID_AA64PFR1_EL1",
        "ID_AA64PFR2_EL1",
        "ID_AA64ISAR0_EL1",
        "ID_AA64ISAR1_EL1",
        "ID_AA64ISAR2_EL1",
        "ID_AA64ISAR3_EL1",
        "ID_AA64MMFR0_EL1",
        "ID_AA64MMFR1_EL1",
        "ID_AA64MMFR2_EL1",
        "ID_AA64MMFR3_EL1",
        "ID_AA64ZFR0_EL1",
        "ID_AA64SMFR0_EL1",
        "ID_AA64FPFR0_EL1",
        "ID_AA64DFR0_EL1",
      ),
      reg64,
    ),
  })
  .map(({ pfr0, el0, el1, others }) => ({
    ...others,
    ID_AA64PFR0_EL1: (pfr0 & ~0xffn) | (el1 << 4n) | el0,
  }));

describe("idRegistersFor", () => {
  it("advertises FEAT_FPMR through ID_AA64PFR2_EL1.FPMR", () => {
    const values = idRegistersFor(FeatureSet.of("AA64EL0", "AA64EL1", "EL0", "EL1", "AA64", "FPMR", "FP", "AdvSIMD"));
    expect((values["ID_AA64PFR2_EL1"]! >> 32n) & 0xfn).toBe(1n);
    expect(featuresOf(values).has("FPMR")).toBe(true);
  });

  it("is the inverse of featuresOf for every set featuresOf can produce (round trip)", () => {
    fc.assert(
      fc.property(arbIdRegisters, (values) => {
        const set = featuresOf(values);
        const back = featuresOf(idRegistersFor(set));
        expect(back.toString()).toBe(set.toString());
      }),
      { numRuns: 40 },
    );
  });

  it("keeps a base's fields and changes only what the set needs", () => {
    fc.assert(
      fc.property(arbIdRegisters, (values) => {
        const set = featuresOf(values);
        // Dropping an Exception-level feature leaves a set no PE has (its features need AArch64 EL1).
        const droppable = set.names().filter((n) => !/^FEAT_(AA|EL)/.test(n));
        const smaller = withoutFeature(set, droppable[0] ?? "FEAT_FP").set;
        expect(featuresOf(idRegistersFor(set, values)).equals(set)).toBe(true);
        // Only sets some ID values can advertise at all: without AdvSIMD, FEAT_FP16 stays (it does not
        // require FEAT_FP in Features.json) yet its only encoding, ID_AA64PFR0_EL1.FP = 1, implies FP.
        fc.pre(featuresOf(idRegistersFor(smaller)).equals(smaller));
        expect(featuresOf(idRegistersFor(smaller, values)).toString()).toBe(smaller.toString());
      }),
      { numRuns: 25 },
    );
  });
});

describe("architecture versions", () => {
  it("know that v9Ap2 includes v8Ap7 but not v8Ap8", () => {
    const included = includedVersions("v9Ap2");
    expect(included).toContain("v8Ap7");
    expect(included).toContain("v9Ap0");
    expect(included).not.toContain("v8Ap8");
  });

  it("parse 9.2 and v9Ap2 alike and reject others", () => {
    expect(parseArchVersion("9.2")).toBe("v9Ap2");
    expect(parseArchVersion("V9AP2")).toBe("v9Ap2");
    expect(() => parseArchVersion("v10Ap0")).toThrow(UnknownArchVersionError);
  });

  it("name the features a version mandates (v9Ap4 mandates FEAT_CHK) and the versions a feature needs", () => {
    expect(featuresMandatedBy("v9Ap4").has("CHK")).toBe(true);
    expect(featuresMandatedBy("v8Ap0").has("CHK")).toBe(false);
    expect(featuresMandatedBy("v8Ap4", FeatureSet.of("EL2")).has("S2FWB")).toBe(true);
    expect(featuresMandatedBy("v8Ap4").has("S2FWB")).toBe(false);
    expect(requiredVersions("FPMR")).toEqual(["v9Ap2"]);
    expect(minimumArchVersion(FeatureSet.of("FPMR"))).toBe("v9Ap2");
  });
});

describe("idRegisterViolations", () => {
  it("finds nothing wrong with a consistent AArch64 PE", () => {
    expect(idRegisterViolations(regs({ ID_AA64PFR2_EL1: 1n << 32n }))).toEqual([]);
  });

  it("names the view that disagrees: FP says FP16, AdvSIMD does not", () => {
    const v = idRegisterViolations(regs({ ID_AA64PFR0_EL1: PFR0_AARCH64 | (1n << 16n) }));
    expect(v.map((x) => x.message)).toEqual([
      "SInt(ID_AA64PFR0_EL1.FP) >= 1 advertises FEAT_FP16, which other fields deny",
    ]);
    expect(v[0]!.owner).toBe("FEAT_FP16");
  });

  it("reports reserved values Features.json forbids (ID_AA64MMFR3_EL1.S1POE >= 2)", () => {
    const v = idRegisterViolations(regs({ ID_AA64MMFR3_EL1: 2n << 16n }));
    expect(v.map((x) => x.constraint)).toContain("FEAT_AA64EL1 --> !(UInt(ID_AA64MMFR3_EL1.S1POE) >= 2)");
  });

  it("finds in what idRegistersFor builds no AArch64 inconsistency its input lacked, and none at all for a consistent set (property)", () => {
    fc.assert(
      fc.property(arbIdRegisters, (values) => {
        const aarch64Owners = (r: IdRegisterValues) =>
          new Set(
            idRegisterViolations(r)
              .filter((v) => !v.constraint.includes("FEAT_AA32"))
              .map((v) => v.owner),
          );
        const before = aarch64Owners(values);
        for (const owner of aarch64Owners(idRegistersFor(featuresOf(values))))
          expect(before.has(owner), owner).toBe(true);
      }),
      { numRuns: 20 },
    );
    const set = featuresOf(regs({ ID_AA64PFR0_EL1: 0x112n, ID_AA64ISAR0_EL1: 0x0000100000000000n }));
    expect(set.has("DotProd")).toBe(true);
    expect(idRegisterViolations(idRegistersFor(set)).map((v) => v.message)).toEqual([]);
  });
});
