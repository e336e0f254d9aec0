/**
 * By-element AdvSIMD forms and the DotProd, RDM, FHM, I8MM and FCMA extensions against
 * qemu-aarch64: short random blocks drawn only from these encodings, each under a random FPCR
 * (rounding mode, FZ, FZ16, DN), agree on X, NZCV, V, FPSR (cumulative flags and QC) and FPCR.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble, OPCODES } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { decodeA64 } from "../src/exec/decode";
import { FMLAL_VEC, FMLSL_VEC } from "../src/exec/simd-element-float";
import { HANDLER_NAMES, HANDLERS } from "../src/exec/table";
import { IMPLEMENTED_FEATURES } from "../src/index";
import { machine } from "./machine";
import { buildBlockProgram, type CustomPool, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const BLOCKS = 150;
const LENGTH = 3;

/** FEAT_FHM stays out of IMPLEMENTED_FEATURES while simd.ts claims the vector FMLAL/FMLSL forms. */
const WITH_FHM = IMPLEMENTED_FEATURES.with("FEAT_FHM");

/** The by-element FMLAL/FMLSL(2), drawn whether or not the default feature set has FEAT_FHM, run with it on. */
const WIDENING: CustomPool = {
  opcodes: OPCODES.filter((o) => o.id !== 0 && /^FML[AS]L2?_elem$/.test(o.name)),
  handlers: new Set(["UNDEF", "FMLAL_ELEM", "FMLSL_ELEM"]),
};

const POOLS: Record<string, CustomPool> = {
  /** Integer multiplies by element and FEAT_RDM's SQRDMLAH/SQRDMLSH (vector, scalar, element). */
  integer: poolOf((o) =>
    /^(MUL|MLA|MLS|[SU]MULL|[SU]MLAL|[SU]MLSL|SQDMULL|SQDMLAL|SQDMLSL|SQDMULH|SQRDMULH|SQRDMLAH|SQRDMLSH)_elem_[vs]$|^SQRDML[AS]H_[vs]$/.test(
      o.name,
    ),
  ),
  /** FMLA, FMLS, FMUL, FMULX by element: half, single and double lanes, vector and scalar. */
  float: poolOf((o) => /^(FMLA|FMLS|FMUL|FMULX)_elem_(v|s|vh|sh)$/.test(o.name)),
  /** FEAT_DotProd and FEAT_I8MM. */
  dot: poolOf((o) => /^([SU]DOT|USDOT|SUDOT)_(v|elem)$|^(SMMLA|UMMLA|USMMLA)_v$/.test(o.name)),
  /** FEAT_FCMA: FCMLA (vector, by element) and FCADD on half, single and double lanes. */
  complex: poolOf((o) => /^(FCMLA_(v|vh|elem_h|elem_s)|FCADD_(v|vh))$/.test(o.name)),
  widening: WIDENING,
};

const CASES: readonly (readonly [string, number])[] = [
  ...[0x1e1e, 0x2e2e, 0x3e3e].map((seed) => ["integer", seed] as const),
  ...[0x4f4f, 0x5f5f, 0x6f6f, 0x7f7f].map((seed) => ["float", seed] as const),
  ...[0x8a8a, 0x9a9a].map((seed) => ["widening", seed] as const),
  ...[0xab0b, 0xbc0c].map((seed) => ["dot", seed] as const),
  ...[0xcd0d, 0xde0e, 0xef0f].map((seed) => ["complex", seed] as const),
];

describe.skipIf(!haveTools("qemu-aarch64"))("by-element and extension forms against qemu-aarch64", () => {
  it.each(CASES)(`%s seed %i: ${BLOCKS} blocks of ${LENGTH} instructions agree under random FPCR`, (family, seed) => {
    const program = buildBlockProgram(seed, BLOCKS, LENGTH, POOLS[family]!, randomFpcr);
    const features: FeatureSet = family === "widening" ? WITH_FHM : IMPLEMENTED_FEATURES;
    for (const block of program.blocks)
      for (const w of block) expect(HANDLER_NAMES[decodeA64(w | 0, features)]).not.toBe("UNDEF");
    const dir = mkdtempSync(join(tmpdir(), "a64vm-element-"));
    try {
      const path = join(dir, "blocks.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, [], "", features);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(theirs.stdout.length).toBe(BLOCKS * STATE_BYTES);
      for (let b = 0; b < BLOCKS; b++) {
        const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        if (a !== q) {
          const listing = program.blocks[b]!.map((w) => `${w.toString(16).padStart(8, "0")} ${disassemble(w)}`);
          expect.fail(`block ${b} differs:\n${listing.join("\n")}`);
        }
      }
      expect(ours.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** random-blocks.ts's layout: per block an input then an output state of 1024 bytes after a 4 KiB header. */
const HEADER = 0x1000;
const STATE_SIZE = 1024;
const V_AT = 256;
const FPSR_AT = 768;
const FPCR_AT = 776;

/**
 * The vector FMLAL/FMLSL(2) forms: simd.ts still decodes them to FP_VEC3, which UNDEFs them when
 * run, so these blocks run on this file's handlers directly.
 */
const WIDENING_VECTOR: CustomPool = {
  opcodes: OPCODES.filter((o) => o.id !== 0 && /^FML[AS]L2?_v$/.test(o.name)),
  handlers: new Set(["UNDEF", "FP_VEC3", "FMLAL_VEC", "FMLSL_VEC"]),
};

describe.skipIf(!haveTools("qemu-aarch64"))("vector FMLAL/FMLSL handlers against qemu-aarch64", () => {
  it.each([0x51a1, 0x52a2])(
    `seed %i: ${BLOCKS} blocks of ${LENGTH}, run on the handlers directly, agree on V and FPSR`,
    (seed) => {
      const program = buildBlockProgram(seed, BLOCKS, LENGTH, WIDENING_VECTOR, randomFpcr);
      const dir = mkdtempSync(join(tmpdir(), "a64vm-element-"));
      try {
        const path = join(dir, "blocks.elf");
        writeFileSync(path, program.elf, { mode: 0o755 });
        const theirs = runQemu(path, []);
        expect(theirs.status).toBe(0);
        const out = Buffer.from(theirs.stdout, "latin1");
        const elf = Buffer.from(program.elf);
        const { cpu } = machine([]);
        for (let b = 0; b < BLOCKS; b++) {
          const input = HEADER + b * STATE_SIZE * 2;
          cpu.v.set(elf.subarray(input + V_AT, input + FPSR_AT));
          cpu.fpsr = elf.readUInt32LE(input + FPSR_AT);
          cpu.fpcr = elf.readUInt32LE(input + FPCR_AT);
          for (const w of program.blocks[b]!) HANDLERS[((w >>> 23) & 1) === 1 ? FMLSL_VEC : FMLAL_VEC]!(cpu, w | 0);
          const expected = out.subarray(b * STATE_BYTES, (b + 1) * STATE_BYTES);
          const same =
            Buffer.from(cpu.v).equals(expected.subarray(V_AT, FPSR_AT)) && cpu.fpsr === expected.readUInt32LE(FPSR_AT);
          if (!same) {
            const listing = program.blocks[b]!.map((w) => `${w.toString(16).padStart(8, "0")} ${disassemble(w)}`);
            expect.fail(`block ${b} differs:\n${listing.join("\n")}`);
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
