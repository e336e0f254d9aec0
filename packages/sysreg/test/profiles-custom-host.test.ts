import { describe, expect, it } from "vitest";
import {
  HOST_ID_REGISTER_NAMES,
  HostFileSyntaxError,
  hostProfile,
  MalformedRegisterValueError,
  readCustomHost,
  UnknownHostRegisterError,
} from "../src/index";

function hostFile(idRegisters: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name: "lab-box", midr: "0x410fd4f1", idRegisters, ...extra });
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("reading a custom host file", () => {
  it("reads name, MIDR and hex register values; registers not given read as zero and are listed", () => {
    const { profile, missing } = readCustomHost(
      hostFile({ ID_AA64PFR0_EL1: "0x1201111121111112", ID_AA64PFR2_EL1: "0x1_0000_0000" }),
      "lab.json",
    );
    expect(profile.name).toBe("lab-box");
    expect(profile.midr).toBe(0x410fd4f1n);
    expect(profile.source).toBe("lab.json");
    expect(profile.idRegisters.ID_AA64PFR0_EL1).toBe(0x1201111121111112n);
    expect(profile.idRegisters.ID_AA64PFR2_EL1).toBe(0x1_0000_0000n);
    expect(profile.idRegisters.ID_AA64ISAR0_EL1).toBe(0n);
    expect(missing).toHaveLength(HOST_ID_REGISTER_NAMES.length - 2);
    expect(missing).toContain("ID_AA64ISAR0_EL1");
    expect(missing).not.toContain("ID_AA64PFR0_EL1");
  });

  it("accepts register names in any case and the generic S3_0_C0_C4_2 spelling", () => {
    const { profile } = readCustomHost(hostFile({ id_aa64pfr0_el1: "0x11", S3_0_C0_C4_2: "0x100000000" }));
    expect(profile.idRegisters.ID_AA64PFR0_EL1).toBe(0x11n);
    expect(profile.idRegisters.ID_AA64PFR2_EL1).toBe(0x1_0000_0000n);
  });

  it("accepts decimal strings and exact JSON integers", () => {
    const { profile } = readCustomHost(hostFile({ CTR_EL0: "2219098116", DCZID_EL0: 4 }));
    expect(profile.idRegisters.CTR_EL0).toBe(0x8444c004n);
    expect(profile.idRegisters.DCZID_EL0).toBe(4n);
  });

  it("round-trips a built-in profile written as a host file", () => {
    const v2 = hostProfile("neoverse-v2");
    const text = JSON.stringify({
      name: v2.name,
      midr: `0x${v2.midr.toString(16)}`,
      idRegisters: Object.fromEntries(Object.entries(v2.idRegisters).map(([k, v]) => [k, `0x${v.toString(16)}`])),
    });
    const { profile, missing } = readCustomHost(text);
    expect(profile.idRegisters).toEqual(v2.idRegisters);
    expect(missing).toEqual([]);
  });

  it("rejects an unknown register with a suggestion", () => {
    const error = thrown(() => readCustomHost(hostFile({ ID_AA64PFR3_EL1: "0x0" })));
    expect(error).toBeInstanceOf(UnknownHostRegisterError);
    expect((error as UnknownHostRegisterError).code).toBe("HOST_UNKNOWN_REGISTER");
    expect((error as Error).message).toMatch(/unknown ID register 'ID_AA64PFR3_EL1'.*did you mean ID_AA64PFR[0-2]_EL1/);
  });

  it("rejects a register that exists but is not a host ID register, such as FPMR", () => {
    expect(() => readCustomHost(hostFile({ FPMR: "0x0" }))).toThrow(UnknownHostRegisterError);
    expect(() => readCustomHost(hostFile({ S3_3_C4_C4_2: "0x0" }))).toThrow(UnknownHostRegisterError);
  });

  it.each([
    ["not hex", "0xZZ"],
    ["a negative number", -1],
    ["a fraction", 1.5],
    ["beyond 2^53 as a JSON number", 2 ** 60],
    ["wider than 64 bits", "0x1_0000_0000_0000_0000"],
    ["a boolean", true],
    ["an empty string", ""],
  ])("rejects a malformed register value: %s", (_why, value) => {
    const error = thrown(() => readCustomHost(hostFile({ ID_AA64ISAR0_EL1: value })));
    expect(error).toBeInstanceOf(MalformedRegisterValueError);
    expect((error as MalformedRegisterValueError).code).toBe("HOST_BAD_VALUE");
    expect((error as MalformedRegisterValueError).register).toBe("ID_AA64ISAR0_EL1");
  });

  it("rejects a MIDR wider than 32 bits", () => {
    const text = JSON.stringify({ name: "x", midr: "0x1_0000_0000", idRegisters: {} });
    expect(() => readCustomHost(text)).toThrow(MalformedRegisterValueError);
  });

  it.each([
    ["not JSON", "{name:"],
    ["an array", "[]"],
    ["no name", JSON.stringify({ midr: "0x0", idRegisters: {} })],
    ["no midr", JSON.stringify({ name: "x", idRegisters: {} })],
    ["no idRegisters", JSON.stringify({ name: "x", midr: "0x0" })],
    ["an unknown key", JSON.stringify({ name: "x", midr: "0x0", idRegisters: {}, features: [] })],
    ["a register given twice", '{"name":"x","midr":"0x0","idRegisters":{"CTR_EL0":"0x1","ctr_el0":"0x2"}}'],
  ])("rejects a file of the wrong shape: %s", (_why, text) => {
    const error = thrown(() => readCustomHost(text));
    expect(error).toBeInstanceOf(HostFileSyntaxError);
    expect((error as HostFileSyntaxError).code).toBe("HOST_FILE_SYNTAX");
  });
});
