/** A named value of a register field, e.g. FPMR.F8S1 = 1 is "E4M3". */
export interface FieldValueName {
  readonly value: number;
  readonly name: string;
  readonly description?: string;
}

/** One field of a register: bits [msb:lsb]. */
export interface RegisterField {
  readonly name: string;
  readonly msb: number;
  readonly lsb: number;
  /** Signed fields (most ID fields are unsigned; e.g. ID_AA64PFR0_EL1.FP is signed, 0xF = not implemented). */
  readonly signed?: boolean;
  readonly values?: readonly FieldValueName[];
  readonly description?: string;
}

/** The field layout of one register (or of one variant of it, e.g. CPTR_EL2 with E2H=1). */
export interface RegisterLayout {
  /** Canonical register name, e.g. "HCRX_EL2". */
  readonly register: string;
  /** Which layout of a register that has several, e.g. "E2H=1"; absent for the only layout. */
  readonly variant?: string;
  readonly fields: readonly RegisterField[];
  /** Bits that read as zero and are reserved. */
  readonly res0: bigint;
  /** Bits that read as one and are reserved. */
  readonly res1: bigint;
}
