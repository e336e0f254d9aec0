import { describe, expect, it } from "vitest";
import { fieldsOf } from "../src/features/compile";
import {
  ALL_LAYOUTS,
  encodingKey,
  FEATURE_DEFINITIONS,
  FEATURE_NAMES,
  findSysReg,
  ID_REGISTER_ENCODINGS,
  ID_REGISTER_NAMES,
  ID_SPACE_KEYS,
  idField,
  idRegisterLayout,
  UnknownIdFieldError,
  UnknownIdRegisterError,
} from "../src/index";
import { FEATURE_DISCOVERY_LAYOUTS, ID_REGISTER_LAYOUTS } from "../src/registers/layouts/id-registers";

const mask = (msb: number, lsb: number) => ((1n << BigInt(msb - lsb + 1)) - 1n) << BigInt(lsb);

describe("ID register layouts", () => {
  it("exist for exactly the allocated registers of the ID space", () => {
    expect([...ID_REGISTER_NAMES].sort()).toEqual(ID_REGISTER_ENCODINGS.map((r) => r.name).sort());
    for (const name of ["ID_AA64PFR2_EL1", "ID_AA64ISAR3_EL1", "ID_AA64MMFR4_EL1", "ID_AA64FPFR0_EL1", "MVFR2_EL1"]) {
      expect(ID_REGISTER_NAMES).toContain(name);
    }
  });

  it("are part of ALL_LAYOUTS", () => {
    for (const l of ID_REGISTER_LAYOUTS) expect(ALL_LAYOUTS).toContain(l);
  });

  it("have fields that fit 64 bits, never overlap, and with RES0/RES1 bits partition what they cover", () => {
    for (const l of [...ID_REGISTER_LAYOUTS, ...FEATURE_DISCOVERY_LAYOUTS]) {
      let seen = l.res0 | l.res1;
      expect(l.res0 & l.res1, l.register).toBe(0n);
      for (const f of l.fields) {
        expect(f.lsb, `${l.register}.${f.name}`).toBeGreaterThanOrEqual(0);
        expect(f.msb, `${l.register}.${f.name}`).toBeLessThan(64);
        expect(f.msb).toBeGreaterThanOrEqual(f.lsb);
        expect(seen & mask(f.msb, f.lsb), `${l.register}.${f.name} overlaps`).toBe(0n);
        seen |= mask(f.msb, f.lsb);
      }
    }
  });

  it("resolve every ID register field that a Features.json condition reads, at Arm's bit position", () => {
    const references = new Set<string>();
    for (const name of FEATURE_NAMES) {
      for (const r of FEATURE_DEFINITIONS[name]!.idRules) for (const f of fieldsOf(r.condition)) references.add(f);
    }
    expect(references.size).toBeGreaterThan(250);
    for (const ref of references) {
      const [register, field] = ref.split(".") as [string, string];
      expect(() => idField(register, field), ref).not.toThrow();
      expect(idField(register, field).name).toBe(field);
    }
    const fpmr = idField("ID_AA64PFR2_EL1", "FPMR");
    expect([fpmr.msb, fpmr.lsb]).toEqual([35, 32]);
    const tgran4 = idField("ID_AA64MMFR0_EL1", "TGran4");
    expect([tgran4.msb, tgran4.lsb, tgran4.signed]).toEqual([31, 28, true]);
    const f8cvt = idField("ID_AA64FPFR0_EL1", "F8CVT");
    expect([f8cvt.msb, f8cvt.lsb]).toEqual([31, 31]);
  });

  it("reject unknown registers and fields with typed errors", () => {
    expect(() => idRegisterLayout("ID_AA64PFR9_EL1")).toThrow(UnknownIdRegisterError);
    expect(() => idField("ID_AA64PFR2_EL1", "FPMRR")).toThrow(UnknownIdFieldError);
    expect(() => idField("ID_AA64PFR2_EL1", "FPMRR")).toThrow(/ID_AA64PFR2_EL1 has no field 'FPMRR'/);
  });
});

describe("ID register encodings", () => {
  it("sit in op0=3, op1 in {0,1,3}, CRn=0 and match their keys", () => {
    for (const r of ID_REGISTER_ENCODINGS) {
      expect(r.encoding.op0).toBe(3);
      expect([0, 1, 3]).toContain(r.encoding.op1);
      expect(r.encoding.crn).toBe(0);
      expect(r.key).toBe(encodingKey(r.encoding));
      expect(ID_SPACE_KEYS).toContain(r.key);
    }
    expect(ID_REGISTER_ENCODINGS.find((r) => r.name === "ID_AA64PFR2_EL1")!.key).toBe(0xc022);
    expect(ID_REGISTER_ENCODINGS.find((r) => r.name === "CTR_EL0")!.key).toBe(0xd801);
    expect(new Set(ID_REGISTER_ENCODINGS.map((r) => r.key)).size).toBe(ID_REGISTER_ENCODINGS.length);
  });

  it("cover the 192 registers of KVM_ARM_GET_REG_WRITABLE_MASKS", () => {
    expect(ID_SPACE_KEYS).toHaveLength(192);
    expect(new Set(ID_SPACE_KEYS).size).toBe(192);
  });
});

describe("ID register encodings against the LLVM-derived catalogue", () => {
  it("agree with SYSREG_CATALOGUE for every ID register LLVM names", () => {
    let named = 0;
    for (const r of ID_REGISTER_ENCODINGS) {
      const entry = findSysReg(r.name);
      if (entry === undefined) continue;
      named++;
      expect(entry.key, r.name).toBe(r.key);
    }
    expect(named).toBeGreaterThanOrEqual(45);
  });
});
