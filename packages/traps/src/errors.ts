/** Base class of every error @a64vm/traps throws: a stable `code` plus a one-line message. */
export class TrapsError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A register or instruction name, or an encoding, that is not in the trappable-encodings table. */
export class UnknownEncodingError extends TrapsError {
  readonly input: string;
  constructor(input: string, suggestion?: string) {
    super(
      "UNKNOWN_ENCODING",
      `'${input}' is not a trappable system register or instruction${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ""}`,
    );
    this.input = input;
  }
}

/** A trap-control register or field name that the layouts do not define. */
export class UnknownControlError extends TrapsError {
  constructor(what: string) {
    super("UNKNOWN_CONTROL", `unknown trap control '${what}'`);
  }
}

/** The VM advertises features its host does not implement: a VM can never have more than its host. */
export class FeatureNotOnHostError extends TrapsError {
  readonly features: readonly string[];
  constructor(features: readonly string[]) {
    super("FEATURE_NOT_ON_HOST", `the VM advertises features the host lacks: ${features.join(", ")}`);
    this.features = features;
  }
}

/** A value outside its field (an encoding field, a register number, a control value). */
export class InvalidArgumentError extends TrapsError {
  constructor(message: string) {
    super("INVALID_ARGUMENT", message);
  }
}

/** A nested-virtualisation operation on a VM that does not advertise EL2 (FEAT_EL2). */
export class NotNestedError extends TrapsError {
  constructor() {
    super("NOT_NESTED", "the VM does not advertise EL2 (FEAT_EL2): it has no guest hypervisor");
  }
}
