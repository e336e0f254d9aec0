/**
 * FEAT_FP8FMA and FEAT_FP8DOT2/FP8DOT4 against an exact reference: the products of FP8 values
 * (decoded by ./fp8-reference from the format definitions), scaled by 2^-LSCALE, are summed with the
 * accumulator as BigInt rationals and rounded once to nearest-even (Arm ARM: FP8 multiply-accumulate
 * rounds once, uses the default NaN, ignores FPCR, writes no FPSR flag; FPMR.OSM saturates overflow).
 */
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { type Cpu, EC, SYSREG } from "../src/index";
import { runWithFp } from "./fp-machine";
import { type Fp8Name, fp8Decode } from "./fp8-reference";

interface Target {
  readonly frac: number;
  readonly minExp: number;
  readonly maxExp: number;
  readonly bias: number;
}
const HALF: Target = { frac: 10, minExp: -14, maxExp: 15, bias: 15 };
const SINGLE: Target = { frac: 23, minExp: -126, maxExp: 127, bias: 127 };

/** An exact dyadic rational num * 2^pow. */
interface Exact {
  num: bigint;
  pow: number;
}

function exactOf(x: number): Exact {
  if (x === 0) return { num: 0n, pow: 0 };
  let pow = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    pow--;
  }
  return { num: BigInt(m), pow };
}

function add(a: Exact, b: Exact): Exact {
  const pow = Math.min(a.pow, b.pow);
  return { num: (a.num << BigInt(a.pow - pow)) + (b.num << BigInt(b.pow - pow)), pow };
}

const bitLength = (n: bigint) => n.toString(2).length;

/** Rounds an exact value to a binary format, ties to even; overflow gives infinity, or the maximum with OSM. */
function roundExact(x: Exact, t: Target, saturate: boolean, negativeZero: boolean): number {
  const signBit = 2 ** (t.frac + (t === HALF ? 5 : 8));
  if (x.num === 0n) return negativeZero ? signBit : 0;
  const negative = x.num < 0n;
  const m = negative ? -x.num : x.num;
  const e = bitLength(m) - 1 + x.pow;
  const q = Math.max(e, t.minExp) - t.frac;
  const shift = q - x.pow;
  let mant: bigint;
  if (shift <= 0) mant = m << BigInt(-shift);
  else {
    mant = m >> BigInt(shift);
    const rem = m - (mant << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant += 1n;
  }
  const maxMant = (1n << BigInt(t.frac + 1)) - 1n;
  let exponent = q + t.frac;
  if (mant > maxMant) {
    mant >>= 1n;
    exponent += 1;
  }
  let bits: number;
  if (exponent > t.maxExp) {
    bits = saturate ? (t.maxExp + t.bias) * 2 ** t.frac + 2 ** t.frac - 1 : (2 * t.bias + 1) * 2 ** t.frac;
  } else if (mant < 1n << BigInt(t.frac)) bits = Number(mant);
  else bits = (exponent + t.bias) * 2 ** t.frac + Number(mant) - 2 ** t.frac;
  return (negative ? signBit : 0) + bits;
}

function halfToExact(h: number): Exact {
  const exp = (h >> 10) & 31;
  const man = h & 0x3ff;
  const num = BigInt(exp === 0 ? man : 1024 + man);
  const signed = h & 0x8000 ? -num : num;
  return { num: signed, pow: (exp === 0 ? 1 : exp) - 25 };
}

function singleToExact(bits: number): Exact {
  return exactOf(new Float32Array(new Uint32Array([bits]).buffer)[0]!);
}

const NAMES: readonly Fp8Name[] = ["E5M2", "E4M3"];

/** The expected lane: accumulator + sum of products x 2^-scale, rounded once. */
function expectedLane(
  acc: Exact,
  accNegZero: boolean,
  pairs: readonly (readonly [number, number])[],
  s1: Fp8Name,
  s2: Fp8Name,
  scale: number,
  t: Target,
  osm: boolean,
): number {
  let sum = acc;
  let allNegZero = accNegZero;
  for (const [a, b] of pairs) {
    const p = fp8Decode(s1, a) * fp8Decode(s2, b);
    if (!Object.is(p, -0)) allNegZero = false;
    const e = exactOf(p);
    sum = add(sum, { num: e.num, pow: e.pow - scale });
  }
  return roundExact(sum, t, osm, allNegZero);
}

/** Finite FP8 codes only (specials are checked separately), from a seeded generator. */
function randomCodes(seed: number, name: Fp8Name, count: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  while (out.length < count) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const code = s >>> 24;
    if (Number.isFinite(fp8Decode(name, code))) out.push(code);
  }
  return out;
}

function setBytes(cpu: Cpu, reg: number, bytes: readonly number[]): void {
  cpu.v.set(bytes, reg * 16);
}

const run = runWithFp;

function fpmr(s1: number, s2: number, lscale: number, osm: boolean): bigint {
  return BigInt(s1) | (BigInt(s2) << 3n) | ((osm ? 1n : 0n) << 14n) | (BigInt(lscale) << 16n);
}

// Encodings from llvm-mc-22 -mattr=+all: Vd = v0, Vn = v1, Vm = v2 (v7/v15/v31 where noted).
const FORMS = [
  { name: "FMLALB", word: 0x0ec2fc20, kind: "mlal", top: 0, index: -1 },
  { name: "FMLALT", word: 0x4ec2fc20, kind: "mlal", top: 1, index: -1 },
  { name: "FMLALB v2.b[9]", word: 0x0fca0820, kind: "mlal", top: 0, index: 9 },
  { name: "FMLALT v2.b[6]", word: 0x4ff20020, kind: "mlal", top: 1, index: 6 },
  { name: "FMLALLBB", word: 0x0e02c420, kind: "mlall", top: 0, index: -1 },
  { name: "FMLALLBT", word: 0x0e42c420, kind: "mlall", top: 1, index: -1 },
  { name: "FMLALLTB", word: 0x4e02c420, kind: "mlall", top: 2, index: -1 },
  { name: "FMLALLTT", word: 0x4e42c420, kind: "mlall", top: 3, index: -1 },
  { name: "FMLALLTT v2.b[13]", word: 0x6f6a8820, kind: "mlall", top: 3, index: 13 },
  { name: "FDOT 4H", word: 0x0e42fc20, kind: "dot2", top: 0, index: -1 },
  { name: "FDOT 8H", word: 0x4e42fc20, kind: "dot2", top: 0, index: -1 },
  { name: "FDOT 8H v2.2b[5]", word: 0x4f520820, kind: "dot2", top: 0, index: 5 },
  { name: "FDOT 2S", word: 0x0e02fc20, kind: "dot4", top: 0, index: -1 },
  { name: "FDOT 4S", word: 0x4e02fc20, kind: "dot4", top: 0, index: -1 },
  { name: "FDOT 4S v2.4b[3]", word: 0x4f220820, kind: "dot4", top: 0, index: 3 },
] as const;

describe("FP8 multiply-accumulate (FMLALB/T, FMLALLxx, FDOT) against exact rational arithmetic", () => {
  for (const form of FORMS) {
    it(`${form.name}: every F8S1/F8S2 pair, LSCALE 0/5/13, OSM 0/1`, () => {
      let seed = form.word;
      for (const s1 of [0, 1]) {
        for (const s2 of [0, 1]) {
          for (const lscale of [0, 5, 13]) {
            for (const osm of [false, true]) {
              seed += 7919;
              const n = randomCodes(seed, NAMES[s1]!, 16);
              const m = randomCodes(seed ^ 0x5bd1e995, NAMES[s2]!, 16);
              const accSeed = randomCodes(seed + 1, "E4M3", 16);
              const toHalf = form.kind === "mlal" || form.kind === "dot2";
              // Accumulators: small FP16 or FP32 values of mixed sign, some near the products' size.
              const halfAcc = Array.from(
                { length: 8 },
                (_, i) => 0x3000 + accSeed[i]! * 3 + (accSeed[i + 8]! & 0x80) * 0x100,
              );
              const singleAcc = Array.from({ length: 4 }, (_, i) => Math.fround((accSeed[i]! - 60) / 1024));
              const singleBits = [...new Uint32Array(new Float32Array(singleAcc).buffer)];
              const cpu = run(form.word, (c) => {
                setBytes(c, 1, n);
                setBytes(c, 2, m);
                if (toHalf) c.v16.set(halfAcc);
                else c.vf32.set(singleAcc);
                c.fpcr = (3 << 22) | (1 << 24) | (1 << 19);
                c.sysregs.set(SYSREG.FPMR, fpmr(s1, s2, lscale, osm));
              });
              const q = (form.word >>> 30) & 1;
              const lanes =
                form.kind === "mlal" ? 8 : form.kind === "mlall" ? 4 : form.kind === "dot2" ? 4 * (q + 1) : 2 * (q + 1);
              const expected: number[] = [];
              for (let i = 0; i < lanes; i++) {
                let pairs: [number, number][];
                if (form.kind === "mlal")
                  pairs = [[n[2 * i + form.top]!, m[form.index >= 0 ? form.index : 2 * i + form.top]!]];
                else if (form.kind === "mlall")
                  pairs = [[n[4 * i + form.top]!, m[form.index >= 0 ? form.index : 4 * i + form.top]!]];
                else {
                  const k = form.kind === "dot2" ? 2 : 4;
                  pairs = Array.from({ length: k }, (_, j) => [
                    n[k * i + j]!,
                    m[(form.index >= 0 ? k * form.index : k * i) + j]!,
                  ]);
                }
                const scale = toHalf ? lscale & 0xf : lscale;
                if (toHalf) {
                  const h = halfAcc[i]!;
                  expected.push(
                    expectedLane(halfToExact(h), h === 0x8000, pairs, NAMES[s1]!, NAMES[s2]!, scale, HALF, osm),
                  );
                } else {
                  const b = singleBits[i]!;
                  expected.push(
                    expectedLane(singleToExact(b), b === 0x80000000, pairs, NAMES[s1]!, NAMES[s2]!, scale, SINGLE, osm),
                  );
                }
              }
              const actual = toHalf
                ? [...cpu.v16.subarray(0, lanes)]
                : [...cpu.v32.subarray(0, lanes)].map((x) => x >>> 0);
              expect(actual, `${NAMES[s1]} x ${NAMES[s2]} LSCALE=${lscale} OSM=${osm}`).toEqual(expected);
              expect(cpu.fpsr).toBe(0);
              if (q === 0 && (form.kind === "dot2" || form.kind === "dot4")) expect(cpu.v32[2]! | cpu.v32[3]!).toBe(0);
            }
          }
        }
      }
    });
  }

  it("a tie between FP16 neighbours is broken by a product far below it (one rounding, not two)", () => {
    // FDOT 4H: 1.0 + 2^-11 x 1 (half an FP16 ulp: a tie, to even 1.0) + 2^-16 x 2^-14 (tips it up).
    const cpu = run(0x0e42fc20, (c) => {
      c.v16[0] = 0x3c00;
      setBytes(c, 1, [0x10, 0x01]);
      setBytes(c, 2, [0x3c, 0x04]);
      c.sysregs.set(SYSREG.FPMR, 0n);
    });
    expect(cpu.v16[0]).toBe(0x3c01);
  });

  it("NaN operands and infinity x 0 give the default NaN; an overflow saturates only with OSM", () => {
    const word = 0x0ec2fc20; // FMLALB v0.8h, v1.16b, v2.16b (E5M2 x E5M2)
    const cpu = run(word, (c) => {
      setBytes(c, 1, [0x7e, 0, 0x7c, 0, 0x7c, 0, 0x7b, 0, 0x7c, 0, 0, 0, 0, 0, 0, 0]);
      setBytes(c, 2, [0x3c, 0, 0x00, 0, 0x3c, 0, 0x7b, 0, 0x3c, 0, 0, 0, 0, 0, 0, 0]);
      c.v16[4] = 0xfc00;
      c.sysregs.set(SYSREG.FPMR, 0n);
    });
    expect([...cpu.v16.subarray(0, 4)]).toEqual([0x7e00, 0x7e00, 0x7c00, 0x7c00]);
    expect(cpu.v16[4]).toBe(0x7e00); // an accumulator of -inf plus a product of +inf
    const osm = run(word, (c) => {
      setBytes(c, 1, [0, 0, 0, 0, 0, 0, 0x7b, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      setBytes(c, 2, [0, 0, 0, 0, 0, 0, 0x7b, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      c.sysregs.set(SYSREG.FPMR, 1n << 14n);
    });
    expect(osm.v16[3]).toBe(0x7bff);
  });

  it("takes UNDEF without FEAT_FP8FMA / FEAT_FP8DOT2 / FEAT_FP8DOT4", () => {
    for (const [word, feature] of [
      [0x0ec2fc20, "FEAT_FP8FMA"],
      [0x0e42fc20, "FEAT_FP8DOT2"],
      [0x0e02fc20, "FEAT_FP8DOT4"],
    ] as const) {
      const cpu = run(word, () => {}, FeatureSet.all().without(feature));
      expect(Number(cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n), feature).toBe(EC.UNKNOWN);
    }
  });
});
