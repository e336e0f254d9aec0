/** System instructions: hints, barriers, PSTATE writes, MRS/MSR and SYS (DC ZVA). */

import { findSysRegByEncoding, lookupSysReg } from "@a64vm/sysreg";
import { EC, Exit } from "../core/constants";
import type { Cpu } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { TrapAction, Trappable } from "../core/trap-policy";
import { changesEnables, checkRegisterEnabled, SVCR } from "./fp-enable";
import { define, defineControl } from "./table";

export const NOP = define("NOP", () => {});

/** WFI/WFE: user-mode cores yield (no-op); otherwise trap, or stop until an interrupt. */
export const WFX = defineControl("WFX", (c, w) => {
  if (c.hostedExceptions && c.el === 0) return;
  const action = c.trapPolicy.instruction(Trappable.WFX, c.el);
  if (action === TrapAction.TRAP_EL2 && c.el < 2) c.raise(EC.WFX, 0x1e00000 | ((w >>> 5) & 1));
  if (action === TrapAction.UNDEF) c.undefined();
  if (!c.irqLine && !c.fiqLine) c.stop = Exit.WAIT;
});

export const CLREX = define("CLREX", (c) => {
  c.exclusiveAddress = -1;
});

/** MSR (immediate) to PSTATE fields. */
export const MSR_IMM = defineControl("MSR_IMM", (c, w) => {
  const op1 = (w >>> 16) & 7;
  const op2 = (w >>> 5) & 7;
  const crm = (w >>> 8) & 15;
  const field = (op1 << 3) | op2;
  switch (field) {
    case 0o05: // SPSel
      if (c.el === 0) c.undefined();
      c.setPstateElSp(c.el, crm & 1);
      return;
    case 0o36: // DAIFSet
      if (c.el === 0) c.undefined();
      c.daif |= crm;
      return;
    case 0o37: // DAIFClr
      if (c.el === 0) c.undefined();
      c.daif &= ~crm;
      return;
    case 0o03: // UAO
      if (c.el === 0 || !c.features.has("FEAT_UAO")) c.undefined();
      c.uao = crm & 1;
      return;
    case 0o04: // PAN
      if (c.el === 0 || !c.features.has("FEAT_PAN")) c.undefined();
      c.pan = crm & 1;
      return;
    case 0o31: // SSBS
      if (!c.features.has("FEAT_SSBS")) c.undefined();
      c.ssbs = crm & 1;
      return;
    case 0o32: // DIT
      if (!c.features.has("FEAT_DIT")) c.undefined();
      c.dit = crm & 1;
      return;
    case 0o34: // TCO
      if (!c.features.has("FEAT_MTE")) c.undefined();
      c.tco = crm & 1;
      return;
    default:
      c.undefined();
  }
});

/** ISS of an EC 0x18 trap for MRS/MSR/SYS. */
function sysIss(w: number, isRead: boolean): number {
  const op0 = (w >>> 19) & 3;
  const op1 = (w >>> 16) & 7;
  const crn = (w >>> 12) & 15;
  const crm = (w >>> 8) & 15;
  const op2 = (w >>> 5) & 7;
  const rt = w & 31;
  return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt << 5) | (crm << 1) | (isRead ? 1 : 0);
}

/** Instructions retired before the executing one, exactly: the same wherever a run is sliced or migrated. */
function retiredBefore(c: Cpu): number {
  return c.instret + (c.loopBudget - c.left) - 1;
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Lowest exception level that may access a register by its op1 (EL0 registers are listed separately). */
function minimumEl(op1: number): number {
  if (op1 === 4 || op1 === 5) return 2;
  if (op1 === 6) return 3;
  return 1;
}

/** SME's EL0 thread register (the lazy ZA save pointer). */
const TPIDR2_EL0 = lookupSysReg("TPIDR2_EL0").key;
const EL0_READ = new Set<number>([
  SYSREG.NZCV,
  SYSREG.FPCR,
  SYSREG.FPSR,
  SYSREG.FPMR,
  SYSREG.TPIDR_EL0,
  SYSREG.TPIDRRO_EL0,
  SYSREG.CNTVCT_EL0,
  SYSREG.CNTPCT_EL0,
  SYSREG.CNTFRQ_EL0,
  SYSREG.RNDR,
  SYSREG.RNDRRS,
  SYSREG.DCZID_EL0,
  SYSREG.CTR_EL0,
  SVCR,
  TPIDR2_EL0,
]);
const EL0_WRITE = new Set<number>([
  SYSREG.NZCV,
  SYSREG.FPCR,
  SYSREG.FPSR,
  SYSREG.FPMR,
  SYSREG.TPIDR_EL0,
  SVCR,
  TPIDR2_EL0,
]);

/** Whether the vCPU has every feature the sysreg catalogue says the register needs (FPMR: FEAT_FPMR). */
function registerExists(c: Cpu, k: number): boolean {
  const needs = findSysRegByEncoding(k)?.features;
  if (needs === undefined) return true;
  for (let i = 0; i < needs.length; i++) if (!c.features.has(needs[i]!)) return false;
  return true;
}

function accessible(c: Cpu, k: number, isRead: boolean, w: number): boolean {
  const op1 = (w >>> 16) & 7;
  if (!registerExists(c, k)) return false;
  if (c.el === 0) return (isRead ? EL0_READ.has(k) : EL0_WRITE.has(k)) && c.sysregs.has(k);
  if (c.el < minimumEl(op1)) return false;
  if ((op1 === 4 || op1 === 5) && !c.hasEl2) return false;
  return c.sysregs.has(k);
}

export const MRS = defineControl("MRS", (c, w) => {
  const k = ((w >>> 5) & 0x7fff) | 0x8000;
  const t = (w & 31) << 1;
  const x = c.x;
  if (k === SYSREG.TPIDR_EL0) {
    const slot = c.tpidrEl0Slot;
    x[t] = c.sysregs.lo(slot);
    x[t + 1] = c.sysregs.hi(slot);
    return;
  }
  if (!accessible(c, k, true, w)) c.undefined();
  checkRegisterEnabled(c, k);
  c.checkSysregAccess(k, true, sysIss(w, true));
  let lo = 0;
  let hi = 0;
  switch (k) {
    case SYSREG.NZCV:
      lo = c.nzcv | 0;
      break;
    case SYSREG.DAIF:
      lo = c.daif << 6;
      break;
    case SYSREG.CURRENTEL:
      lo = c.el << 2;
      break;
    case SYSREG.SPSEL:
      lo = c.spSel;
      break;
    case SYSREG.FPCR:
      lo = c.fpcr;
      break;
    case SYSREG.FPSR:
      lo = c.fpsr;
      break;
    case SYSREG.SP_EL0:
      c.readSpEl(0);
      lo = c.rlo;
      hi = c.rhi;
      break;
    case SYSREG.SP_EL1:
      c.readSpEl(1);
      lo = c.rlo;
      hi = c.rhi;
      break;
    case SYSREG.CNTVCT_EL0:
    case SYSREG.CNTPCT_EL0: {
      const count = retiredBefore(c);
      lo = (count % 4294967296) | 0;
      hi = Math.floor(count / 4294967296) | 0;
      break;
    }
    case SYSREG.RNDR:
    case SYSREG.RNDRRS: {
      // A hash of the instruction count: never failing (NZCV = 0000), and the same on replay and
      // after a migration, which a test platform needs more than entropy.
      const count = retiredBefore(c);
      const countHi = Math.floor(count / 4294967296) | 0;
      lo = fmix32((count | 0) ^ fmix32(countHi ^ (k === SYSREG.RNDR ? 0x9e3779b9 : 0x7f4a7c15)));
      hi = fmix32(lo ^ 0x85ebca6b ^ countHi);
      c.nzcv = 0;
      break;
    }
    default: {
      const slot = c.sysregs.slotOf(k);
      lo = c.sysregs.lo(slot);
      hi = c.sysregs.hi(slot);
    }
  }
  x[t] = lo;
  x[t + 1] = hi;
});

export const MSR = defineControl("MSR", (c, w) => {
  const k = ((w >>> 5) & 0x7fff) | 0x8000;
  const t = (w & 31) << 1;
  const lo = c.x[t]!;
  const hi = c.x[t + 1]!;
  if (k === SYSREG.TPIDR_EL0) {
    c.sysregs.setPair(c.tpidrEl0Slot, lo, hi);
    return;
  }
  if (!accessible(c, k, false, w)) c.undefined();
  checkRegisterEnabled(c, k);
  c.checkSysregAccess(k, false, sysIss(w, false));
  switch (k) {
    case SYSREG.NZCV:
      c.nzcv = lo;
      return;
    case SYSREG.DAIF:
      c.daif = (lo >>> 6) & 15;
      return;
    case SYSREG.CURRENTEL:
    case SYSREG.CNTVCT_EL0:
    case SYSREG.CNTPCT_EL0:
    case SYSREG.RNDR:
    case SYSREG.RNDRRS:
    case SYSREG.MIDR_EL1:
    case SYSREG.CTR_EL0:
    case SYSREG.DCZID_EL0:
      c.undefined();
      return;
    case SYSREG.SPSEL:
      c.setPstateElSp(c.el, lo & 1);
      return;
    case SYSREG.FPCR:
      c.fpcr = lo & 0x07ff9f00;
      return;
    case SYSREG.FPSR:
      c.fpsr = lo & 0xf800009f;
      return;
    case SYSREG.SP_EL0:
      c.writeSpEl(0, lo, hi);
      return;
    case SYSREG.SP_EL1:
      c.writeSpEl(1, lo, hi);
      return;
    default:
      c.sysregs.setPair(c.sysregs.slotOf(k), lo, hi);
      if (changesEnables(k)) c.refreshAccessEnables();
  }
});

/** SYS: cache and TLB maintenance. DC ZVA zeroes a 64-byte block; the rest need no work in this model. */
export const SYS = defineControl("SYS", (c, w) => {
  const op1 = (w >>> 16) & 7;
  const crn = (w >>> 12) & 15;
  const crm = (w >>> 8) & 15;
  const op2 = (w >>> 5) & 7;
  const isDcZva = op1 === 3 && crn === 7 && crm === 4 && op2 === 1;
  if (c.el === 0) {
    // EL0 may use DC ZVA/CVAC/CVAU/CVAP/CIVAC and IC IVAU (Linux sets SCTLR_EL1.UCI and DZE).
    const el0ok =
      op1 === 3 && crn === 7 && (crm === 4 || crm === 5 || crm === 10 || crm === 11 || crm === 12 || crm === 14);
    if (!el0ok) c.undefined();
  }
  if (!isDcZva) return;
  const t = (w & 31) << 1;
  const lo = c.x[t]! & ~63;
  const hi = c.x[t + 1]!;
  for (let i = 0; i < 64; i += 8) c.write64(lo + i, hi, 0, 0);
});
