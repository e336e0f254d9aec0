/**
 * The 64-bit multiply-high and divide helpers (UMULH, SMULH, UDIV, SDIV) work on int32 pairs without
 * BigInt; over any operands they equal the Arm ARM's definitions computed with BigInt:
 * UMULH/SMULH = bits [127:64] of the (un)signed 128-bit product; UDIV/SDIV = the quotient rounded
 * toward zero, truncated to 64 bits (so INT64_MIN / -1 gives INT64_MIN).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cpu } from "../src/core/cpu";
import { sdiv64, smulh64, udiv64, umulh64 } from "../src/exec/int64";

/** The two result slots the helpers write, without a whole core. */
const scratch = { rlo: 0, rhi: 0 } as unknown as Cpu;

const lo = (v: bigint): number => Number(BigInt.asIntN(32, v));
const hi = (v: bigint): number => Number(BigInt.asIntN(32, v >> 32n));
const result = (): bigint => BigInt.asUintN(64, (BigInt(scratch.rhi) << 32n) | BigInt(scratch.rlo >>> 0));

/** 64-bit operands biased toward the edges: 0, 1, powers of two, all ones, sign bits. */
const u64 = fc.oneof(
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
  fc.constantFrom(0n, 1n, 2n, (1n << 32n) - 1n, 1n << 32n, (1n << 63n) - 1n, 1n << 63n, (1n << 64n) - 1n),
  fc.nat(0xffffffff).map(BigInt),
);
const nonZero = u64.filter((v) => v !== 0n);

describe("64-bit multiply-high and divide without BigInt", () => {
  it("UMULH is bits [127:64] of the unsigned product", () => {
    fc.assert(
      fc.property(u64, u64, (a, b) => {
        umulh64(scratch, lo(a), hi(a), lo(b), hi(b));
        expect(result()).toBe((a * b) >> 64n);
      }),
      { numRuns: 20000 },
    );
  });

  it("SMULH is bits [127:64] of the signed product", () => {
    fc.assert(
      fc.property(u64, u64, (a, b) => {
        smulh64(scratch, lo(a), hi(a), lo(b), hi(b));
        expect(result()).toBe(BigInt.asUintN(64, (BigInt.asIntN(64, a) * BigInt.asIntN(64, b)) >> 64n));
      }),
      { numRuns: 20000 },
    );
  });

  it("UDIV is the unsigned quotient", () => {
    fc.assert(
      fc.property(u64, nonZero, (a, b) => {
        udiv64(scratch, lo(a), hi(a), lo(b), hi(b));
        expect(result()).toBe(a / b);
      }),
      { numRuns: 20000 },
    );
  });

  it("SDIV is the signed quotient rounded toward zero, INT64_MIN / -1 wrapping", () => {
    fc.assert(
      fc.property(u64, nonZero, (a, b) => {
        sdiv64(scratch, lo(a), hi(a), lo(b), hi(b));
        expect(result()).toBe(BigInt.asUintN(64, BigInt.asIntN(64, a) / BigInt.asIntN(64, b)));
      }),
      { numRuns: 20000 },
    );
    sdiv64(scratch, 0, -0x80000000, -1, -1);
    expect(result()).toBe(1n << 63n);
  });
});
