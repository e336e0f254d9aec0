// Compact builders for the hand-written layout tables: fields by bit range, RES0 derived.
import type { FieldValueName, RegisterField, RegisterLayout } from "../layout";

const ALL_BITS = (1n << 64n) - 1n;

interface FieldOptions {
  readonly signed?: boolean;
  readonly values?: Readonly<Record<string, number>>;
  readonly description?: string;
}

/** A field over bits [msb:lsb]; `values` maps value names to their numbers. */
export function field(name: string, msb: number, lsb: number, options: FieldOptions = {}): RegisterField {
  const values: FieldValueName[] | undefined =
    options.values === undefined ? undefined : Object.entries(options.values).map(([n, value]) => ({ value, name: n }));
  return {
    name,
    msb,
    lsb,
    ...(options.signed === true ? { signed: true } : {}),
    ...(values !== undefined ? { values } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
  };
}

/** A one-bit field. */
export function bit(name: string, n: number, description?: string): RegisterField {
  return field(name, n, n, description === undefined ? {} : { description });
}

/** The mask of bits [msb:lsb]. */
export function bitsMask(msb: number, lsb: number): bigint {
  return ((1n << BigInt(msb - lsb + 1)) - 1n) << BigInt(lsb);
}

/**
 * A layout whose RES0 bits are every bit that is neither a field nor RES1 (the tables list only what
 * the architecture allocates). Fields are kept in descending bit order, the order values print in.
 */
export function layout(
  register: string,
  fields: readonly RegisterField[],
  options: { readonly variant?: string; readonly res1?: bigint } = {},
): RegisterLayout {
  const res1 = options.res1 ?? 0n;
  let used = res1;
  for (const f of fields) used |= bitsMask(f.msb, f.lsb);
  return {
    register,
    ...(options.variant !== undefined ? { variant: options.variant } : {}),
    fields: [...fields].sort((a, b) => b.msb - a.msb),
    res0: ALL_BITS & ~used,
    res1,
  };
}

/** The same layout under several register names (ZCR_EL1, ZCR_EL2, ZCR_EL3). */
export function layoutsFor(
  registers: readonly string[],
  fields: readonly RegisterField[],
  options: { readonly variant?: string; readonly res1?: bigint } = {},
): RegisterLayout[] {
  return registers.map((r) => layout(r, fields, options));
}
