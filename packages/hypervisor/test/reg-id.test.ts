import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CoreReg, decodeRegId, FwReg, formatRegId, regSizeBytes, SveReg, sysRegId } from "../src/index";

describe("KVM register IDs", () => {
  it("number core registers by their offset in struct kvm_regs / 4", () => {
    expect(formatRegId(CoreReg.x(0))).toBe("0x6030000000100000");
    expect(formatRegId(CoreReg.x(30))).toBe("0x603000000010003c");
    expect(formatRegId(CoreReg.sp)).toBe("0x603000000010003e");
    expect(formatRegId(CoreReg.pc)).toBe("0x6030000000100040");
    expect(formatRegId(CoreReg.pstate)).toBe("0x6030000000100042");
    expect(formatRegId(CoreReg.spEl1)).toBe("0x6030000000100044");
    expect(formatRegId(CoreReg.elrEl1)).toBe("0x6030000000100046");
    expect(formatRegId(CoreReg.spsr(0))).toBe("0x6030000000100048");
  });

  it("place the FP/SIMD registers after the 16-byte alignment padding of user_fpsimd_state", () => {
    expect(formatRegId(CoreReg.v(0))).toBe("0x6040000000100054");
    expect(formatRegId(CoreReg.v(31))).toBe("0x60400000001000d0");
    expect(formatRegId(CoreReg.fpsr)).toBe("0x60200000001000d4");
    expect(formatRegId(CoreReg.fpcr)).toBe("0x60200000001000d5");
  });

  it("number system registers by op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2 (FPMR is 0x603000000013DA22)", () => {
    expect(sysRegId({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2 })).toBe(0x6030_0000_0013_da22n);
    expect(sysRegId({ op0: 3, op1: 0, crn: 0, crm: 4, op2: 2 })).toBe(0x6030_0000_0013_c022n); // ID_AA64PFR2_EL1
  });

  it("number firmware and SVE registers as the KVM UAPI does", () => {
    expect(formatRegId(FwReg.PSCI_VERSION)).toBe("0x6030000000140000");
    expect(formatRegId(SveReg.z(0))).toBe("0x6080000000150000");
    expect(formatRegId(SveReg.z(31))).toBe("0x60800000001503e0");
    expect(formatRegId(SveReg.p(15))).toBe("0x60500000001505e0");
    expect(formatRegId(SveReg.ffr())).toBe("0x6050000000150600");
    expect(formatRegId(SveReg.VLS)).toBe("0x606000000015ffff");
    expect(regSizeBytes(SveReg.z(3))).toBe(256);
  });

  it("decode every well-formed ID back to what it names", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (key) => {
        const e = {
          op0: (key >> 14) & 3,
          op1: (key >> 11) & 7,
          crn: (key >> 7) & 15,
          crm: (key >> 3) & 15,
          op2: key & 7,
        };
        expect(decodeRegId(sysRegId(e))).toEqual({ kind: "sysreg", encoding: e });
      }),
    );
    expect(decodeRegId(CoreReg.v(7))).toEqual({ kind: "core", offset: 336 + 16 * 7, size: 16 });
    expect(decodeRegId(SveReg.p(3, 0))).toEqual({ kind: "sve-p", n: 3, slice: 0 });
  });

  it("reject IDs of another architecture, a wrong size for the class, or stray bits", () => {
    expect(decodeRegId(0x4030_0000_0013_da22n)).toBeNull(); // not arm64
    expect(decodeRegId(0x6020_0000_0013_da22n)).toBeNull(); // a 32-bit system register
    expect(decodeRegId(0x6030_0001_0013_da22n)).toBeNull(); // bits 32-51 set
    expect(decodeRegId(0x6030_0000_0099_0000n)).toBeNull(); // unknown class
  });
});
