import { SysregError } from "../errors";

/** A register name that is not an ID register of the model. */
export class UnknownIdRegisterError extends SysregError {
  readonly register: string;
  constructor(register: string) {
    super("UNKNOWN_ID_REGISTER", `'${register}' is not an ID register`);
    this.register = register;
  }
}

/** A field name that the ID register does not have. */
export class UnknownIdFieldError extends SysregError {
  readonly register: string;
  readonly field: string;
  constructor(register: string, field: string) {
    super("UNKNOWN_ID_FIELD", `${register} has no field '${field}'`);
    this.register = register;
    this.field = field;
  }
}

/** A field or register value that does not fit its width (or is negative). */
export class IdValueRangeError extends SysregError {
  constructor(what: string, value: bigint | number, bits: number) {
    super("ID_VALUE_RANGE", `${what} = ${String(value)} does not fit in ${bits} unsigned bits`);
  }
}

/** Why a userspace write to an ID register is refused. */
export type UnsafeWriteReason = "not-writable" | "unsafe-value" | "reserved-bits";

/**
 * A proposed ID register value that KVM would refuse (EINVAL): a field outside the writable mask
 * differs from the host, or a writable field is not a safe restriction of the host's value.
 */
export class UnsafeIdRegisterWriteError extends SysregError {
  readonly register: string;
  /** The offending field; empty for bits that belong to no field. */
  readonly field: string;
  readonly reason: UnsafeWriteReason;
  readonly hostValue: bigint;
  readonly proposedValue: bigint;
  constructor(
    register: string,
    field: string,
    reason: UnsafeWriteReason,
    hostValue: bigint,
    proposedValue: bigint,
    detail: string,
  ) {
    super("UNSAFE_ID_WRITE", `${register}${field === "" ? "" : `.${field}`}: ${detail}`);
    this.register = register;
    this.field = field;
    this.reason = reason;
    this.hostValue = hostValue;
    this.proposedValue = proposedValue;
  }
}
