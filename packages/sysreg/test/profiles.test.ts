import { describe, expect, it } from "vitest";
import {
  HOST_ID_REGISTER_NAMES,
  HOST_PROFILE_NAMES,
  HOST_PROFILES,
  hostProfile,
  SysregError,
  UnknownHostError,
} from "../src/index";

/** MIDR_EL1 fields (Arm ARM D23.2 MIDR_EL1). */
function midrFields(midr: bigint) {
  return {
    implementer: Number((midr >> 24n) & 0xffn),
    variant: Number((midr >> 20n) & 0xfn),
    architecture: Number((midr >> 16n) & 0xfn),
    part: Number((midr >> 4n) & 0xfffn),
    revision: Number(midr & 0xfn),
  };
}

/** A 4-bit ID field. */
function field(value: bigint, lsb: number): number {
  return Number((value >> BigInt(lsb)) & 0xfn);
}

describe("built-in host profiles", () => {
  it("offers at least ten real cores named as QEMU names them", () => {
    for (const name of [
      "cortex-a53",
      "cortex-a57",
      "cortex-a72",
      "cortex-a55",
      "cortex-a76",
      "cortex-a78ae",
      "a64fx",
      "cortex-a710",
      "neoverse-n1",
      "neoverse-n2",
      "neoverse-v1",
      "neoverse-v2",
    ]) {
      expect(HOST_PROFILE_NAMES).toContain(name);
    }
    // Ten of them with every value published by the vendor; V2's are derived from N2's (see its source).
    const published = HOST_PROFILES.filter((p) => p.name !== "max" && !p.source.includes("derived"));
    expect(published.length).toBeGreaterThanOrEqual(10);
  });

  it("gives every profile a description, a source and every host ID register", () => {
    for (const profile of HOST_PROFILES) {
      expect(profile.description, profile.name).not.toBe("");
      expect(profile.source, profile.name).not.toBe("");
      expect(Object.keys(profile.idRegisters).sort()).toEqual([...HOST_ID_REGISTER_NAMES].sort());
      for (const [name, value] of Object.entries(profile.idRegisters)) {
        expect(value >= 0n && value < 1n << 64n, `${profile.name} ${name}`).toBe(true);
      }
    }
  });

  it("carries each real core's published MIDR: implementer, architecture 0xF and part number", () => {
    const parts: Record<string, [number, number]> = {
      "cortex-a53": [0x41, 0xd03],
      "cortex-a57": [0x41, 0xd07],
      "cortex-a72": [0x41, 0xd08],
      "cortex-a55": [0x41, 0xd05],
      "cortex-a76": [0x41, 0xd0b],
      "cortex-a78ae": [0x41, 0xd42],
      a64fx: [0x46, 0x001],
      "neoverse-n1": [0x41, 0xd0c],
      "neoverse-v1": [0x41, 0xd40],
      "cortex-a710": [0x41, 0xd47],
      "neoverse-n2": [0x41, 0xd49],
      "neoverse-v2": [0x41, 0xd4f],
      "fujitsu-monaka": [0x46, 0x003],
    };
    for (const [name, [implementer, part]] of Object.entries(parts)) {
      const midr = midrFields(hostProfile(name).midr);
      expect(midr.implementer, name).toBe(implementer);
      expect(midr.part, name).toBe(part);
      expect(midr.architecture, name).toBe(0xf);
    }
  });

  it("has a shipping core with FPMR and FP8: ID_AA64PFR2_EL1.FPMR and ID_AA64FPFR0_EL1.F8CVT are 1", () => {
    const withFpmr = HOST_PROFILES.filter((p) => p.name !== "max" && field(p.idRegisters.ID_AA64PFR2_EL1!, 32) >= 1);
    expect(withFpmr.map((p) => p.name)).toContain("fujitsu-monaka");
    const monaka = hostProfile("fujitsu-monaka").idRegisters;
    expect((monaka.ID_AA64FPFR0_EL1! >> 31n) & 1n).toBe(1n);
  });

  it("tells apart the generations: SVE from Neoverse V1 on, SVE2 from Armv9.0, AArch32 EL0 until Monaka", () => {
    const sve = (n: string) => field(hostProfile(n).idRegisters.ID_AA64PFR0_EL1!, 32);
    const sveVersion = (n: string) => field(hostProfile(n).idRegisters.ID_AA64ZFR0_EL1!, 0);
    const el0 = (n: string) => field(hostProfile(n).idRegisters.ID_AA64PFR0_EL1!, 0);
    expect(sve("neoverse-n1")).toBe(0);
    expect(sve("neoverse-v1")).toBe(1);
    expect(sveVersion("neoverse-v1")).toBe(0);
    expect(sveVersion("neoverse-n2")).toBe(1);
    expect(el0("cortex-a53")).toBe(2);
    expect(el0("fujitsu-monaka")).toBe(1);
  });

  it("keeps Neoverse V2 free of MTE while N2 has MTE2", () => {
    const mte = (n: string) => field(hostProfile(n).idRegisters.ID_AA64PFR1_EL1!, 8);
    expect(mte("neoverse-n2")).toBe(2);
    expect(mte("neoverse-v2")).toBe(0);
  });

  it("finds a profile by name in any case", () => {
    expect(hostProfile("Neoverse-V2").name).toBe("neoverse-v2");
    expect(hostProfile(" CORTEX-A72 ").name).toBe("cortex-a72");
  });

  it("rejects an unknown name with a typed error listing the known hosts and a suggestion", () => {
    let caught: unknown;
    try {
      hostProfile("neoverse-v9");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownHostError);
    expect(caught).toBeInstanceOf(SysregError);
    const error = caught as UnknownHostError;
    expect(error.code).toBe("UNKNOWN_HOST");
    expect(error.message).toContain("did you mean neoverse-v");
    expect(error.known).toEqual(HOST_PROFILE_NAMES);
    for (const name of HOST_PROFILE_NAMES) expect(error.message).toContain(name);
  });

  it("cannot be changed by a caller", () => {
    const profile = hostProfile("cortex-a53");
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.idRegisters)).toBe(true);
    expect(Object.isFrozen(HOST_PROFILES)).toBe(true);
  });
});
