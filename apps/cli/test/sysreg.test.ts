import { SYSREG_CATALOGUE } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

interface RegisterDocument {
  name: string;
  named: boolean;
  generic: string;
  encoding: { op0: number; op1: number; crn: number; crm: number; op2: number };
  key: string;
  kvmRegId: string;
  access: string;
  minEl: number;
  features: string[];
  layouts: { variant: string | null; fields: { name: string; msb: number; lsb: number }[] }[];
  value: null | {
    raw: string;
    text: string | null;
    fields: { name: string; value: string; valueName: string | null }[];
    res0Set: string | null;
  };
}

describe("a64vm sysreg", () => {
  it("lists the whole catalogue in JSON", () => {
    const run = a64vm(["sysreg", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ registers: { name: string; generic: string }[]; count: number }>(run);
    expect(doc.count).toBe(SYSREG_CATALOGUE.length);
    expect(doc.registers).toContainEqual(expect.objectContaining({ name: "FPMR", generic: "S3_3_C4_C4_2" }));
  });

  it("shows FPMR: encoding, KVM ONE_REG id, EL0 access, FEAT_FPMR and its fields", () => {
    const run = a64vm(["sysreg", "fpmr", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<RegisterDocument>(run);
    expect(doc.name).toBe("FPMR");
    expect(doc.encoding).toEqual({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2 });
    expect(doc.kvmRegId).toBe("0x603000000013da22");
    expect(doc.minEl).toBe(0);
    expect(doc.features).toEqual(["FEAT_FPMR"]);
    expect(doc.layouts[0]!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["LSCALE", "F8D", "F8S1"]));
    expect(doc.value).toBeNull();
  });

  it("decodes a value field by field with the catalogue's pretty-printer", () => {
    const run = a64vm(["sysreg", "FPMR", "--value", "0x30041"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("FPMR = 0x30041 {LSCALE=3, F8D=E4M3, F8S1=E4M3}");
    expect(run.stdout).toMatch(/^KVM ONE_REG id\s+0x603000000013da22$/m);
  });

  it("accepts the generic spelling and returns the decoded fields in JSON", () => {
    const run = a64vm(["sysreg", "S3_0_C0_C4_2", "--value", "0x100000000", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<RegisterDocument>(run);
    expect(doc.name).toBe("ID_AA64PFR2_EL1");
    expect(doc.value?.raw).toBe("0x100000000");
    expect(doc.value?.fields.find((f) => f.name === "FPMR")?.value).toBe("0x1");
  });

  it("exits 2 with a suggestion for an unknown register", () => {
    const run = a64vm(["sysreg", "FPMRR"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("FPMR");
  });

  it("exits 2 for a value that is not a number, and for --value without a register", () => {
    const bad = a64vm(["sysreg", "fpmr", "--value", "0xZZ"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--value '0xZZ' is not a number/);
    const alone = a64vm(["sysreg", "--value", "0x1"]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/--value needs a register/);
  });
});
