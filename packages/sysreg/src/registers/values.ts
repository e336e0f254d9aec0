// Field-by-field decoding, encoding and printing of register values, from any layout of ALL_LAYOUTS.
import { findSysReg } from "./catalogue";
import { RegisterValueError, UnknownLayoutError } from "./errors";
import type { RegisterField, RegisterLayout } from "./layout";
import { ALL_LAYOUTS } from "./layouts/index";

const ALL_BITS = (1n << 64n) - 1n;

const layoutsByRegister = new Map<string, RegisterLayout[]>();
for (const l of ALL_LAYOUTS) {
  const key = l.register.toUpperCase();
  const list = layoutsByRegister.get(key);
  if (list === undefined) layoutsByRegister.set(key, [l]);
  else list.push(l);
}

/** The catalogue spelling of a name or generic spelling (uppercase text when the catalogue lacks it). */
function canonicalName(text: string): string {
  return findSysReg(text)?.name ?? text.trim().toUpperCase();
}

/** The layouts of a register: its own, or those of the register an _EL12/_EL02 alias stands for. */
export function layoutsOf(name: string): readonly RegisterLayout[] {
  const canonical = canonicalName(name);
  const own = layoutsByRegister.get(canonical);
  if (own !== undefined) return own;
  // SCTLR_EL12 is SCTLR_EL1 accessed from EL2 with E2H=1, CNTV_CTL_EL02 is CNTV_CTL_EL0.
  const aliased = /^(.*)_EL(12|02)$/.exec(canonical);
  if (aliased !== null) return layoutsByRegister.get(`${aliased[1]}_EL${aliased[2] === "12" ? 1 : 0}`) ?? [];
  return [];
}

/**
 * The field layout of a register (name in any case, or its generic spelling). With several layouts
 * (CPTR_EL2 for E2H=0 and E2H=1) `variant` picks one; without it the first listed is returned.
 * Throws UnknownLayoutError.
 */
export function layoutOf(name: string, variant?: string): RegisterLayout {
  const all = layoutsOf(name);
  const chosen = variant === undefined ? all[0] : all.find((l) => l.variant === variant);
  if (chosen === undefined) {
    throw new UnknownLayoutError(
      canonicalName(name),
      variant,
      all.map((l) => l.variant ?? "(default)"),
    );
  }
  return chosen;
}

/** One field of a decoded value. */
export interface DecodedField {
  readonly field: RegisterField;
  readonly name: string;
  /** The raw bits of the field. */
  readonly value: bigint;
  /** The two's-complement value of a signed field; equal to `value` for an unsigned one. */
  readonly signedValue: bigint;
  /** The name of the value when the layout names it (FPMR.F8D = 1 is "E4M3"). */
  readonly valueName: string | undefined;
}

/** A register value taken apart by its layout. */
export interface DecodedRegister {
  readonly register: string;
  readonly layout: RegisterLayout;
  readonly value: bigint;
  /** Every field, most significant first. */
  readonly fields: readonly DecodedField[];
  /** RES0 bits that are set in the value (0n when none). */
  readonly res0Set: bigint;
  /** RES1 bits that are clear in the value (0n when none). */
  readonly res1Clear: bigint;
}

function toRegisterValue(value: bigint | number): bigint {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RegisterValueError(`register value ${value} is not a non-negative safe integer; pass a bigint`);
    }
    return BigInt(value);
  }
  if (value < 0n || value > ALL_BITS) throw new RegisterValueError(`register value ${value} does not fit 64 bits`);
  return value;
}

function fieldWidth(f: RegisterField): bigint {
  return BigInt(f.msb - f.lsb + 1);
}

function resolve(register: string | RegisterLayout, variant: string | undefined): [string, RegisterLayout] {
  if (typeof register !== "string") return [register.register, register];
  return [canonicalName(register), layoutOf(register, variant)];
}

export interface LayoutChoice {
  /** Which layout of a register that has several (e.g. "E2H=1"). */
  readonly variant?: string;
}

/** Takes a value apart field by field; reports RES0 bits set and RES1 bits clear. */
export function decodeRegisterValue(
  register: string | RegisterLayout,
  value: bigint | number,
  options: LayoutChoice = {},
): DecodedRegister {
  const [name, layout] = resolve(register, options.variant);
  const v = toRegisterValue(value);
  const fields = layout.fields.map((f): DecodedField => {
    const width = fieldWidth(f);
    const raw = (v >> BigInt(f.lsb)) & ((1n << width) - 1n);
    const signedValue = f.signed === true && raw >> (width - 1n) === 1n ? raw - (1n << width) : raw;
    const named = f.values?.find((n) => BigInt(n.value) === raw);
    return { field: f, name: f.name, value: raw, signedValue, valueName: named?.name };
  });
  return { register: name, layout, value: v, fields, res0Set: v & layout.res0, res1Clear: ~v & layout.res1 & ALL_BITS };
}

/**
 * Builds a value from field values (numbers, bigints, or value names such as "E4M3"), with the RES1
 * bits set; fields not given are zero. Throws RegisterValueError for an unknown field or value name,
 * or a value that does not fit its field (a signed field takes negative numbers).
 */
export function encodeRegisterValue(
  register: string | RegisterLayout,
  fields: Readonly<Record<string, bigint | number | string>>,
  options: LayoutChoice = {},
): bigint {
  const [name, layout] = resolve(register, options.variant);
  let v = layout.res1;
  for (const [fieldName, given] of Object.entries(fields)) {
    const f = layout.fields.find((x) => x.name.toUpperCase() === fieldName.toUpperCase());
    if (f === undefined) throw new RegisterValueError(`${name} has no field ${fieldName}`);
    const width = fieldWidth(f);
    let raw: bigint;
    if (typeof given === "string") {
      const named = f.values?.find((n) => n.name.toUpperCase() === given.toUpperCase());
      if (named === undefined) {
        const known = f.values?.map((n) => n.name).join(", ");
        throw new RegisterValueError(
          `${name}.${f.name} has no value named ${given}${known !== undefined ? ` (values: ${known})` : ""}`,
        );
      }
      raw = BigInt(named.value);
    } else {
      if (typeof given === "number" && !Number.isSafeInteger(given)) {
        throw new RegisterValueError(`${name}.${f.name} = ${given} is not an integer`);
      }
      raw = BigInt(given);
    }
    const min = f.signed === true ? -(1n << (width - 1n)) : 0n;
    const max = (1n << width) - 1n;
    if (raw < min || raw > max) {
      throw new RegisterValueError(`${name}.${f.name} = ${given} does not fit its ${width} bits`);
    }
    v |= (raw & max) << BigInt(f.lsb);
  }
  return v;
}

export interface FormatOptions extends LayoutChoice {
  /** Print every field, not only the non-zero ones. */
  readonly allFields?: boolean;
}

function formatFieldValue(d: DecodedField): string {
  if (d.valueName !== undefined) return d.valueName;
  const v = d.signedValue;
  return v > -10n && v < 10n ? v.toString() : v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

/**
 * A value printed field by field: `FPMR = 0x30041 {LSCALE=3, F8D=E4M3, F8S1=E4M3}`. Fields print most
 * significant first, non-zero ones only unless `allFields`; RES0 bits set print as `!RES0=0x..` and RES1
 * bits clear as `!RES1=0x..`.
 */
export function formatRegisterValue(
  register: string | RegisterLayout,
  value: bigint | number,
  options: FormatOptions = {},
): string {
  const decoded = decodeRegisterValue(register, value, options);
  const parts = decoded.fields
    .filter((d) => options.allFields === true || d.value !== 0n)
    .map((d) => `${d.name}=${formatFieldValue(d)}`);
  if (decoded.res0Set !== 0n) parts.push(`!RES0=0x${decoded.res0Set.toString(16)}`);
  if (decoded.res1Clear !== 0n) parts.push(`!RES1=0x${decoded.res1Clear.toString(16)}`);
  const several = layoutsOf(decoded.layout.register).length > 1 && decoded.layout.variant !== undefined;
  const label = several ? `${decoded.register}[${decoded.layout.variant}]` : decoded.register;
  return `${label} = 0x${decoded.value.toString(16)} {${parts.join(", ")}}`;
}
