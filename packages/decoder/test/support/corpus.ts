/** The words the differential test sends to both decoders: samples of every encoding line plus seeded random words. */
import type { EncodingLine } from "../../src/encodings/format";

/** xorshift32: a small seeded generator, so a seed names the same corpus on every machine. */
export function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

/**
 * `perLine` words per encoding line: its fixed bits, with the free bits all zero, all one, and
 * then random, so every field's extremes and its interior are visited.
 */
export function sampleLines(lines: readonly EncodingLine[], perLine: number, seed: number): Uint32Array {
  const next = xorshift(seed);
  const out = new Uint32Array(lines.length * perLine);
  let k = 0;
  for (const line of lines) {
    for (let i = 0; i < perLine; i++) {
      const fill = i === 0 ? 0 : i === 1 ? 0xffffffff : next();
      out[k++] = ((fill & ~line.mask) | line.value) >>> 0;
    }
  }
  return out;
}

/** `count` uniformly random 32-bit words from `seed`. */
export function randomWords(count: number, seed: number): Uint32Array {
  const next = xorshift(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = next();
  return out;
}
