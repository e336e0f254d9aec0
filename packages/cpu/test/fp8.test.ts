/**
 * FEAT_FP8 under FPMR, checked against an independent reference (./fp8-reference) built from the
 * format definitions. Each block names the Arm ARM rule or pseudocode it checks.
 */
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { type Cpu, EC, SYSREG } from "../src/index";
import { runWithFp } from "./fp-machine";
import {
  bfloat16Encode,
  FP8_DEFAULT_NAN,
  type Fp8Name,
  fp8Decode,
  fp8Encode,
  fp8IsSignalling,
  halfEncode,
} from "./fp8-reference";
import { machine } from "./machine";

// Encodings from llvm-mc-22 -triple=aarch64 -mattr=+all --show-encoding.
const F1CVTL_V0_V1 = 0x2e217820;
const F1CVTL2_V0_V1 = 0x6e217820;
const F2CVTL_V0_V1 = 0x2e617820;
const BF1CVTL_V0_V1 = 0x2ea17820;
const BF2CVTL2_V0_V1 = 0x6ee17820;
const FCVTN_8B_4H = 0x0e42f420; // fcvtn v0.8b, v1.4h, v2.4h
const FCVTN_16B_8H = 0x4e42f420; // fcvtn v0.16b, v1.8h, v2.8h
const FCVTN_8B_4S = 0x0e02f420; // fcvtn v0.8b, v1.4s, v2.4s
const FCVTN2_16B_4S = 0x4e02f420; // fcvtn2 v0.16b, v1.4s, v2.4s
const FSCALE_4H = 0x2ec23c20;
const FSCALE_4S = 0x6ea2fc20;
const FSCALE_2D = 0x6ee2fc20;
const FSCALE_1D_RESERVED = 0x2ee2fc20;

const FORMATS: readonly Fp8Name[] = ["E5M2", "E4M3"];
const CODE: Record<Fp8Name, bigint> = { E5M2: 0n, E4M3: 1n };
const IOC = 1;
const OFC = 4;
const UFC = 8;
const IXC = 16;
const IDC = 0x80;

/** FPMR from its fields (Arm ARM FPMR: F8S1 [2:0], F8S2 [5:3], F8D [8:6], OSM 14, OSC 15, LSCALE [22:16], NSCALE [31:24], LSCALE2 [37:32]). */
function fpmr(f: {
  s1?: bigint;
  s2?: bigint;
  d?: bigint;
  osc?: boolean;
  lscale?: bigint;
  nscale?: number;
  lscale2?: bigint;
}): bigint {
  return (
    (f.s1 ?? 0n) |
    ((f.s2 ?? 0n) << 3n) |
    ((f.d ?? 0n) << 6n) |
    ((f.osc ? 1n : 0n) << 15n) |
    ((f.lscale ?? 0n) << 16n) |
    (BigInt((f.nscale ?? 0) & 0xff) << 24n) |
    ((f.lscale2 ?? 0n) << 32n)
  );
}

const run = runWithFp;

function bytesOf(cpu: Cpu, reg: number): number[] {
  return [...cpu.v.subarray(reg * 16, reg * 16 + 16)];
}

function halvesOf(cpu: Cpu, reg: number): number[] {
  return [...cpu.v16.subarray(reg * 8, reg * 8 + 8)];
}

function vectorOfBytes(bytes: readonly number[]): bigint {
  return bytes.reduceRight((acc, b) => (acc << 8n) | BigInt(b & 0xff), 0n);
}

function vectorOfHalves(halves: readonly number[]): bigint {
  return halves.reduceRight((acc, h) => (acc << 16n) | BigInt(h & 0xffff), 0n);
}

function vectorOfSingles(values: readonly number[]): bigint {
  const words = new Uint32Array(new Float32Array(values).buffer);
  return [...words].reduceRight((acc, w) => (acc << 32n) | BigInt(w), 0n);
}

/** Expected F1CVTL result and flags for one code (FP8 to FP16: value x 2^-LSCALE<3:0>, RNE, default NaN). */
function widenToHalf(name: Fp8Name, code: number, lscale: number): { code: number; fpsr: number } {
  const v = fp8Decode(name, code);
  if (Number.isNaN(v)) return { code: 0x7e00, fpsr: fp8IsSignalling(name, code) ? IOC : 0 };
  const r = halfEncode(v * 2 ** -lscale);
  return { code: r.code, fpsr: (r.inexact ? IXC : 0) | (r.underflow ? UFC : 0) };
}

describe("F1CVTL/F2CVTL: FP8 to FP16 (Arm ARM FP8ConvertFP, FPMR.F8S1/F8S2, LSCALE/LSCALE2)", () => {
  for (const name of FORMATS) {
    for (const lscale of [0, 3, 15]) {
      it(`converts all 256 ${name} codes with LSCALE=${lscale}, matching the format definition`, () => {
        for (let base = 0; base < 256; base += 8) {
          const codes = Array.from({ length: 8 }, (_, i) => base + i);
          const cpu = run(F1CVTL_V0_V1, (c) => {
            c.setV(1, vectorOfBytes(codes));
            c.sysregs.set(SYSREG.FPMR, fpmr({ s1: CODE[name], lscale: BigInt(lscale) }));
          });
          const expected = codes.map((code) => widenToHalf(name, code, lscale));
          expect(halvesOf(cpu, 0)).toEqual(expected.map((e) => e.code));
          expect(cpu.fpsr).toBe(expected.reduce((acc, e) => acc | e.fpsr, 0));
        }
      });
    }
  }

  it("F2CVTL reads F8S2 and LSCALE2, not F8S1/LSCALE; only LSCALE<3:0> scales an FP16 result", () => {
    const codes = [0x38, 0x40, 0x3c, 0x01, 0x7e, 0x80, 0x44, 0x7b];
    const cpu = run(F2CVTL_V0_V1, (c) => {
      c.setV(1, vectorOfBytes(codes));
      c.sysregs.set(SYSREG.FPMR, fpmr({ s1: 0n, s2: 1n, lscale: 5n, lscale2: 0x12n }));
    });
    expect(halvesOf(cpu, 0)).toEqual(codes.map((code) => widenToHalf("E4M3", code, 2).code));
  });

  it("F1CVTL2 converts the upper eight bytes", () => {
    const bytes = Array.from({ length: 16 }, (_, i) => 0x30 + i);
    const cpu = run(F1CVTL2_V0_V1, (c) => {
      c.setV(1, vectorOfBytes(bytes));
      c.sysregs.set(SYSREG.FPMR, fpmr({ s1: 1n }));
    });
    expect(halvesOf(cpu, 0)).toEqual(bytes.slice(8).map((code) => widenToHalf("E4M3", code, 0).code));
  });

  it("a reserved F8S1 value reads every byte as a signalling NaN: default NaN and Invalid Operation", () => {
    const cpu = run(F1CVTL_V0_V1, (c) => {
      c.setV(1, vectorOfBytes([0x38, 0, 0, 0, 0, 0, 0, 0]));
      c.sysregs.set(SYSREG.FPMR, fpmr({ s1: 2n }));
    });
    expect(halvesOf(cpu, 0)).toEqual(Array(8).fill(0x7e00));
    expect(cpu.fpsr).toBe(IOC);
  });

  it("ignores FPCR.RMode, FZ16 and DN: rounding is to nearest-even and subnormals survive", () => {
    // E5M2 0x03 is 3 x 2^-16; with LSCALE=9 it is 3 x 2^-25, between FP16's 2^-24 steps: a tie to even (2^-23).
    const cpu = run(F1CVTL_V0_V1, (c) => {
      c.fpcr = (3 << 22) | (1 << 19) | (1 << 24);
      c.setV(1, vectorOfBytes([0x03, 0x01, 0x02, 0, 0, 0, 0, 0]));
      c.sysregs.set(SYSREG.FPMR, fpmr({ s1: 0n, lscale: 9n }));
    });
    expect(halvesOf(cpu, 0).slice(0, 3)).toEqual([0x0002, 0x0000, 0x0001]);
    expect(cpu.fpsr).toBe(UFC | IXC);
  });
});

describe("BF1CVTL/BF2CVTL: FP8 to BF16 (LSCALE<5:0>, always exact)", () => {
  for (const name of FORMATS) {
    it(`converts all 256 ${name} codes with LSCALE=63`, () => {
      for (let base = 0; base < 256; base += 8) {
        const codes = Array.from({ length: 8 }, (_, i) => base + i);
        const cpu = run(BF1CVTL_V0_V1, (c) => {
          c.setV(1, vectorOfBytes(codes));
          c.sysregs.set(SYSREG.FPMR, fpmr({ s1: CODE[name], lscale: 63n }));
        });
        const expected = codes.map((code) => {
          const v = fp8Decode(name, code);
          return Number.isNaN(v) ? 0x7fc0 : bfloat16Encode(v * 2 ** -63);
        });
        expect(halvesOf(cpu, 0)).toEqual(expected);
        expect(cpu.fpsr).toBe(codes.some((code) => fp8IsSignalling(name, code)) ? IOC : 0);
      }
    });
  }

  it("BF2CVTL2 reads the upper half with F8S2 and LSCALE2", () => {
    const bytes = Array.from({ length: 16 }, (_, i) => 0x40 + i * 3);
    const cpu = run(BF2CVTL2_V0_V1, (c) => {
      c.setV(1, vectorOfBytes(bytes));
      c.sysregs.set(SYSREG.FPMR, fpmr({ s1: 1n, s2: 0n, lscale: 1n, lscale2: 4n }));
    });
    expect(halvesOf(cpu, 0)).toEqual(bytes.slice(8).map((code) => bfloat16Encode(fp8Decode("E5M2", code) * 2 ** -4)));
  });
});

/** Values that cover each FP8 regime: exact, ties, subnormal, overflow, infinities and NaNs. */
const SINGLES = [
  0,
  -0,
  1,
  -1.5,
  0.1,
  Math.PI,
  448,
  449,
  464,
  465,
  480,
  57344,
  60000,
  61440,
  65536,
  1e6,
  -1e6,
  2 ** -9,
  2 ** -10,
  3 * 2 ** -11,
  2 ** -16,
  2 ** -17,
  1.5 * 2 ** -17,
  2 ** -20,
  Infinity,
  -Infinity,
  Number.NaN,
];

function expectedFromReal(
  name: Fp8Name,
  x: number,
  saturate: boolean,
  signalling: boolean,
): { code: number; fpsr: number } {
  if (Number.isNaN(x)) return { code: FP8_DEFAULT_NAN[name], fpsr: signalling ? IOC : 0 };
  const r = fp8Encode(name, x, saturate);
  return { code: r.code, fpsr: (r.overflow ? OFC | IXC : 0) | (r.inexact ? IXC : 0) | (r.underflow ? UFC : 0) };
}

describe("FCVTN: FP32 and FP16 to FP8 (Arm ARM FPConvertFP8: F8D, NSCALE, OSC, RNE, default NaN)", () => {
  for (const name of FORMATS) {
    for (const osc of [false, true]) {
      for (const nscale of [0, 4, -3]) {
        it(`FP32 to ${name}, OSC=${osc ? 1 : 0}, NSCALE=${nscale}`, () => {
          for (let i = 0; i < SINGLES.length; i += 8) {
            const chunk = Array.from({ length: 8 }, (_, k) => SINGLES[(i + k) % SINGLES.length]!);
            const cpu = run(FCVTN_8B_4S, (c) => {
              c.setV(1, vectorOfSingles(chunk.slice(0, 4)));
              c.setV(2, vectorOfSingles(chunk.slice(4)));
              c.sysregs.set(SYSREG.FPMR, fpmr({ d: CODE[name], osc, nscale }));
            });
            const expected = chunk.map((x) => expectedFromReal(name, Math.fround(x) * 2 ** nscale, osc, false));
            expect(bytesOf(cpu, 0)).toEqual([...expected.map((e) => e.code), ...Array(8).fill(0)]);
            expect(cpu.fpsr).toBe(expected.reduce((acc, e) => acc | e.fpsr, 0));
          }
        });
      }
    }
  }

  it("FCVTN2 writes the upper eight bytes and keeps the lower ones", () => {
    const cpu = run(FCVTN2_16B_4S, (c) => {
      c.setV(0, 0x0123456789abcdefn);
      c.setV(1, vectorOfSingles([1, 2, 3, 4]));
      c.setV(2, vectorOfSingles([-1, -2, -3, -4]));
      c.sysregs.set(SYSREG.FPMR, fpmr({ d: 1n }));
    });
    const upper = [1, 2, 3, 4, -1, -2, -3, -4].map((x) => fp8Encode("E4M3", x, false).code);
    expect(bytesOf(cpu, 0)).toEqual([0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01, ...upper]);
  });

  it("a signalling NaN input raises Invalid Operation; a quiet one does not", () => {
    const words = [0x7fa00000, 0x7fc00000, 0, 0];
    const cpu = run(FCVTN_8B_4S, (c) => {
      c.setV(
        1,
        words.reduceRight((acc, w) => (acc << 32n) | BigInt(w), 0n),
      );
      c.sysregs.set(SYSREG.FPMR, fpmr({ d: 0n }));
    });
    expect(bytesOf(cpu, 0).slice(0, 2)).toEqual([0x7e, 0x7e]);
    expect(cpu.fpsr).toBe(IOC);
  });

  it("a reserved F8D value gives 0xFF in every byte with Invalid Operation", () => {
    const cpu = run(FCVTN_8B_4S, (c) => {
      c.setV(1, vectorOfSingles([1, 2, 3, 4]));
      c.sysregs.set(SYSREG.FPMR, fpmr({ d: 5n }));
    });
    expect(bytesOf(cpu, 0)).toEqual([...Array(8).fill(0xff), ...Array(8).fill(0)]);
    expect(cpu.fpsr).toBe(IOC);
  });

  for (const name of FORMATS) {
    it(`FP16 to ${name}: Vn's elements then Vm's, NSCALE<4:0> as a signed scale`, () => {
      const halves = [0x3c00, 0xc000, 0x5bf0, 0x7bff, 0x0001, 0x3555, 0x7c00, 0xfc00];
      const toReal = (h: number) => {
        const exp = (h >> 10) & 31;
        const man = h & 0x3ff;
        const v = exp === 31 ? Infinity : exp === 0 ? man * 2 ** -24 : (1024 + man) * 2 ** (exp - 25);
        return h & 0x8000 ? -v : v;
      };
      // NSCALE = 0xf3: the low five bits 0b10011 are -13.
      for (const [word, count] of [
        [FCVTN_8B_4H, 4],
        [FCVTN_16B_8H, 8],
      ] as const) {
        const cpu = run(word, (c) => {
          c.setV(1, vectorOfHalves(halves));
          c.setV(2, vectorOfHalves([...halves].reverse()));
          c.sysregs.set(SYSREG.FPMR, fpmr({ d: CODE[name], nscale: 0xf3 }));
        });
        const from = [...halves.slice(0, count), ...[...halves].reverse().slice(0, count)];
        const expected = from.map((h) => expectedFromReal(name, toReal(h) * 2 ** -13, false, false).code);
        expect(bytesOf(cpu, 0)).toEqual([...expected, ...Array(16 - 2 * count).fill(0)]);
      }
    });
  }
});

describe("FSCALE (vector): FPScale under FPCR", () => {
  it("scales FP32 lanes by signed integers, exact in range", () => {
    const cpu = run(FSCALE_4S, (c) => {
      c.setV(1, vectorOfSingles([1.5, -3, 0.75, 1]));
      c.setV(
        2,
        [3, -2, 10, 0].reduceRight((acc, k) => (acc << 32n) | BigInt(k >>> 0), 0n),
      );
    });
    expect([...cpu.vf32.subarray(0, 4)]).toEqual([12, -0.75, 768, 1]);
    expect(cpu.fpsr).toBe(0);
  });

  it("overflows to infinity in nearest mode and to the maximum in round-to-zero (FPRound)", () => {
    const setup = (rmode: number) => (c: Cpu) => {
      c.fpcr = rmode << 22;
      c.setV(1, vectorOfSingles([1, -1, 1, 1]));
      c.setV(
        2,
        [200, 200, -200, 0x7fffffff].reduceRight((acc, k) => (acc << 32n) | BigInt(k >>> 0), 0n),
      );
    };
    const nearest = run(FSCALE_4S, setup(0));
    expect([...nearest.vf32.subarray(0, 4)]).toEqual([Infinity, -Infinity, 0, Infinity]);
    expect(nearest.fpsr).toBe(OFC | UFC | IXC);
    const toZero = run(FSCALE_4S, setup(3));
    const max = 3.4028234663852886e38;
    expect([...toZero.vf32.subarray(0, 4)]).toEqual([max, -max, 0, max]);
  });

  it("rounds a subnormal FP64 result per FPCR.RMode and flushes it with FZ", () => {
    const word = (rmode: number, fz: boolean) =>
      run(FSCALE_2D, (c) => {
        c.fpcr = (rmode << 22) | (fz ? 1 << 24 : 0);
        c.vf64[2] = 3;
        c.vf64[3] = 1;
        c.v32[8] = -1075;
        c.v32[9] = -1;
        c.v32[10] = 0;
        c.v32[11] = 0;
      });
    // 3 x 2^-1075 = 1.5 x 2^-1074: a tie between 1 and 2 subnormal steps.
    expect(word(0, false).vf64[0]).toBe(2 * 2 ** -1074);
    expect(word(3, false).vf64[0]).toBe(2 ** -1074);
    const flushed = word(0, true);
    expect(Object.is(flushed.vf64[0], 0)).toBe(true);
    expect(flushed.fpsr).toBe(UFC);
  });

  it("FP16 lanes, NaNs: a signalling NaN is quietened with IOC, or the default NaN under DN", () => {
    const cpu = run(FSCALE_4H, (c) => {
      c.setV(1, vectorOfHalves([0x3c00, 0x7d00, 0x7e01, 0x0001]));
      c.setV(2, vectorOfHalves([4, 1, 1, 0xfff0]));
    });
    expect(halvesOf(cpu, 0).slice(0, 4)).toEqual([0x4c00, 0x7f00, 0x7e01, 0x0000]);
    expect(cpu.fpsr).toBe(IOC | UFC | IXC);
    const dn = run(FSCALE_4H, (c) => {
      c.fpcr = 1 << 25;
      c.setV(1, vectorOfHalves([0x7d00, 0, 0, 0]));
    });
    expect(halvesOf(dn, 0)[0]).toBe(0x7e00);
  });

  it("FZ flushes a denormal FP32 input to zero and sets IDC", () => {
    const cpu = run(FSCALE_4S, (c) => {
      c.fpcr = 1 << 24;
      c.setV(1, 0x80000001n);
      c.setV(2, 10n);
    });
    expect(cpu.v32[0]).toBe(0x80000000 | 0);
    expect(cpu.fpsr).toBe(IDC);
  });

  it("FSCALE Vd.1D is unallocated", () => {
    const cpu = run(FSCALE_1D_RESERVED, () => {});
    expect(Number(cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).toBe(EC.UNKNOWN);
  });
});

describe("gating (Arm ARM: FP8 instructions UNDEFINED without FEAT_FP8; CheckFPAdvSIMDEnabled64)", () => {
  const esrEc = (cpu: Cpu) => Number(cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n);

  for (const [label, word] of [
    ["F1CVTL", F1CVTL_V0_V1],
    ["BF1CVTL", BF1CVTL_V0_V1],
    ["FCVTN", FCVTN_8B_4S],
    ["FSCALE", FSCALE_4S],
  ] as const) {
    it(`${label} takes UNDEF (EC 0x00) on a vCPU without FEAT_FP8, whatever CPACR_EL1 says`, () => {
      const cpu = run(word, (c) => c.sysregs.set(SYSREG.CPACR_EL1, 0n), FeatureSet.all().without("FEAT_FP8"));
      expect(esrEc(cpu)).toBe(EC.UNKNOWN);
      expect(cpu.getV(0)).toBe(0n);
    });

    it(`${label} traps with EC 0x07 when CPACR_EL1.FPEN = 0b00 disables FP/SIMD at EL1`, () => {
      const cpu = run(word, (c) => c.sysregs.set(SYSREG.CPACR_EL1, 0n));
      expect(esrEc(cpu)).toBe(EC.FP_ACCESS);
      expect(Number(cpu.sysregs.get(SYSREG.ESR_EL1)! & 0x1ffffffn)).toBe(0x1e00000);
    });
  }

  it("CPACR_EL1.FPEN = 0b01 traps EL0 only", () => {
    const el1 = run(F1CVTL_V0_V1, (c) => c.sysregs.set(SYSREG.CPACR_EL1, 1n << 20n));
    expect(el1.sysregs.get(SYSREG.ESR_EL1)).toBe(0n);
    const { cpu } = machine([F1CVTL_V0_V1], { el: 0 });
    cpu.sysregs.set(SYSREG.CPACR_EL1, 1n << 20n);
    cpu.run(1);
    expect(esrEc(cpu)).toBe(EC.FP_ACCESS);
  });
});
