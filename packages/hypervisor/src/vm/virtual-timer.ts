/**
 * The EL1 virtual timer (CNTV_CTL_EL0, CNTV_CVAL_EL0, CNTV_TVAL_EL0), emulated by the hypervisor:
 * the guest's accesses trap to it and are answered against the virtual counter (CNTVCT_EL0, which
 * the core derives from retired instructions). Arm ARM D12 (the Generic Timer): ISTATUS is set
 * while the timer is enabled and CNTVCT >= CVAL; TVAL is the signed 32-bit CVAL - CNTVCT, and a
 * write to TVAL sets CVAL = CNTVCT + SignExtend(TVAL).
 */
import type { SystemRegisterFile as SysRegFile } from "@a64vm/cpu";
import { lookupSysReg } from "@a64vm/sysreg";

export const CNTV_CTL = lookupSysReg("CNTV_CTL_EL0").key;
export const CNTV_CVAL = lookupSysReg("CNTV_CVAL_EL0").key;
export const CNTV_TVAL = lookupSysReg("CNTV_TVAL_EL0").key;

export const VIRTUAL_TIMER_KEYS: readonly number[] = [CNTV_CTL, CNTV_CVAL, CNTV_TVAL];

const CTL_ENABLE = 1n;
const CTL_IMASK = 2n;
const CTL_ISTATUS = 4n;
const U64 = (1n << 64n) - 1n;

/** Whether `key` is one of the virtual timer's registers. */
export function isVirtualTimerRegister(key: number): boolean {
  return key === CNTV_CTL || key === CNTV_CVAL || key === CNTV_TVAL;
}

/** Gives a new core the timer's registers (TVAL has no storage of its own: it is a view of CVAL). */
export function defineVirtualTimer(regs: SysRegFile): void {
  for (const key of VIRTUAL_TIMER_KEYS) if (!regs.has(key)) regs.define(key);
}

/** The value an MRS of the timer register `key` reads at virtual count `counter`. */
export function readVirtualTimer(regs: SysRegFile, key: number, counter: bigint): bigint {
  const cval = regs.get(CNTV_CVAL)!;
  if (key === CNTV_CVAL) return cval;
  if (key === CNTV_TVAL) return (cval - counter) & 0xffff_ffffn;
  const ctl = regs.get(CNTV_CTL)! & (CTL_ENABLE | CTL_IMASK);
  return (ctl & CTL_ENABLE) !== 0n && counter >= cval ? ctl | CTL_ISTATUS : ctl;
}

/** An MSR of `value` to the timer register `key` at virtual count `counter`. */
export function writeVirtualTimer(regs: SysRegFile, key: number, value: bigint, counter: bigint): void {
  if (key === CNTV_CTL)
    regs.set(CNTV_CTL, value & (CTL_ENABLE | CTL_IMASK)); // ISTATUS is read-only
  else if (key === CNTV_CVAL) regs.set(CNTV_CVAL, value);
  else regs.set(CNTV_CVAL, (counter + BigInt.asIntN(32, value)) & U64);
}
