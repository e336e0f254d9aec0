import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { EC, Exit, SYSREG, TrapAction, type TrapPolicy } from "../src/index";
import { I, machine, RAM_BASE, VBAR } from "./machine";

const esrEc = (esr: bigint) => Number(esr >> 26n);

describe("integer execution", () => {
  it("computes MOVZ/MOVK/ADD/MUL/UDIV on 64-bit values", () => {
    const { cpu } = machine([I.movz_x0_5, I.movk_x0_0x1234_lsl48, I.add_x1_x0_1, I.mul_x4_x0_x1, I.udiv_x5_x1_x0]);
    expect(cpu.run(5)).toBe(Exit.BUDGET);
    const x0 = 0x1234_0000_0000_0005n;
    expect(cpu.getX(0)).toBe(x0);
    expect(cpu.getX(1)).toBe(x0 + 1n);
    expect(cpu.getX(4)).toBe(BigInt.asUintN(64, x0 * (x0 + 1n)));
    expect(cpu.getX(5)).toBe(1n);
    expect(cpu.instret).toBe(5);
  });

  it("sets NZCV from SUBS and ADDS (Z and C on equal operands, V on signed overflow)", () => {
    const { cpu } = machine([I.add_x1_x0_1, I.subs_x2_x1_x1]);
    cpu.setX(0, 41n);
    cpu.run(2);
    expect(cpu.nzcv >>> 28).toBe(0b0110);
    const m = machine([I.adds_x3_x0_x0]);
    m.cpu.setX(0, 0x4000_0000_0000_0000n);
    m.cpu.run(1);
    expect(m.cpu.getX(3)).toBe(0x8000_0000_0000_0000n);
    expect(m.cpu.nzcv >>> 28).toBe(0b1001);
  });

  it("computes CRC32X like the zlib polynomial", () => {
    const { cpu } = machine([I.crc32x_w0_w1_x2]);
    cpu.setX(1, 0xffffffffn);
    cpu.setX(2, 0x3837363534333231n); // "12345678"
    cpu.run(1);
    // crc32("12345678") = 0x9ae0daaf; the instruction omits the final inversion.
    expect(BigInt.asUintN(32, ~cpu.getX(0))).toBe(0x9ae0daafn);
  });
});

describe("exceptions", () => {
  it("takes SVC from EL0 to EL1 at VBAR_EL1+0x400 with ESR EC 0x15 and ELR after the SVC", () => {
    const { cpu } = machine([I.svc_0], { el: 0 });
    cpu.run(1);
    expect(cpu.el).toBe(1);
    expect(cpu.pc).toBe(BigInt(VBAR + 0x400));
    expect(esrEc(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.SVC64);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
    expect(cpu.sysregs.get(SYSREG.SPSR_EL1)! & 0xfn).toBe(0n);
    expect(cpu.daif).toBe(0xf);
  });

  it("returns with ERET to the saved PC and EL", () => {
    const { cpu, ram } = machine([I.svc_0], { el: 0 });
    ram.setUint32(VBAR - RAM_BASE + 0x400, I.eret, true);
    cpu.run(2);
    expect(cpu.el).toBe(0);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 4));
  });

  it("takes BRK with EC 0x3c, the immediate in ISS, and ELR at the BRK itself", () => {
    const { cpu } = machine([I.brk_7]);
    cpu.run(1);
    const esr = cpu.sysregs.get(SYSREG.ESR_EL1)!;
    expect(esrEc(esr)).toBe(EC.BRK64);
    expect(esr & 0xffffn).toBe(7n);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE));
    expect(cpu.pc).toBe(BigInt(VBAR + 0x200));
  });

  it("routes an LSE atomic to UNDEF (EC 0x00) when the vCPU lacks FEAT_LSE", () => {
    const { cpu } = machine([I.ldadd_x0_x1_x2], { features: FeatureSet.all().without("FEAT_LSE") });
    cpu.setX(2, BigInt(RAM_BASE + 0x100));
    cpu.run(1);
    expect(esrEc(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.UNKNOWN);
    expect(cpu.pc).toBe(BigInt(VBAR + 0x200));
  });

  it("routes MRS FPMR to UNDEF when the VM lacks FEAT_FPMR and reads it when present", () => {
    const without = machine([I.mrs_x0_fpmr], { features: FeatureSet.all().without("FEAT_FPMR") });
    without.cpu.run(1);
    expect(esrEc(without.cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.UNKNOWN);
    const withFpmr = machine([I.mrs_x0_fpmr]);
    withFpmr.cpu.sysregs.set(SYSREG.CPACR_EL1, 3n << 20n); // FPMR is FP state: CPACR_EL1.FPEN must let EL1 at it
    withFpmr.cpu.sysregs.set(SYSREG.FPMR, 0x3fn);
    withFpmr.cpu.run(1);
    expect(withFpmr.cpu.getX(0)).toBe(0x3fn);
    expect(withFpmr.cpu.pc).toBe(BigInt(RAM_BASE + 4));
  });

  it("traps a system-register access to EL2 with EC 0x18 and the MRS syndrome when the policy says so", () => {
    const policy: TrapPolicy = {
      systemRegister: (key) => (key === SYSREG.TTBR0_EL1 ? TrapAction.TRAP_EL2 : TrapAction.ALLOW),
      instruction: () => TrapAction.ALLOW,
    };
    const { cpu } = machine([I.mrs_x0_ttbr0_el1], { trapPolicy: policy });
    cpu.run(1);
    expect(cpu.el).toBe(2);
    const esr = cpu.sysregs.get(SYSREG.ESR_EL2)!;
    expect(esrEc(esr)).toBe(EC.SYSREG);
    // ISS: Op0=3, Op2=0, Op1=0, CRn=2, Rt=0, CRm=0, direction=read
    expect(Number(esr & 0x1ffffffn)).toBe((3 << 20) | (2 << 10) | 1);
    expect(cpu.pc).toBe(BigInt(VBAR + 0x1000 + 0x400));
  });

  it("takes HVC from EL1 to EL2 with EC 0x16 and UNDEFs it at EL0", () => {
    const { cpu } = machine([I.hvc_1]);
    cpu.run(1);
    expect(cpu.el).toBe(2);
    expect(esrEc(cpu.sysregs.get(SYSREG.ESR_EL2)!)).toBe(EC.HVC64);
    const el0 = machine([I.hvc_1], { el: 0 });
    el0.cpu.run(1);
    expect(esrEc(el0.cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.UNKNOWN);
  });

  it("takes a data abort with FAR and WnR for an unmapped address", () => {
    const { cpu } = machine([I.str_x1_x2]);
    cpu.setX(2, 0x1234_5678n);
    cpu.run(1);
    const esr = cpu.sysregs.get(SYSREG.ESR_EL1)!;
    expect(esrEc(esr)).toBe(EC.DABORT_SAME);
    expect((esr >> 6n) & 1n).toBe(1n);
    expect(cpu.sysregs.get(SYSREG.FAR_EL1)).toBe(0x1234_5678n);
  });

  it("takes an unmasked IRQ at VBAR+0x280 and holds it while PSTATE.I is set", () => {
    const { cpu, ram } = machine([I.add_x1_x0_1, I.add_x1_x0_1]);
    ram.setUint32(VBAR - RAM_BASE + 0x280, I.add_x1_x0_1, true);
    cpu.irqLine = true;
    cpu.run(1);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 4));
    cpu.daif = 0;
    cpu.run(1);
    expect(cpu.el).toBe(1);
    expect(cpu.pc).toBe(BigInt(VBAR + 0x284));
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
    expect(cpu.daif).toBe(0xf);
  });
});

describe("memory", () => {
  it("stops with an MMIO exit on a device load and completes it with the supplied data", () => {
    const { cpu } = machine([I.movz_x2_0x0900_lsl16, I.ldr_x1_x2]);
    expect(cpu.run(10)).toBe(Exit.MMIO);
    expect(cpu.mmio.address).toBe(0x0900_0000);
    expect(cpu.mmio.size).toBe(8);
    expect(cpu.mmio.isWrite).toBe(false);
    cpu.completeMmioRead(0x55, 0x66);
    cpu.run(1);
    expect(cpu.getX(1)).toBe(0x66_0000_0055n);
  });

  it("stops with an MMIO exit carrying the data of a device store, after the store retires", () => {
    const { cpu } = machine([I.movz_x2_0x0900_lsl16, I.str_x1_x2]);
    cpu.setX(1, 0xabcdn);
    expect(cpu.run(10)).toBe(Exit.MMIO);
    expect(cpu.mmio.isWrite).toBe(true);
    expect(cpu.mmio.dataLo).toBe(0xabcd);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 8));
  });

  it("re-decodes code the guest overwrites", () => {
    const { cpu, ram } = machine([I.add_x1_x0_1, I.str_x1_x2, I.add_x1_x0_1]);
    cpu.run(1);
    // overwrite the third instruction with MOVZ x0,#5 via the guest's own store
    cpu.setX(1, BigInt(I.movz_x0_5));
    cpu.setX(2, BigInt(RAM_BASE + 8));
    cpu.pc = BigInt(RAM_BASE + 4);
    cpu.run(2);
    expect(ram.getUint32(8, true)).toBe(I.movz_x0_5);
    expect(cpu.getX(0)).toBe(5n);
  });

  it("stops at WFI when no interrupt is pending", () => {
    const { cpu } = machine([I.wfi]);
    expect(cpu.run(5)).toBe(Exit.WAIT);
  });
});
