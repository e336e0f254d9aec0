/**
 * SVE through ONE_REG at every vector length, as KVM defines it: Z in 2048-bit slices
 * (KVM_REG_ARM64_SVE_ZREG(n, i), KVM_REG_SIZE_U2048), P and FFR in 256-bit slices, one slice up to
 * VL 2048; bits beyond the VL read as zero and are ignored on write; bad IDs change nothing.
 */
import { VectorLengthSet } from "@a64vm/fpstate";
import { describe, expect, it } from "vitest";
import {
  formatRegId,
  InvalidRegisterValueError,
  KVM_REG_ARM64,
  KvmRegClass,
  KvmRegSize,
  SveReg,
  UnknownRegisterError,
  Vm,
} from "../src/index";

/** A vCPU on `max` (SVE at 128..2048) initialised with SVE at maximum `vl` and finalized. */
function sveVcpu(vl: number) {
  const vcpu = Vm.create("max").createVcpu();
  vcpu.vcpuInit({ sve: true });
  vcpu.setOneReg(SveReg.VLS, BigInt(VectorLengthSet.powersOfTwoUpTo(vl).mask));
  vcpu.finalize("sve");
  return vcpu;
}

/** A value of `bits` bits with every byte different (byte i = i + seed). */
const pattern = (bits: number, seed: number) => {
  let v = 0n;
  for (let i = bits / 8 - 1; i >= 0; i--) v = (v << 8n) | BigInt((i + seed) & 0xff);
  return v;
};

describe("register IDs are KVM's", () => {
  it("Z is U2048 at index n << 5 | slice, P is U256 at 0x400, FFR at 0x600, VLS is U512 at 0xffff", () => {
    expect(formatRegId(SveReg.z(0))).toBe("0x6080000000150000");
    expect(formatRegId(SveReg.z(31))).toBe("0x60800000001503e0");
    expect(formatRegId(SveReg.p(15))).toBe("0x60500000001505e0");
    expect(formatRegId(SveReg.ffr())).toBe("0x6050000000150600");
    expect(formatRegId(SveReg.VLS)).toBe("0x606000000015ffff");
  });
});

describe.each([128, 256, 512, 2048])("SVE ONE_REG at VL %i", (vl) => {
  it("lists exactly Z0-Z31, P0-P15, FFR (one slice) and SVE_VLS", () => {
    const vcpu = sveVcpu(vl);
    const sve = vcpu.regList().filter((id) => (id & 0xffff_0000n) === KvmRegClass.SVE);
    const expected = [
      ...Array.from({ length: 32 }, (_, n) => SveReg.z(n)),
      ...Array.from({ length: 16 }, (_, n) => SveReg.p(n)),
      SveReg.ffr(),
      SveReg.VLS,
    ].sort((a, b) => (a < b ? -1 : 1));
    expect(sve).toEqual(expected);
    expect(vcpu.getOneReg(SveReg.VLS)).toBe(BigInt(VectorLengthSet.powersOfTwoUpTo(vl).mask));
  });

  it("round-trips Z, P and FFR over the whole VL; bits beyond it read as zero", () => {
    const vcpu = sveVcpu(vl);
    const z = pattern(vl, 1);
    const p = pattern(vl / 8, 7);
    vcpu.setOneReg(SveReg.z(5), z | (vl < 2048 ? 1n << 2047n : 0n));
    vcpu.setOneReg(SveReg.p(3), p);
    vcpu.setOneReg(SveReg.ffr(), p ^ 1n);
    expect(vcpu.getOneReg(SveReg.z(5))).toBe(z);
    expect(vcpu.getOneReg(SveReg.p(3))).toBe(p);
    expect(vcpu.getOneReg(SveReg.ffr())).toBe(p ^ 1n);
    expect(vcpu.getOneReg(SveReg.z(4))).toBe(0n);
  });

  it("refuses a second slice, a wrong size and an oversized value with typed errors, changing nothing", () => {
    const vcpu = sveVcpu(vl);
    const z = pattern(vl, 3);
    vcpu.setOneReg(SveReg.z(9), z);
    expect(() => vcpu.setOneReg(SveReg.z(9, 1), 1n)).toThrow(UnknownRegisterError);
    expect(() => vcpu.getOneReg(SveReg.p(0, 1))).toThrow(UnknownRegisterError);
    const zAsU256 = KVM_REG_ARM64 | (KvmRegSize.U256 << 52n) | KvmRegClass.SVE | (9n << 5n);
    expect(() => vcpu.setOneReg(zAsU256, 1n)).toThrow(UnknownRegisterError);
    expect(() => vcpu.setOneReg(SveReg.z(9), 1n << 2048n)).toThrow(InvalidRegisterValueError);
    expect(() => vcpu.setOneReg(SveReg.p(0), 1n << 256n)).toThrow(InvalidRegisterValueError);
    expect(() => vcpu.getOneReg(KVM_REG_ARM64 | (KvmRegSize.U256 << 52n) | KvmRegClass.SVE | 0x620n)).toThrow(
      UnknownRegisterError,
    );
    expect(vcpu.getOneReg(SveReg.z(9))).toBe(z);
  });
});
