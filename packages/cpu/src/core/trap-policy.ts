/**
 * The core's question to its hypervisor: may this access run, UNDEF, or trap to EL2?
 * @a64vm/hypervisor implements it with @a64vm/traps; the core never imports either.
 */

/** What happens to a trappable access. */
export const TrapAction = {
  /** Runs normally. */
  ALLOW: 0,
  /** Takes UNDEF (EC 0x00) at the current routing. */
  UNDEF: 1,
  /** Traps to EL2 with the syndrome the core builds for the access (EC 0x18, 0x07, 0x01 ...). */
  TRAP_EL2: 2,
} as const;
export type TrapActionCode = (typeof TrapAction)[keyof typeof TrapAction];

/** Trappable instruction groups other than MRS/MSR/SYS, with the EC of their EL2 trap. */
export const Trappable = {
  WFX: 0x01,
  FP_SIMD: 0x07,
  HVC: 0x16,
  SMC: 0x17,
  SVE: 0x19,
  SME: 0x1d,
} as const;
export type TrappableKind = (typeof Trappable)[keyof typeof Trappable];

export interface TrapPolicy {
  /**
   * An MRS/MSR/SYS access to the register with packed encoding `key` (op0<<14|op1<<11|CRn<<7|CRm<<3|op2)
   * at exception level `el`.
   */
  systemRegister(key: number, isRead: boolean, el: number): TrapActionCode;
  /** A trappable instruction group at exception level `el`. */
  instruction(kind: TrappableKind, el: number): TrapActionCode;
}

/** The policy of a bare core with no hypervisor: everything runs. */
export const ALLOW_ALL: TrapPolicy = {
  systemRegister: () => TrapAction.ALLOW,
  instruction: () => TrapAction.ALLOW,
};
