import { validate } from "../features/index";
import { parseGenericName } from "../registers/encoding";
import {
  HostConstraintError,
  HostFileSyntaxError,
  MalformedRegisterValueError,
  UnknownHostRegisterError,
} from "./errors";
import { hostFeatures } from "./host-features";
import {
  completeIdRegisters,
  HOST_ID_REGISTER_NAMES,
  hostRegisterByEncoding,
  hostRegisterByName,
} from "./host-registers";
import { closestName } from "./suggest";
import type { CpuProfile } from "./types";

/** Something about a custom host worth telling the user that does not stop it from being used. */
export type HostWarning =
  | { readonly kind: "constraint"; readonly constraint: string; readonly message: string }
  | { readonly kind: "missing-registers"; readonly registers: readonly string[]; readonly message: string };

/** A custom host and what was noticed while reading it. */
export interface ParsedHost {
  readonly profile: CpuProfile;
  readonly warnings: readonly HostWarning[];
}

const TOP_LEVEL_KEYS = ["name", "description", "midr", "idRegisters"] as const;
const MAX_U64 = (1n << 64n) - 1n;
const MAX_U32 = (1n << 32n) - 1n;

/** How to read a custom host file. */
export interface CustomHostOptions {
  /** Where the text came from (a path), recorded as the profile's source. */
  readonly source?: string;
  /** Constraint violations are an error (HostConstraintError) instead of warnings. */
  readonly strict?: boolean;
}

/**
 * A custom host from the text of a host file (see `readCustomHost` for the format and its errors),
 * checked against every Features.json constraint: each violated constraint is a warning naming it,
 * or, with `strict`, one HostConstraintError listing them all. Registers the file does not give read
 * as zero and are listed in one warning.
 */
export function parseCustomHost(text: string, options: CustomHostOptions = {}): ParsedHost {
  const { profile, missing } = readCustomHost(text, options.source);
  const violations = validate(hostFeatures(profile));
  if (options.strict === true && violations.length > 0) {
    throw new HostConstraintError(
      profile.name,
      violations.map((v) => `${v.message} (${v.constraint})`),
    );
  }
  const warnings: HostWarning[] = violations.map((v) => ({
    kind: "constraint",
    constraint: v.constraint,
    message: `violates Features.json constraint ${v.constraint}: ${v.message}`,
  }));
  if (missing.length > 0) {
    warnings.push({
      kind: "missing-registers",
      registers: missing,
      message: `${missing.length} register${missing.length === 1 ? "" : "s"} not given, read as zero (not implemented): ${missing.join(", ")}`,
    });
  }
  return { profile, warnings };
}

/**
 * Reads the registers of a custom host file:
 * `{ "name": ..., "midr": "0x...", "idRegisters": { "ID_AA64PFR0_EL1": "0x...", ... } }`.
 * Register names are canonical names (any case) or the generic `S3_0_C0_C4_0` spelling; values are
 * hex strings (`"0x1201_1111"`), decimal strings, or JSON integers up to 2^53. Throws
 * HostFileSyntaxError, UnknownHostRegisterError (with a suggestion) or MalformedRegisterValueError.
 * Registers the file does not give read as zero, and `missing` lists them.
 */
export function readCustomHost(
  text: string,
  source = "custom host file",
): { profile: CpuProfile; missing: readonly string[] } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new HostFileSyntaxError(`host file is not JSON: ${(error as Error).message}`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new HostFileSyntaxError("host file must hold a JSON object with name, midr and idRegisters");
  }
  const fields = document as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      throw new HostFileSyntaxError(`unknown key '${key}' in host file (expected ${TOP_LEVEL_KEYS.join(", ")})`);
    }
  }
  const name = fields.name;
  if (typeof name !== "string" || name.trim() === "") {
    throw new HostFileSyntaxError("host file needs a non-empty string 'name'");
  }
  const description = fields.description;
  if (description !== undefined && typeof description !== "string") {
    throw new HostFileSyntaxError("'description' in host file must be a string");
  }
  if (fields.midr === undefined)
    throw new HostFileSyntaxError("host file needs 'midr' (MIDR_EL1, e.g. \"0x410fd4f1\")");
  const midr = parseRegisterValue("MIDR_EL1", fields.midr, MAX_U32);
  const registers = fields.idRegisters;
  if (typeof registers !== "object" || registers === null || Array.isArray(registers)) {
    throw new HostFileSyntaxError("host file needs an object 'idRegisters' mapping register names to values");
  }

  const given: Record<string, bigint> = {};
  for (const [rawName, rawValue] of Object.entries(registers as Record<string, unknown>)) {
    const canonical = canonicalHostRegister(rawName);
    if (canonical in given) throw new HostFileSyntaxError(`register ${canonical} is given twice in host file`);
    given[canonical] = parseRegisterValue(canonical, rawValue, MAX_U64);
  }
  const missing = HOST_ID_REGISTER_NAMES.filter((r) => !(r in given));
  const profile: CpuProfile = Object.freeze({
    name: name.trim(),
    description: description ?? `custom host from ${source}`,
    midr,
    source,
    idRegisters: Object.freeze(completeIdRegisters(given)),
    deviations: Object.freeze([]),
  });
  return { profile, missing };
}

/** The canonical name of a host register spelled by name (any case) or generic encoding. */
function canonicalHostRegister(text: string): string {
  const byName = hostRegisterByName(text.trim().toUpperCase());
  if (byName !== undefined) return byName.name;
  const encoding = parseGenericName(text);
  const byEncoding = encoding === null ? undefined : hostRegisterByEncoding(encoding);
  if (byEncoding !== undefined) return byEncoding.name;
  throw new UnknownHostRegisterError(text, closestName(text, HOST_ID_REGISTER_NAMES));
}

const HEX = /^0x[0-9a-f]+(?:_[0-9a-f]+)*$/i;
const DECIMAL = /^[0-9]+$/;

/** A register value from JSON: a hex or decimal string, or an exact non-negative JSON integer. */
function parseRegisterValue(register: string, raw: unknown, max: bigint): bigint {
  let value: bigint;
  if (typeof raw === "string") {
    const text = raw.trim();
    if (HEX.test(text)) value = BigInt(text.replaceAll("_", ""));
    else if (DECIMAL.test(text)) value = BigInt(text);
    else throw new MalformedRegisterValueError(register, raw, 'expected a hex string such as "0x1201111120111112"');
  } else if (typeof raw === "number") {
    if (!Number.isSafeInteger(raw) || raw < 0) {
      throw new MalformedRegisterValueError(
        register,
        raw,
        "numbers must be exact non-negative integers; use a hex string",
      );
    }
    value = BigInt(raw);
  } else {
    throw new MalformedRegisterValueError(register, raw, 'expected a hex string such as "0x1201111120111112"');
  }
  if (value > max) {
    throw new MalformedRegisterValueError(register, raw, `wider than ${max === MAX_U32 ? 32 : 64} bits`);
  }
  return value;
}
