/** Exit reasons, exception classes and the abandon token shared by the core and the instruction handlers. */

/** Why `run` returned. */
export const Exit = {
  /** The instruction budget ran out. */
  BUDGET: 1,
  /** An exception was taken to a level the host handles (`hostedExceptions`): see `cpu.exception`. */
  EXCEPTION: 2,
  /** A device access: see `cpu.mmio`; complete reads with `completeMmioRead`. */
  MMIO: 3,
  /** WFI/WFE with nothing pending. */
  WAIT: 4,
  /** `requestStop()` was called. */
  STOPPED: 5,
} as const;
export type ExitCode = (typeof Exit)[keyof typeof Exit];

/** Exception classes (ESR_ELx.EC) the core raises. */
export const EC = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  FP_ACCESS: 0x07,
  ILLEGAL_STATE: 0x0e,
  SVC64: 0x15,
  HVC64: 0x16,
  SMC64: 0x17,
  SYSREG: 0x18,
  SVE: 0x19,
  /** FEAT_FPAC: a failed authentication. */
  PAC_FAIL: 0x1c,
  SME: 0x1d,
  IABORT_LOWER: 0x20,
  IABORT_SAME: 0x21,
  PC_ALIGN: 0x22,
  DABORT_LOWER: 0x24,
  DABORT_SAME: 0x25,
  SP_ALIGN: 0x26,
  BRK64: 0x3c,
} as const;

/** Thrown (as this one object) to abandon the current instruction after an exception or exit was set up. */
export const ABANDON: { readonly abandoned: true } = Object.freeze({ abandoned: true as const });
