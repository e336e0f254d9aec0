import { bytesToHalves, bytesToWords, checkBytes, checkIndex, halvesToBytes, wordsToBytes } from "./checks";
import { VECTOR_REGISTER_COUNT, type VectorBank } from "./vector-bank";

/** Number of predicate registers P0-P15. */
export const PREDICATE_REGISTER_COUNT = 16;

/**
 * SVE vector state at a storage length `vl` (bits; the longer of the VM's VL and SVL, since streaming mode uses
 * the same registers; the VM's own VL is `layout.vl`): Z0-Z31 (vl bits, sharing the VectorBank with the V
 * registers), P0-P15 and FFR (vl/8 bits each). Zn word i is `z[zWordIndex(n) + i]`; Pn half-word j (bits
 * 16j..16j+15) is `p[pHalfIndex(n) + j]`. FFR exists only when the VM can use it (FEAT_SVE, or
 * FEAT_SME_FA64 in streaming mode).
 */
export class SveRegisters {
  readonly vl: number;
  readonly z: Uint32Array;
  readonly zStrideWords: number;
  readonly p: Uint16Array;
  readonly pStrideHalves: number;
  readonly ffr: Uint16Array;
  readonly hasFfr: boolean;

  constructor(bank: VectorBank, hasFfr: boolean) {
    this.vl = bank.bits;
    this.z = bank.words;
    this.zStrideWords = bank.strideWords;
    this.pStrideHalves = bank.bits / 128;
    this.p = new Uint16Array(PREDICATE_REGISTER_COUNT * this.pStrideHalves);
    this.hasFfr = hasFfr;
    this.ffr = new Uint16Array(hasFfr ? this.pStrideHalves : 0);
  }

  /** Bytes in one Z register (vl/8). */
  get zBytes(): number {
    return this.vl / 8;
  }

  /** Bytes in one predicate register or FFR (vl/64). */
  get pBytes(): number {
    return this.vl / 64;
  }

  zWordIndex(n: number): number {
    checkIndex("Z register", n, VECTOR_REGISTER_COUNT);
    return n * this.zStrideWords;
  }

  pHalfIndex(n: number): number {
    checkIndex("P register", n, PREDICATE_REGISTER_COUNT);
    return n * this.pStrideHalves;
  }

  getZWord(n: number, i: number): number {
    checkIndex("Z register word", i, this.zStrideWords);
    return this.z[this.zWordIndex(n) + i]!;
  }

  setZWord(n: number, i: number, value: number): void {
    checkIndex("Z register word", i, this.zStrideWords);
    this.z[this.zWordIndex(n) + i] = value;
  }

  /** Zn as vl/8 little-endian bytes (a copy). */
  getZ(n: number): Uint8Array {
    return wordsToBytes(this.z, this.zWordIndex(n), this.zStrideWords);
  }

  setZ(n: number, bytes: Uint8Array): void {
    const base = this.zWordIndex(n);
    checkBytes(`Z${n}`, bytes, this.zBytes);
    bytesToWords(bytes, this.z, base);
  }

  /** Pn as vl/64 little-endian bytes (a copy). */
  getP(n: number): Uint8Array {
    return halvesToBytes(this.p, this.pHalfIndex(n), this.pStrideHalves);
  }

  setP(n: number, bytes: Uint8Array): void {
    const base = this.pHalfIndex(n);
    checkBytes(`P${n}`, bytes, this.pBytes);
    bytesToHalves(bytes, this.p, base);
  }

  /** FFR as vl/64 little-endian bytes (a copy); empty when the VM has no FFR. */
  getFfr(): Uint8Array {
    return halvesToBytes(this.ffr, 0, this.ffr.length);
  }

  setFfr(bytes: Uint8Array): void {
    checkBytes("FFR", bytes, this.ffr.length * 2);
    bytesToHalves(bytes, this.ffr, 0);
  }

  /**
   * Copies Z, P and FFR from `src` up to the shorter of the two vector lengths; bits above that in this
   * structure are left alone (the VM's length constrains them away, as ZCR_EL2.LEN does on hardware).
   */
  copyFrom(src: SveRegisters): void {
    if (src.vl === this.vl) {
      // Same length (a host save or restore, or a guest at the host's VL): three block copies.
      this.z.set(src.z);
      this.p.set(src.p);
      if (this.hasFfr && src.hasFfr) this.ffr.set(src.ffr);
      return;
    }
    const zWords = Math.min(this.zStrideWords, src.zStrideWords);
    for (let n = 0; n < VECTOR_REGISTER_COUNT; n++) {
      const s = n * src.zStrideWords;
      const d = n * this.zStrideWords;
      for (let i = 0; i < zWords; i++) this.z[d + i] = src.z[s + i]!;
    }
    const pHalves = Math.min(this.pStrideHalves, src.pStrideHalves);
    for (let n = 0; n < PREDICATE_REGISTER_COUNT; n++) {
      const s = n * src.pStrideHalves;
      const d = n * this.pStrideHalves;
      for (let j = 0; j < pHalves; j++) this.p[d + j] = src.p[s + j]!;
    }
    if (this.hasFfr && src.hasFfr) for (let j = 0; j < pHalves; j++) this.ffr[j] = src.ffr[j]!;
  }

  /** Zeroes Z0-Z31 (hence V0-V31), P0-P15 and FFR. */
  reset(): void {
    this.z.fill(0);
    this.p.fill(0);
    this.ffr.fill(0);
  }
}
