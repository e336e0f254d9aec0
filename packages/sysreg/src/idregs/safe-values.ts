import { IdValueRangeError } from "./errors";
import { fieldNumber, fieldWidth, idField, idRegisterLayout } from "./fields";

/**
 * How KVM judges a userspace value for an ID field against the host's (Linux cpufeature.c ftr_bits):
 * "lower": any value up to the host's is safe (most fields: less of a feature);
 * "higher": any value from the host's up is safe (SpecSEI: claiming more SErrors is safe);
 * "exact": only the host's value or the field's safe value;
 * "higherOrZero": zero, or a value from the host's up (cache writeback granules, CWG/ERG);
 * "any": the field identifies rather than describes (MIDR, REVIDR, AIDR, CLIDR) and takes any value.
 */
export type SafeValueRule = "lower" | "higher" | "exact" | "higherOrZero" | "any";

export interface FieldSafety {
  readonly rule: SafeValueRule;
  /** Compared as two's complement: 0xF (-1) is "not implemented", below 0. */
  readonly signed: boolean;
  /** The raw value that is always safe for an "exact" field. */
  readonly safeValue: number;
}

type Override = { readonly rule: SafeValueRule; readonly signed?: boolean; readonly safeValue?: number };

const exact0: Override = { rule: "exact", safeValue: 0 };
const any: Override = { rule: "any" };
const allFields = (register: string, o: Override): Record<string, Override> =>
  Object.fromEntries(idRegisterLayout(register).fields.map((f) => [f.name, o]));

// Fields whose rule is not "lower" with the layout's signedness. Every other field is lower-safe:
// taking a feature away is always safe; claiming more than the host has never is.
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, Override>>>> = {
  MIDR_EL1: allFields("MIDR_EL1", any),
  REVIDR_EL1: allFields("REVIDR_EL1", any),
  AIDR_EL1: allFields("AIDR_EL1", any),
  CLIDR_EL1: allFields("CLIDR_EL1", any),
  ID_AA64ISAR1_EL1: { API: exact0, APA: exact0 },
  ID_AA64ISAR2_EL1: { APA3: exact0 },
  ID_AA64SMFR0_EL1: allFields("ID_AA64SMFR0_EL1", exact0),
  ID_AA64FPFR0_EL1: allFields("ID_AA64FPFR0_EL1", exact0),
  ID_AA64MMFR0_EL1: {
    TGran4_2: { rule: "exact", safeValue: 1 },
    TGran64_2: { rule: "exact", safeValue: 1 },
    TGran16_2: { rule: "exact", safeValue: 1 },
  },
  ID_AA64MMFR1_EL1: { SpecSEI: { rule: "higher" } },
  ID_MMFR4_EL1: { SpecSEI: { rule: "higher" } },
  // KVM treats these version fields as unsigned lower-safe for userspace writes, whatever the host tables say.
  ID_AA64DFR0_EL1: { PMUVer: { rule: "lower", signed: false }, DebugVer: { rule: "lower", signed: false } },
  ID_DFR0_EL1: { PerfMon: { rule: "lower", signed: false }, CopDbg: { rule: "lower", signed: false } },
  CTR_EL0: {
    CWG: { rule: "higherOrZero" },
    ERG: { rule: "higherOrZero" },
    L1Ip: { rule: "exact", safeValue: 2 },
  },
  DCZID_EL0: { DZP: { rule: "exact", safeValue: 1 } },
};

/** The safe-value rule KVM applies to a field of an ID register. */
export function fieldSafety(register: string, field: string): FieldSafety {
  const layout = idRegisterLayout(register);
  const f = idField(layout.register, field);
  const o = OVERRIDES[layout.register]?.[f.name];
  return {
    rule: o?.rule ?? "lower",
    signed: o?.signed ?? f.signed === true,
    safeValue: o?.safeValue ?? 0,
  };
}

/**
 * True when `proposed` (a raw field value, e.g. 0xF for "not implemented") is a value KVM accepts for
 * the field of a VM whose host has `hostValue`: equal to it, or safe by the field's rule.
 */
export function isSafeRestriction(
  register: string,
  field: string,
  hostValue: number | bigint,
  proposed: number | bigint,
): boolean {
  const f = idField(register, field);
  const width = fieldWidth(f);
  for (const v of [hostValue, proposed]) {
    if (BigInt(v) < 0n || BigInt(v) >= 1n << BigInt(width))
      throw new IdValueRangeError(`${register}.${f.name}`, v, width);
  }
  if (BigInt(hostValue) === BigInt(proposed)) return true;
  const safety = fieldSafety(register, f.name);
  const read = (v: number | bigint) => (safety.signed ? fieldNumber(v, f) : Number(v));
  const host = read(hostValue);
  const value = read(proposed);
  switch (safety.rule) {
    case "any":
      return true;
    case "lower":
      return value < host;
    case "higher":
      return value > host;
    case "exact":
      return Number(proposed) === safety.safeValue;
    case "higherOrZero":
      return value === 0 || (host !== 0 && value > host);
  }
}
