import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkIdRegisterWrite,
  fieldSafety,
  ID_REGISTER_NAMES,
  IdValueRangeError,
  idField,
  idRegisterLayout,
  isSafeRestriction,
  readField,
  UnsafeIdRegisterWriteError,
  writableMask,
  writeField,
} from "../src/index";

const FPMR = 0xfn << 32n;

describe("safe-value rules of ID fields", () => {
  it("treat FPMR as lower-safe: a VM may drop it, never gain it", () => {
    expect(fieldSafety("ID_AA64PFR2_EL1", "FPMR")).toEqual({ rule: "lower", signed: false, safeValue: 0 });
    expect(isSafeRestriction("ID_AA64PFR2_EL1", "FPMR", 1, 0)).toBe(true);
    expect(isSafeRestriction("ID_AA64PFR2_EL1", "FPMR", 0, 1)).toBe(false);
  });

  it("read signed fields as two's complement: FP=0xF (not implemented) is below FP=0", () => {
    expect(isSafeRestriction("ID_AA64PFR0_EL1", "FP", 0, 0xf)).toBe(true);
    expect(isSafeRestriction("ID_AA64PFR0_EL1", "FP", 1, 0)).toBe(true);
    expect(isSafeRestriction("ID_AA64PFR0_EL1", "FP", 0xf, 0)).toBe(false);
  });

  it("accept only the host's or the safe value for exact fields", () => {
    expect(isSafeRestriction("ID_AA64MMFR0_EL1", "TGran4_2", 2, 1)).toBe(true);
    expect(isSafeRestriction("ID_AA64MMFR0_EL1", "TGran4_2", 2, 0)).toBe(false);
    expect(isSafeRestriction("ID_AA64ISAR1_EL1", "APA", 5, 0)).toBe(true);
    expect(isSafeRestriction("ID_AA64ISAR1_EL1", "APA", 5, 3)).toBe(false);
  });

  it("accept claiming more SErrors (SpecSEI is higher-safe)", () => {
    expect(isSafeRestriction("ID_AA64MMFR1_EL1", "SpecSEI", 0, 1)).toBe(true);
    expect(isSafeRestriction("ID_AA64MMFR1_EL1", "SpecSEI", 1, 0)).toBe(false);
  });

  it("accept zero or a larger writeback granule for CWG (higher-or-zero-safe)", () => {
    expect(isSafeRestriction("CTR_EL0", "CWG", 4, 0)).toBe(true);
    expect(isSafeRestriction("CTR_EL0", "CWG", 4, 5)).toBe(true);
    expect(isSafeRestriction("CTR_EL0", "CWG", 4, 3)).toBe(false);
    expect(isSafeRestriction("CTR_EL0", "CWG", 0, 3)).toBe(false);
  });

  it("treat PMUVer and DebugVer as unsigned lower-safe, as KVM forces for userspace", () => {
    expect(fieldSafety("ID_AA64DFR0_EL1", "PMUVer")).toMatchObject({ rule: "lower", signed: false });
    expect(isSafeRestriction("ID_AA64DFR0_EL1", "DebugVer", 9, 6)).toBe(true);
  });

  it("are reflexive: the host's own value is always safe", () => {
    for (const register of ID_REGISTER_NAMES) {
      for (const f of idRegisterLayout(register).fields) {
        const width = Math.min(f.msb - f.lsb + 1, 16);
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 2 ** width - 1 }), (v) => isSafeRestriction(register, f.name, v, v)),
          { numRuns: 5 },
        );
      }
    }
  });

  it("make lower-safe unsigned fields accept exactly the values up to the host's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (host, proposed) => {
        expect(isSafeRestriction("ID_AA64ISAR0_EL1", "AES", host, proposed)).toBe(proposed <= host);
      }),
    );
  });

  it("make lower-safe signed fields order 0xF below 0..7", () => {
    const asSigned = (v: number) => (v >= 8 ? v - 16 : v);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (host, proposed) => {
        expect(isSafeRestriction("ID_AA64MMFR0_EL1", "TGran4", host, proposed)).toBe(
          asSigned(proposed) <= asSigned(host),
        );
      }),
    );
  });

  it("reject a value that does not fit the field with a typed error", () => {
    expect(() => isSafeRestriction("ID_AA64PFR2_EL1", "FPMR", 0, 16)).toThrow(IdValueRangeError);
  });
});

describe("writable masks", () => {
  it("make ID_AA64PFR2_EL1 writable in FPMR, MTEFAR and MTESTOREONLY only", () => {
    expect(writableMask("ID_AA64PFR2_EL1")).toBe(FPMR | 0xf00n | 0xf0n);
  });

  it("keep MIDR_EL1 read-only unless the implementation-ID capability is enabled", () => {
    expect(writableMask("MIDR_EL1")).toBe(0n);
    expect(writableMask("MIDR_EL1", { implementationIdsWritable: true })).toBe((1n << 64n) - 1n);
  });

  it("leave SVE, FP and AdvSIMD out of ID_AA64PFR0_EL1's mask", () => {
    const mask = writableMask("ID_AA64PFR0_EL1");
    for (const f of ["SVE", "FP", "AdvSIMD", "AMU", "MPAM", "RAS"]) {
      const field = idField("ID_AA64PFR0_EL1", f);
      expect(readField(mask, field), f).toBe(0n);
    }
    expect(readField(mask, idField("ID_AA64PFR0_EL1", "EL1"))).toBe(0xfn);
  });
});

describe("checkIdRegisterWrite", () => {
  const host = writeField(writeField(0n, idField("ID_AA64PFR2_EL1", "FPMR"), 1), idField("ID_AA64PFR2_EL1", "UINJ"), 1);

  it("accepts hiding FPMR from a VM whose host has it", () => {
    expect(() => checkIdRegisterWrite("ID_AA64PFR2_EL1", host, host & ~FPMR)).not.toThrow();
  });

  it("refuses advertising FPMR beyond the host, naming the field", () => {
    const err = (() => {
      try {
        checkIdRegisterWrite("ID_AA64PFR2_EL1", 0n, 1n << 32n);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnsafeIdRegisterWriteError);
    expect(err).toMatchObject({ code: "UNSAFE_ID_WRITE", field: "FPMR", reason: "unsafe-value" });
  });

  it("refuses changing a field outside the writable mask", () => {
    expect(() => checkIdRegisterWrite("ID_AA64PFR2_EL1", host, host & ~(0xfn << 16n))).toThrow(
      expect.objectContaining({ field: "UINJ", reason: "not-writable" }),
    );
  });

  it("refuses setting bits that belong to no field", () => {
    expect(() => checkIdRegisterWrite("ID_AA64PFR2_EL1", host, host | (1n << 63n))).toThrow(
      expect.objectContaining({ field: "", reason: "reserved-bits" }),
    );
  });

  it("accepts every lowering of writable lower-safe fields (property)", () => {
    const register = "ID_AA64ISAR0_EL1";
    const fields = idRegisterLayout(register).fields;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: fields.length, maxLength: fields.length }),
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: fields.length, maxLength: fields.length }),
        (hostFields, cuts) => {
          let hostValue = 0n;
          let proposed = 0n;
          fields.forEach((f, i) => {
            hostValue = writeField(hostValue, f, hostFields[i]!);
            proposed = writeField(proposed, f, Math.min(hostFields[i]!, cuts[i]!));
          });
          checkIdRegisterWrite(register, hostValue, proposed);
          const raised = fields.findIndex((_, i) => hostFields[i]! < 15);
          if (raised >= 0) {
            const f = fields[raised]!;
            const bad = writeField(hostValue, f, hostFields[raised]! + 1);
            expect(() => checkIdRegisterWrite(register, hostValue, bad)).toThrow(
              expect.objectContaining({ field: f.name }),
            );
          }
        },
      ),
    );
  });

  it("rejects values that are not 64-bit unsigned", () => {
    expect(() => checkIdRegisterWrite("ID_AA64PFR2_EL1", 0n, -1n)).toThrow(IdValueRangeError);
  });
});

describe("every field of every ID register, as KVM's set_id_regs selftest walks them", () => {
  const all = (w: number) => (1 << Math.min(w, 30)) - 1;

  it("accepts the host's own value, refuses changing a read-only field, and takes a lower value where lower-safe", () => {
    let writableFields = 0;
    for (const register of ID_REGISTER_NAMES) {
      const layout = idRegisterLayout(register);
      const mask = writableMask(register);
      for (const f of layout.fields) {
        const width = f.msb - f.lsb + 1;
        const host = writeField(0n, f, f.signed === true ? 1 : Math.min(2, all(width)));
        expect(() => checkIdRegisterWrite(register, host, host)).not.toThrow();
        const changed = writeField(host, f, 0);
        const bits = ((1n << BigInt(width)) - 1n) << BigInt(f.lsb);
        if ((mask & bits) !== bits) {
          expect(() => checkIdRegisterWrite(register, host, changed), `${register}.${f.name}`).toThrow(
            expect.objectContaining({ field: f.name, reason: "not-writable" }),
          );
          continue;
        }
        writableFields++;
        const rule = fieldSafety(register, f.name).rule;
        if (rule === "lower" || rule === "any")
          expect(() => checkIdRegisterWrite(register, host, changed)).not.toThrow();
        if (rule === "lower" && width < 30) {
          const raised = writeField(host, f, f.signed === true ? 2 : Math.min(3, all(width)));
          if (raised !== host) {
            expect(() => checkIdRegisterWrite(register, host, raised), `${register}.${f.name}`).toThrow(
              expect.objectContaining({ field: f.name, reason: "unsafe-value" }),
            );
          }
        }
      }
    }
    expect(writableFields).toBeGreaterThan(97);
  });
});
