import type { RegisterField, RegisterLayout } from "../registers/layout";
import { FEATURE_DISCOVERY_LAYOUTS, ID_REGISTER_LAYOUTS } from "../registers/layouts/id-registers";
import { IdValueRangeError, UnknownIdFieldError, UnknownIdRegisterError } from "./errors";

/** ID register values keyed by canonical register name ("ID_AA64PFR2_EL1"); an absent register reads as zero. */
export type IdRegisterValues = Readonly<Record<string, bigint>>;

const byName = new Map<string, RegisterLayout>();
for (const l of [...ID_REGISTER_LAYOUTS, ...FEATURE_DISCOVERY_LAYOUTS])
  if (!byName.has(l.register)) byName.set(l.register, l);

/** Names of the ID registers with a layout (the first layout of CCSIDR_EL1 stands for both). */
export const ID_REGISTER_NAMES: readonly string[] = [...new Set(ID_REGISTER_LAYOUTS.map((l) => l.register))];

/** The layout of an ID register (or a feature-discovery register such as PMMIR_EL1); any case. */
export function idRegisterLayout(register: string): RegisterLayout {
  const layout = byName.get(register.trim().toUpperCase());
  if (layout === undefined) throw new UnknownIdRegisterError(register);
  return layout;
}

/** The field of an ID register, by exact name or any case. */
export function idField(register: string, field: string): RegisterField {
  const layout = idRegisterLayout(register);
  const found =
    layout.fields.find((f) => f.name === field) ??
    layout.fields.find((f) => f.name.toUpperCase() === field.toUpperCase());
  if (found === undefined) throw new UnknownIdFieldError(layout.register, field);
  return found;
}

export function fieldWidth(field: RegisterField): number {
  return field.msb - field.lsb + 1;
}

function fieldMask(field: RegisterField): bigint {
  return ((1n << BigInt(fieldWidth(field))) - 1n) << BigInt(field.lsb);
}

/** The raw (unsigned) value of a field within a register value. */
export function readField(value: bigint, field: RegisterField): bigint {
  return (value & fieldMask(field)) >> BigInt(field.lsb);
}

/** The field's value as the architecture reads it: two's complement for signed fields (0xF -> -1). */
export function fieldNumber(raw: bigint | number, field: RegisterField): number {
  const n = Number(raw);
  if (field.signed !== true) return n;
  const width = fieldWidth(field);
  return n >= 2 ** (width - 1) ? n - 2 ** width : n;
}

/** `value` with `field` replaced by `raw` (a raw unsigned value, or -1 style for signed fields). */
export function writeField(value: bigint, field: RegisterField, raw: bigint | number): bigint {
  const width = fieldWidth(field);
  let r = BigInt(raw);
  if (r < 0n && field.signed === true && r >= -(1n << BigInt(width - 1))) r += 1n << BigInt(width);
  if (r < 0n || r >= 1n << BigInt(width)) throw new IdValueRangeError(field.name, raw, width);
  return (value & ~fieldMask(field)) | (r << BigInt(field.lsb));
}

/** Throws IdValueRangeError unless `value` is a 64-bit unsigned value. */
export function checkRegisterValue(register: string, value: bigint): void {
  if (value < 0n || value >= 1n << 64n) throw new IdValueRangeError(register, value, 64);
}
