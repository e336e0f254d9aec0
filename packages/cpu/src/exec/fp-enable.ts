/**
 * CheckFPAdvSIMDEnabled64 for the instructions that ask it: CPACR_EL1.FPEN at EL0/EL1 (EC 0x07 to
 * EL1), then the hypervisor's CPTR_EL2 through the trap policy (EC 0x07 to EL2).
 */
import { EC } from "../core/constants";
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { TrapAction, Trappable } from "../core/trap-policy";

/** ISS of EC 0x07 from AArch64: CV = 1, COND = 0b1110. */
const FP_ACCESS_ISS = 0x1e00000;

/** Raises the FP/SIMD access trap when the current EL may not use FP/SIMD; returns otherwise. */
export function checkFpEnabled(c: Cpu): void {
  // A hosted EL0 process runs under an OS that enables FP/SIMD for it (Linux sets FPEN = 0b11).
  if (c.el < 2 && !(c.hostedExceptions && c.el === 0)) {
    const fpen = (c.sysregs.lo(c.sysregs.slotOf(SYSREG.CPACR_EL1)) >>> 20) & 3;
    if (fpen === 0 || fpen === 2 || (fpen === 1 && c.el === 0)) c.raise(EC.FP_ACCESS, FP_ACCESS_ISS);
  }
  const action = c.trapPolicy.instruction(Trappable.FP_SIMD, c.el);
  if (action === TrapAction.UNDEF) c.undefined();
  if (action === TrapAction.TRAP_EL2 && c.el < 2) c.raise(EC.FP_ACCESS, FP_ACCESS_ISS, 0, true);
}
