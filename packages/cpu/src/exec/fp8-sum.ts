/**
 * Exact sums of a few doubles for the FP8 multiply-accumulates, which round once: the terms grow a
 * nonoverlapping expansion (Shewchuk's GROW-EXPANSION with TwoSum), and the result is its
 * nearest double plus the sign of what lies below it, ready for roundToFormat's sticky argument.
 * Module-level storage; nothing allocates.
 */

const parts = new Float64Array(16);
let count = 0;
/** Infinities and invalid combinations met among the terms (they bypass the expansion). */
let positiveInfinity = false;
let negativeInfinity = false;
let invalid = false;
/** Whether every term so far was a negative zero (an all-(-0) sum is -0 in nearest-even). */
let allNegativeZero = true;

export function beginSum(): void {
  count = 0;
  positiveInfinity = false;
  negativeInfinity = false;
  invalid = false;
  allNegativeZero = true;
}

/** Marks the sum invalid (a NaN operand, or infinity times zero). */
export function poisonSum(): void {
  invalid = true;
}

export function addTerm(x: number): void {
  if (Number.isNaN(x)) {
    invalid = true;
    return;
  }
  if (x === Number.POSITIVE_INFINITY) {
    positiveInfinity = true;
    return;
  }
  if (x === Number.NEGATIVE_INFINITY) {
    negativeInfinity = true;
    return;
  }
  if (!(x === 0 && Object.is(x, -0))) allNegativeZero = false;
  if (x === 0) return;
  let q = x;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const e = parts[i]!;
    const s = q + e;
    const bv = s - q;
    const err = q - (s - bv) + (e - bv);
    q = s;
    if (err !== 0) parts[kept++] = err;
  }
  if (q !== 0) parts[kept++] = q;
  count = kept;
}

/** The sum's nearest double (NaN when invalid, an infinity when one dominates) and the sticky sign. */
export function sumValue(): number {
  if (invalid || (positiveInfinity && negativeInfinity)) return Number.NaN;
  if (positiveInfinity) return Number.POSITIVE_INFINITY;
  if (negativeInfinity) return Number.NEGATIVE_INFINITY;
  sticky = 0;
  if (count === 0) return allNegativeZero ? -0 : 0;
  const hi = parts[count - 1]!;
  const lo = count > 1 ? parts[count - 2]! : 0;
  const s = hi + lo;
  const bv = s - hi;
  const err = hi - (s - bv) + (lo - bv);
  sticky = err !== 0 ? Math.sign(err) : count > 2 ? Math.sign(parts[count - 3]!) : 0;
  return s;
}

let sticky = 0;

/** Sign of the part of the sum below the double sumValue() returned (0 when it is exact). */
export function sumSticky(): number {
  return sticky;
}
