/**
 * KVM-selftest-style checks of the userspace API: get-reg-list per feature set, set-id-regs for
 * every writable field, and ONE_REG access with typed errors that change nothing.
 */
import {
  encodingFromKey,
  ID_REGISTER_ENCODINGS,
  ID_SPACE_KEYS,
  idRegisterLayout,
  isSafeRestriction,
  readField,
  writableMask,
  writeField,
} from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import {
  CoreReg,
  FeatureNotOnHostError,
  FwReg,
  InvalidRegisterValueError,
  SveReg,
  sysRegId,
  UnknownRegisterError,
  Vm,
  VmBusyError,
} from "../src/index";

const fieldWidth = (f: { msb: number; lsb: number }) => f.msb - f.lsb + 1;
const FPMR = 0x6030_0000_0013_da22n;
const HCRX_EL2 = sysRegId({ op0: 3, op1: 4, crn: 1, crm: 2, op2: 2 });
const ZCR_EL1 = sysRegId({ op0: 3, op1: 0, crn: 1, crm: 2, op2: 0 });

describe("get-reg-list", () => {
  it("lists FPMR only when the VM has FEAT_FPMR", () => {
    const withFpmr = Vm.create("fujitsu-monaka");
    expect(withFpmr.features.has("FPMR")).toBe(true);
    expect(withFpmr.createVcpu().regList()).toContain(FPMR);
    expect(Vm.create("neoverse-v2").createVcpu().regList()).not.toContain(FPMR);
    const hidden = Vm.create("fujitsu-monaka");
    hidden.restrictFeatures("-FPMR");
    expect(hidden.createVcpu().regList()).not.toContain(FPMR);
  });

  it("lists SVE registers only with FEAT_SVE, and EL2 registers only for a nested VM", () => {
    const sve = Vm.create("neoverse-v2").createVcpu().regList();
    expect(sve).toContain(SveReg.z(31));
    expect(sve).toContain(ZCR_EL1);
    const noSve = Vm.create("cortex-a72").createVcpu().regList();
    expect(noSve).not.toContain(SveReg.z(0));
    expect(noSve).not.toContain(ZCR_EL1);
    expect(Vm.create("max").createVcpu().regList()).not.toContain(HCRX_EL2);
    expect(Vm.create("max", { nested: true }).createVcpu().regList()).toContain(HCRX_EL2);
  });

  it("always lists the core registers, all 192 ID-space registers and the PSCI version", () => {
    const list = Vm.create("cortex-a53").createVcpu().regList();
    expect(list).toContain(CoreReg.pc);
    expect(list).toContain(CoreReg.v(31));
    expect(list).toContain(FwReg.PSCI_VERSION);
    const idSpace = new Set(ID_SPACE_KEYS.map((key) => sysRegId(encodingFromKey(key))));
    expect(list.filter((id) => idSpace.has(id))).toHaveLength(192);
    expect([...list].sort((a, b) => (a < b ? -1 : 1))).toEqual(list);
  });
});

describe("FPMR and the features that depend on it", () => {
  it("hiding FPMR hides FP8 and what builds on it, and says so", () => {
    const vm = Vm.create("fujitsu-monaka");
    expect(vm.features.has("FP8")).toBe(true);
    const result = vm.restrictFeatures("-fpmr");
    expect(result.features.has("FEAT_FPMR")).toBe(false);
    expect(result.features.has("FEAT_FP8")).toBe(false);
    expect(result.alsoHidden).toContain("FEAT_FP8");
    const pfr2 = ID_REGISTER_ENCODINGS.find((r) => r.name === "ID_AA64PFR2_EL1")!;
    expect(
      readField(
        vm.idRegisters.get(pfr2.key),
        idRegisterLayout("ID_AA64PFR2_EL1").fields.find((f) => f.name === "FPMR")!,
      ),
    ).toBe(0n);
  });

  it("refuses a feature the host lacks, naming it", () => {
    const vm = Vm.create("cortex-a72");
    expect(() => vm.restrictFeatures("+FPMR")).toThrow(FeatureNotOnHostError);
    expect(() => vm.restrictFeatures("+FPMR")).toThrow("host cortex-a72 does not implement FEAT_FPMR");
  });

  it("makes FPMR unreachable through ONE_REG when hidden", () => {
    const vm = Vm.create("fujitsu-monaka");
    const vcpu = vm.createVcpu();
    vcpu.setOneReg(FPMR, 0x30041n);
    expect(vcpu.getOneReg(FPMR)).toBe(0x30041n);
    vm.restrictFeatures("-FPMR");
    expect(() => vcpu.getOneReg(FPMR)).toThrow(UnknownRegisterError);
    expect(() => vcpu.setOneReg(FPMR, 1n)).toThrow(UnknownRegisterError);
  });
});

describe("set-id-regs: every writable field of every ID register", () => {
  const host = "max";
  const fields = ID_REGISTER_ENCODINGS.flatMap((r) =>
    idRegisterLayout(r.name)
      .fields.filter((f) => {
        const bits = ((1n << BigInt(fieldWidth(f))) - 1n) << BigInt(f.lsb);
        return (writableMask(r.name) & bits) === bits;
      })
      .map((f) => ({ register: r, field: f })),
  );

  it("covers many fields", () => {
    expect(fields.length).toBeGreaterThan(90);
  });

  it("accepts a safe value, reads it back, and locks it after the first run", () => {
    for (const { register, field } of fields) {
      const vm = Vm.create(host);
      const vcpu = vm.createVcpu();
      const id = sysRegId(register.encoding);
      const original = vcpu.getOneReg(id);
      const hostField = readField(original, field);
      const max = (1n << BigInt(fieldWidth(field))) - 1n;
      let safe: bigint | null = null;
      for (let v = 0n; v <= max && safe === null; v++) {
        if (v !== hostField && isSafeRestriction(register.name, field.name, hostField, v)) safe = v;
      }
      if (safe === null) continue;
      const lowered = writeField(original, field, safe);
      vcpu.setOneReg(id, lowered);
      expect(vcpu.getOneReg(id), `${register.name}.${field.name}`).toBe(lowered);
      vm.markRun();
      expect(() => vcpu.setOneReg(id, original), `${register.name}.${field.name}`).toThrow(VmBusyError);
      vcpu.setOneReg(id, lowered); // the same value is accepted after the first run
      expect(vcpu.getOneReg(id)).toBe(lowered);
    }
  });

  it("rejects an unsafe value with EINVAL and leaves the register unchanged", () => {
    let rejected = 0;
    const vm = Vm.create("cortex-a53");
    const vcpu = vm.createVcpu();
    for (const { register, field } of fields) {
      const id = sysRegId(register.encoding);
      const original = vcpu.getOneReg(id);
      const max = (1n << BigInt(fieldWidth(field))) - 1n;
      const hostField = readField(original, field);
      const higher = field.signed === true ? null : hostField + 1n <= max ? hostField + 1n : null;
      if (higher === null || hostField === 0xfn) continue;
      const proposed = writeField(original, field, higher);
      try {
        vcpu.setOneReg(id, proposed);
      } catch (error) {
        expect(error, `${register.name}.${field.name}`).toBeInstanceOf(InvalidRegisterValueError);
        expect((error as InvalidRegisterValueError).code).toBe("EINVAL");
        rejected++;
      }
      if (vcpu.getOneReg(id) !== original) vcpu.setOneReg(id, original); // accepted as safe: put it back
      expect(vcpu.getOneReg(id)).toBe(original);
    }
    expect(rejected).toBeGreaterThan(50);
  });

  it("keeps written values across new vCPUs (ID registers are per VM)", () => {
    const vm = Vm.create("fujitsu-monaka");
    vm.restrictFeatures("-FPMR");
    const a = vm.createVcpu();
    const b = vm.createVcpu();
    const pfr2 = sysRegId(encodingFromKey(ID_REGISTER_ENCODINGS.find((r) => r.name === "ID_AA64PFR2_EL1")!.key));
    expect(b.getOneReg(pfr2)).toBe(a.getOneReg(pfr2));
    expect(b.regList()).not.toContain(FPMR);
  });
});

describe("ONE_REG access", () => {
  it("reads and writes core registers as struct kvm_regs lays them out", () => {
    const vcpu = Vm.create("neoverse-n1").createVcpu();
    vcpu.setOneReg(CoreReg.x(5), 0x1122_3344_5566_7788n);
    vcpu.setOneReg(CoreReg.pc, 0x4008_0000n);
    vcpu.setOneReg(CoreReg.v(3), (1n << 127n) | 5n);
    vcpu.setOneReg(CoreReg.spEl1, 0x4100_0000n);
    expect(vcpu.getOneReg(CoreReg.x(5))).toBe(0x1122_3344_5566_7788n);
    expect(vcpu.getOneReg(CoreReg.pc)).toBe(0x4008_0000n);
    expect(vcpu.getOneReg(CoreReg.v(3))).toBe((1n << 127n) | 5n);
    expect(vcpu.getOneReg(CoreReg.spEl1)).toBe(0x4100_0000n);
    expect(vcpu.getOneReg(CoreReg.pstate) & 0xfn).toBe(5n); // EL1h at reset
  });

  it("refuses malformed IDs, wrong sizes and oversized values with typed errors, changing nothing", () => {
    const vcpu = Vm.create("neoverse-n1").createVcpu();
    vcpu.setOneReg(CoreReg.x(1), 7n);
    expect(() => vcpu.getOneReg(0x1234n)).toThrow(UnknownRegisterError);
    expect(() => vcpu.getOneReg(0x6020_0000_0010_0002n)).toThrow(UnknownRegisterError); // X1 as 32 bits
    expect(() => vcpu.setOneReg(CoreReg.x(1), 1n << 64n)).toThrow(InvalidRegisterValueError);
    expect(() => vcpu.setOneReg(CoreReg.fpsr, 1n << 32n)).toThrow(InvalidRegisterValueError);
    expect(() => vcpu.setOneReg(FwReg.PSCI_VERSION, 0x3n)).toThrow(InvalidRegisterValueError);
    expect(vcpu.getOneReg(CoreReg.x(1))).toBe(7n);
    expect(vcpu.getOneReg(FwReg.PSCI_VERSION)).toBe(0x1_0001n);
  });
});

describe("implementation ID registers", () => {
  const MIDR_EL1 = sysRegId({ op0: 3, op1: 0, crn: 0, crm: 0, op2: 0 });

  it("a new VM's MIDR_EL1 is its host's, read-only unless implementation IDs are writable", () => {
    const vm = Vm.create("neoverse-n1");
    const vcpu = vm.createVcpu();
    expect(vcpu.getOneReg(MIDR_EL1)).toBe(0x414f_d0c1n);
    expect(() => vcpu.setOneReg(MIDR_EL1, 0x410f_d0c0n)).toThrow(InvalidRegisterValueError);
    expect(vcpu.getOneReg(MIDR_EL1)).toBe(0x414f_d0c1n);
  });
});

describe("restricting to a feature set KVM cannot express", () => {
  it("keeps a field whose lowered value would be unsafe, names its register, and changes nothing else", () => {
    const vm = Vm.create("neoverse-v2");
    const before = vm.features;
    // Hiding FEAT_IVIPT would lower CTR_EL0.L1Ip to a reserved policy, which KVM refuses.
    const result = vm.restrictFeatures("-IVIPT");
    expect(result.unwritable).toContain("CTR_EL0");
    expect(result.features.has("FEAT_IVIPT")).toBe(true);
    expect(vm.features.equals(before)).toBe(true);
  });
});
