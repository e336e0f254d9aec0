import { ALL_LAYOUTS } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { CONTROL_REGISTERS, controlLayout, fieldMask } from "../src/controls";
import { coverageGaps, overlappingBits } from "../src/coverage";
import { CONTROL_RULES, type ControlRule } from "../src/feature-rules";
import { describeRequirement } from "../src/requirement";

function ruleFor(register: string, field: string, variant?: string): ControlRule {
  const found = CONTROL_RULES.find((r) => r.register === register && r.fields.includes(field) && r.cptr === variant);
  if (found === undefined) throw new Error(`no rule for ${register}.${field}`);
  return found;
}

describe("feature -> control-bit rules", () => {
  it("cover every defined bit of every trap-control register (both CPTR_EL2 layouts)", () => {
    expect(coverageGaps(CONTROL_RULES)).toEqual([]);
  });

  it("fail the coverage check when a bit is deliberately left uncovered", () => {
    const withoutEnFpm = CONTROL_RULES.filter((r) => !(r.register === "HCRX_EL2" && r.fields.includes("EnFPM")));
    expect(coverageGaps(withoutEnFpm)).toEqual([{ register: "HCRX_EL2", bits: 1n << 23n, fields: ["EnFPM"] }]);
    const withoutZen = CONTROL_RULES.filter((r) => !(r.cptr === "E2H=1" && r.fields.includes("ZEN")));
    expect(coverageGaps(withoutZen)).toEqual([
      { register: "CPTR_EL2", variant: "E2H=1", bits: 3n << 16n, fields: ["ZEN"] },
    ]);
  });

  it("give each bit to exactly one rule", () => {
    expect(overlappingBits(CONTROL_RULES)).toEqual([]);
  });

  it("name only fields that the layouts define", () => {
    for (const r of CONTROL_RULES)
      for (const f of r.fields) expect(() => fieldMask(r.register, f, r.cptr)).not.toThrow();
  });

  it("publish a layout for every control register in @a64vm/sysreg", () => {
    for (const register of CONTROL_REGISTERS) expect(ALL_LAYOUTS.some((l) => l.register === register)).toBe(true);
    expect(ALL_LAYOUTS.filter((l) => l.register === "CPTR_EL2").map((l) => l.variant)).toEqual(["E2H=0", "E2H=1"]);
  });

  // One row per documented fact: register, field, its bit, feature, polarity.
  const TABLE: readonly [string, string, number, string, ControlRule["kind"], string?][] = [
    ["HCRX_EL2", "EnFPM", 23, "FEAT_FPMR", "enable"],
    ["HCRX_EL2", "GCSEn", 22, "FEAT_GCS", "enable"],
    ["HCRX_EL2", "TCR2En", 14, "FEAT_TCR2", "enable"],
    ["HCRX_EL2", "SCTLR2En", 15, "FEAT_SCTLR2", "enable"],
    ["HCRX_EL2", "MSCEn", 11, "FEAT_MOPS", "enable"],
    ["HCRX_EL2", "MCE2", 10, "FEAT_MOPS", "trap"],
    ["HCRX_EL2", "VFNMI", 8, "FEAT_NMI", "setting"],
    ["HCRX_EL2", "VINMI", 7, "FEAT_NMI", "setting"],
    ["HCRX_EL2", "TALLINT", 6, "FEAT_NMI", "trap"],
    ["HCRX_EL2", "EnALS", 1, "FEAT_LS64", "enable"],
    ["HCRX_EL2", "EnASR", 2, "FEAT_LS64_V", "enable"],
    ["HCRX_EL2", "EnAS0", 0, "FEAT_LS64_ACCDATA", "enable"],
    ["HCRX_EL2", "D128En", 17, "FEAT_D128", "enable"],
    ["HCRX_EL2", "EnIDCP128", 21, "FEAT_SYSREG128", "enable"],
    ["HCR_EL2", "ATA", 56, "FEAT_MTE2", "enable"],
    ["HCR_EL2", "DCT", 57, "FEAT_MTE2", "setting"],
    ["HCR_EL2", "TID5", 58, "FEAT_MTE2", "trap"],
    ["HCR_EL2", "FWB", 46, "FEAT_S2FWB", "setting"],
    ["HCR_EL2", "TID3", 18, "always", "trap"],
    ["HCR_EL2", "TLOR", 35, "FEAT_LOR", "trap"],
    ["HCR_EL2", "APK", 40, "FEAT_PAuth", "enable"],
    ["HCR_EL2", "EnSCXT", 53, "FEAT_CSV2_2 or FEAT_CSV2_1p2", "enable"],
    ["HCR_EL2", "TERR", 36, "FEAT_RAS", "trap"],
    ["HCR_EL2", "FIEN", 47, "FEAT_RASv1p1 or FEAT_RASv2", "enable"],
    ["HCR_EL2", "NV", 42, "FEAT_NV2", "trap"],
    ["MDCR_EL2", "TPM", 6, "FEAT_PMUv3", "trap"],
    ["MDCR_EL2", "TPMS", 14, "FEAT_SPE", "trap"],
    ["MDCR_EL2", "TTRF", 19, "FEAT_TRF", "trap"],
    ["MDCR_EL2", "TDA", 9, "always", "trap"],
    ["CPTR_EL2", "TFP", 10, "FEAT_FP", "trap", "E2H=0"],
    ["CPTR_EL2", "TZ", 8, "FEAT_SVE", "trap", "E2H=0"],
    ["CPTR_EL2", "TSM", 12, "FEAT_SME", "trap", "E2H=0"],
    ["CPTR_EL2", "TTA", 20, "always", "trap", "E2H=0"],
    ["CPTR_EL2", "TTA", 28, "always", "trap", "E2H=1"],
    ["CPTR_EL2", "FPEN", 20, "FEAT_FP", "enable", "E2H=1"],
    ["CPTR_EL2", "ZEN", 16, "FEAT_SVE", "enable", "E2H=1"],
    ["CPTR_EL2", "SMEN", 24, "FEAT_SME", "enable", "E2H=1"],
    ["HFGRTR_EL2", "nGCS_EL0", 52, "FEAT_GCS", "enable"],
    ["HFGRTR_EL2", "nGCS_EL1", 53, "FEAT_GCS", "enable"],
    ["HFGRTR_EL2", "nTPIDR2_EL0", 55, "FEAT_SME", "enable"],
    ["HFGRTR_EL2", "nSMPRI_EL1", 54, "FEAT_SME", "enable"],
    ["HFGRTR_EL2", "nPOR_EL0", 59, "FEAT_S1POE", "enable"],
    ["HFGRTR_EL2", "nPOR_EL1", 60, "FEAT_S1POE", "enable"],
    ["HFGRTR_EL2", "SCTLR_EL1", 29, "always", "trap"],
    ["HFGITR_EL2", "TLBIRVAE1", 38, "FEAT_TLBIRANGE", "trap"],
    ["HDFGRTR_EL2", "PMSCR_EL1", 26, "FEAT_SPE", "trap"],
    ["HDFGRTR_EL2", "PMBSR_EL1", 25, "FEAT_SPE", "trap"],
    ["HFGITR2_EL2", "nDCCIVAPS", 1, "FEAT_PoPS", "enable"],
    ["HDFGRTR2_EL2", "nPMICNTR_EL0", 2, "FEAT_PMUv3_ICNTR", "enable"],
  ];

  it.each(TABLE)("%s.%s is bit %i, needs %s and is an %s bit", (register, field, bit, feature, kind, variant) => {
    const r = ruleFor(register, field, variant);
    const layout = controlLayout(r.register, r.cptr);
    const f = layout.fields.find((x) => x.name === field)!;
    expect(f.lsb).toBe(bit);
    expect(describeRequirement(r.needs)).toBe(feature);
    expect(r.kind).toBe(kind);
  });

  it("makes HCRX_EL2.EnFPM an enable bit: it traps FPMR when CLEAR", () => {
    const r = ruleFor("HCRX_EL2", "EnFPM");
    expect(r.kind).toBe("enable");
    expect(r.policy).toBe("pass");
  });

  it("marks the baseline EL1 registers as never-UNDEF, like KVM's NEVER_FGU", () => {
    expect(ruleFor("HFGRTR_EL2", "SCTLR_EL1").neverUndef).toBe(true);
    expect(ruleFor("HFGITR_EL2", "DCCISW").neverUndef).toBe(true);
    expect(ruleFor("HFGRTR_EL2", "nGCS_EL0").neverUndef).toBeUndefined();
  });

  it("makes HCR_EL2.RW read as one when the VM lacks AArch32 EL1", () => {
    expect(ruleFor("HCR_EL2", "RW").res1WhenAbsent).toBe(true);
  });
});
