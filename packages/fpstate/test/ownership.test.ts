import { describe, expect, it } from "vitest";
import {
  FpOwnershipError,
  type FpStateKindName,
  PhysicalCpuFp,
  PhysicalFpUnit,
  StateLiveInRegistersError,
  VcpuFpState,
} from "../src/index";
import { EVERYTHING, FPSIMD_ONLY, FULL_HOST, WITH_FPMR, WITH_SVE } from "./hosts";

function setup(features = FPSIMD_ONLY, hostSave: "eager" | "lazy" = "eager", vl?: number) {
  const unit = new PhysicalFpUnit(FULL_HOST);
  const cpu = new PhysicalCpuFp(unit, { hostSave });
  const vcpu = VcpuFpState.create(FULL_HOST, vl === undefined ? { features } : { features, vl });
  return { unit, cpu, vcpu };
}

const totalMoves = (cpu: PhysicalCpuFp) =>
  cpu.stats.hostSaves + cpu.stats.hostRestores + cpu.stats.guestSaves + cpu.stats.guestRestores;

describe("a guest that never touches FP", () => {
  it("causes no save or restore at all with lazy host saving", () => {
    const { unit, cpu, vcpu } = setup(EVERYTHING, "lazy");
    for (let i = 0; i < 50; i++) {
      cpu.vcpuLoad(vcpu);
      cpu.guestEnter();
      cpu.guestEnter();
      cpu.vcpuPut();
    }
    expect(totalMoves(cpu)).toBe(0);
    for (const counts of Object.values(unit.accesses)) expect(counts).toEqual({ reads: 0, writes: 0 });
    expect(cpu.stats.vcpuLoads).toBe(50);
    expect(cpu.owner).toBe("host");
  });

  it("causes no guest save or restore, and no host restore, with eager host saving (one host save per load)", () => {
    const { cpu, vcpu } = setup(EVERYTHING, "eager");
    for (let i = 0; i < 20; i++) {
      cpu.vcpuLoad(vcpu);
      expect(cpu.owner).toBe("free");
      cpu.guestEnter();
      cpu.vcpuPut();
      expect(cpu.owner).toBe("host");
    }
    expect(cpu.stats.guestSaves + cpu.stats.guestRestores).toBe(0);
    expect(cpu.stats.hostRestores).toBe(0); // the registers still held the host's values
    expect(cpu.stats.hostSaves).toBe(20);
    expect(cpu.stats.transitions.host.free).toBe(20);
    expect(cpu.stats.transitions.free.host).toBe(20);
  });
});

describe("lazy switching on the first FP trap", () => {
  it("runs the guest with every FP trap enabled until it owns the registers, then with none of its features trapped", () => {
    const { cpu, vcpu } = setup(WITH_SVE);
    cpu.vcpuLoad(vcpu);
    const before = cpu.guestEnter();
    expect([before.fp, before.sve, before.sme]).toEqual([true, true, true]);
    expect(before.cptrE2h1 & before.cptrE2h1Mask).toBe(0); // FPEN = ZEN = SMEN = 0b00
    expect(before.cptrE2h0 & ((1 << 10) | (1 << 8) | (1 << 12))).toBe((1 << 10) | (1 << 8) | (1 << 12));
    expect(cpu.handleTrap("fp")).toBe("resume");
    const after = cpu.guestEnter();
    expect([after.fp, after.sve, after.sme]).toEqual([false, false, true]); // the VM lacks SME: still trapped
    expect(after.cptrE2h1).toBe((0b11 << 20) | (0b11 << 16));
    expect(after.cptrE2h0 & (1 << 10)).toBe(0);
    expect(after.cptrE2h0 & (1 << 12)).toBe(1 << 12);
    expect(cpu.handleTrap("sme")).toBe("undef");
    cpu.vcpuPut();
  });

  it("loads the guest's state on the trap and saves what the guest wrote on vcpuPut", () => {
    const { unit, cpu, vcpu } = setup(WITH_SVE, "eager", 256);
    vcpu.fpsimd.writeV(1, 11, 12, 13, 14);
    vcpu.fpsimd.fpcr = 0x0300_0000;
    cpu.vcpuLoad(vcpu);
    cpu.guestEnter();
    cpu.handleTrap("sve");
    expect(vcpu.isLive).toBe(true);
    expect(() => vcpu.assertNotLive("snapshot")).toThrow(StateLiveInRegistersError);
    const regs = unit.registers;
    expect(regs.fpsimd!.getWord(1, 2)).toBe(13);
    expect(regs.fpsimd!.fpcr).toBe(0x0300_0000);
    // the guest runs: writes Z2 at its length (256 bits) and P3
    regs.sve!.z.fill(0x5a5a5a5a, regs.sve!.zWordIndex(2), regs.sve!.zWordIndex(2) + 8);
    regs.sve!.p[regs.sve!.pHalfIndex(3)] = 0xbeef;
    cpu.vcpuPut();
    expect(vcpu.isLive).toBe(false);
    expect(vcpu.sve.getZ(2)).toEqual(new Uint8Array(32).fill(0x5a));
    expect(vcpu.sve.getP(3)).toEqual(new Uint8Array([0xef, 0xbe, 0, 0]));
    expect(cpu.stats.guestPartRestores).toMatchObject({ fpsimd: 1, sve: 1, sme: 0, zt0: 0, fpmr: 0 });
    expect(cpu.stats.guestPartSaves).toMatchObject({ fpsimd: 1, sve: 1, sme: 0, zt0: 0, fpmr: 0 });
  });

  it("saves the host before the guest loads with lazy saving and gives the host back exactly", () => {
    const { unit, cpu, vcpu } = setup(FPSIMD_ONLY, "lazy");
    unit.registers.fpsimd!.writeV(0, 1, 2, 3, 4);
    unit.registers.fpmr!.value = 0x5n;
    cpu.vcpuLoad(vcpu);
    expect(cpu.owner).toBe("host");
    cpu.handleTrap("fp");
    expect(cpu.stats.hostSaves).toBe(1);
    unit.registers.fpsimd!.writeV(0, 9, 9, 9, 9);
    cpu.vcpuPut();
    expect(unit.registers.fpsimd!.getV(0)).toBe(0x00000004_00000003_00000002_00000001n);
    expect(unit.registers.fpmr!.value).toBe(0x5n);
    expect(vcpu.fpsimd.getWord(0, 0)).toBe(9);
  });

  it("saves the guest when the host kernel needs FP and reloads it on the next trap", () => {
    const { unit, cpu, vcpu } = setup(FPSIMD_ONLY);
    cpu.vcpuLoad(vcpu);
    cpu.handleTrap("fp");
    unit.registers.fpsimd!.writeV(5, 5, 5, 5, 5);
    cpu.hostKernelFpUse();
    expect(cpu.owner).toBe("free");
    expect(vcpu.isLive).toBe(false);
    expect(vcpu.fpsimd.getWord(5, 3)).toBe(5);
    expect(cpu.guestEnter().fp).toBe(true);
    unit.registers.fpsimd!.writeV(5, 0, 0, 0, 0); // the kernel's own use
    expect(cpu.handleTrap("fp")).toBe("resume");
    expect(unit.registers.fpsimd!.getWord(5, 3)).toBe(5);
    cpu.vcpuPut();
    expect(cpu.stats.guestRestores).toBe(2);
    expect(cpu.stats.hostRestores).toBe(1);
  });
});

describe("save and restore move only what the VM advertises", () => {
  const guestCycle = (features = FPSIMD_ONLY) => {
    const { unit, cpu, vcpu } = setup(features);
    cpu.vcpuLoad(vcpu);
    const afterLoad = structuredClone(unit.accesses);
    cpu.handleTrap("fp");
    cpu.hostKernelFpUse(); // a guest save
    cpu.handleTrap("fp");
    const beforePut = structuredClone(unit.accesses);
    cpu.vcpuPut();
    return { unit, cpu, afterLoad, beforePut };
  };

  it("never reads or writes the FPMR slot for a VM without FEAT_FPMR", () => {
    const { unit, cpu, afterLoad } = guestCycle(FPSIMD_ONLY);
    expect(afterLoad.fpmr).toEqual({ reads: 1, writes: 0 }); // the host's own FPMR saved on load
    expect(cpu.stats.guestPartRestores.fpmr + cpu.stats.guestPartSaves.fpmr).toBe(0);
    expect(vcpuSlots(FPSIMD_ONLY)).not.toContain("fpmr");
    // the only FPMR accesses are the host's: saved once on load, restored once on put
    expect(unit.accesses.fpmr).toEqual({ reads: 1, writes: 1 });
  });

  it("restores the host's FPMR for the host even when the guest has no FPMR", () => {
    const { unit, cpu, vcpu } = setup(FPSIMD_ONLY);
    unit.registers.fpmr!.value = 0x3f_0000_0001n;
    cpu.vcpuLoad(vcpu);
    cpu.handleTrap("fp");
    unit.registers.fpmr!.value = 0n; // anything that clobbered it while the guest ran
    cpu.vcpuPut();
    expect(unit.registers.fpmr!.value).toBe(0x3f_0000_0001n);
    expect(cpu.stats.hostPartRestores.fpmr).toBe(1);
  });

  it("moves FPMR with the guest when the VM has FEAT_FPMR", () => {
    const { unit, cpu } = guestCycle(WITH_FPMR);
    expect(cpu.stats.guestPartRestores.fpmr).toBe(2);
    expect(cpu.stats.guestPartSaves.fpmr).toBe(2);
    expect(unit.accesses.fpmr).toEqual({ reads: 3, writes: 3 }); // 2 guest + 1 host each way
  });

  it("moves SVE, SME and ZT0 only with their features", () => {
    const none = guestCycle(FPSIMD_ONLY).cpu.stats;
    expect([none.guestPartRestores.sve, none.guestPartRestores.sme, none.guestPartRestores.zt0]).toEqual([0, 0, 0]);
    const all = guestCycle(EVERYTHING).cpu.stats;
    expect([all.guestPartRestores.sve, all.guestPartRestores.sme, all.guestPartRestores.zt0]).toEqual([2, 2, 2]);
  });

  it("makes an SVE or SME trap UNDEF, moving nothing, when the VM lacks the feature", () => {
    const { unit, cpu, vcpu } = setup(FPSIMD_ONLY, "lazy");
    cpu.vcpuLoad(vcpu);
    expect(cpu.handleTrap("sve")).toBe("undef");
    expect(cpu.handleTrap("sme")).toBe("undef");
    expect(cpu.stats.undefTraps).toBe(2);
    expect(totalMoves(cpu)).toBe(0);
    expect(unit.accesses.sve).toEqual({ reads: 0, writes: 0 });
    cpu.vcpuPut();
  });
});

describe("misuse of the ownership machine is a typed error that changes nothing", () => {
  it("refuses events without a loaded vCPU, double loads and spurious traps", () => {
    const { unit, cpu, vcpu } = setup();
    expect(() => cpu.vcpuPut()).toThrow(FpOwnershipError);
    expect(() => cpu.handleTrap("fp")).toThrow(/no vCPU is loaded/);
    expect(() => cpu.guestEnter()).toThrow(FpOwnershipError);
    cpu.vcpuLoad(vcpu);
    expect(() => cpu.vcpuLoad(vcpu)).toThrow(/another vCPU is loaded/);
    const other = new PhysicalCpuFp(new PhysicalFpUnit(FULL_HOST));
    expect(() => other.vcpuLoad(vcpu)).toThrow(/loaded on another CPU/);
    cpu.handleTrap("fp");
    const stats = structuredClone(cpu.stats);
    expect(() => cpu.handleTrap("fp")).toThrow(/spurious fp trap/);
    expect(cpu.stats.guestRestores).toBe(stats.guestRestores);
    cpu.vcpuPut();
    other.vcpuLoad(vcpu); // free to move once put
    other.vcpuPut();
    expect(unit.accesses.fpsimd.writes).toBe(2); // the guest's load and the host's return
    expect(cpu.stats.traps.fp).toBe(stats.traps.fp);
  });
});

function vcpuSlots(features = FPSIMD_ONLY): FpStateKindName[] {
  return VcpuFpState.create(FULL_HOST, { features }).kinds;
}
