import { UnsafeIdRegisterWriteError } from "./errors";
import { checkRegisterValue, fieldWidth, idRegisterLayout, readField } from "./fields";
import { fieldSafety, isSafeRestriction } from "./safe-values";
import { type WritableMaskOptions, writableMask } from "./writable";

const RULE_WORDS = {
  lower: "at most the host's",
  higher: "at least the host's",
  exact: "the host's or the safe value",
  higherOrZero: "zero or at least the host's",
  any: "any",
} as const;

/**
 * Checks a userspace write of `proposed` to an ID register whose host (limit) value is `hostValue`,
 * as KVM does before the VM first runs: every field outside the writable mask must equal the host's,
 * every writable field must be a safe restriction, and bits of no field must not change. Throws
 * UnsafeIdRegisterWriteError naming the first offending field; returns nothing when the write is accepted.
 */
export function checkIdRegisterWrite(
  register: string,
  hostValue: bigint,
  proposed: bigint,
  options: WritableMaskOptions = {},
): void {
  const layout = idRegisterLayout(register);
  const name = layout.register;
  checkRegisterValue(name, hostValue);
  checkRegisterValue(name, proposed);
  const mask = writableMask(name, options);
  let fieldBits = 0n;
  for (const f of layout.fields) {
    const bits = ((1n << BigInt(fieldWidth(f))) - 1n) << BigInt(f.lsb);
    fieldBits |= bits;
    const host = readField(hostValue, f);
    const value = readField(proposed, f);
    if (host === value) continue;
    const show = (v: bigint) => `0x${v.toString(16)}`;
    if ((mask & bits) !== bits) {
      throw new UnsafeIdRegisterWriteError(
        name,
        f.name,
        "not-writable",
        hostValue,
        proposed,
        `not writable: must stay ${show(host)} (proposed ${show(value)})`,
      );
    }
    if (!isSafeRestriction(name, f.name, host, value)) {
      const rule = fieldSafety(name, f.name).rule;
      throw new UnsafeIdRegisterWriteError(
        name,
        f.name,
        "unsafe-value",
        hostValue,
        proposed,
        `${show(value)} is not a safe restriction of the host's ${show(host)} (${rule}-safe: ${RULE_WORDS[rule]})`,
      );
    }
  }
  const changedOther = (hostValue ^ proposed) & ~fieldBits;
  if (changedOther !== 0n) {
    throw new UnsafeIdRegisterWriteError(
      name,
      "",
      "reserved-bits",
      hostValue,
      proposed,
      `bits 0x${changedOther.toString(16)} belong to no field and must not change`,
    );
  }
}
