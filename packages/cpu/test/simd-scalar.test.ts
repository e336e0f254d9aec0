/**
 * AdvSIMD scalar forms (three same, three different, shift by immediate, with the scalar two-register
 * misc and by-element forms in the same pool) against qemu-aarch64 under random FPCR: element 0 as
 * the vector form computes it, the rest of Vd zeroed, FPSR.QC and FP flags from element 0 alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const NAMES = /_(s|imm_s|fix_s|elem_s|pair_s)$/;
const SCALAR = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD scalar forms against qemu-aarch64", () => {
  it.each([0x5ca1a, 0x5ca1a5, 0x5ca1a500, 0x1a5ca1])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 4, SCALAR, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-scalar-"));
    try {
      const path = join(dir, "scalar.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, []);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(ours.stderr).toBe("");
      for (let b = 0; b < 300; b++) {
        const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        if (a !== q) expect.fail(`block ${b} differs:\n${program.blocks[b]!.map((w) => disassemble(w)).join("\n")}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
