import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { configure, controlField } from "../src/configure";
import { CONTROL_REGISTERS } from "../src/controls";
import { FeatureNotOnHostError } from "../src/errors";
import { CONTROL_RULES } from "../src/feature-rules";
import { featuresOf, satisfies } from "../src/requirement";

const ALL = FeatureSet.all();
const NEOVERSE_V2_LIKE = FeatureSet.of(
  "AA64EL1",
  "AA64EL2",
  "EL2",
  "VHE",
  "HCX",
  "FGT",
  "FP",
  "AdvSIMD",
  "SVE",
  "SVE2",
  "PMUv3",
  "PMUv3p5",
  "SPE",
  "RAS",
  "RASv1p1",
  "LOR",
  "PAuth",
  "MTE2",
  "CSV2_2",
  "EVT",
  "S2FWB",
  "TRF",
  "TRBE",
  "BRBE",
  "AMUv1",
  "TLBIOS",
  "TLBIRANGE",
  "DPB",
  "DPB2",
  "PAN2",
  "SPECRES",
  "XS",
  "MOPS",
);

/** Every (rule, field) pair: one row of the table-driven specification. */
const ROWS = CONTROL_RULES.flatMap((rule) => rule.fields.map((field) => ({ rule, field })));

describe("configure(host, vm)", () => {
  describe.each(ROWS.map((r) => [`${r.rule.register}${r.rule.cptr ? `(${r.rule.cptr})` : ""}.${r.field}`, r] as const))(
    "%s",
    (_name, { rule, field }) => {
      // A host on which the rule's requirement holds (FEAT_E2H0 removed for "not E2H0" rules).
      const base = rule.cptr === "E2H=0" ? ALL.without("VHE") : ALL;
      const host = satisfies(rule.needs, base) ? base : base.without("E2H0", "AA64EL3");
      it("takes the hypervisor's value when the VM has the feature, and does not trap if the policy passes", () => {
        const bit = configure(host).bits.find((b) => b.register === rule.register && b.field === field)!;
        expect(bit.state).toBe(rule.hostOnly || satisfies(rule.needs, host) ? "vm-has" : "host-lacks");
        if (bit.state === "vm-has" && rule.policy === "pass") expect(bit.traps).toBe(false);
        if (bit.state === "vm-has" && rule.policy === "trap") expect(bit.traps).toBe(true);
      });

      const features = featuresOf(rule.needs);
      if (features.length > 0 && rule.hostOnly !== true) {
        it("follows its polarity when the host has the feature and the VM does not", () => {
          const vm = host.without(...features);
          const config = configure(host, vm);
          const bit = config.bits.find((b) => b.register === rule.register && b.field === field)!;
          if (satisfies(rule.needs, vm)) return; // a `not` requirement: removing makes it hold
          expect(bit.state).toBe("vm-lacks");
          if (rule.res1WhenAbsent) expect(bit.value).not.toBe(0);
          else if (rule.kind === "enable") {
            expect(bit.value).toBe(0);
            expect(bit.traps).toBe(true);
          } else if (rule.kind === "setting") expect(bit.traps).toBe(false);
          if (rule.register.startsWith("H") && rule.register !== "HCR_EL2" && rule.register !== "HCRX_EL2") {
            // Fine-grained: the bit is in the UNDEF set unless the registers exist everywhere.
            const inUndef = ((config.undef[rule.register] >> BigInt(bit.lsb)) & 1n) === 1n;
            expect(inUndef).toBe(rule.neverUndef !== true);
            expect(bit.traps).toBe(true);
          }
        });

        it("is RES0 when the host lacks the feature", () => {
          const lacking = host.without(...features);
          if (satisfies(rule.needs, lacking)) return;
          const bit = configure(lacking).bits.find((b) => b.register === rule.register && b.field === field)!;
          expect(bit.state === "host-lacks" || bit.state === "register-unavailable").toBe(true);
          if (rule.res1WhenAbsent !== true) expect(bit.value).toBe(0);
        });
      }
    },
  );

  it("sets HCRX_EL2.EnFPM exactly when the VM has FPMR: an enable bit that traps when CLEAR", () => {
    expect(controlField(configure(ALL), "HCRX_EL2", "EnFPM")).toBe(1);
    const without = configure(ALL, ALL.without("FPMR"));
    expect(controlField(without, "HCRX_EL2", "EnFPM")).toBe(0);
    expect(without.bits.find((b) => b.field === "EnFPM")!.traps).toBe(true);
    expect((configure(ALL).values.HCRX_EL2 >> 23n) & 1n).toBe(1n);
  });

  it("refuses a VM that advertises a feature its host lacks, naming it", () => {
    const host = FeatureSet.of("HCX", "FP");
    expect(() => configure(host, FeatureSet.of("FP", "FPMR"))).toThrow(FeatureNotOnHostError);
    expect(() => configure(host, FeatureSet.of("FP", "FPMR"))).toThrow(/FEAT_FPMR/);
  });

  it("enables nothing from a default list: an empty host leaves HCRX_EL2 and the FGT registers unavailable", () => {
    const config = configure(FeatureSet.EMPTY);
    expect(config.available.HCRX_EL2).toBe(false);
    expect(config.values.HCRX_EL2).toBe(0n);
    for (const r of CONTROL_REGISTERS.filter((x) => x.includes("FG"))) expect(config.available[r]).toBe(false);
    expect(controlField(config, "HCR_EL2", "TLOR")).toBe(0);
    expect(controlField(config, "MDCR_EL2", "TPM")).toBe(0);
  });

  it("traps a host feature the VM lacks so that it can UNDEF (PMU: MDCR_EL2.TPM)", () => {
    expect(controlField(configure(NEOVERSE_V2_LIKE, NEOVERSE_V2_LIKE.without("PMUv3")), "MDCR_EL2", "TPM")).toBe(1);
  });

  it("uses the E2H=1 CPTR_EL2 layout on a VHE host and E2H=0 otherwise", () => {
    const vhe = configure(NEOVERSE_V2_LIKE);
    expect(vhe.cptrLayout).toBe("E2H=1");
    expect(controlField(vhe, "CPTR_EL2", "ZEN")).toBe(3);
    expect(controlField(configure(NEOVERSE_V2_LIKE, NEOVERSE_V2_LIKE.without("SVE", "SVE2")), "CPTR_EL2", "ZEN")).toBe(
      0,
    );
    const nvhe = configure(NEOVERSE_V2_LIKE.without("VHE"));
    expect(nvhe.cptrLayout).toBe("E2H=0");
    expect(controlField(nvhe, "CPTR_EL2", "TZ")).toBe(0);
    expect(nvhe.values.CPTR_EL2 & 0x22ffn).toBe(0x22ffn); // RES1 bits 13, 9, 7:0
  });

  it("accepts anything carrying a feature set as the host", () => {
    expect(configure({ features: NEOVERSE_V2_LIKE }).values).toEqual(configure(NEOVERSE_V2_LIKE).values);
  });

  it("sets HCR_EL2.RW when the VM lacks AArch32 EL1 (RES1 when absent)", () => {
    expect(controlField(configure(NEOVERSE_V2_LIKE), "HCR_EL2", "RW")).toBe(1);
    expect(controlField(configure(ALL), "HCR_EL2", "RW")).toBe(0);
  });

  it("keeps a guest hypervisor out of the bits of absent features (res0)", () => {
    const config = configure(ALL, ALL.without("GCS"));
    const nGcsEl0 = 1n << 52n;
    expect(config.res0.HFGRTR_EL2 & nGcsEl0).toBe(nGcsEl0);
    expect(configure(ALL).res0.HFGRTR_EL2 & nGcsEl0).toBe(0n);
  });
});

describe("configure with a sysreg CPU profile", () => {
  it("takes the host's features from the profile's ID registers (Neoverse V2: no HCX, so no HCRX_EL2)", async () => {
    const { featuresOf, hostProfile } = await import("@a64vm/sysreg");
    const v2 = hostProfile("neoverse-v2");
    const config = configure(v2);
    expect(config.host.equals(featuresOf(v2.idRegisters))).toBe(true);
    expect(config.available.HCRX_EL2).toBe(false);
    expect(config.available.HFGRTR_EL2).toBe(false);
    expect(controlField(config, "CPTR_EL2", "ZEN")).toBe(3);
  });
});
