import { checkUnsigned } from "./checks";

/**
 * FPMR bits that exist: F8S1 [2:0], F8S2 [5:3], F8D [8:6], OSM [14], OSC [15], LSCALE [22:16],
 * NSCALE [31:24] (low word) and LSCALE2 [37:32] (high word); the others are RES0.
 */
export const FPMR_DEFINED_MASK_LO = 0xff7fc1ff;
export const FPMR_DEFINED_MASK_HI = 0x3f;

/** The FP8 mode register FPMR (FEAT_FPMR), 64 bits held as two words. */
export class FpmrRegister {
  readonly words: Uint32Array = new Uint32Array(2);

  get lo(): number {
    return this.words[0]!;
  }
  get hi(): number {
    return this.words[1]!;
  }

  /** The 64-bit value. */
  get value(): bigint {
    return (BigInt(this.words[1]!) << 32n) | BigInt(this.words[0]!);
  }

  /** Writes FPMR (RES0 bits are ignored as on hardware); throws RegisterValueError above 64 bits. */
  set value(v: bigint) {
    const value = checkUnsigned("FPMR", v, 64);
    this.setWords(Number(value & 0xffff_ffffn), Number(value >> 32n));
  }

  /** Allocation-free write of both halves (RES0 bits ignored). */
  setWords(lo: number, hi: number): void {
    this.words[0] = lo & FPMR_DEFINED_MASK_LO;
    this.words[1] = hi & FPMR_DEFINED_MASK_HI;
  }

  copyFrom(src: FpmrRegister): void {
    this.words[0] = src.words[0]!;
    this.words[1] = src.words[1]!;
  }

  reset(): void {
    this.words.fill(0);
  }
}
