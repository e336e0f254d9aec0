// Finding a trappable encoding by what a user types: a name, an alias, a generic S<op0>_<op1>_C<n>_C<m>_<op2>
// spelling, "TLBI VMALLE1IS", or a hex encoding key.
import { encodingKey, parseGenericName } from "@a64vm/sysreg";
import type { TrappableEncoding } from "./encodings";
import { TRAPPABLE_ENCODINGS } from "./encodings";
import { UnknownEncodingError } from "./errors";
import { TRAPPABLE_ENCODINGS_BY_KEY } from "./trap-config";

const BY_NAME = new Map<string, TrappableEncoding>();
for (const e of TRAPPABLE_ENCODINGS) {
  BY_NAME.set(e.name.toUpperCase(), e);
  for (const a of e.aliases) BY_NAME.set(a.toUpperCase(), e);
}

/** The entry of an encoding key, or undefined when the table has none. */
export function encodingByKey(key: number): TrappableEncoding | undefined {
  return TRAPPABLE_ENCODINGS_BY_KEY.get(key);
}

/** Finds an entry; throws UnknownEncodingError (with a suggestion) when there is none. */
export function findEncoding(text: string): TrappableEncoding {
  const trimmed = text.trim();
  const byName = BY_NAME.get(trimmed.toUpperCase().replace(/[\s,]+/g, "_"));
  if (byName !== undefined) return byName;
  const generic = parseGenericName(trimmed);
  const hex = /^0x[0-9a-f]{1,4}$/i.test(trimmed) ? Number.parseInt(trimmed, 16) : null;
  const key = generic !== null ? encodingKey(generic) : hex;
  if (key !== null) {
    const e = TRAPPABLE_ENCODINGS_BY_KEY.get(key);
    if (e !== undefined) return e;
  }
  throw new UnknownEncodingError(text, suggest(trimmed.toUpperCase()));
}

function suggest(text: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(text.length / 4)) + 1;
  for (const name of BY_NAME.keys()) {
    if (name.startsWith("S3_")) continue;
    const d = distance(text, name, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
