import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baselineOf,
  checkIdRegisterWrite,
  featuresOf,
  HOST_PROFILES,
  hostFeatures,
  hostProfile,
  validate,
} from "../src/index";

const real = HOST_PROFILES.filter((p) => p.name !== "max");

describe("baselineOf", () => {
  it("of one host is that host, with no change to write", () => {
    const v2 = hostProfile("neoverse-v2");
    const b = baselineOf([v2]);
    expect(b.features.equals(hostFeatures(v2))).toBe(true);
    expect(b.changes).toEqual([]);
    expect(b.conflicts).toEqual([]);
    expect(b.midr).toBe(v2.midr);
  });

  it("of Neoverse N2 and V2 drops MTE, saying which host lacks it, and writes MTE off on N2", () => {
    const b = baselineOf([hostProfile("neoverse-n2"), hostProfile("neoverse-v2")]);
    expect(b.features.has("FEAT_MTE2")).toBe(false);
    expect(b.features.has("FEAT_SVE2")).toBe(true);
    expect(b.dropped).toContainEqual({ feature: "FEAT_MTE2", reason: "not on neoverse-v2" });
    const change = b.changes.find((c) => c.host === "neoverse-n2" && c.register === "ID_AA64PFR1_EL1");
    expect(change?.to).toBe(0x21n);
    expect(b.changes.some((c) => c.host === "neoverse-v2" && c.register === "ID_AA64PFR1_EL1")).toBe(false);
    expect(b.midr).toBeNull();
  });

  it("of FUJITSU-MONAKA and Neoverse V2 has no FPMR: the VM may move between them", () => {
    const b = baselineOf([hostProfile("fujitsu-monaka"), hostProfile("neoverse-v2")]);
    expect(b.features.has("FEAT_FPMR")).toBe(false);
    expect(b.features.has("FEAT_FP8")).toBe(false);
    expect(b.idRegisters.ID_AA64PFR2_EL1).toBe(0n);
    expect(b.dropped.map((d) => d.feature)).toEqual(expect.arrayContaining(["FEAT_FPMR", "FEAT_FP8"]));
  });

  it("is on every host, breaks only version rules or host deviations, and KVM accepts every write not marked a conflict", () => {
    const pairs = fc.array(fc.constantFrom(...real), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(pairs, (hosts) => {
        const b = baselineOf(hosts);
        const advertised = featuresOf(b.idRegisters);
        for (const h of hosts) expect(advertised.isSubsetOf(featuresOf(h.idRegisters))).toBe(true);
        // Dropping features repairs every feature's own constraint; what is left is a version rule or a
        // deviation a host's silicon already has.
        expect(b.violations).toEqual(validate(b.features));
        const tolerated = new Set(hosts.flatMap((h) => h.deviations));
        for (const v of b.violations)
          expect(v.version !== undefined || tolerated.has(v.constraint), v.message).toBe(true);
        for (const c of b.changes) {
          if (b.conflicts.some((k) => k.host === c.host && k.register === c.register)) continue;
          expect(() =>
            checkIdRegisterWrite(c.register, c.from, c.to, { implementationIdsWritable: true }),
          ).not.toThrow();
        }
      }),
      { numRuns: 40 },
    );
  });

  it("drops pointer authentication between QARMA3 and QARMA5 hosts, and says which version rule that breaks", () => {
    const b = baselineOf([hostProfile("fujitsu-monaka"), hostProfile("neoverse-n2")]);
    expect(b.features.has("FEAT_PAuth")).toBe(false);
    expect(b.dropped.map((d) => d.feature)).toContain("FEAT_PAuth");
    expect(b.violations.map((v) => v.constraint)).toContain("v8Ap3 --> FEAT_PAuth");
  });

  it("does not depend on the order of the hosts", () => {
    const a = baselineOf([hostProfile("cortex-a76"), hostProfile("neoverse-n1"), hostProfile("neoverse-v1")]);
    const b = baselineOf([hostProfile("neoverse-v1"), hostProfile("cortex-a76"), hostProfile("neoverse-n1")]);
    expect(a.features.equals(b.features)).toBe(true);
  });

  it("needs at least one host", () => {
    expect(() => baselineOf([])).toThrow(RangeError);
  });
});
