/**
 * By-element AdvSIMD forms and the DotProd, RDM, FHM, I8MM and FCMA extensions against
 * qemu-aarch64: short random blocks drawn only from these encodings, each under a random FPCR
 * (rounding mode, FZ, FZ16, DN), agree on X, NZCV, V, FPSR (cumulative flags and QC) and FPCR.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { decodeA64 } from "../src/exec/decode";
import { HANDLER_NAMES } from "../src/exec/table";
import { IMPLEMENTED_FEATURES } from "../src/index";
import { buildBlockProgram, type CustomPool, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const BLOCKS = 150;
const LENGTH = 3;

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
  /** FEAT_FHM: FMLAL/FMLSL(2), vector and by element. */
  widening: poolOf((o) => /^FML[AS]L2?_(v|elem)$/.test(o.name)),
};

const CASES: readonly (readonly [string, number])[] = [
  ...[0x1e1e, 0x2e2e, 0x3e3e].map((seed) => ["integer", seed] as const),
  ...[0x4f4f, 0x5f5f, 0x6f6f, 0x7f7f].map((seed) => ["float", seed] as const),
  ...[0x8a8a, 0x9a9a, 0x51a1, 0x52a2].map((seed) => ["widening", seed] as const),
  ...[0xab0b, 0xbc0c].map((seed) => ["dot", seed] as const),
  ...[0xcd0d, 0xde0e, 0xef0f].map((seed) => ["complex", seed] as const),
];

describe.skipIf(!haveTools("qemu-aarch64"))("by-element and extension forms against qemu-aarch64", () => {
  it.each(CASES)(`%s seed %i: ${BLOCKS} blocks of ${LENGTH} instructions agree under random FPCR`, (family, seed) => {
    const program = buildBlockProgram(seed, BLOCKS, LENGTH, POOLS[family]!, randomFpcr);
    const features: FeatureSet = IMPLEMENTED_FEATURES;
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
