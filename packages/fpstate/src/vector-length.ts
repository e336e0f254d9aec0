import { InvalidVectorLengthError, UnsupportedVectorLengthError } from "./errors";

/** Smallest and largest SVE/SME vector lengths the architecture allows, in bits. */
export const MIN_VECTOR_BITS = 128;
export const MAX_VECTOR_BITS = 2048;
/** Vector lengths come in steps of one 128-bit granule (ZCR_ELx.LEN + 1 granules). */
export const VECTOR_GRANULE_BITS = 128;

/** True when `bits` is an architecturally possible vector length (128..2048, step 128). */
export function isVectorLength(bits: number): boolean {
  return (
    Number.isInteger(bits) && bits >= MIN_VECTOR_BITS && bits <= MAX_VECTOR_BITS && bits % VECTOR_GRANULE_BITS === 0
  );
}

/** Throws InvalidVectorLengthError unless `bits` is a possible vector length. */
export function checkVectorLength(what: string, bits: number): number {
  if (!isVectorLength(bits)) throw new InvalidVectorLengthError(what, bits);
  return bits;
}

/**
 * The set of vector lengths a CPU implements (what probing ZCR_EL2.LEN / SMCR_EL2.LEN finds), as a
 * 16-bit mask: bit k means (k + 1) * 128 bits.
 */
export class VectorLengthSet {
  readonly mask: number;

  private constructor(mask: number) {
    this.mask = mask;
  }

  static readonly EMPTY: VectorLengthSet = new VectorLengthSet(0);

  /** A set of the given lengths; throws InvalidVectorLengthError on an impossible one. */
  static of(...bits: readonly number[]): VectorLengthSet {
    let mask = 0;
    for (const b of bits) mask |= 1 << (checkVectorLength("vector length", b) / VECTOR_GRANULE_BITS - 1);
    return new VectorLengthSet(mask);
  }

  /** The power-of-two lengths from 128 up to `maxBits` (what current implementations provide). */
  static powersOfTwoUpTo(maxBits: number): VectorLengthSet {
    checkVectorLength("maximum vector length", maxBits);
    const out: number[] = [];
    for (let b = MIN_VECTOR_BITS; b <= maxBits; b *= 2) out.push(b);
    return VectorLengthSet.of(...out);
  }

  has(bits: number): boolean {
    return isVectorLength(bits) && ((this.mask >>> (bits / VECTOR_GRANULE_BITS - 1)) & 1) === 1;
  }

  get isEmpty(): boolean {
    return this.mask === 0;
  }

  /** The largest length in the set, or 0 when empty. */
  get max(): number {
    return this.mask === 0 ? 0 : (32 - Math.clz32(this.mask)) * VECTOR_GRANULE_BITS;
  }

  /** The lengths, ascending. */
  lengths(): number[] {
    const out: number[] = [];
    for (let k = 0; k < 16; k++) if ((this.mask >>> k) & 1) out.push((k + 1) * VECTOR_GRANULE_BITS);
    return out;
  }

  /** The lengths of this set that are at most `bits`: a VM with maximum `bits` may use these. */
  upTo(bits: number): VectorLengthSet {
    const keep = bits >= MAX_VECTOR_BITS ? 0xffff : (1 << Math.floor(bits / VECTOR_GRANULE_BITS)) - 1;
    return new VectorLengthSet(this.mask & keep);
  }

  /**
   * The VM's maximum length: `requested` when the host supports it (it must be one of the host's lengths,
   * so it is at most the host's maximum), otherwise the host's maximum.
   */
  chooseVmMaximum(what: string, requested?: number): number {
    if (requested === undefined) {
      if (this.isEmpty) throw new UnsupportedVectorLengthError(what, 0, []);
      return this.max;
    }
    checkVectorLength(what, requested);
    if (!this.has(requested)) throw new UnsupportedVectorLengthError(what, requested, this.lengths());
    return requested;
  }

  toString(): string {
    return this.lengths().join(",");
  }
}
