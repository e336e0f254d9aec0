import { RegisterValueError } from "../errors";
import { bytesToWords, checkBytes, checkIndex, wordsToBytes } from "./checks";

/** SVCR.SM: the PE is in streaming SVE mode. */
export const SVCR_SM = 0b01;
/** SVCR.ZA: ZA (and ZT0) storage is enabled. */
export const SVCR_ZA = 0b10;
const SVCR_DEFINED_MASK = SVCR_SM | SVCR_ZA;

/**
 * SME state at the streaming vector length `svl` (bits): SVCR and the ZA array of svl/8 rows of svl/8
 * bytes. Row r, word i is `za[zaWordIndex(r) + i]`. While SVCR.ZA is 0 the array is inaccessible and
 * architecturally becomes zero when enabled, so this model keeps it zero then.
 */
export class SmeState {
  readonly svl: number;
  readonly za: Uint32Array;
  readonly rowWords: number;
  readonly rows: number;
  #svcr = 0;

  constructor(svl: number) {
    this.svl = svl;
    this.rows = svl / 8;
    this.rowWords = svl / 32;
    this.za = new Uint32Array(this.rows * this.rowWords);
  }

  get svcr(): number {
    return this.#svcr;
  }

  /** Writes SVCR; throws RegisterValueError on bits other than SM and ZA. Disabling ZA zeroes it. */
  set svcr(value: number) {
    if (!Number.isInteger(value) || (value & ~SVCR_DEFINED_MASK) !== 0 || value < 0)
      throw new RegisterValueError(`SVCR ${value} sets bits other than SM (0) and ZA (1)`);
    if ((value & SVCR_ZA) === 0) this.za.fill(0);
    this.#svcr = value;
  }

  get streaming(): boolean {
    return (this.#svcr & SVCR_SM) !== 0;
  }

  get zaEnabled(): boolean {
    return (this.#svcr & SVCR_ZA) !== 0;
  }

  zaWordIndex(row: number): number {
    checkIndex("ZA row", row, this.rows);
    return row * this.rowWords;
  }

  /** ZA row `row` (ZA[row] as a horizontal vector) as svl/8 little-endian bytes (a copy). */
  getZaRow(row: number): Uint8Array {
    return wordsToBytes(this.za, this.zaWordIndex(row), this.rowWords);
  }

  setZaRow(row: number, bytes: Uint8Array): void {
    const base = this.zaWordIndex(row);
    checkBytes(`ZA row ${row}`, bytes, this.rowWords * 4);
    bytesToWords(bytes, this.za, base);
  }

  /** Copies SVCR and, when the source has ZA enabled, ZA up to the shorter SVL; otherwise zeroes ZA here. */
  copyFrom(src: SmeState): void {
    this.#svcr = src.#svcr;
    const rows = Math.min(this.rows, src.rows);
    const words = Math.min(this.rowWords, src.rowWords);
    if (!src.zaEnabled) {
      this.za.fill(0);
      return;
    }
    if (src.svl === this.svl) {
      this.za.set(src.za);
      return;
    }
    for (let r = 0; r < rows; r++) {
      const s = r * src.rowWords;
      const d = r * this.rowWords;
      for (let i = 0; i < words; i++) this.za[d + i] = src.za[s + i]!;
    }
  }

  reset(): void {
    this.#svcr = 0;
    this.za.fill(0);
  }
}
