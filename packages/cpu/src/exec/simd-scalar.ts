/**
 * AdvSIMD scalar forms (three same, three different, shift by immediate, pairwise): each is its vector form
 * on element 0 alone, so it runs the vector handler on copies of the operands with every other
 * element zeroed (zero lanes raise no flag in any of these forms) and keeps element 0 of the result,
 * zeroing the rest of Vd as the scalar forms do.
 */
import { opcodeOf } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import type { Cpu } from "../core/cpu";
import { UNDEF } from "./branch";
import { define, HANDLERS } from "./table";

/** The features whose every group 1-2 instruction this file completes (added to IMPLEMENTED_FEATURES). */
export const SIMD_SCALAR_FEATURES: readonly string[] = [];

/** The core's decoder (../decode installs it: importing it here would close an import cycle). */
let decodeWord: (w: number, f: FeatureSet) => number = () => UNDEF;

/** Installs the decoder that finds a scalar form's vector twin's handler. */
export function useVectorDecoder(decode: (w: number, f: FeatureSet) => number): void {
  decodeWord = decode;
}

const SAVED = new Int32Array(12);
const RESULT = new Int32Array(4);

/** The vector word computing a scalar word's element 0, and the element widths involved. */
interface VectorForm {
  readonly word: number;
  readonly srcBits: number;
  readonly resultBits: number;
}

const FORMS = new Map<number, VectorForm | null>();

/** Three same, shift by immediate, three different: the vector twin (Q = 1, or Q = 0 for the widening three different). */
function vectorFormOf(w: number): VectorForm | null {
  const known = FORMS.get(w);
  if (known !== undefined) return known;
  let form: VectorForm | null = null;
  if ((w & 0xdf200400) >>> 0 === 0x5e200400) {
    const opcode = (w >>> 11) & 31;
    const size = (w >>> 22) & 3;
    const bits = opcode >= 24 ? 32 << (size & 1) : 8 << size;
    form = { word: (w & ~0x10000000) >>> 0, srcBits: bits, resultBits: bits };
  } else if ((w & 0xdf800400) >>> 0 === 0x5f000400) {
    const immh = (w >>> 19) & 15;
    const opcode = (w >>> 11) & 31;
    const esize = 8 << (31 - Math.clz32(immh));
    const narrow = opcode >= 16 && opcode <= 19;
    // A narrowing shift's Q = 1 twin writes the upper half: use Q = 0.
    const word = (w & (narrow ? ~0x50000000 : ~0x10000000)) >>> 0;
    form = { word, srcBits: narrow ? 2 * esize : esize, resultBits: esize };
  } else if ((w & 0xdf200c00) >>> 0 === 0x5e200000) {
    const esize = 8 << ((w >>> 22) & 3);
    form = { word: (w & ~0x50000000) >>> 0, srcBits: esize, resultBits: 2 * esize };
  }
  FORMS.set(w, form);
  return form;
}

/**
 * Scalar pairwise ADDP (D) and FADDP/FMAXP/FMINP/FMAXNMP/FMINNMP (S, D): the vector pairwise form on
 * Vn with itself, whose element 0 combines Vn's two lowest elements; null for other words.
 */
function pairwiseVectorWord(w: number): number | null {
  if ((w & 0xdf3e0c00) >>> 0 !== 0x5e300800) return null;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const opcode = (w >>> 12) & 31;
  if (((w >>> 29) & 1) === 0) return opcode === 0b11011 ? (0x4ee0bc00 | (n << 16) | (n << 5) | d) >>> 0 : null;
  const o1 = (w >>> 23) & 1;
  const sz = (w >>> 22) & 1;
  const vectorOpcode = opcode === 0b01100 ? 0b11000 : opcode === 0b01101 ? 0b11010 : opcode === 0b01111 ? 0b11110 : -1;
  if (vectorOpcode < 0 || (opcode === 0b01101 && o1 === 1)) return null;
  return (0x2e200400 | (sz << 30) | (o1 << 23) | (sz << 22) | (n << 16) | (vectorOpcode << 11) | (n << 5) | d) >>> 0;
}

/** AdvSIMD scalar pairwise: its vector twin, element 0 kept. */
export const SIMD_SCALAR_PAIRWISE = define("SIMD_SCALAR_PAIRWISE", (c, w) => {
  const word = pairwiseVectorWord(w >>> 0);
  if (word === null) return c.undefined();
  const id = decodeWord(word | 0, c.features) & 0x7ff;
  if (id === UNDEF) return c.undefined();
  HANDLERS[id]!(c, word | 0);
  const bits = ((w >>> 29) & 1) === 0 ? 64 : 32 << ((w >>> 22) & 1);
  keepLow(c, w & 31, bits);
});

/** Keeps the low `bits` of V register r (zeroing the rest). */
function keepLow(c: Cpu, r: number, bits: number): void {
  const v32 = c.v32;
  if (bits < 32) v32[r * 4] = v32[r * 4]! & ((1 << bits) - 1);
  for (let i = Math.max(1, bits >>> 5); i < 4; i++) v32[r * 4 + i] = 0;
}

/** An AdvSIMD scalar form run as its vector twin on element 0. */
export const SIMD_SCALAR = define("SIMD_SCALAR", (c, w) => {
  const form = vectorFormOf(w >>> 0);
  if (form === null) return c.undefined();
  const id = decodeWord(form.word | 0, c.features) & 0x7ff;
  if (id === UNDEF) return c.undefined();
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const hasRm = (w & 0xdf800400) >>> 0 !== 0x5f000400;
  const m = hasRm ? (w >>> 16) & 31 : n;
  // The operands go through scratch registers other than Vd, so an accumulating Vd that aliases a
  // source keeps its whole element while the source copy is cut to one element.
  const sn = d === 0 ? 1 : 0;
  const sm = d === 2 ? 3 : 2;
  const v32 = c.v32;
  for (let i = 0; i < 4; i++) {
    SAVED[i] = v32[sn * 4 + i]!;
    SAVED[4 + i] = v32[sm * 4 + i]!;
    SAVED[8 + i] = v32[d * 4 + i]!;
  }
  const nWords = [v32[n * 4]!, v32[n * 4 + 1]!, v32[n * 4 + 2]!, v32[n * 4 + 3]!];
  const mWords = [v32[m * 4]!, v32[m * 4 + 1]!, v32[m * 4 + 2]!, v32[m * 4 + 3]!];
  for (let i = 0; i < 4; i++) {
    v32[sn * 4 + i] = nWords[i]!;
    v32[sm * 4 + i] = mWords[i]!;
  }
  keepLow(c, sn, form.srcBits);
  keepLow(c, sm, form.srcBits);
  keepLow(c, d, form.resultBits);
  let word = (form.word & ~(31 << 5)) | (sn << 5);
  if (hasRm) word = (word & ~(31 << 16)) | (sm << 16);
  let ok = false;
  try {
    HANDLERS[id]!(c, word | 0);
    ok = true;
  } finally {
    for (let i = 0; i < 4; i++) RESULT[i] = v32[d * 4 + i]!;
    for (let i = 0; i < 4; i++) {
      v32[sn * 4 + i] = SAVED[i]!;
      v32[sm * 4 + i] = SAVED[4 + i]!;
      // An exception leaves Vd as it was.
      v32[d * 4 + i] = ok ? RESULT[i]! : SAVED[8 + i]!;
    }
  }
  keepLow(c, d, form.resultBits);
});

/** The handler id for a word the base decoders UNDEF, or -1 when the word is not one of this file's forms. */
export function decodeSimdScalar(w: number, _f: FeatureSet): number {
  const u = w >>> 0;
  // A reserved scalar encoding (ADD with size != 3 ...) stays UNDEF though its vector twin exists.
  if (opcodeOf(u) === 0) return -1;
  if ((u & 0xdf200400) >>> 0 === 0x5e200400) return SIMD_SCALAR;
  if ((u & 0xdf800400) >>> 0 === 0x5f000400) return SIMD_SCALAR;
  if ((u & 0xdf200c00) >>> 0 === 0x5e200000) return SIMD_SCALAR;
  if (pairwiseVectorWord(u) !== null) return SIMD_SCALAR_PAIRWISE;
  return -1;
}
