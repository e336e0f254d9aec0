import { disassemble } from "@a64vm/decoder";
import { FeatureSet } from "@a64vm/sysreg";
import { haveTools } from "@a64vm/tooling/tools";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { machine, RAM_BASE } from "./machine";
import { expectBlocksAgreeWithQemu } from "./qemu-blocks";
import { buildBlockProgram, poolOf } from "./random-blocks";

const B_SELF = 0x14000000;

describe.skipIf(!haveTools("qemu-aarch64"))("FEAT_FlagM against qemu-aarch64", () => {
  // CFINV (an MSR of PSTATE) stays out: its CRm is should-be-zero, which QEMU UNDEFs and a64vm ignores.
  const FLAGM = poolOf((o) => o.name === "RMIF" || o.name === "SETF");
  it.each([0xf1a6, 0xf1a6f1a6])("seed %i: 300 blocks of 4 instructions agree on X and NZCV", (seed) => {
    expectBlocksAgreeWithQemu(buildBlockProgram(seed, 300, 4, FLAGM));
  });
});

/** Runs one word on a fresh EL1 core with X1 = base address, X2 = data; returns X0..X2 and the data page's first 64 bytes. */
function runOne(word: number, data: bigint) {
  const { cpu, ram } = machine([word, B_SELF], { features: FeatureSet.all() });
  cpu.setX(1, BigInt(RAM_BASE + 0x1000));
  cpu.setX(0, 0x1111111111111111n);
  cpu.setX(2, data);
  for (let i = 0; i < 64; i++) ram.setUint8(0x1000 - 32 + i, (i * 37 + Number(data & 0xffn)) & 0xff);
  cpu.run(1);
  const bytes: number[] = [];
  for (let i = 0; i < 64; i++) bytes.push(ram.getUint8(0x1000 - 32 + i));
  return { x0: cpu.getX(0), x2: cpu.getX(2), pc: cpu.pc, bytes };
}

describe("FEAT_LRCPC2 LDAPUR*/STLUR* behave as their LDUR/STUR twins", () => {
  // size:opc pairs the decoder allocates: (size 3, opc 2/3) and (size 2, opc 3) are unallocated.
  const FORMS = [
    [0, 0],
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 0],
    [1, 1],
    [1, 2],
    [1, 3],
    [2, 0],
    [2, 1],
    [2, 2],
    [3, 0],
    [3, 1],
  ] as const;
  it("for every form, random imm9 in [-32, 31] and data", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMS),
        fc.integer({ min: -32, max: 31 }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        ([size, opc], imm, data) => {
          const fields = (size << 30) | (opc << 22) | ((imm & 0x1ff) << 12) | (1 << 5);
          // Rt = X0 for loads, X2 for stores.
          const t = opc === 0 ? 2 : 0;
          const ldapur = (0x19000000 | fields | t) >>> 0;
          const ldur = (0x38000000 | fields | t) >>> 0;
          expect(runOne(ldapur, data)).toEqual(runOne(ldur, data));
        },
      ),
      { numRuns: 400 },
    );
  });
});

const MASK64 = (1n << 64n) - 1n;
const toSigned = (v: bigint, bits: number): bigint => BigInt.asIntN(bits, v);
const toUnsigned = (v: bigint, bits: number): bigint => BigInt.asUintN(bits, v);

/** The Arm ARM's definition of a CSSC form on Xn (Wn) and Xm or imm8, as the written register value. */
function reference(op: string, sf: number, n: bigint, m: bigint, imm8: number): bigint {
  const bits = sf === 1 ? 64 : 32;
  const un = toUnsigned(n, bits);
  const sn = toSigned(n, bits);
  switch (op) {
    case "ABS":
      return toUnsigned(sn < 0n ? -sn : sn, bits);
    case "CNT":
      return BigInt([...un.toString(2)].filter((b) => b === "1").length);
    case "CTZ": {
      let k = 0n;
      while (k < BigInt(bits) && ((un >> k) & 1n) === 0n) k++;
      return k;
    }
    default: {
      const signed = op.startsWith("S");
      const a = signed ? sn : un;
      const b = op.endsWith("imm")
        ? BigInt(signed ? (imm8 << 24) >> 24 : imm8)
        : signed
          ? toSigned(m, bits)
          : toUnsigned(m, bits);
      const r = op.includes("MAX") ? (a > b ? a : b) : a < b ? a : b;
      return toUnsigned(r, bits);
    }
  }
}

const ENCODE: Record<string, (sf: number, imm8: number) => number> = {
  ABS: (sf) => 0x5ac02000 | (sf << 31),
  CNT: (sf) => 0x5ac01c00 | (sf << 31),
  CTZ: (sf) => 0x5ac01800 | (sf << 31),
  SMAX_imm: (sf, i) => 0x11c00000 | (sf << 31) | (i << 10),
  UMAX_imm: (sf, i) => 0x11c40000 | (sf << 31) | (i << 10),
  SMIN_imm: (sf, i) => 0x11c80000 | (sf << 31) | (i << 10),
  UMIN_imm: (sf, i) => 0x11cc0000 | (sf << 31) | (i << 10),
  SMAX_reg: (sf) => 0x1ac06000 | (sf << 31),
  UMAX_reg: (sf) => 0x1ac06400 | (sf << 31),
  SMIN_reg: (sf) => 0x1ac06800 | (sf << 31),
  UMIN_reg: (sf) => 0x1ac06c00 | (sf << 31),
};

describe("FEAT_CSSC follows the Arm ARM's definitions", () => {
  const edges = fc.constantFrom(0n, 1n, MASK64, 1n << 63n, (1n << 63n) - 1n, 0x80000000n, 0x7fffffffn, 0xffffffffn);
  const value = fc.oneof(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), edges);
  it.each(Object.keys(ENCODE))("%s, 32- and 64-bit, on random and edge operands", (op) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), value, value, fc.integer({ min: 0, max: 255 }), (sf, n, m, imm8) => {
        // Rd = X0, Rn = X1, Rm = X2.
        const word = (ENCODE[op]!(sf, imm8) | ((2 << 16) * (op.endsWith("reg") ? 1 : 0)) | (1 << 5)) >>> 0;
        const { cpu } = machine([word, B_SELF], { features: FeatureSet.all() });
        cpu.setX(1, n);
        cpu.setX(2, m);
        cpu.run(1);
        expect(disassemble(word).split(/\s/)[0]).toBe(op.split("_")[0]!.toLowerCase());
        expect(cpu.getX(0)).toBe(reference(op, sf, n, m, imm8));
      }),
      { numRuns: 300 },
    );
  });
});
