/** Base class of every error @a64vm/fpstate throws: a stable `code` plus a one-line message. */
export class FpStateError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A vector length that is not a multiple of 128 bits between 128 and 2048. */
export class InvalidVectorLengthError extends FpStateError {
  readonly bits: number;
  constructor(what: string, bits: number) {
    super("INVALID_VECTOR_LENGTH", `${what} ${bits} is not a multiple of 128 bits between 128 and 2048`);
    this.bits = bits;
  }
}

/** A VM vector length the host cannot provide (not in its supported set). */
export class UnsupportedVectorLengthError extends FpStateError {
  readonly bits: number;
  readonly supported: readonly number[];
  constructor(what: string, bits: number, supported: readonly number[]) {
    super(
      "UNSUPPORTED_VECTOR_LENGTH",
      `${what} ${bits} is not supported by the host (supported: ${supported.length > 0 ? supported.join(", ") : "none"})`,
    );
    this.bits = bits;
    this.supported = supported;
  }
}

/** A register number or element index outside the register file. */
export class RegisterIndexError extends FpStateError {
  constructor(what: string, index: number, limit: number) {
    super("REGISTER_INDEX", `${what} index ${index} is outside 0..${limit - 1}`);
  }
}

/** A value of the wrong size or with reserved bits set. */
export class RegisterValueError extends FpStateError {
  constructor(message: string) {
    super("REGISTER_VALUE", message);
  }
}

/** Access to a kind of FP state the VM does not advertise: it does not exist for this VM. */
export class StateNotAdvertisedError extends FpStateError {
  readonly kind: string;
  constructor(kind: string, requires: string) {
    super("STATE_NOT_ADVERTISED", `the VM has no ${kind} state: it does not advertise ${requires}`);
    this.kind = kind;
  }
}

/** A feature set that is impossible for FP state (e.g. SVE without FP/AdvSIMD), or a host lacking what the VM asks. */
export class InconsistentFeaturesError extends FpStateError {
  constructor(message: string) {
    super("INCONSISTENT_FEATURES", message);
  }
}

/** A change of the VM's FP configuration after the vCPU has run, or one that adds instead of restricting. */
export class ConfigurationLockedError extends FpStateError {
  constructor(message: string) {
    super("CONFIGURATION_LOCKED", message);
  }
}

/** An ownership transition that the state machine does not allow (e.g. vcpuPut with no vCPU loaded). */
export class FpOwnershipError extends FpStateError {
  constructor(message: string) {
    super("FP_OWNERSHIP", message);
  }
}

/** The vCPU's FP state is live in a physical CPU's registers: put the vCPU before reading or replacing it. */
export class StateLiveInRegistersError extends FpStateError {
  constructor(operation: string) {
    super(
      "STATE_LIVE",
      `cannot ${operation}: the vCPU's FP state is live in the physical registers (put the vCPU first)`,
    );
  }
}

/** Snapshot bytes that are not a well-formed FP state snapshot. */
export class SnapshotFormatError extends FpStateError {
  constructor(message: string) {
    super("SNAPSHOT_FORMAT", `FP state snapshot: ${message}`);
  }
}

/** A snapshot whose state does not fit the destination (features or vector lengths); names every mismatch. */
export class SnapshotMismatchError extends FpStateError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super("SNAPSHOT_MISMATCH", `FP state snapshot does not fit the destination: ${problems.join("; ")}`);
    this.problems = problems;
  }
}
