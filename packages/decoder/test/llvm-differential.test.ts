/**
 * Differential test against llvm-mc-22 (-mattr=+all): every encoding line sampled across its field
 * space plus 1,000,000 seeded random words. Prints the agreement table by encoding group and fails
 * when a group drops below the rates reached so far.
 */
import { haveTools } from "@a64vm/tooling/tools";
import { beforeAll, describe, expect, it } from "vitest";
import type { EncodingGroup } from "../src/encodings/format";
import { ALL_ENCODINGS, disassemble } from "../src/index";
import { Agreement, GROUPS } from "./support/agreement";
import { randomWords, sampleLines } from "./support/corpus";
import { llvmDisassemble } from "./support/llvm-oracle";

const RANDOM_WORDS = 1_000_000;
const RANDOM_SEED = 0x5eed_a64;
const SAMPLES_PER_LINE = 24;

interface Floor {
  readonly validity: number;
  readonly mnemonic: number;
  readonly text: number;
}

/** Agreement (percent) each group must keep; raise these as coverage grows, never lower them. */
const FLOORS: Readonly<Record<EncodingGroup, Floor>> = {
  base: { validity: 99.999, mnemonic: 99.999, text: 99.999 },
  system: { validity: 99.99, mnemonic: 99.99, text: 99.99 },
  "fp-simd": { validity: 99.999, mnemonic: 99.999, text: 99.999 },
  sve: { validity: 99.999, mnemonic: 99.999, text: 99.999 },
  sme: { validity: 99.999, mnemonic: 99.999, text: 99.999 },
};

function compare(words: Uint32Array, answers: readonly (string | null)[]): Agreement {
  const agreement = new Agreement();
  for (let i = 0; i < words.length; i++) agreement.add(words[i]!, disassemble(words[i]!), answers[i] ?? null);
  return agreement;
}

const ok = haveTools("llvm-mc");

describe.skipIf(!ok)("agreement with llvm-mc-22 --disassemble -mattr=+all", () => {
  let lines: Agreement;
  let random: Agreement;

  beforeAll(async () => {
    const sampled = sampleLines(ALL_ENCODINGS, SAMPLES_PER_LINE, 0xa64);
    const words = randomWords(RANDOM_WORDS, RANDOM_SEED);
    const [sampledAnswers, randomAnswers] = await Promise.all([llvmDisassemble(sampled), llvmDisassemble(words)]);
    lines = compare(sampled, sampledAnswers);
    random = compare(words, randomAnswers);
    const report = [
      lines.table(`encoding lines x ${SAMPLES_PER_LINE} samples`),
      random.table(`${RANDOM_WORDS} random words (seed ${RANDOM_SEED})`),
    ];
    for (const g of GROUPS) {
      const examples = random.examples(g, 5);
      if (examples.length > 0)
        report.push(`${g} mismatches, first of ${random.mismatches.get(g)!.length}:`, ...examples);
    }
    console.log(report.join("\n"));
  }, 240_000);

  it.each(GROUPS)("keeps the %s group at or above its agreement floor on random words", (group) => {
    const rates = random.rates(group);
    const floor = FLOORS[group];
    expect(rates.validity).toBeGreaterThanOrEqual(floor.validity);
    expect(rates.mnemonic).toBeGreaterThanOrEqual(floor.mnemonic);
    expect(rates.text).toBeGreaterThanOrEqual(floor.text);
  });

  it("agrees on validity and text for the sampled base and system encoding lines", () => {
    for (const group of ["base", "system"] as const) {
      expect(lines.rates(group).validity).toBeGreaterThanOrEqual(99.9);
      expect(lines.rates(group).text).toBeGreaterThanOrEqual(99.9);
    }
  });
});
