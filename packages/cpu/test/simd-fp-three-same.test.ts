/**
 * AdvSIMD FP three-same vector forms in single and double precision (arithmetic, FMLA/FMLS,
 * FMULX, FABD, FRECPS/FRSQRTS, compares, pairwise max/min/add) against qemu-aarch64 under random
 * FPCR: lanes round as FPCR says, NaNs propagate by the Arm ARM's rules and FPSR flags accumulate.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const FP_THREE_SAME = poolOf(
  (o) =>
    o.cls === "simd" &&
    /^F(ADD|SUB|MUL|MULX|DIV|MAX|MIN|MAXNM|MINNM|MLA|MLS|ABD|RECPS|RSQRTS|CMEQ|CMGE|CMGT|ACGE|ACGT)P?_v$/.test(o.name),
);

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD FP three-same (single, double) against qemu-aarch64", () => {
  it.each([0xf3, 0xd0b1e, 0x5eed3, 0x7ff0f00d])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 4, FP_THREE_SAME, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-fp-three-"));
    try {
      const path = join(dir, "fp-three.elf");
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
