/**
 * FMAXV/FMINV/FMAXNMV/FMINNMV (single 4S, half 4H/8H) against qemu-aarch64 under random FPCR: the
 * Arm ARM's Reduce pairs lanes as op(Reduce(low half), Reduce(high half)), so NaN propagation and
 * FPSR flags follow that tree.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const ACROSS_FP = poolOf((o) => /^F(MAX|MIN)(NM)?V/.test(o.name) && o.cls === "simd");

describe.skipIf(!haveTools("qemu-aarch64"))("FP max/min across lanes against qemu-aarch64", () => {
  it.each([0x4cf0a, 0x5a5a17, 0x600dface])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 4, ACROSS_FP, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-across-"));
    try {
      const path = join(dir, "across.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, []);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(ours.status).toBe(0);
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
