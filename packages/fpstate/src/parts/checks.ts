import { RegisterIndexError, RegisterValueError } from "../errors";

/** Throws RegisterIndexError unless `index` is an integer in 0..limit-1. */
export function checkIndex(what: string, index: number, limit: number): void {
  if (!(Number.isInteger(index) && index >= 0 && index < limit)) throw new RegisterIndexError(what, index, limit);
}

/** Throws RegisterValueError unless `bytes` is a Uint8Array of exactly `length` bytes. */
export function checkBytes(what: string, bytes: Uint8Array, length: number): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length)
    throw new RegisterValueError(`${what} needs exactly ${length} bytes, got ${describeLength(bytes)}`);
}

/** Throws RegisterValueError unless `value` is an unsigned integer of at most `bits` bits. */
export function checkUnsigned(what: string, value: bigint | number, bits: number): bigint {
  const big = typeof value === "number" ? (Number.isSafeInteger(value) ? BigInt(value) : -1n) : value;
  if (typeof big !== "bigint" || big < 0n || big >> BigInt(bits) !== 0n)
    throw new RegisterValueError(`${what} must be an unsigned ${bits}-bit integer, got ${String(value)}`);
  return big;
}

function describeLength(bytes: unknown): string {
  return bytes instanceof Uint8Array ? `${bytes.length}` : typeof bytes;
}

/** Copies `count` little-endian 32-bit words of `words` starting at `from` into a new byte array. */
export function wordsToBytes(words: Uint32Array, from: number, count: number): Uint8Array {
  const out = new Uint8Array(count * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i++) view.setUint32(i * 4, words[from + i]!, true);
  return out;
}

/** Stores little-endian `bytes` (length a multiple of 4) into `words` starting at `from`. */
export function bytesToWords(bytes: Uint8Array, words: Uint32Array, from: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length / 4; i++) words[from + i] = view.getUint32(i * 4, true);
}

/** Copies `count` little-endian 16-bit halves into a new byte array. */
export function halvesToBytes(halves: Uint16Array, from: number, count: number): Uint8Array {
  const out = new Uint8Array(count * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i++) view.setUint16(i * 2, halves[from + i]!, true);
  return out;
}

/** Stores little-endian `bytes` (even length) into `halves` starting at `from`. */
export function bytesToHalves(bytes: Uint8Array, halves: Uint16Array, from: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length / 2; i++) halves[from + i] = view.getUint16(i * 2, true);
}
