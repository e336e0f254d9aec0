import { FpmrRegister, FpsimdRegisters, VectorBank } from "@a64vm/fpstate";
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { Cpu, PhysicalBus, SYSREG } from "../src/index";

describe("FP state exchange with @a64vm/fpstate", () => {
  it("saves V0-V31, FPCR and FPSR into FpsimdRegisters and loads them back into another vCPU", () => {
    const a = new Cpu({ memory: new PhysicalBus() });
    for (let n = 0; n < 32; n++) a.setV(n, (BigInt(n + 1) << 96n) | (0x1234n << BigInt(n)));
    a.fpcr = 3 << 22;
    a.fpsr = 0x10;
    const regs = new FpsimdRegisters(new VectorBank(128));
    a.saveFpsimd(regs);
    expect(regs.fpcr).toBe(3 << 22);
    expect(regs.getWord(5, 3)).toBe(6);
    const b = new Cpu({ memory: new PhysicalBus() });
    b.loadFpsimd(regs);
    for (let n = 0; n < 32; n++) expect(b.getV(n)).toBe(a.getV(n));
    expect(b.fpsr).toBe(0x10);
  });

  it("moves FPMR only for a vCPU with FEAT_FPMR", () => {
    const withFpmr = new Cpu({ memory: new PhysicalBus() });
    withFpmr.sysregs.set(SYSREG.FPMR, 0x3fn);
    const reg = new FpmrRegister();
    withFpmr.saveFpmr(reg);
    expect(reg.value).toBe(0x3fn);
    const without = new Cpu({ memory: new PhysicalBus(), features: FeatureSet.all().without("FEAT_FPMR") });
    const untouched = new FpmrRegister();
    without.sysregs.set(SYSREG.FPMR, 0x3fn);
    without.saveFpmr(untouched);
    expect(untouched.value).toBe(0n);
  });
});
