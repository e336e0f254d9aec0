import { SysregError } from "../errors";

/** A name that is neither a register of the catalogue nor a generic `S<op0>_<op1>_C<n>_C<m>_<op2>` spelling. */
export class UnknownSysRegError extends SysregError {
  readonly text: string;
  readonly suggestion: string | undefined;
  constructor(text: string, suggestion: string | undefined, why = "unknown system register") {
    super("UNKNOWN_SYSREG", `${why} '${text}'${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ""}`);
    this.text = text;
    this.suggestion = suggestion;
  }
}

/** An encoding whose op0/op1/CRn/CRm/op2 lie outside their bit widths, or outside the MRS/MSR space. */
export class InvalidEncodingError extends SysregError {
  constructor(message: string) {
    super("INVALID_ENCODING", message);
  }
}

/** A register (or variant of one) that has no field layout. */
export class UnknownLayoutError extends SysregError {
  readonly register: string;
  constructor(register: string, variant: string | undefined, known: readonly string[] = []) {
    const which = variant === undefined ? register : `${register} (${variant})`;
    const hint = known.length > 0 ? `; its layouts: ${known.join(", ")}` : "";
    super("UNKNOWN_LAYOUT", `no field layout for ${which}${hint}`);
    this.register = register;
  }
}

/** A register value or field value that does not fit, or a field or value name the layout lacks. */
export class RegisterValueError extends SysregError {
  constructor(message: string) {
    super("REGISTER_VALUE", message);
  }
}
