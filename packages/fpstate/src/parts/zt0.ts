import { bytesToWords, checkBytes, checkIndex, wordsToBytes } from "./checks";

/** ZT0 is 512 bits. */
export const ZT0_BITS = 512;
const ZT0_WORDS = ZT0_BITS / 32;

/** The SME2 lookup-table register ZT0 (512 bits), as 16 words, least significant first. */
export class Zt0Register {
  readonly words: Uint32Array = new Uint32Array(ZT0_WORDS);

  getWord(i: number): number {
    checkIndex("ZT0 word", i, ZT0_WORDS);
    return this.words[i]!;
  }

  setWord(i: number, value: number): void {
    checkIndex("ZT0 word", i, ZT0_WORDS);
    this.words[i] = value;
  }

  /** ZT0 as 64 little-endian bytes (a copy). */
  getBytes(): Uint8Array {
    return wordsToBytes(this.words, 0, ZT0_WORDS);
  }

  setBytes(bytes: Uint8Array): void {
    checkBytes("ZT0", bytes, ZT0_BITS / 8);
    bytesToWords(bytes, this.words, 0);
  }

  copyFrom(src: Zt0Register): void {
    this.words.set(src.words);
  }

  reset(): void {
    this.words.fill(0);
  }
}
