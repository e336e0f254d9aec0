/**
 * guest/fp8: the AdvSIMD FEAT_FP8 conversions, FSCALE and the FP8 multiply-accumulates UNDEF
 * (EC 0x00) on a VM without their feature (FEAT_FP8, FP8FMA, FP8DOT2, FP8DOT4), and otherwise give
 * the Arm ARM's results for every combination of FPMR.F8S1, F8S2, F8D, OSC and OSM, with LSCALE,
 * LSCALE2 and NSCALE cycling through several values. The expected output comes from the
 * VM's feature set and ./fp8-reference, never from a64vm's core.
 */

import type { VirtMachine } from "@a64vm/hypervisor";
import { guestTest } from "../guest/differential";
import { FULL, hiding } from "../guest/variations";
import { fp8ToBfloat16, fp8ToHalf, halfToReal, multiplyAdd, type Result, toFp8 } from "./fp8-reference";

// The guest's inputs (apps/conformance/guests/src/fp8.c), byte for byte.
const FP8_IN = [0x00, 0x38, 0x7b, 0x7c, 0x7e, 0x7f, 0x81, 0xfd, 0x01, 0x40, 0x44, 0x3c, 0xc0, 0x77, 0x7d, 0x80];
const F32_IN = [1.0, -2.5, 448.0, 500.0, 0.001953125, 60000.0, 0.3, 464.0].map(Math.fround);
const F16_IN = [0x3c00, 0xc100, 0x5f00, 0x7bff, 0x0001, 0x7c00, 0x7e00, 0x3555];
const SCALES = [3, -2, 130, -150];
const ACC_H = [0x3c00, 0xc000, 0x0001, 0x7bff, 0x3555, 0x8000, 0x5640, 0x2e66];
const ACC_S = [1.0, -3.0, 0.001, 3.0e38].map(Math.fround);
const FP8_REV = [...FP8_IN].reverse();
const NAMES = [
  "F1CVTL",
  "F2CVTL2",
  "BF1CVTL2",
  "BF2CVTL",
  "FCVTN.4S",
  "FCVTN2.4S",
  "FCVTN.4H",
  "FSCALE.4S",
  "FMLALB",
  "FMLALLBB",
  "FDOT.8H",
  "FDOT.4S",
];
/** The feature each multiply-accumulate line needs beyond FEAT_FP8. */
const MULTIPLY_FEATURE: Record<string, string> = {
  FMLALB: "FEAT_FP8FMA",
  FMLALLBB: "FEAT_FP8FMA",
  "FDOT.8H": "FEAT_FP8DOT2",
  "FDOT.4S": "FEAT_FP8DOT4",
};

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** A 16-byte register as the guest prints it, with the FPSR flags the elements raised. */
function line(name: string, bytes: readonly number[], results: readonly Result[]): string {
  const fpsr = results.reduce((acc, r) => acc | r.fpsr, 0);
  return `  ${name.padEnd(9)}${bytes.map((b) => ` ${hex(b, 2)}`).join("")} fpsr ${hex(fpsr, 2)}\n`;
}

function halves(results: readonly Result[]): number[] {
  return results.flatMap((r) => [r.bits & 0xff, r.bits >>> 8]);
}

/** FSCALE (FPCR all zero: nearest-even, no flush): FP32 x * 2^k, its flags from the exact product. */
function fscale(x: number, k: number): Result {
  const exact = x * 2 ** k;
  const rounded = Math.fround(exact);
  const bits = new Uint32Array(new Float32Array([rounded]).buffer)[0]!;
  if (!Number.isFinite(rounded)) return { bits, fpsr: 0x14 };
  if (rounded === exact) return { bits, fpsr: 0 };
  return { bits, fpsr: Math.abs(exact) < 2 ** -126 ? 0x18 : 0x10 };
}

function fpmrOf(i: number): { value: bigint; s1: number; s2: number; d: number; osc: boolean; osm: boolean } {
  const s1 = i & 1;
  const s2 = (i >> 1) & 1;
  const d = (i >> 2) & 1;
  const osc = ((i >> 3) & 1) === 1;
  const osm = ((i >> 4) & 1) === 1;
  const lscale = (i % 3) * 7;
  const lscale2 = (i % 4) * 5;
  const nscale = i % 3 === 2 ? -3 : (i % 3) * 4;
  const value =
    BigInt(s1) |
    (BigInt(s2) << 3n) |
    (BigInt(d) << 6n) |
    (BigInt(osc ? 1 : 0) << 15n) |
    (BigInt(osm ? 1 : 0) << 14n) |
    (BigInt(lscale) << 16n) |
    (BigInt(nscale & 0xff) << 24n) |
    (BigInt(lscale2) << 32n);
  return { value, s1, s2, d, osc, osm };
}

/** Sign-extends the low `bits` of a field. */
const signed = (field: number, bits: number) => ((field << (32 - bits)) >> (32 - bits)) | 0;

const lanesOf = (results: readonly number[], bytes: number) =>
  results.flatMap((r) => Array.from({ length: bytes }, (_, k) => Math.floor(r / 2 ** (8 * k)) & 0xff));

/** The multiply-accumulate lines: FP8 products (Vn = the inputs, Vm = them reversed) into Vd's lanes. */
function multiplyLines(machine: VirtMachine, s1: number, s2: number, lscale: number, osm: boolean): string {
  const lines: string[] = [];
  const pairs = (from: number, count: number) =>
    Array.from({ length: count }, (_, j) => [FP8_IN[from + j]!, FP8_REV[from + j]!] as const);
  const results: Record<string, number[]> = {
    FMLALB: ACC_H.map((h, i) => multiplyAdd(true, halfToReal(h), pairs(2 * i, 1), s1, s2, lscale & 0xf, osm)),
    FMLALLBB: ACC_S.map((a, i) => multiplyAdd(false, a, pairs(4 * i, 1), s1, s2, lscale, osm)),
    "FDOT.8H": ACC_H.map((h, i) => multiplyAdd(true, halfToReal(h), pairs(2 * i, 2), s1, s2, lscale & 0xf, osm)),
    "FDOT.4S": ACC_S.map((a, i) => multiplyAdd(false, a, pairs(4 * i, 4), s1, s2, lscale, osm)),
  };
  for (const name of NAMES.slice(8)) {
    if (!machine.vm.features.has(MULTIPLY_FEATURE[name]!)) {
      lines.push(`  ${name.padEnd(9)} UNDEF (EC 0x00)\n`);
      continue;
    }
    const lanes = results[name]!;
    const bytes = lanesOf(lanes, name === "FMLALB" || name === "FDOT.8H" ? 2 : 4);
    lines.push(line(name, bytes, []));
  }
  return lines.join("");
}

function combination(machine: VirtMachine, i: number): string {
  const { value, s1, s2, d, osc, osm } = fpmrOf(i);
  const lscale = Number((value >> 16n) & 0x7fn);
  const lscale2 = Number((value >> 32n) & 0x3fn);
  const nscale = Number((value >> 24n) & 0xffn);
  const lower = FP8_IN.slice(0, 8);
  const upper = FP8_IN.slice(8);
  const f1 = lower.map((b) => fp8ToHalf(s1, b, lscale & 0xf));
  const f2 = upper.map((b) => fp8ToHalf(s2, b, lscale2 & 0xf));
  const bf1 = upper.map((b) => fp8ToBfloat16(s1, b, lscale & 0x3f));
  const bf2 = lower.map((b) => fp8ToBfloat16(s2, b, lscale2 & 0x3f));
  const single = F32_IN.map((x) => toFp8(d, x, false, signed(nscale, 8), osc));
  const half = F16_IN.map((h) => toFp8(d, halfToReal(h), false, signed(nscale, 5), osc));
  const zeros = Array<number>(8).fill(0);
  const narrowed = single.map((r) => r.bits);
  return [
    `FPMR ${hex(Number(value >> 32n), 8)}${hex(Number(value & 0xffffffffn), 8)}\n`,
    line(NAMES[0]!, halves(f1), f1),
    line(NAMES[1]!, halves(f2), f2),
    line(NAMES[2]!, halves(bf1), bf1),
    line(NAMES[3]!, halves(bf2), bf2),
    line(NAMES[4]!, [...narrowed, ...zeros], single),
    line(NAMES[5]!, [...zeros, ...narrowed], single),
    line(NAMES[6]!, [...half.map((r) => r.bits), ...zeros], half),
    multiplyLines(machine, s1, s2, lscale, osm),
  ].join("");
}

function expectedWithFp8(machine: VirtMachine): string {
  const scaled = F32_IN.slice(0, 4).map((x, i) => fscale(x, SCALES[i]!));
  const bytes = scaled.flatMap((r) => [r.bits & 0xff, (r.bits >>> 8) & 0xff, (r.bits >>> 16) & 0xff, r.bits >>> 24]);
  const fsc = line(NAMES[7]!, bytes, scaled).replace(/^ {2}(\S+)\s+/, "$1: ");
  return fsc + Array.from({ length: 32 }, (_, i) => combination(machine, i)).join("");
}

export const guestFp8 = guestTest({
  id: "guest/fp8",
  title:
    "FP8 instructions UNDEF without their feature and give the Arm ARM's results for every FPMR format combination",
  guest: "fp8",
  variations: (context) => [
    FULL,
    ...hiding(context, ["FEAT_FP8", "FEAT_FPMR", "FEAT_FP8FMA", "FEAT_FP8DOT2", "FEAT_FP8DOT4"]),
  ],
  expected: (machine) =>
    machine.vm.features.has("FEAT_FP8")
      ? expectedWithFp8(machine)
      : NAMES.map((name) => `${name}: UNDEF (EC 0x00)\n`).join(""),
});
