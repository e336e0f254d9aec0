/** Base class of every error @a64vm/sysreg throws: a stable `code` plus a one-line message. */
export class SysregError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A feature name that is not one of the architecture's FEAT_* parameters. */
export class UnknownFeatureError extends SysregError {
  readonly feature: string;
  constructor(feature: string, suggestion?: string) {
    super(
      "UNKNOWN_FEATURE",
      `unknown feature '${feature}'${suggestion !== undefined ? ` (did you mean ${suggestion}?)` : ""}`,
    );
    this.feature = feature;
  }
}

/** A textual feature list (`+FPMR,-SVE`) that cannot be parsed. */
export class FeatureListSyntaxError extends SysregError {
  constructor(message: string) {
    super("FEATURE_LIST_SYNTAX", message);
  }
}
