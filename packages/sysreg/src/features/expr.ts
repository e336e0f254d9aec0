/**
 * The expression language of Arm's feature model (Features.json), as the generator writes it: a
 * string is an identifier (a FEAT_* feature or an architecture version such as "v9Ap2"), a number an
 * integer, a boolean a constant, and an array an operator applied to its operands.
 */
export type FeatureExpr =
  | boolean
  | number
  | string
  | readonly ["!", FeatureExpr]
  | readonly [BinaryOperator, FeatureExpr, FeatureExpr]
  | readonly [FieldFunction, FieldReference]
  | readonly ["IN", readonly [FieldFunction, FieldReference], readonly number[]];

export type BinaryOperator = "-->" | "<->" | "&&" | "||" | "==" | "!=" | ">=" | ">" | "<=" | "<";

/** `UInt(field)` reads a field as unsigned, `SInt(field)` as two's complement (0xF of a 4-bit field is -1). */
export type FieldFunction = "UInt" | "SInt";

/** An AArch64 ID register field, "REGISTER.FIELD" (e.g. "ID_AA64PFR2_EL1.FPMR"). */
export type FieldReference = string;

/**
 * How an ID register field advertises a feature, from a Features.json constraint of the shape
 * `guard --> (subject <-> condition)` ("iff"), `guard --> (subject --> condition)` ("implies") or
 * `guard --> (condition --> subject)` ("impliedBy"). The subject is the feature, or the feature in
 * conjunction with others (`FEAT_LPA2 && FEAT_TGran4K`); the guard is `true` when there is none.
 */
export interface IdFieldRule {
  readonly kind: "iff" | "implies" | "impliedBy";
  readonly guard: FeatureExpr;
  readonly subject: FeatureExpr;
  readonly condition: FeatureExpr;
}

/** One FEAT_* parameter of the feature model. */
export interface FeatureDefinition {
  /** Right-hand sides of `FEAT_X --> rhs`: what the feature requires (features and versions). */
  readonly requires: readonly FeatureExpr[];
  /** Every other constraint over features and versions only, e.g. `(FEAT_FPMR && FEAT_EL2) --> FEAT_HCX`. */
  readonly constraints: readonly FeatureExpr[];
  /** The rules that tie the feature to AArch64 ID register fields. */
  readonly idRules: readonly IdFieldRule[];
}

/** One architecture version parameter (v8Ap0 ... v9Ap6). */
export interface ArchVersionDefinition {
  /** The versions this one directly includes (v9Ap2 includes v9Ap1 and v8Ap7). */
  readonly includes: readonly string[];
  /** Its constraints over features, e.g. `v9Ap0 --> !FEAT_AA32EL1`. */
  readonly constraints: readonly FeatureExpr[];
}
