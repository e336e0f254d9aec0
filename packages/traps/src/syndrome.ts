// ESR_ELx syndromes of trapped instructions, per the Arm ARM (DDI 0487, D24.2 "ESR_EL2"):
// ESR = EC[31:26] | IL[25] | ISS[24:0]; every value here is a 32-bit unsigned number.
import { encodingFromKey } from "@a64vm/sysreg";
import { EC } from "./coarse-traps";
import { InvalidArgumentError } from "./errors";

const EC_SHIFT = 26;
const IL = 1 << 25;

/** A syndrome from its parts; `il` is true for a 32-bit instruction (every A64 instruction). */
export function syndrome(ec: number, iss: number, il = true): number {
  if (!Number.isInteger(ec) || ec < 0 || ec > 0x3f) throw new InvalidArgumentError(`EC ${ec} is not 6 bits`);
  if (!Number.isInteger(iss) || iss < 0 || iss > 0x1ffffff) throw new InvalidArgumentError(`ISS ${iss} is not 25 bits`);
  return ((ec << EC_SHIFT) | (il ? IL : 0) | iss) >>> 0;
}

function checkRegister(rt: number): void {
  if (!Number.isInteger(rt) || rt < 0 || rt > 31) throw new InvalidArgumentError(`register number ${rt} is not 0..31`);
}

/**
 * EC 0x18, a trapped MSR, MRS or System instruction: Op0[21:20], Op2[19:17], Op1[16:14], CRn[13:10],
 * Rt[9:5], CRm[4:1], Direction[0] (1 = read: MRS or SYSL).
 */
export function sysRegSyndrome(key: number, rt: number, isRead: boolean): number {
  checkRegister(rt);
  const e = encodingFromKey(key);
  const iss =
    (e.op0 << 20) | (e.op2 << 17) | (e.op1 << 14) | (e.crn << 10) | (rt << 5) | (e.crm << 1) | (isRead ? 1 : 0);
  return syndrome(EC.SYS64, iss);
}

/** The fields of an EC 0x18 syndrome. */
export function decodeSysRegSyndrome(esr: number): {
  ec: number;
  il: boolean;
  op0: number;
  op1: number;
  crn: number;
  crm: number;
  op2: number;
  rt: number;
  isRead: boolean;
} {
  return {
    ec: (esr >>> EC_SHIFT) & 0x3f,
    il: (esr & IL) !== 0,
    op0: (esr >>> 20) & 3,
    op2: (esr >>> 17) & 7,
    op1: (esr >>> 14) & 7,
    crn: (esr >>> 10) & 15,
    rt: (esr >>> 5) & 31,
    crm: (esr >>> 1) & 15,
    isRead: (esr & 1) === 1,
  };
}

/** CV=1 and COND=0b1110 ("always"): what an exception taken from AArch64 reports in ISS[24:20]. */
const AARCH64_CONDITION = (1 << 24) | (0xe << 20);

/** The WFx instruction a syndrome reports (ISS.TI). */
export const WFX = { WFI: 0, WFE: 1, WFIT: 2, WFET: 3 } as const;

/** EC 0x01: a trapped WFI/WFE/WFIT/WFET; WFIT/WFET also report the register holding the timeout (RV, Rv). */
export function wfxSyndrome(ti: number, register?: number): number {
  if (!Number.isInteger(ti) || ti < 0 || ti > 3) throw new InvalidArgumentError(`WFx type ${ti} is not 0..3`);
  let iss = AARCH64_CONDITION | ti;
  if (register !== undefined) {
    checkRegister(register);
    iss |= (register << 5) | (1 << 2);
  }
  return syndrome(EC.WFX, iss);
}

/** EC 0x07: an access to FP/SIMD trapped by CPTR_EL2.TFP/FPEN (or CPACR_EL1.FPEN). */
export function fpSyndrome(): number {
  return syndrome(EC.FP_ASIMD, AARCH64_CONDITION);
}

/** EC 0x19: an SVE access trapped by CPTR_EL2.TZ/ZEN. */
export function sveSyndrome(): number {
  return syndrome(EC.SVE, 0);
}

/** Why SME trapped (ISS.SMTC of EC 0x1D). */
export const SMTC = {
  SME_DISABLED: 0,
  STREAMING_ILLEGAL: 1,
  NOT_STREAMING: 2,
  ZA_INACTIVE: 3,
  ZT0_DISABLED: 4,
} as const;

/** EC 0x1D: an SME access trapped by CPTR_EL2.TSM/SMEN, with its SMTC code. */
export function smeSyndrome(smtc: number): number {
  if (!Number.isInteger(smtc) || smtc < 0 || smtc > 7) throw new InvalidArgumentError(`SMTC ${smtc} is not 0..7`);
  return syndrome(EC.SME, smtc);
}

function checkImm16(imm: number): void {
  if (!Number.isInteger(imm) || imm < 0 || imm > 0xffff)
    throw new InvalidArgumentError(`immediate ${imm} is not 16 bits`);
}

/** EC 0x16: HVC from AArch64, ISS = imm16. */
export function hvcSyndrome(imm16: number): number {
  checkImm16(imm16);
  return syndrome(EC.HVC64, imm16);
}

/** EC 0x17: SMC from AArch64 trapped by HCR_EL2.TSC, ISS = imm16. */
export function smcSyndrome(imm16: number): number {
  checkImm16(imm16);
  return syndrome(EC.SMC64, imm16);
}

/** EC 0x15: SVC from AArch64 (trapped by HFGITR_EL2.SVC_EL0/SVC_EL1), ISS = imm16. */
export function svcSyndrome(imm16: number): number {
  checkImm16(imm16);
  return syndrome(EC.SVC64, imm16);
}

/** EC 0x1A: ERET, ERETAA or ERETAB trapped (HCR_EL2.NV, HFGITR_EL2.ERET); ISS.ERET[1], ISS.ERETA[0] (B key). */
export function eretSyndrome(kind: "ERET" | "ERETAA" | "ERETAB"): number {
  const iss = kind === "ERET" ? 0 : kind === "ERETAA" ? 2 : 3;
  return syndrome(EC.ERET, iss);
}

/** EC 0x00: the syndrome of an UNDEFINED exception injected into the guest. */
export function undefSyndrome(): number {
  return syndrome(EC.UNKNOWN, 0);
}
