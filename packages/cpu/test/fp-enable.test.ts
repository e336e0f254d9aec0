/**
 * The FP/SIMD, SVE and SME enables (Arm ARM CheckFPAdvSIMDEnabled64, CheckSVEEnabled, CheckSMEAccess,
 * CheckSMEEnabled, and the MRS/MSR pseudocode of FPCR, ZCR_EL1 and SVCR): CPACR_EL1.FPEN [21:20],
 * ZEN [17:16] and SMEN [25:24] at EL0/EL1 trap to EL1 with EC 0x07 (ISS CV=1 COND=0b1110, the
 * AArch64 ConditionSyndrome), 0x19 (ISS 0) or 0x1D (ISS SMTC=0b000); then the hypervisor's CPTR_EL2,
 * through the trap policy, to EL2. A trapped instruction changes no architectural state but the
 * exception entry's.
 */
import { FeatureSet, lookupSysReg } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { type Cpu, EC, SYSREG, TrapAction, type TrapActionCode, type TrapPolicy, Trappable } from "../src/index";
import { machine, RAM_BASE, VBAR } from "./machine";

// Encodings from llvm-mc-22 -triple=aarch64 -mattr=+all --show-encoding.
const FMOV_D0_X1 = 0x9e670020;
const FADD_D0_D1_D2 = 0x1e622820;
const ADD_V0_4S = 0x4ea28420;
const LDR_Q0_X1 = 0x3dc00020;
const MRS_X0_FPCR = 0xd53b4400;
const MSR_FPCR_X0 = 0xd51b4400;
const SVE_ADD_Z0_S = 0x04a20020;
const MRS_X0_ZCR_EL1 = 0xd5381200;
const SMSTART = 0xd503477f;
const MRS_X0_SVCR = 0xd53b4240;
const FMOPA_ZA0_S = 0x80812000;
const MSR_CPACR_EL1_X3 = 0xd5181043;
const ERET = 0xd69f03e0;

const ZCR_EL1 = lookupSysReg("ZCR_EL1").key;
const SMCR_EL1 = lookupSysReg("SMCR_EL1").key;
const SVCR = lookupSysReg("SVCR").key;
const TPIDR2_EL0 = lookupSysReg("TPIDR2_EL0").key;

const FP_ISS = 0x1e00000;
const FPEN = 20;
const ZEN = 16;
const SMEN = 24;

/** The Arm ARM's reading of a 2-bit CPACR_EL1 enable: 0b00 and 0b10 trap EL0 and EL1, 0b01 EL0 only. */
function traps(field: number, el: number): boolean {
  return field === 0 || field === 2 || (field === 1 && el === 0);
}

type Kind = "fp" | "sve" | "sme" | "sme-control";
interface Probe {
  readonly label: string;
  readonly word: number;
  readonly kind: Kind;
  /** Exception levels the instruction exists at (ZCR_EL1 UNDEFs at EL0 whatever the enables). */
  readonly els: readonly number[];
  /** EC of the instruction once every enable lets it through (0x00: this core does not execute SVE/SME data processing). */
  readonly enabledEc: number | null;
}

const PROBES: readonly Probe[] = [
  { label: "FMOV d0, x1 (FP data processing)", word: FMOV_D0_X1, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "FADD d0, d1, d2 (FP data processing)", word: FADD_D0_D1_D2, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "ADD v0.4s (AdvSIMD)", word: ADD_V0_4S, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "LDR q0, [x1] (FP load/store)", word: LDR_Q0_X1, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "MRS x0, FPCR", word: MRS_X0_FPCR, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "MSR FPCR, x0", word: MSR_FPCR_X0, kind: "fp", els: [0, 1], enabledEc: null },
  { label: "ADD z0.s (SVE)", word: SVE_ADD_Z0_S, kind: "sve", els: [0, 1], enabledEc: EC.UNKNOWN },
  { label: "MRS x0, ZCR_EL1", word: MRS_X0_ZCR_EL1, kind: "sve", els: [1], enabledEc: null },
  { label: "FMOPA za0.s (SME)", word: FMOPA_ZA0_S, kind: "sme", els: [0, 1], enabledEc: EC.UNKNOWN },
  { label: "SMSTART", word: SMSTART, kind: "sme-control", els: [0, 1], enabledEc: EC.UNKNOWN },
  { label: "MRS x0, SVCR", word: MRS_X0_SVCR, kind: "sme-control", els: [0, 1], enabledEc: null },
  { label: "MRS x0, TPIDR2_EL0", word: 0xd53bd0a0, kind: "sme-control", els: [0, 1], enabledEc: null },
  { label: "MSR TPIDR2_EL0, x0", word: 0xd51bd0a0, kind: "sme-control", els: [0, 1], enabledEc: null },
];

/** The trap the pseudocode takes first for a kind under a CPACR_EL1 value at `el`: [EC, ISS], or null. */
function expectedTrap(kind: Kind, cpacr: number, el: number): [number, number] | null {
  const fp = traps((cpacr >>> FPEN) & 3, el);
  const sve = traps((cpacr >>> ZEN) & 3, el);
  const sme = traps((cpacr >>> SMEN) & 3, el);
  if (kind === "sve" && sve) return [EC.SVE, 0];
  if ((kind === "sme" || kind === "sme-control") && sme) return [EC.SME, 0];
  if (kind !== "sme-control" && fp) return [EC.FP_ACCESS, FP_ISS];
  return null;
}

/** The CPACR_EL1 values a kind's check reads: each value of its own enable (x FPEN), every other enable open. */
function cpacrValues(kind: Kind): number[] {
  const open = (3 << FPEN) | (3 << ZEN) | (3 << SMEN);
  if (kind === "fp") return [0, 1, 2, 3].map((a) => ((open & ~(3 << FPEN)) | (a << FPEN)) >>> 0);
  const own = kind === "sve" ? ZEN : SMEN;
  const values: number[] = [];
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) values.push(((open & ~(3 << own) & ~(3 << FPEN)) | (a << own) | (b << FPEN)) >>> 0);
  }
  return values;
}

/** A core at `el` with the SVE/SME registers a VM with those features has, about to run `words`. */
function core(words: readonly number[], el: number, cpacr: number, trapPolicy?: TrapPolicy): Cpu {
  const { cpu } = machine(words, { el, features: FeatureSet.all(), ...(trapPolicy ? { trapPolicy } : {}) });
  for (const k of [ZCR_EL1, SMCR_EL1, SVCR, TPIDR2_EL0]) cpu.sysregs.define(k);
  cpu.sysregs.set(SYSREG.CPACR_EL1, BigInt(cpacr));
  cpu.setX(1, BigInt(RAM_BASE + 0x100));
  cpu.setV(1, 0x3ff0000000000000n);
  cpu.setV(2, 0x4000000000000000n);
  cpu.fpcr = 0x03000000;
  cpu.sysregs.set(ZCR_EL1, 3n);
  return cpu;
}

/** Every piece of state a trapped FP/SVE/SME instruction could have touched. */
function architecturalState(cpu: Cpu) {
  return {
    x: [...cpu.x.subarray(0, 62)],
    v: [...cpu.v32],
    fpcr: cpu.fpcr,
    fpsr: cpu.fpsr,
    nzcv: cpu.nzcv,
    svcr: cpu.sysregs.get(SVCR),
    zcr: cpu.sysregs.get(ZCR_EL1),
  };
}

function esrOf(cpu: Cpu, el: number): { ec: number; iss: number } {
  const esr = Number(cpu.sysregs.get(el === 2 ? SYSREG.ESR_EL2 : SYSREG.ESR_EL1)!);
  return { ec: esr >>> 26, iss: esr & 0x1ffffff };
}

const hex = (n: number) => `0x${n.toString(16)}`;

describe("CPACR_EL1 enables, per instruction kind, enable value and EL (Arm ARM Check*Enabled order)", () => {
  for (const probe of PROBES) {
    for (const el of probe.els) {
      it(`${probe.label} at EL${el}: traps to EL1 exactly when the pseudocode says, with its EC and ISS`, () => {
        for (const cpacr of cpacrValues(probe.kind)) {
          const cpu = core([probe.word], el, cpacr);
          const before = architecturalState(cpu);
          cpu.run(1);
          const trap = expectedTrap(probe.kind, cpacr, el);
          const at = `CPACR_EL1=${hex(cpacr)}`;
          if (trap !== null) {
            expect(esrOf(cpu, 1), at).toEqual({ ec: trap[0], iss: trap[1] });
            expect(cpu.el, at).toBe(1);
            expect(cpu.pc, at).toBe(BigInt(VBAR + (el === 0 ? 0x400 : 0x200)));
            expect(cpu.sysregs.get(SYSREG.ELR_EL1), at).toBe(BigInt(RAM_BASE));
            expect(architecturalState(cpu), at).toEqual(before);
          } else if (probe.enabledEc !== null) {
            expect(esrOf(cpu, 1).ec, at).toBe(probe.enabledEc);
          } else {
            expect(cpu.pc, at).toBe(BigInt(RAM_BASE + 4));
          }
        }
      });
    }
  }

  it("an FP instruction executes once every enable is open (FMOV d0, x1 writes V0)", () => {
    const cpu = core([FMOV_D0_X1], 0, 3 << FPEN);
    cpu.setX(1, 0x1234_5678_9abc_def0n);
    cpu.run(1);
    expect(cpu.getV(0)).toBe(0x1234_5678_9abc_def0n);
  });

  it("ZCR_EL1 UNDEFs at EL0 (EC 0x00) before any enable is looked at", () => {
    const cpu = core([MRS_X0_ZCR_EL1], 0, 0);
    cpu.run(1);
    expect(esrOf(cpu, 1).ec).toBe(EC.UNKNOWN);
  });

  it("an unallocated encoding in FP/SIMD space UNDEFs even with FPEN trapping", () => {
    const cpu = core([0x1ea04020], 1, 0); // FMOV with ftype 0b10: unallocated (llvm-mc-22 rejects it)
    cpu.run(1);
    expect(esrOf(cpu, 1).ec).toBe(EC.UNKNOWN);
  });

  it("SVE and SME instructions of a vCPU without the feature UNDEF, whatever CPACR_EL1 says", () => {
    const features = FeatureSet.all().without("FEAT_SVE").without("FEAT_SME");
    for (const word of [SVE_ADD_Z0_S, FMOPA_ZA0_S, SMSTART]) {
      const { cpu } = machine([word], { el: 1, features });
      cpu.run(1);
      expect(esrOf(cpu, 1).ec, hex(word)).toBe(EC.UNKNOWN);
    }
  });
});

describe("the enables are re-read whenever they can change", () => {
  it("MSR CPACR_EL1 takes effect for the next instruction of the same run", () => {
    const cpu = core([MSR_CPACR_EL1_X3, FMOV_D0_X1], 1, 3 << FPEN);
    cpu.setX(3, 0n);
    cpu.run(2);
    expect(esrOf(cpu, 1)).toEqual({ ec: EC.FP_ACCESS, iss: FP_ISS });
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
  });

  it("FPEN = 0b01 lets EL1 run FP and traps EL0 after ERET; the trap returns to EL1", () => {
    const cpu = core([FMOV_D0_X1, ERET, FMOV_D0_X1], 1, 1 << FPEN);
    cpu.sysregs.set(SYSREG.SPSR_EL1, 0n);
    cpu.sysregs.set(SYSREG.ELR_EL1, BigInt(RAM_BASE + 8));
    cpu.run(3);
    expect(esrOf(cpu, 1)).toEqual({ ec: EC.FP_ACCESS, iss: FP_ISS });
    expect(cpu.el).toBe(1);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 8));
  });

  it("a CPACR_EL1 value the host sets between runs applies to the next run", () => {
    const cpu = core([FMOV_D0_X1, FMOV_D0_X1], 1, 3 << FPEN);
    cpu.run(1);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 4));
    cpu.sysregs.set(SYSREG.CPACR_EL1, 0n);
    cpu.run(1);
    expect(esrOf(cpu, 1).ec).toBe(EC.FP_ACCESS);
  });

  it("a hosted EL0 process (the Linux runner) uses FP/SIMD whatever CPACR_EL1 holds", async () => {
    const { Cpu, PhysicalBus } = await import("../src/index");
    const bus = new PhysicalBus();
    bus.addRam(RAM_BASE, 1 << 16).view.setUint32(0, FMOV_D0_X1, true);
    const cpu = new Cpu({ memory: bus, hostedExceptions: true });
    cpu.pc = BigInt(RAM_BASE);
    cpu.setX(1, 7n);
    cpu.run(1);
    expect(cpu.getV(0)).toBe(7n);
  });
});

/** A hypervisor whose CPTR_EL2 traps the given instruction groups (or makes them UNDEF). */
function hypervisor(actions: Partial<Record<number, TrapActionCode>>): TrapPolicy {
  return {
    systemRegister: () => TrapAction.ALLOW,
    instruction: (kind, el) => (el < 2 ? (actions[kind] ?? TrapAction.ALLOW) : TrapAction.ALLOW),
  };
}

describe("CPTR_EL2 through the trap policy: after the CPACR_EL1 checks, to EL2", () => {
  const open = (3 << FPEN) | (3 << ZEN) | (3 << SMEN);

  it("TFP traps FP/SIMD to EL2 with EC 0x07, from EL0 and EL1", () => {
    for (const el of [0, 1]) {
      const cpu = core([FADD_D0_D1_D2], el, open, hypervisor({ [Trappable.FP_SIMD]: TrapAction.TRAP_EL2 }));
      const before = architecturalState(cpu);
      cpu.run(1);
      expect(cpu.el).toBe(2);
      expect(esrOf(cpu, 2)).toEqual({ ec: EC.FP_ACCESS, iss: FP_ISS });
      expect(architecturalState(cpu)).toEqual(before);
    }
  });

  it("CPACR_EL1 is checked first: FPEN = 0b00 traps to EL1 even when CPTR_EL2.TFP is set", () => {
    const cpu = core([FADD_D0_D1_D2], 1, open & ~(3 << FPEN), hypervisor({ [Trappable.FP_SIMD]: TrapAction.TRAP_EL2 }));
    cpu.run(1);
    expect(cpu.el).toBe(1);
    expect(esrOf(cpu, 1).ec).toBe(EC.FP_ACCESS);
  });

  it("TZ traps SVE and ZCR_EL1 to EL2 with EC 0x19, TSM traps SMSTART and SVCR with EC 0x1D", () => {
    const policy = hypervisor({ [Trappable.SVE]: TrapAction.TRAP_EL2, [Trappable.SME]: TrapAction.TRAP_EL2 });
    const cases: [number, number, number][] = [
      [SVE_ADD_Z0_S, EC.SVE, 0],
      [MRS_X0_ZCR_EL1, EC.SVE, 0],
      [SMSTART, EC.SME, 0],
      [MRS_X0_SVCR, EC.SME, 0],
      [FMOPA_ZA0_S, EC.SME, 0],
    ];
    for (const [word, ec, iss] of cases) {
      const cpu = core([word], 1, open, policy);
      cpu.run(1);
      expect(cpu.el, hex(word)).toBe(2);
      expect(esrOf(cpu, 2), hex(word)).toEqual({ ec, iss });
    }
  });

  it("SVE with only TFP set traps to EL2 as FP (EC 0x07); FP instructions ignore TZ and TSM", () => {
    const fpOnly = core([SVE_ADD_Z0_S], 1, open, hypervisor({ [Trappable.FP_SIMD]: TrapAction.TRAP_EL2 }));
    fpOnly.run(1);
    expect(esrOf(fpOnly, 2).ec).toBe(EC.FP_ACCESS);
    const policy = hypervisor({ [Trappable.SVE]: TrapAction.TRAP_EL2, [Trappable.SME]: TrapAction.TRAP_EL2 });
    const fp = core([FMOV_D0_X1], 1, open, policy);
    fp.run(1);
    expect(fp.pc).toBe(BigInt(RAM_BASE + 4));
  });

  it("a policy answer of UNDEF takes EC 0x00", () => {
    const cpu = core([LDR_Q0_X1], 1, open, hypervisor({ [Trappable.FP_SIMD]: TrapAction.UNDEF }));
    cpu.run(1);
    expect(esrOf(cpu, 1).ec).toBe(EC.UNKNOWN);
  });

  it("at EL2 neither CPACR_EL1 nor an EL2 trap applies", () => {
    const cpu = core([FMOV_D0_X1], 2, 0, hypervisor({ [Trappable.FP_SIMD]: TrapAction.TRAP_EL2 }));
    cpu.run(1);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 4));
  });
});
