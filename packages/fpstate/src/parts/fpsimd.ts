import { checkBytes, checkIndex, checkUnsigned } from "./checks";
import { VECTOR_REGISTER_COUNT, type VectorBank } from "./vector-bank";

/** FPSR bits that exist (N, Z, C, V, QC, IDC, IXC, UFC, OFC, DZC, IOC); the others are RES0. */
export const FPSR_DEFINED_MASK = 0xf800009f;
/** FPCR bits that exist (AHP, DN, FZ, RMode, Stride, FZ16, Len, IDE, EBF, IXE..IOE, NEP, AH, FIZ); the others are RES0. */
export const FPCR_DEFINED_MASK = 0x07ffbf07;

const V_WORDS = 4;

/**
 * FP/SIMD state: V0-V31 (128 bits each), FPSR and FPCR. The V registers live in a VectorBank: alone
 * it is 128 bits wide; with SVE or SME it is the Z bank, and every write of a V register zeroes the bits
 * of Z above 128, as the architecture's V[] setter does. Register n, word i (i = 0 least significant) is
 * `words[wordIndex(n) + i]`; `u64`, `f32` and `f64` view the same memory for the CPU's hot paths.
 */
export class FpsimdRegisters {
  readonly words: Uint32Array;
  readonly u64: BigUint64Array;
  readonly f32: Float32Array;
  readonly f64: Float64Array;
  /** Words between consecutive V registers: 4 without SVE/SME, VL/32 with them. */
  readonly strideWords: number;
  #fpsr = 0;
  #fpcr = 0;

  constructor(bank: VectorBank) {
    this.words = bank.words;
    this.strideWords = bank.strideWords;
    const { buffer, byteOffset, length } = bank.words;
    this.u64 = new BigUint64Array(buffer, byteOffset, length / 2);
    this.f32 = new Float32Array(buffer, byteOffset, length);
    this.f64 = new Float64Array(buffer, byteOffset, length / 2);
  }

  get fpsr(): number {
    return this.#fpsr;
  }
  /** Writes FPSR; RES0 bits are ignored as on hardware. */
  set fpsr(value: number) {
    this.#fpsr = (value & FPSR_DEFINED_MASK) >>> 0;
  }
  get fpcr(): number {
    return this.#fpcr;
  }
  /** Writes FPCR; RES0 bits are ignored as on hardware. */
  set fpcr(value: number) {
    this.#fpcr = (value & FPCR_DEFINED_MASK) >>> 0;
  }

  /** Index in `words` of the least-significant word of Vn (index into `u64`/`f64`: half of it). */
  wordIndex(n: number): number {
    checkIndex("V register", n, VECTOR_REGISTER_COUNT);
    return n * this.strideWords;
  }

  /** Word i (0..3, least significant first) of Vn. */
  getWord(n: number, i: number): number {
    checkIndex("V register word", i, V_WORDS);
    return this.words[this.wordIndex(n) + i]!;
  }

  /** Writes word i of Vn, keeping its other words and zeroing Zn above bit 127. */
  setWord(n: number, i: number, value: number): void {
    checkIndex("V register word", i, V_WORDS);
    const base = this.wordIndex(n);
    this.words[base + i] = value;
    this.#zeroUpper(base);
  }

  /** Writes all of Vn (w0 least significant) and zeroes Zn above bit 127. */
  writeV(n: number, w0: number, w1: number, w2: number, w3: number): void {
    const base = this.wordIndex(n);
    const w = this.words;
    w[base] = w0;
    w[base + 1] = w1;
    w[base + 2] = w2;
    w[base + 3] = w3;
    this.#zeroUpper(base);
  }

  /** Copies Vn's four words into `out` at `offset` (no allocation). */
  readV(n: number, out: Uint32Array, offset = 0): void {
    const base = this.wordIndex(n);
    for (let i = 0; i < V_WORDS; i++) out[offset + i] = this.words[base + i]!;
  }

  /** Bits [63:0] of Vn. */
  getLo64(n: number): bigint {
    return this.u64[this.wordIndex(n) >>> 1]!;
  }

  /** Bits [127:64] of Vn. */
  getHi64(n: number): bigint {
    return this.u64[(this.wordIndex(n) >>> 1) + 1]!;
  }

  /** Vn as one 128-bit value (allocates a bigint: for tools and userspace, not the CPU's inner loop). */
  getV(n: number): bigint {
    return (this.getHi64(n) << 64n) | this.getLo64(n);
  }

  /** Writes Vn from a 128-bit value; throws RegisterValueError when it does not fit. */
  setV(n: number, value: bigint): void {
    const v = checkUnsigned(`V${n}`, value, 128);
    const half = this.wordIndex(n) >>> 1;
    this.u64[half] = v & 0xffff_ffff_ffff_ffffn;
    this.u64[half + 1] = v >> 64n;
    this.#zeroUpper(half * 2);
  }

  /** Vn as 16 little-endian bytes (a copy). */
  getBytes(n: number): Uint8Array {
    const base = this.wordIndex(n);
    return new Uint8Array(
      this.words.buffer.slice(this.words.byteOffset + base * 4, this.words.byteOffset + base * 4 + 16),
    );
  }

  /** Writes Vn from 16 little-endian bytes. */
  setBytes(n: number, bytes: Uint8Array): void {
    checkBytes(`V${n}`, bytes, 16);
    const base = this.wordIndex(n);
    new Uint8Array(this.words.buffer, this.words.byteOffset + base * 4, 16).set(bytes);
    this.#zeroUpper(base);
  }

  /** Copies FPSR, FPCR and, when `withVectors`, V0-V31 from `src` (writes zero Z above bit 127). */
  copyFrom(src: FpsimdRegisters, withVectors: boolean): void {
    this.#fpsr = src.#fpsr;
    this.#fpcr = src.#fpcr;
    if (!withVectors) return;
    if (src.strideWords === V_WORDS && this.strideWords === V_WORDS) {
      this.words.set(src.words);
      return;
    }
    const from = src.words;
    const to = this.words;
    for (let n = 0; n < VECTOR_REGISTER_COUNT; n++) {
      const s = n * src.strideWords;
      const d = n * this.strideWords;
      to[d] = from[s]!;
      to[d + 1] = from[s + 1]!;
      to[d + 2] = from[s + 2]!;
      to[d + 3] = from[s + 3]!;
      this.#zeroUpper(d);
    }
  }

  /** Zeroes V0-V31 (and so all of Z0-Z31), FPSR and FPCR. */
  reset(): void {
    this.words.fill(0);
    this.#fpsr = 0;
    this.#fpcr = 0;
  }

  #zeroUpper(base: number): void {
    const w = this.words;
    for (let i = base + V_WORDS, end = base + this.strideWords; i < end; i++) w[i] = 0;
  }
}
