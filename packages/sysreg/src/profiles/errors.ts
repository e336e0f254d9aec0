import { SysregError } from "../errors";

/** A host name that is neither a built-in profile nor a path ending in .json. */
export class UnknownHostError extends SysregError {
  readonly host: string;
  readonly known: readonly string[];
  constructor(host: string, known: readonly string[], suggestion?: string) {
    super(
      "UNKNOWN_HOST",
      `unknown host '${host}'${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ""}; ` +
        `known hosts: ${known.join(", ")}, or a path ending in .json`,
    );
    this.host = host;
    this.known = known;
  }
}

/** A custom host file that is not JSON, or not an object of the documented shape. */
export class HostFileSyntaxError extends SysregError {
  constructor(message: string) {
    super("HOST_FILE_SYNTAX", message);
  }
}

/** A custom host file names a register that is not one of the ID registers a host describes. */
export class UnknownHostRegisterError extends SysregError {
  readonly register: string;
  constructor(register: string, suggestion?: string) {
    super(
      "HOST_UNKNOWN_REGISTER",
      `unknown ID register '${register}' in host file${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ""}`,
    );
    this.register = register;
  }
}

/** A register value (or MIDR) in a custom host file that is not a 64-bit unsigned number. */
export class MalformedRegisterValueError extends SysregError {
  readonly register: string;
  constructor(register: string, value: unknown, why: string) {
    super("HOST_BAD_VALUE", `malformed value ${JSON.stringify(value)} for ${register} in host file: ${why}`);
    this.register = register;
  }
}

/** In strict mode, a custom host whose ID registers violate Features.json constraints. */
export class HostConstraintError extends SysregError {
  readonly violations: readonly string[];
  constructor(host: string, violations: readonly string[]) {
    super(
      "HOST_CONSTRAINTS",
      `host '${host}' violates ${violations.length} Features.json constraint${violations.length === 1 ? "" : "s"}: ${violations.join("; ")}`,
    );
    this.violations = violations;
  }
}
