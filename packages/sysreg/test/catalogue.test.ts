import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodingKey,
  FeatureSet,
  findSysReg,
  findSysRegByEncoding,
  formatGenericName,
  InvalidEncodingError,
  lookupSysReg,
  parseSysRegEncoding,
  SYSREG_CATALOGUE,
  SysregError,
  sysRegsAtKey,
  UnknownSysRegError,
} from "../src/index";

describe("system-register catalogue", () => {
  it("holds every register LLVM 22 names, each name once", () => {
    expect(SYSREG_CATALOGUE.length).toBeGreaterThan(1500);
    const names = new Set(SYSREG_CATALOGUE.map((r) => r.name));
    expect(names.size).toBe(SYSREG_CATALOGUE.length);
  });

  it("describes FPMR as encoding 3,3,4,4,2 (KVM index 0xDA22), read-write from EL0, needing FEAT_FPMR", () => {
    const fpmr = lookupSysReg("FPMR");
    expect(fpmr.encoding).toEqual({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2 });
    expect(fpmr.key).toBe(0xda22);
    expect(fpmr.access).toBe("read-write");
    expect(fpmr.minEl).toBe(0);
    expect(fpmr.features).toEqual(["FEAT_FPMR"]);
    expect(fpmr.named).toBe(true);
  });

  it("derives the lowest EL from the architecture", () => {
    expect(lookupSysReg("SCTLR_EL1").minEl).toBe(1);
    expect(lookupSysReg("HCR_EL2").minEl).toBe(2);
    expect(lookupSysReg("SCR_EL3").minEl).toBe(3);
    expect(lookupSysReg("TPIDR_EL0").minEl).toBe(0);
    expect(lookupSysReg("CNTVCT_EL0").minEl).toBe(0);
    expect(lookupSysReg("NZCV").minEl).toBe(0);
    expect(lookupSysReg("FPCR").minEl).toBe(0);
    expect(lookupSysReg("SCTLR_EL12").minEl).toBe(2);
    expect(lookupSysReg("CNTV_CTL_EL02").minEl).toBe(2);
    expect(lookupSysReg("SP_EL0").minEl).toBe(1);
    expect(lookupSysReg("SP_EL1").minEl).toBe(2);
    expect(lookupSysReg("CURRENTEL").minEl).toBe(1);
  });

  it("records which of MRS and MSR LLVM accepts", () => {
    expect(lookupSysReg("MIDR_EL1").access).toBe("read");
    expect(lookupSysReg("OSLAR_EL1").access).toBe("write");
    expect(lookupSysReg("TPIDR_EL0").access).toBe("read-write");
  });

  it("records the features registers need, from LLVM's gates and the architecture", () => {
    expect(lookupSysReg("ZCR_EL1").features).toEqual(["FEAT_SVE"]);
    expect(lookupSysReg("SMCR_EL1").features).toEqual(["FEAT_SME"]);
    expect(lookupSysReg("HCRX_EL2").features).toEqual(["FEAT_HCX"]);
    expect(lookupSysReg("RNDR").features).toEqual(["FEAT_RNG"]);
    expect(lookupSysReg("TCR2_EL1").features).toEqual(["FEAT_TCR2"]);
    expect(lookupSysReg("GCSCR_EL1").features).toEqual(["FEAT_GCS"]);
    expect(lookupSysReg("MPAMSM_EL1").features).toEqual(["FEAT_MPAM", "FEAT_SME"]);
    expect(lookupSysReg("MIDR_EL1").features).toEqual([]);
  });

  it("requires no feature to read the ID space, where unallocated fields read as zero", () => {
    for (const r of SYSREG_CATALOGUE.filter((x) => (x.key & 0xffc0) === 0xc000)) expect(r.features).toEqual([]);
    expect(lookupSysReg("ID_AA64ZFR0_EL1").features).toEqual([]);
    expect(lookupSysReg("GMID_EL1").features).toEqual(["FEAT_MTE2"]);
  });

  it("names only real FEAT_* features", () => {
    for (const r of SYSREG_CATALOGUE) expect(() => FeatureSet.of(...r.features)).not.toThrow();
  });

  it("marks the Armv8-R registers LLVM also names", () => {
    expect(lookupSysReg("PRBAR_EL1").armv8rOnly).toBe(true);
    expect(lookupSysReg("SCTLR_EL1").armv8rOnly).toBe(false);
  });
});

describe("lookup", () => {
  it("finds a name in any case", () => {
    expect(findSysReg("fpmr")?.name).toBe("FPMR");
    expect(findSysReg(" Id_Aa64Pfr2_El1 ")?.name).toBe("ID_AA64PFR2_EL1");
  });

  it("accepts the generic spelling wherever a name is accepted", () => {
    expect(findSysReg("S3_3_C4_C4_2")?.name).toBe("FPMR");
    expect(findSysReg("s3_3_c4_c4_2")?.name).toBe("FPMR");
    expect(lookupSysReg("S3_3_C4_C4_2").name).toBe("FPMR");
    expect(parseSysRegEncoding("S3_0_C0_C4_2")).toEqual(lookupSysReg("ID_AA64PFR2_EL1").encoding);
  });

  it("finds a register by encoding or by encoding key", () => {
    expect(findSysRegByEncoding(0xda22)?.name).toBe("FPMR");
    expect(findSysRegByEncoding(0x1da22)).toBeUndefined();
    expect(findSysRegByEncoding(-1)).toBeUndefined();
    expect(findSysRegByEncoding({ op0: 3, op1: 0, crn: 1, crm: 0, op2: 0 })?.name).toBe("SCTLR_EL1");
    expect(findSysRegByEncoding({ op0: 3, op1: 7, crn: 15, crm: 15, op2: 7 })).toBeUndefined();
  });

  it("lists both names of an encoding whose read and write names differ", () => {
    const key = encodingKey({ op0: 2, op1: 3, crn: 0, crm: 5, op2: 0 });
    expect(sysRegsAtKey(key).map((r) => [r.name, r.access])).toEqual([
      ["DBGDTRRX_EL0", "read"],
      ["DBGDTRTX_EL0", "write"],
    ]);
  });

  it("round-trips every register through its generic spelling and its key", () => {
    for (const r of SYSREG_CATALOGUE) {
      expect(sysRegsAtKey(r.key)).toContain(r);
      expect(findSysReg(formatGenericName(r.encoding))?.key).toBe(r.key);
      expect(findSysReg(r.name.toLowerCase())).toBe(r);
    }
  });

  it("gives an unnamed entry for a generic spelling of an IMPLEMENTATION DEFINED encoding", () => {
    const impdef = lookupSysReg("S3_7_C15_C15_7");
    expect(impdef).toMatchObject({ name: "S3_7_C15_C15_7", named: false, features: [], key: 0xffff });
    expect(impdef.encoding).toEqual({ op0: 3, op1: 7, crn: 15, crm: 15, op2: 7 });
  });

  it("rejects an unknown name with a typed error and a suggestion", () => {
    const attempt = () => lookupSysReg("SCTLR_EL4");
    expect(attempt).toThrow(UnknownSysRegError);
    expect(attempt).toThrow(SysregError);
    try {
      attempt();
    } catch (e) {
      expect((e as UnknownSysRegError).code).toBe("UNKNOWN_SYSREG");
      expect((e as UnknownSysRegError).suggestion).toMatch(/^SCTLR_EL[0-3]$/);
    }
    expect(() => lookupSysReg("FPMRR")).toThrow(/did you mean FPMR\?/);
    expect(() => lookupSysReg("SCTLR")).toThrow(/did you mean SCTLR_EL1\?/);
  });

  it("rejects generic spellings outside the MRS/MSR space", () => {
    expect(() => lookupSysReg("S1_0_C7_C5_0")).toThrow(InvalidEncodingError);
    expect(() => lookupSysReg("S3_8_C0_C0_0")).toThrow(UnknownSysRegError);
  });

  it("resolves any generic spelling to its own encoding (property)", () => {
    const field = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        field(7),
        field(15),
        field(15),
        field(7),
        (op0, op1, crn, crm, op2) => {
          const e = { op0, op1, crn, crm, op2 };
          const info = lookupSysReg(formatGenericName(e));
          expect(info.encoding).toEqual(e);
          expect(info.key).toBe(encodingKey(e));
        },
      ),
    );
  });
});
