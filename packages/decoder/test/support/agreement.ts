/**
 * The agreement table of the differential test: words grouped by the Arm ARM's top-level encoding
 * groups, counting validity, mnemonic and full-text agreement of `disassemble` with LLVM.
 */
import type { EncodingGroup } from "../../src/encodings/format";
import type { LlvmAnswer } from "./llvm-oracle";

export const GROUPS: readonly EncodingGroup[] = ["base", "system", "fp-simd", "sve", "sme"];

/** The encoding group of a word by its top-level bits (op0 = bits 28:25 of the encoding index). */
export function groupOfWord(word: number): EncodingGroup {
  const op0 = (word >>> 25) & 15;
  if (op0 === 0 && word >>> 31 === 1) return "sme";
  if (op0 === 2) return "sve";
  if ((op0 & 7) === 7) return "fp-simd";
  if ((op0 & 5) === 4 && ((word >>> 26) & 1) === 1) return "fp-simd";
  if ((word & 0xff800000) >>> 0 === 0xd5000000 || (word & 0xff000000) >>> 0 === 0xd4000000) return "system";
  return "base";
}

export interface GroupTally {
  words: number;
  /** Both valid or both undefined. */
  validityAgree: number;
  /** Words LLVM decodes. */
  llvmValid: number;
  /** Of those, our first token equals LLVM's. */
  mnemonicAgree: number;
  /** Of those, our whole text equals LLVM's. */
  textAgree: number;
}

export interface Mismatch {
  readonly word: number;
  readonly ours: string;
  readonly llvm: string;
}

export class Agreement {
  readonly tally = new Map<EncodingGroup, GroupTally>(
    GROUPS.map((g) => [g, { words: 0, validityAgree: 0, llvmValid: 0, mnemonicAgree: 0, textAgree: 0 }]),
  );
  readonly mismatches = new Map<EncodingGroup, Mismatch[]>(GROUPS.map((g) => [g, []]));

  add(word: number, ours: string, llvm: LlvmAnswer): void {
    const group = groupOfWord(word);
    const t = this.tally.get(group)!;
    t.words++;
    const oursValid = ours !== "<undefined>";
    if (oursValid === (llvm !== null)) t.validityAgree++;
    if (llvm !== null) {
      t.llvmValid++;
      if (ours.split(" ")[0] === llvm.split(" ")[0]) t.mnemonicAgree++;
      if (ours === llvm) t.textAgree++;
    }
    if (ours !== (llvm ?? "<undefined>")) this.mismatches.get(group)!.push({ word, ours, llvm: llvm ?? "<undefined>" });
  }

  /** Percentages per group: validity over all words, mnemonic and text over the words LLVM decodes. */
  rates(group: EncodingGroup): { validity: number; mnemonic: number; text: number } {
    const t = this.tally.get(group)!;
    const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
    return {
      validity: pct(t.validityAgree, t.words),
      mnemonic: pct(t.mnemonicAgree, t.llvmValid),
      text: pct(t.textAgree, t.llvmValid),
    };
  }

  table(title: string): string {
    const rows = [`${title}`, "group     words      llvm-valid  validity%  mnemonic%  text%"];
    for (const g of GROUPS) {
      const t = this.tally.get(g)!;
      const r = this.rates(g);
      rows.push(
        `${g.padEnd(9)} ${String(t.words).padStart(9)}  ${String(t.llvmValid).padStart(10)}  ${r.validity.toFixed(3).padStart(9)}  ${r.mnemonic.toFixed(3).padStart(9)}  ${r.text.toFixed(3).padStart(6)}`,
      );
    }
    return rows.join("\n");
  }

  /** A few mismatches per group, most frequent LLVM mnemonic first, for the test log. */
  examples(group: EncodingGroup, count: number): string[] {
    return this.mismatches
      .get(group)!
      .slice(0, count)
      .map((m) => `${(m.word >>> 0).toString(16).padStart(8, "0")}  ours: ${m.ours}  llvm: ${m.llvm}`);
  }
}
