import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { configure } from "../src/configure";
import { TRAPPABLE_ENCODINGS } from "../src/encodings";
import { UnknownEncodingError } from "../src/errors";
import { explainTrap } from "../src/explain";
import { findEncoding } from "../src/lookup";
import { REASON, routeReason } from "../src/route";
import { TrapRouter } from "../src/router";

const HOST = FeatureSet.of("EL2", "VHE", "HCX", "FGT", "FP", "FPMR", "GCS", "PMUv3", "S1POE", "SVE");

describe("explainTrap", () => {
  it("says FPMR runs untrapped when the VM advertises FEAT_FPMR", () => {
    const x = explainTrap(configure(HOST), "fpmr");
    expect(x.outcome).toBe("native");
    expect(x.summary).toBe("a read of FPMR runs without a trap (FEAT_FPMR advertised)");
  });

  it("names HCRX_EL2.EnFPM, its polarity and the missing feature when the VM lacks FEAT_FPMR", () => {
    const x = explainTrap(configure(HOST, HOST.without("FPMR")), "FPMR", true);
    expect(x.outcome).toBe("trapped");
    expect(x.firing.map((f) => f.control)).toEqual(["HCRX_EL2.EnFPM"]);
    expect(x.firing[0]!.words).toContain("HCRX_EL2.EnFPM is clear");
    expect(x.firing[0]!.words).toContain("FEAT_FPMR not advertised");
    expect(routeReason(x.route)).toBe(REASON.FEATURE_ABSENT);
    expect(x.summary).toMatch(/^a write to FPMR traps to EL2 \(HCRX_EL2\.EnFPM\) and is UNDEF/);
  });

  it("explains a fine-grained trap of an absent feature (POR_EL0 without FEAT_S1POE)", () => {
    const x = explainTrap(configure(HOST, HOST.without("S1POE")), "POR_EL0");
    expect(x.firing.map((f) => f.control)).toEqual(["HFGRTR_EL2.nPOR_EL0"]);
    expect(x.firing[0]!.words).toContain("an enable bit: traps when clear");
  });

  it("reports a feature the host lacks as UNDEFINED in hardware", () => {
    expect(explainTrap(configure(HOST), "TCR2_EL1").outcome).toBe("hardware-undef");
  });

  it("flags an absent feature that nothing on the host traps (no FGT: POR_EL0 reachable)", () => {
    const host = HOST.without("FGT");
    expect(explainTrap(configure(host, host.without("S1POE")), "POR_EL0").outcome).toBe("unguarded");
  });

  it("explains an emulated baseline register (ID registers trapped by HCR_EL2.TID3)", () => {
    const x = explainTrap(configure(HOST), "ID_AA64PFR0_EL1");
    expect(x.firing.map((f) => f.control)).toEqual(["HCR_EL2.TID3"]);
    expect(x.summary).toContain("handled locally by the id-register handler");
  });

  it("finds encodings by name, alias, generic spelling, instruction text or key", () => {
    expect(findEncoding("S3_3_C4_C4_2").name).toBe("FPMR");
    expect(findEncoding("0xda22").name).toBe("FPMR");
    expect(findEncoding("dbgdtrtx_el0").name).toBe("DBGDTRRX_EL0");
    expect(findEncoding("tlbi vmalle1is").name).toBe("TLBI_VMALLE1IS");
    expect(() => findEncoding("FPMRR")).toThrow(UnknownEncodingError);
    expect(() => findEncoding("FPMRR")).toThrow(/did you mean FPMR/);
  });
});

describe("TrapRouter.traps: whether the VM's own configuration traps an access", () => {
  it("agrees with explainTrap for every encoding, both directions, on VMs with and without features", () => {
    for (const vm of [HOST, HOST.without("FPMR", "GCS", "S1POE"), HOST.without("FGT")]) {
      const config = configure(HOST.intersect(vm.union(HOST.without("FGT"))), vm);
      const router = new TrapRouter(config);
      for (const e of TRAPPABLE_ENCODINGS) {
        for (const write of [false, true]) {
          expect(router.traps(e.key, write), `${e.name} ${write ? "write" : "read"}`).toBe(
            explainTrap(config, e, write).outcome === "trapped",
          );
        }
      }
    }
  });

  it("traps FPMR exactly when the VM lacks FEAT_FPMR on a host with it", () => {
    expect(new TrapRouter(configure(HOST)).traps(0xda22, false)).toBe(false);
    expect(new TrapRouter(configure(HOST, HOST.without("FPMR"))).traps(0xda22, false)).toBe(true);
  });
});
