import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arith, errorSign, fma64, fmaExact } from "../src/exec/rounding";
import { Cpu, PhysicalBus } from "../src/index";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e200, max: 1e200 }).filter((x) => x !== 0);

function cpuWithMode(mode: number): Cpu {
  const cpu = new Cpu({ memory: new PhysicalBus() });
  cpu.fpcr = mode << 22;
  return cpu;
}

describe("fused multiply-add", () => {
  it("rounds a*b+c once: the fast path equals the exact BigInt reference", () => {
    fc.assert(
      fc.property(finite, finite, finite, (a, b, c) => {
        expect(Object.is(fma64(a, b, c), fmaExact(a, b, c))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps the low product bits an unfused multiply-add loses", () => {
    const a = 1 + 2 ** -30;
    // a*a = 1 + 2^-29 + 2^-60: unfused rounding drops 2^-60, fused keeps it.
    expect(fma64(a, a, -(1 + 2 ** -29))).toBe(2 ** -60);
    expect(a * a - (1 + 2 ** -29)).toBe(0);
  });
});

describe("directed rounding (FPCR.RMode)", () => {
  const ops = fc.constantFrom(0, 1, 2, 3);

  it("rounds toward +inf to a value at or above the exact result and toward -inf at or below it", () => {
    fc.assert(
      fc.property(ops, finite, finite, (op, a, b) => {
        const up = arith(cpuWithMode(1), op, a, b, false);
        const down = arith(cpuWithMode(2), op, a, b, false);
        const zero = arith(cpuWithMode(3), op, a, b, false);
        expect(errorSign(op, a, b, up)).toBeLessThanOrEqual(0);
        expect(errorSign(op, a, b, down)).toBeGreaterThanOrEqual(0);
        expect(Math.abs(zero)).toBeLessThanOrEqual(Math.max(Math.abs(up), Math.abs(down)));
        expect(up >= down).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("sets FPSR.IXC for an inexact result and leaves it clear for an exact one", () => {
    const cpu = cpuWithMode(0);
    arith(cpu, 0, 1, 2, false);
    expect(cpu.fpsr & 16).toBe(0);
    arith(cpu, 3, 1, 3, false);
    expect(cpu.fpsr & 16).toBe(16);
  });

  it("sets FPSR.DZC for a finite non-zero value divided by zero", () => {
    const cpu = cpuWithMode(0);
    expect(arith(cpu, 3, 1, 0, false)).toBe(Number.POSITIVE_INFINITY);
    expect(cpu.fpsr & 2).toBe(2);
  });
});
