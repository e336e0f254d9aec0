/**
 * Two exceptions of the execution state, interpreted and translated alike:
 * - Illegal Execution State (Arm ARM D1.4, "Illegal return events"): an exception return to a
 *   higher or unimplemented EL sets PSTATE.IL, as does SPSR.IL = 1 on a legal return; while IL is
 *   set every instruction takes EC 0x0E with ELR at that instruction and SPSR.IL = 1.
 * - SP alignment (Arm ARM D1.3.10): with SCTLR_EL1.SA (EL1) or SA0 (EL0) set, a load or store whose
 *   base is a misaligned SP takes EC 0x26 before any access or writeback.
 */
import { describe, expect, it } from "vitest";
import { EC, SYSREG } from "../src/index";
import { machine, RAM_BASE, VBAR } from "./machine";

const ERET = 0xd69f03e0;
const ADD_X1_X1_1 = 0x91000421;
const LDR_X0_SP = 0xf94003e0;
const STP_X29_X30_SP_PRE = 0xa9bf7bfd;
const LDR_X0_X1 = 0xf9400020;
const MSR_SCTLR_EL1_X2 = 0xd5181002;
const B_SELF = 0x14000000;

const ec = (esr: bigint): number => Number(esr >> 26n);
const MODES = [false, 1] as const;

describe("Illegal Execution State", () => {
  it.each(MODES)(
    "an ERET to EL2 from EL1 sets PSTATE.IL and the next instruction takes EC 0x0E (translateAfter %s)",
    (translateAfter) => {
      const code = [ERET, B_SELF];
      code[0x40] = ADD_X1_X1_1;
      code[0x41] = ADD_X1_X1_1;
      code[0x42] = B_SELF;
      const { cpu } = machine(code, { translateAfter });
      cpu.sysregs.set(SYSREG.SPSR_EL1, 0x9n); // M = EL2h: above the current EL, an illegal return
      cpu.sysregs.set(SYSREG.ELR_EL1, BigInt(RAM_BASE + 0x100));
      cpu.run(1);
      expect(cpu.pc).toBe(BigInt(RAM_BASE + 0x100));
      expect(cpu.el).toBe(1);
      expect(cpu.il).toBe(1);
      cpu.run(1);
      expect(ec(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.ILLEGAL_STATE);
      expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 0x100));
      expect((cpu.sysregs.get(SYSREG.SPSR_EL1)! >> 20n) & 1n).toBe(1n);
      expect(cpu.pc).toBe(BigInt(VBAR + 0x200));
      expect(cpu.il).toBe(0);
      expect(cpu.getX(1)).toBe(0n);
    },
  );

  it.each(MODES)(
    "a legal ERET with SPSR.IL = 1 makes the first instruction there take EC 0x0E (translateAfter %s)",
    (translateAfter) => {
      const code = [ERET];
      code[0x40] = ADD_X1_X1_1;
      code[0x41] = ADD_X1_X1_1;
      const { cpu } = machine(code, { translateAfter });
      cpu.sysregs.set(SYSREG.SPSR_EL1, (1n << 20n) | 0x5n); // EL1h with IL set
      cpu.sysregs.set(SYSREG.ELR_EL1, BigInt(RAM_BASE + 0x100));
      cpu.run(2); // the ERET, then the first instruction's exception (the vector holds no code)
      expect(ec(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.ILLEGAL_STATE);
      expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 0x100));
      expect(cpu.getX(1)).toBe(0n);
    },
  );
});

describe("SP alignment", () => {
  function at(words: number[], sa: bigint, translateAfter: false | 1, sp = BigInt(RAM_BASE + 0x1008)) {
    const m = machine([...words, B_SELF], { translateAfter });
    m.cpu.sysregs.set(SYSREG.SCTLR_EL1, 0x30d00800n | sa);
    m.cpu.sp = sp;
    m.cpu.setX(1, BigInt(RAM_BASE + 0x2001));
    return m.cpu;
  }

  it.each(MODES)(
    "a load based on a misaligned SP faults with EC 0x26 when SCTLR_EL1.SA is set (translateAfter %s)",
    (translateAfter) => {
      const cpu = at([ADD_X1_X1_1, LDR_X0_SP, ADD_X1_X1_1], 1n << 3n, translateAfter);
      cpu.run(2);
      expect(ec(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.SP_ALIGN);
      expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
    },
  );

  it.each(MODES)("a pre-indexed store pair faults before writing SP back (translateAfter %s)", (translateAfter) => {
    const cpu = at([ADD_X1_X1_1, STP_X29_X30_SP_PRE, ADD_X1_X1_1], 1n << 3n, translateAfter);
    cpu.run(2);
    expect(ec(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.SP_ALIGN);
    cpu.setPstateElSp(1, 1);
    expect(cpu.sp).toBe(BigInt(RAM_BASE + 0x1008));
  });

  it.each(MODES)(
    "SA clear, an aligned SP, or another base register: no fault (translateAfter %s)",
    (translateAfter) => {
      const clear = at([LDR_X0_SP, LDR_X0_X1, ADD_X1_X1_1], 0n, translateAfter);
      clear.run(3);
      expect(clear.pc).toBe(BigInt(RAM_BASE + 12));
      const aligned = at([LDR_X0_SP, LDR_X0_X1, ADD_X1_X1_1], 1n << 3n, translateAfter, BigInt(RAM_BASE + 0x1010));
      aligned.run(3);
      expect(aligned.pc).toBe(BigInt(RAM_BASE + 12));
    },
  );

  it.each(MODES)("a guest MSR to SCTLR_EL1 turns the check on at once (translateAfter %s)", (translateAfter) => {
    const cpu = at([MSR_SCTLR_EL1_X2, LDR_X0_SP], 0n, translateAfter);
    cpu.setX(2, 0x30d00808n);
    cpu.run(2);
    expect(ec(cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.SP_ALIGN);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
  });

  it("EL0 checks SCTLR_EL1.SA0, not SA", () => {
    const sa0 = machine([LDR_X0_SP, B_SELF], { el: 0 });
    sa0.cpu.sysregs.set(SYSREG.SCTLR_EL1, 0x30d00800n | (1n << 4n));
    sa0.cpu.sp = BigInt(RAM_BASE + 0x1008);
    sa0.cpu.run(1);
    expect(ec(sa0.cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.SP_ALIGN);
    const saOnly = machine([LDR_X0_SP, B_SELF], { el: 0 });
    saOnly.cpu.sysregs.set(SYSREG.SCTLR_EL1, 0x30d00800n | (1n << 3n));
    saOnly.cpu.sp = BigInt(RAM_BASE + 0x1008);
    saOnly.cpu.run(1);
    expect(saOnly.cpu.pc).toBe(BigInt(RAM_BASE + 4));
  });
});
