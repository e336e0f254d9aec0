/**
 * The FP/SIMD, SVE and SME enables (CheckFPAdvSIMDEnabled64, CheckSVEEnabled, CheckSMEAccess and
 * CheckSMEEnabled, and the access pseudocode of FPCR/FPSR/FPMR, ZCR_EL1, SMCR_EL1 and SVCR):
 * CPACR_EL1.FPEN/ZEN/SMEN at EL0/EL1 trap to EL1, then the hypervisor's CPTR_EL2, asked through the
 * trap policy, traps to EL2. The core keeps the result per class in `accessBlocked`.
 */
import { lookupSysReg } from "@a64vm/sysreg";
import { EC } from "../core/constants";
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { TrapAction, Trappable, type TrappableKind } from "../core/trap-policy";

/** Which enables an instruction or register checks, in the order the Arm ARM checks them. */
export const AccessClass = {
  NONE: 0,
  /** FP/AdvSIMD: FPEN. */
  FP: 1,
  /** SVE: ZEN, then FPEN. */
  SVE: 2,
  /** SME data processing: SMEN, then FPEN. */
  SME: 3,
  /** SME controls (SMSTART/SMSTOP, SVCR, SMCR_EL1): SMEN only. */
  SME_CONTROL: 4,
} as const;
export type AccessClassCode = (typeof AccessClass)[keyof typeof AccessClass];

export const CLASS_COUNT = 5;

/** A bit above the classes: PSTATE.IL is set, so every instruction takes the Illegal Execution State exception. */
export const ILLEGAL_STATE_BLOCK = 1 << CLASS_COUNT;

/** ISS of EC 0x07 from AArch64: CV = 1, COND = 0b1110 (ConditionSyndrome). */
const FP_ACCESS_ISS = 0x1e00000;
/** ISS of EC 0x1D for a CPACR_EL1.SMEN / CPTR_EL2 trap: SMTC = 0b000 (SMEExceptionType_AccessTrap). */
const SME_ACCESS_ISS = 0;

/** One enable: its CPACR_EL1 field, the trap-policy group of its CPTR_EL2 control, and its syndrome. */
interface Gate {
  readonly cpacrShift: number;
  readonly kind: TrappableKind;
  readonly ec: number;
  readonly iss: number;
}
const FP_GATE: Gate = { cpacrShift: 20, kind: Trappable.FP_SIMD, ec: EC.FP_ACCESS, iss: FP_ACCESS_ISS };
const SVE_GATE: Gate = { cpacrShift: 16, kind: Trappable.SVE, ec: EC.SVE, iss: 0 };
const SME_GATE: Gate = { cpacrShift: 24, kind: Trappable.SME, ec: EC.SME, iss: SME_ACCESS_ISS };

/** The gates of each class in check order: all EL1 (CPACR_EL1) checks come before the EL2 ones. */
const GATES: readonly (readonly Gate[])[] = [[], [FP_GATE], [SVE_GATE, FP_GATE], [SME_GATE, FP_GATE], [SME_GATE]];

const HCR_TGE = 1 << 27;
const HCR_E2H_HI = 1 << 2;

/** Whether CPACR_EL1 governs the current EL: EL0/EL1 outside the EL2&0 host regime (and not a hosted process). */
function cpacrApplies(c: Cpu): boolean {
  if (c.el >= 2) return false;
  if (c.el === 1) return true;
  // A hosted EL0 process runs under an OS that enables FP/SIMD, SVE and SME for it (Linux: 0b11).
  if (c.hostedExceptions) return false;
  if (!c.hasEl2) return true;
  const hcr = c.sysregs.slotOf(SYSREG.HCR_EL2);
  return (c.sysregs.lo(hcr) & HCR_TGE) === 0 || (c.sysregs.hi(hcr) & HCR_E2H_HI) === 0;
}

/** CPACR_EL1's 2-bit enable: 0b00/0b10 trap EL0 and EL1, 0b01 traps EL0, 0b11 traps nothing. */
function cpacrTraps(c: Cpu, shift: number): boolean {
  const field = (c.sysregs.lo(c.sysregs.slotOf(SYSREG.CPACR_EL1)) >>> shift) & 3;
  return (field & 1) === 0 || (field === 1 && c.el === 0);
}

function policyBlocks(c: Cpu, kind: TrappableKind): boolean {
  const action = c.trapPolicy.instruction(kind, c.el);
  return action === TrapAction.UNDEF || (action === TrapAction.TRAP_EL2 && c.el < 2);
}

function classBlocked(c: Cpu, gates: readonly Gate[], cpacr: boolean): boolean {
  for (const gate of gates) if ((cpacr && cpacrTraps(c, gate.cpacrShift)) || policyBlocks(c, gate.kind)) return true;
  return false;
}

/** Bit `1 << class` set for each class the current EL may not use; recomputed only when enables or EL change. */
export function blockedClasses(c: Cpu): number {
  const cpacr = cpacrApplies(c);
  let mask = 0;
  for (let cls = 1; cls < CLASS_COUNT; cls++) if (classBlocked(c, GATES[cls]!, cpacr)) mask |= 1 << cls;
  return c.il === 1 ? mask | ILLEGAL_STATE_BLOCK : mask;
}

/** Takes the first trap of a blocked class, in the Arm ARM's order; returns when nothing traps. */
export function raiseAccessTrap(c: Cpu, cls: number): void {
  const gates = GATES[cls]!;
  if (cpacrApplies(c)) for (const gate of gates) if (cpacrTraps(c, gate.cpacrShift)) c.raise(gate.ec, gate.iss);
  for (const gate of gates) {
    const action = c.trapPolicy.instruction(gate.kind, c.el);
    if (action === TrapAction.UNDEF) c.undefined();
    if (action === TrapAction.TRAP_EL2 && c.el < 2) c.raise(gate.ec, gate.iss, 0, true);
  }
}

/** For handlers outside the tagged dispatch: raises the FP/SIMD access trap when FP/SIMD is blocked. */
export function checkFpEnabled(c: Cpu): void {
  if ((c.accessBlocked & (1 << AccessClass.FP)) !== 0) raiseAccessTrap(c, AccessClass.FP);
}

// ---- registers: the access pseudocode of each FP-, SVE- and SME-controlled register ----

const REGISTER_CLASS = new Uint8Array(1 << 16);
REGISTER_CLASS[SYSREG.FPCR] = AccessClass.FP;
REGISTER_CLASS[SYSREG.FPSR] = AccessClass.FP;
REGISTER_CLASS[SYSREG.FPMR] = AccessClass.FP;
REGISTER_CLASS[lookupSysReg("ZCR_EL1").key] = AccessClass.SVE;
REGISTER_CLASS[lookupSysReg("SMCR_EL1").key] = AccessClass.SME_CONTROL;
/** SVCR, which EL0 may access too. */
export const SVCR = lookupSysReg("SVCR").key;
REGISTER_CLASS[SVCR] = AccessClass.SME_CONTROL;
// TPIDR2_EL0 is SME state: its MRS/MSR check CPACR_EL1.SMEN and CPTR_EL2 like SVCR (CheckSMEAccess).
REGISTER_CLASS[lookupSysReg("TPIDR2_EL0").key] = AccessClass.SME_CONTROL;

/** MRS/MSR of a register some enable controls: takes its trap when that enable is off. */
export function checkRegisterEnabled(c: Cpu, k: number): void {
  const cls = REGISTER_CLASS[k]!;
  if (cls !== 0 && (c.accessBlocked & (1 << cls)) !== 0) raiseAccessTrap(c, cls);
}

/** Registers whose writes can change what is blocked. */
const CPTR_EL2 = lookupSysReg("CPTR_EL2").key;
export function changesEnables(k: number): boolean {
  return (
    k === SYSREG.CPACR_EL1 ||
    k === SYSREG.HCR_EL2 ||
    k === CPTR_EL2 ||
    // SCTLR_ELx.SA/SA0: the stack-alignment check the core caches with the enables.
    k === SYSREG.SCTLR_EL1 ||
    k === SYSREG.SCTLR_EL2
  );
}
