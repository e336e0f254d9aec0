import { FeatureListSyntaxError } from "../errors";
import { FEATURE_COUNT, type FeatureName, featureIndex, KNOWN_FEATURE_NAMES, parseFeatureName } from "./names";

const WORDS = Math.ceil(FEATURE_COUNT / 32);

/**
 * An immutable set of architecture features, stored as a bitset so that `has` is one load and a
 * mask (the CPU asks it on instruction decode) and set algebra is a loop over a dozen words.
 */
export class FeatureSet {
  readonly #bits: Uint32Array;

  private constructor(bits: Uint32Array) {
    this.#bits = bits;
  }

  static readonly EMPTY: FeatureSet = new FeatureSet(new Uint32Array(WORDS));

  /** A set of the named features (`FEAT_` prefix optional, any case); throws on an unknown name. */
  static of(...names: readonly string[]): FeatureSet {
    const bits = new Uint32Array(WORDS);
    for (const name of names) setBit(bits, featureIndex(parseFeatureName(name)));
    return new FeatureSet(bits);
  }

  /** A set from its bit words (bit `i & 31` of word `i >>> 5` is feature `i`); the words are copied. */
  static fromWords(words: ArrayLike<number>): FeatureSet {
    const bits = new Uint32Array(WORDS);
    for (let i = 0; i < WORDS && i < words.length; i++) bits[i] = words[i]!;
    if (FEATURE_COUNT % 32 !== 0) bits[WORDS - 1]! &= (1 << (FEATURE_COUNT % 32)) - 1;
    return new FeatureSet(bits);
  }

  /** The number of 32-bit words of a set's bit form (see `fromWords`). */
  static readonly WORD_COUNT: number = WORDS;

  /** Every feature the architecture defines. */
  static all(): FeatureSet {
    const bits = new Uint32Array(WORDS);
    for (let i = 0; i < FEATURE_COUNT; i++) setBit(bits, i);
    return new FeatureSet(bits);
  }

  /** True when the set holds the feature (`FEAT_` prefix optional, any case; unknown names are absent). */
  has(name: string): boolean {
    const index = featureIndex(name);
    return index >= 0 && this.hasIndex(index);
  }

  /** True when the set holds the feature with this bit index (see `featureIndex`). */
  hasIndex(index: number): boolean {
    return ((this.#bits[index >>> 5]! >>> (index & 31)) & 1) === 1;
  }

  get size(): number {
    let n = 0;
    for (const word of this.#bits) n += popcount(word);
    return n;
  }

  with(...names: readonly string[]): FeatureSet {
    return this.union(FeatureSet.of(...names));
  }

  without(...names: readonly string[]): FeatureSet {
    return this.difference(FeatureSet.of(...names));
  }

  union(other: FeatureSet): FeatureSet {
    return this.#combine(other, (a, b) => a | b);
  }

  intersect(other: FeatureSet): FeatureSet {
    return this.#combine(other, (a, b) => a & b);
  }

  difference(other: FeatureSet): FeatureSet {
    return this.#combine(other, (a, b) => a & ~b);
  }

  isSubsetOf(other: FeatureSet): boolean {
    for (let i = 0; i < WORDS; i++) if ((this.#bits[i]! & ~other.#bits[i]!) !== 0) return false;
    return true;
  }

  equals(other: FeatureSet): boolean {
    for (let i = 0; i < WORDS; i++) if (this.#bits[i] !== other.#bits[i]) return false;
    return true;
  }

  /** The features in canonical (sorted) order. */
  names(): FeatureName[] {
    const out: FeatureName[] = [];
    for (let i = 0; i < FEATURE_COUNT; i++) if (this.hasIndex(i)) out.push(KNOWN_FEATURE_NAMES[i]!);
    return out;
  }

  [Symbol.iterator](): Iterator<FeatureName> {
    return this.names()[Symbol.iterator]();
  }

  /** Stable textual form: `+NAME` for each member, sorted, comma-separated, without the prefix. */
  toString(): string {
    return this.names()
      .map((n) => `+${n.slice(5)}`)
      .join(",");
  }

  toJSON(): string[] {
    return this.names();
  }

  /**
   * Applies a change list to this set: `+X` adds, `-X` removes, a bare `X` adds; items are separated by
   * commas or whitespace; names take the `FEAT_` prefix optionally, any case.
   */
  applyChanges(text: string): FeatureSet {
    const { add, remove } = parseFeatureChanges(text);
    return this.union(add).difference(remove);
  }

  /** Parses the stable textual form (or any change list) starting from the empty set. */
  static parse(text: string): FeatureSet {
    return FeatureSet.EMPTY.applyChanges(text);
  }

  #combine(other: FeatureSet, op: (a: number, b: number) => number): FeatureSet {
    const bits = new Uint32Array(WORDS);
    for (let i = 0; i < WORDS; i++) bits[i] = op(this.#bits[i]!, other.#bits[i]!);
    return new FeatureSet(bits);
  }
}

/** The features a change list adds and removes (`+FPMR,-SVE`); throws on bad syntax or unknown names. */
export function parseFeatureChanges(text: string): { add: FeatureSet; remove: FeatureSet } {
  const add: string[] = [];
  const remove: string[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    if (raw === "") continue;
    const sign = raw[0];
    const name = sign === "+" || sign === "-" ? raw.slice(1) : raw;
    if (name === "") throw new FeatureListSyntaxError(`empty feature name in '${text}'`);
    (sign === "-" ? remove : add).push(name);
  }
  return { add: FeatureSet.of(...add), remove: FeatureSet.of(...remove) };
}

function setBit(bits: Uint32Array, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
