import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enc, unallocated } from "../src/encodings/format";
import { ALL_ENCODINGS } from "../src/encodings/index";
import { EncodingConflictError } from "../src/errors";
import { OPCODES, opcodeId, opcodeOf } from "../src/index";
import { buildLookup, popcount } from "../src/lookup/build";

/** The reference semantics of the lookup: the best matching line by priority, then fixed bits. */
function linearScan(word: number): number {
  let best = -1;
  let bestKey = -1;
  for (const line of ALL_ENCODINGS) {
    if ((word & line.mask) !== line.value) continue;
    if (line.when !== null && !line.when(word)) continue;
    const key = line.priority * 64 + popcount(line.mask);
    if (key > bestKey) {
      bestKey = key;
      best = line.name === null ? 0 : opcodeId(line.name);
    }
  }
  return Math.max(best, 0);
}

describe("the compiled decision tree", () => {
  it("agrees with a linear scan of every encoding line on random words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (word) => {
        expect(opcodeOf(word)).toBe(linearScan(word));
      }),
      { numRuns: 20_000, seed: 4 },
    );
  });

  it("agrees with a linear scan on every line's own fixed value and its field extremes", () => {
    for (const line of ALL_ENCODINGS) {
      for (const fill of [0, 0xffffffff, 0x55555555, 0xaaaaaaaa]) {
        const word = ((fill & ~line.mask) | line.value) >>> 0;
        expect(opcodeOf(word), `${line.name} 0x${word.toString(16)}`).toBe(linearScan(word));
      }
    }
  });

  it("prefers the line with more fixed bits: NOP over HINT", () => {
    expect(OPCODES[opcodeOf(0xd503201f)]!.name).toBe("NOP");
    expect(OPCODES[opcodeOf(0xd50324bf)]!.name).toBe("HINT");
  });

  it("lets an unallocated carve-out win: 32-bit MOVZ with hw=2 is undefined", () => {
    expect(opcodeOf(0x52800000)).toBe(opcodeId("MOVZ"));
    expect(opcodeOf(0x52c00000)).toBe(0);
  });

  it("applies guards: an all-ones logical immediate is undefined", () => {
    expect(OPCODES[opcodeOf(0x92401c20)]!.name).toBe("AND_imm");
    expect(opcodeOf(0x92403c20 | (0x3f << 10))).toBe(0);
  });

  it("rejects two lines that match the same word with equal specificity and priority", () => {
    const a = enc("AAA", "1111 x:28", { cls: "dp-imm", feature: null });
    const b = enc("BBB", "y:28 1111", { cls: "dp-imm", feature: null });
    const entries = [a, b].map((line, i) => ({ line, id: i + 1, guard: -1, specificity: popcount(line.mask) }));
    expect(() => buildLookup(entries, [])).toThrow(EncodingConflictError);
  });

  it("accepts the same overlap when explicit priority orders it", () => {
    const a = enc("AAA", "1111 x:28", { cls: "dp-imm", feature: null, priority: 2 });
    const b = enc("BBB", "y:28 1111", { cls: "dp-imm", feature: null });
    const gap = unallocated("0000 xxxxxxxxxxxxxxxxxxxxxxxx 0000", "test");
    const entries = [a, b, gap].map((line, i) => ({ line, id: i + 1, guard: -1, specificity: popcount(line.mask) }));
    expect(() => buildLookup(entries, [])).not.toThrow();
  });
});
