/** Branches and exception-generating instructions. */

import { EC } from "../core/constants";
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { TrapAction, Trappable } from "../core/trap-policy";
import { condHolds } from "./int64";
import { defineControl } from "./table";

/** PC = address of this instruction + a sign-extended byte offset (within +-128 MiB). */
function branchRel(c: Cpu, offset: number): void {
  const lo = c.instLo;
  const hi = c.instHi;
  const sum = (lo >>> 0) + offset;
  c.pcLo = sum | 0;
  c.pcHi = sum >= 4294967296 ? (hi + 1) | 0 : sum < 0 ? (hi - 1) | 0 : hi;
}

export const B = defineControl("B", (c, w) => branchRel(c, (w << 6) >> 4));

export const BL = defineControl("BL", (c, w) => {
  c.x[60] = c.pcLo;
  c.x[61] = c.pcHi;
  branchRel(c, (w << 6) >> 4);
});

export const B_COND = defineControl("B.cond", (c, w) => {
  if (condHolds(c, w & 15)) branchRel(c, ((w << 8) >> 13) << 2);
});

export const CBZ = defineControl("CBZ", (c, w) => {
  const t = (w & 31) << 1;
  const zero = w >>> 31 === 1 ? (c.x[t]! | c.x[t + 1]!) === 0 : c.x[t] === 0;
  if (zero !== (((w >>> 24) & 1) === 1)) branchRel(c, ((w << 8) >> 13) << 2);
});

export const TBZ = defineControl("TBZ", (c, w) => {
  const t = (w & 31) << 1;
  const bit = ((w >>> 26) & 32) | ((w >>> 19) & 31);
  const v = bit >= 32 ? (c.x[t + 1]! >>> (bit - 32)) & 1 : (c.x[t]! >>> bit) & 1;
  if (v === ((w >>> 24) & 1)) branchRel(c, ((w << 13) >> 18) << 2);
});

/** BR/BLR/RET (and the keyless forms only). */
export const BR = defineControl("BR", (c, w) => {
  const n = ((w >>> 5) & 31) << 1;
  const lo = c.x[n]!;
  const hi = c.x[n + 1]!;
  if (((w >>> 21) & 3) === 1) {
    c.x[60] = c.pcLo;
    c.x[61] = c.pcHi;
  }
  c.pcLo = lo;
  c.pcHi = hi;
});

export const ERET = defineControl("ERET", (c) => {
  if (c.el === 0) c.undefined();
  const e1 = c.el === 1;
  const spsr = Number(c.sysregs.get(e1 ? SYSREG.SPSR_EL1 : SYSREG.SPSR_EL2)! & 0xffffffffn);
  const elr = c.sysregs.get(e1 ? SYSREG.ELR_EL1 : SYSREG.ELR_EL2)!;
  c.restorePstate(spsr);
  c.pc = elr;
  c.exclusiveAddress = -1;
});

export const SVC = defineControl("SVC", (c, w) => {
  c.takeSync(EC.SVC64, (w >>> 5) & 0xffff, 0, false, c.pcLo, c.pcHi);
});

export const HVC = defineControl("HVC", (c, w) => {
  if (c.el === 0 || !c.hasEl2) c.undefined();
  const action = c.trapPolicy.instruction(Trappable.HVC, c.el);
  if (action === TrapAction.UNDEF) c.undefined();
  c.takeSync(EC.HVC64, (w >>> 5) & 0xffff, 0, true, c.pcLo, c.pcHi);
});

export const SMC = defineControl("SMC", (c, w) => {
  if (c.el === 0) c.undefined();
  const action = c.trapPolicy.instruction(Trappable.SMC, c.el);
  // No EL3 is implemented: SMC is UNDEF unless the hypervisor traps it (HCR_EL2.TSC).
  if (action !== TrapAction.TRAP_EL2 || c.el === 2) c.undefined();
  c.raise(EC.SMC64, (w >>> 5) & 0xffff, 0, true);
});

export const BRK = defineControl("BRK", (c, w) => {
  c.raise(EC.BRK64, (w >>> 5) & 0xffff);
});

export const UNDEF = defineControl("UNDEF", (c) => {
  c.undefined();
});
