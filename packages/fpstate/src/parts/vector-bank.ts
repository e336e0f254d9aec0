/** Number of vector registers (V0-V31 / Z0-Z31). */
export const VECTOR_REGISTER_COUNT = 32;

/**
 * The storage of the 32 vector registers, shared by the FP/SIMD view (V = low 128 bits) and the SVE
 * view (Z at the full length): one typed array, register n occupying `strideWords` words from
 * n * strideWords, least-significant word first.
 */
export class VectorBank {
  readonly bits: number;
  readonly strideWords: number;
  readonly words: Uint32Array;

  constructor(bits: number) {
    this.bits = bits;
    this.strideWords = bits / 32;
    this.words = new Uint32Array(VECTOR_REGISTER_COUNT * this.strideWords);
  }
}
