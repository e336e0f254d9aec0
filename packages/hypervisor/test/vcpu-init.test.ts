/**
 * KVM_ARM_VCPU_INIT and KVM_ARM_VCPU_FINALIZE: a vCPU feature left out is hidden as KVM hides it
 * (ID fields read 0 and cannot be written back, dependants go, registers leave the list, the
 * guest's accesses UNDEF), every vCPU has the same features, and SVE waits for finalize.
 */
import { TrapAction } from "@a64vm/cpu";
import { VectorLengthSet } from "@a64vm/fpstate";
import { idField, lookupSysReg, readField } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import {
  FwReg,
  InvalidRegisterValueError,
  InvalidVcpuFeaturesError,
  migrateMachine,
  PsciFirmware,
  PsciFunction,
  PsciReturn,
  SveReg,
  sysRegId,
  UnknownRegisterError,
  VcpuFinalizeError,
  VirtMachine,
  Vm,
  VmTrapPolicy,
} from "../src/index";

const ALL = { pmu: true, sve: true, sme: true, pointerAuth: true } as const;
const idOf = (name: string) => sysRegId(lookupSysReg(name).encoding);
const field = (vm: Vm, register: string, name: string) =>
  readField(vm.idRegisters.get(lookupSysReg(register).key), idField(register, name));

/** A VM on `max` whose first vCPU is initialised with `features`, SVE/SME finalized at the host's lengths. */
function initialised(features: Parameters<ReturnType<Vm["createVcpu"]>["vcpuInit"]>[0]) {
  const vm = Vm.create("max");
  const vcpu = vm.createVcpu();
  vcpu.vcpuInit(features);
  if (features.sve === true) vcpu.finalize("sve");
  if (features.sme === true) vcpu.finalize("sme");
  return { vm, vcpu };
}

const guestAccess = (vm: Vm, register: string) =>
  new VmTrapPolicy(vm).systemRegister(lookupSysReg(register).key, true, 1);

describe("a vCPU feature left out of KVM_ARM_VCPU_INIT is hidden as KVM hides it", () => {
  const cases = [
    {
      feature: "sve",
      fields: [["ID_AA64PFR0_EL1", "SVE"]],
      gone: ["FEAT_SVE", "FEAT_SVE2"],
      register: "ZCR_EL1",
    },
    {
      feature: "sme",
      fields: [["ID_AA64PFR1_EL1", "SME"]],
      gone: ["FEAT_SME", "FEAT_SME2"],
      register: "SMCR_EL1",
    },
    {
      feature: "pmu",
      fields: [["ID_AA64DFR0_EL1", "PMUVer"]],
      gone: ["FEAT_PMUv3", "FEAT_PMUv3p1"],
      register: "PMCR_EL0",
    },
    {
      feature: "pointerAuth",
      fields: [
        ["ID_AA64ISAR1_EL1", "APA"],
        ["ID_AA64ISAR1_EL1", "API"],
        ["ID_AA64ISAR1_EL1", "GPA"],
        ["ID_AA64ISAR1_EL1", "GPI"],
        ["ID_AA64ISAR2_EL1", "APA3"],
        ["ID_AA64ISAR2_EL1", "GPA3"],
      ],
      gone: ["FEAT_PAuth", "FEAT_PAuth2", "FEAT_FPAC"],
      register: "APIAKEYLO_EL1",
    },
  ] as const;

  for (const c of cases) {
    it(`without ${c.feature}: ${c.fields.map((f) => f.join(".")).join(", ")} read 0, ${c.register} is gone and UNDEFs`, () => {
      const full = initialised(ALL);
      expect(full.vm.features.has(c.gone[0])).toBe(true);
      expect(full.vcpu.regList()).toContain(idOf(c.register));
      expect(guestAccess(full.vm, c.register)).toBe(TrapAction.ALLOW);

      const { vm, vcpu } = initialised({ ...ALL, [c.feature]: false });
      for (const [register, name] of c.fields) expect(field(vm, register, name)).toBe(0n);
      for (const f of c.gone) expect(vm.features.has(f)).toBe(false);
      expect(vcpu.regList()).not.toContain(idOf(c.register));
      expect(() => vcpu.getOneReg(idOf(c.register))).toThrow(UnknownRegisterError);
      expect(guestAccess(vm, c.register)).toBe(TrapAction.UNDEF);
      // The limit dropped too: userspace cannot write the field back up.
      const [register] = c.fields[0];
      const hostValue = full.vm.idRegisters.get(lookupSysReg(register).key);
      expect(() => vcpu.setOneReg(idOf(register), hostValue)).toThrow(InvalidRegisterValueError);
    });
  }

  it("SVE off clears ID_AA64ZFR0_EL1 but for the views of BF16 and I8MM, which stay, as SME and FP8 do", () => {
    const { vm, vcpu } = initialised({ pmu: true, sme: true });
    for (const f of ["SVEver", "F64MM", "F32MM", "AES", "SHA3", "SM4", "BitPerm"]) {
      expect(field(vm, "ID_AA64ZFR0_EL1", f)).toBe(0n);
    }
    expect(field(vm, "ID_AA64ZFR0_EL1", "BF16")).toBe(field(vm, "ID_AA64ISAR1_EL1", "BF16"));
    for (const f of ["FEAT_BF16", "FEAT_I8MM", "FEAT_SME", "FEAT_FP8"]) expect(vm.features.has(f)).toBe(true);
    expect(vcpu.regList()).not.toContain(SveReg.VLS);
    expect(() => vcpu.getOneReg(SveReg.z(0))).toThrow(UnknownRegisterError);
  });

  it("`-SVE` as a feature change goes the same way", () => {
    const vm = Vm.create("max");
    const result = vm.restrictFeatures("-SVE,-PAuth");
    expect(result.features.has("FEAT_SVE")).toBe(false);
    expect(result.features.has("FEAT_PAuth")).toBe(false);
    expect(result.unwritable).not.toContain("ID_AA64PFR0_EL1");
    expect(result.unwritable).not.toContain("ID_AA64ISAR1_EL1");
    expect(field(vm, "ID_AA64PFR0_EL1", "SVE")).toBe(0n);
    const vcpu = vm.createVcpu();
    expect(vcpu.regList()).not.toContain(SveReg.z(0));
    expect(() => vcpu.vcpuInit(ALL)).toThrow("sve, pointerAuth was hidden from this VM");
  });

  it("a refused change hides nothing, not even the vCPU features it names", () => {
    const vm = Vm.create("max");
    const version = vm.idRegisters.version;
    expect(() => vm.restrictFeatures("-SVE,+NO_SUCH_FEATURE")).toThrow();
    vm.createVcpu().vcpuInit({ sve: true, pmu: true });
    expect(() => vm.restrictFeatures("-SVE")).toThrow(InvalidVcpuFeaturesError);
    expect(vm.hidesVcpuFeature("sve")).toBe(false);
    expect(field(vm, "ID_AA64PFR0_EL1", "SVE")).not.toBe(0n);
    expect(vm.idRegisters.version).toBeGreaterThan(version); // vcpuInit hid SME and pointer auth
  });

  it("a vCPU feature that goes with what it depends on is hidden the same way (-FP takes SVE and SME)", () => {
    const vm = Vm.create("max");
    vm.restrictFeatures("-FP");
    expect(field(vm, "ID_AA64PFR0_EL1", "SVE")).toBe(0n);
    expect(field(vm, "ID_AA64PFR1_EL1", "SME")).toBe(0n);
    expect(vm.hidesVcpuFeature("sve")).toBe(true);
    expect(vm.hidesVcpuFeature("pmu")).toBe(false);
  });
});

describe("migration of a VM without some vCPU features", () => {
  it("initialises the destination without them, so it takes the ID registers and the same feature set", () => {
    const source = VirtMachine.create("max", { features: "-SVE,-PAuth" }, () => {});
    const moved = migrateMachine(source, "max", () => {}).machine;
    expect(moved.vm.features.equals(source.vm.features)).toBe(true);
    expect(moved.vm.hidesVcpuFeature("sve") && moved.vm.hidesVcpuFeature("pointerAuth")).toBe(true);
    expect(field(moved.vm, "ID_AA64PFR0_EL1", "SVE")).toBe(0n);
  });
});

describe("KVM_ARM_VCPU_INIT rules", () => {
  it("refuses address-only pointer authentication and a feature the host lacks, changing nothing", () => {
    const vm = Vm.create("max");
    const vcpu = vm.createVcpu();
    const version = vm.idRegisters.version;
    expect(() => vcpu.vcpuInit({ pointerAuth: { address: true, generic: false } })).toThrow(InvalidVcpuFeaturesError);
    expect(() => Vm.create("cortex-a72").createVcpu().vcpuInit({ sve: true })).toThrow(
      "the host does not implement FEAT_SVE",
    );
    expect(vm.idRegisters.version).toBe(version);
    expect(vm.vcpuFeatures).toBeNull();
  });

  it("gives every vCPU the same features: a different set is refused, a later vCPU inherits them", () => {
    const vm = Vm.create("max");
    vm.createVcpu().vcpuInit({ pmu: true });
    const second = vm.createVcpu();
    expect(() => second.vcpuInit({ pmu: false })).toThrow(InvalidVcpuFeaturesError);
    second.vcpuInit({ pmu: true });
    const third = vm.createVcpu();
    expect(third.features).toEqual({ psciVersion: "1.1", pmu: true, sve: false, sme: false, pointerAuth: false });
    expect(third.hasPmu).toBe(true);
  });

  it("reports the PSCI version asked for, and PSCI 0.2 has no PSCI_FEATURES", () => {
    const { vcpu } = initialised({ psciVersion: "0.2" });
    expect(vcpu.getOneReg(FwReg.PSCI_VERSION)).toBe(2n);
    const firmware = new PsciFirmware([0n]);
    const call = (fn: number, version: number) => firmware.call(0, BigInt(fn), 0n, 0n, 0n, version).x0;
    expect(call(PsciFunction.VERSION, 2)).toBe(2n);
    expect(call(PsciFunction.FEATURES, 2)).toBe(BigInt.asUintN(64, BigInt(PsciReturn.NOT_SUPPORTED)));
    expect(call(PsciFunction.VERSION, 0x1_0000)).toBe(0x1_0000n);
  });
});

describe("KVM_ARM_VCPU_FINALIZE", () => {
  it("SVE registers, the register list and KVM_RUN wait for finalize; SVE_VLS is fixed by it", () => {
    const vm = Vm.create("max");
    const vcpu = vm.createVcpu();
    vcpu.vcpuInit({ sve: true });
    expect(vcpu.getOneReg(SveReg.VLS)).toBe(BigInt(vm.host.sveLengths.mask));
    expect(() => vcpu.getOneReg(SveReg.z(0))).toThrow(VcpuFinalizeError);
    expect(() => vcpu.regList()).toThrow(VcpuFinalizeError);
    expect(() => vcpu.run(1)).toThrow(VcpuFinalizeError);
    vcpu.setOneReg(SveReg.VLS, 0b1011n); // 128, 256, 512: every host length up to 512
    vcpu.finalize("sve");
    expect(vcpu.sveVectorLengths().max).toBe(512);
    expect(() => vcpu.setOneReg(SveReg.VLS, 0b11n)).toThrow(VcpuFinalizeError);
    expect(() => vcpu.finalize("sve")).toThrow(VcpuFinalizeError);
    expect(() => vcpu.finalize("sme")).toThrow(InvalidVcpuFeaturesError);
  });

  it("SME's streaming vector lengths follow the same rules and are fixed by finalize(sme)", () => {
    const vm = Vm.create("max");
    const vcpu = vm.createVcpu();
    vcpu.vcpuInit({ sve: true, sme: true });
    expect(vcpu.smeVectorLengths().max).toBe(2048);
    expect(() => vcpu.setSmeVectorLengths(VectorLengthSet.of(128, 512))).toThrow(InvalidRegisterValueError);
    vcpu.setSmeVectorLengths(VectorLengthSet.powersOfTwoUpTo(256));
    vcpu.finalize("sve");
    expect(() => vcpu.regList()).toThrow("KVM_ARM_VCPU_FINALIZE(sme)");
    vcpu.finalize("sme");
    expect(vcpu.smeVectorLengths().lengths()).toEqual([128, 256]);
    expect(() => vcpu.setSmeVectorLengths(VectorLengthSet.of(128))).toThrow(VcpuFinalizeError);
    expect(vcpu.regList()).toContain(sysRegId(lookupSysReg("SMCR_EL1").encoding));
  });

  it("SVE_VLS must be the host's lengths up to its maximum; a refused set changes nothing", () => {
    const vcpu = Vm.create("max").createVcpu();
    vcpu.vcpuInit({ sve: true });
    const before = vcpu.getOneReg(SveReg.VLS);
    expect(() => vcpu.setOneReg(SveReg.VLS, 0b101n)).toThrow(InvalidRegisterValueError); // 128 and 384
    expect(() => vcpu.setOneReg(SveReg.VLS, 0n)).toThrow(InvalidRegisterValueError);
    expect(() => vcpu.setOneReg(SveReg.VLS, 1n << 16n)).toThrow(InvalidRegisterValueError);
    expect(vcpu.getOneReg(SveReg.VLS)).toBe(before);
    const v2 = Vm.create("neoverse-v1").createVcpu();
    v2.vcpuInit({ sve: true });
    expect(() => v2.setSveVectorLengths(VectorLengthSet.powersOfTwoUpTo(512))).toThrow(InvalidRegisterValueError);
  });
});
