/**
 * AdvSIMD shift by immediate (plain, accumulating, rounding, inserting, saturating, narrowing and
 * widening shifts, every lane size) and the vector fixed-point conversions (half, single, double)
 * against qemu-aarch64 under random FPCR, FPSR.QC and FP flags included.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const NAMES = /(_imm_v|_fix_vh?)$/;
const SHIFT_IMMEDIATE = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))(
  "AdvSIMD shift by immediate and fixed-point conversions against qemu-aarch64",
  () => {
    it.each([0x5b1f7, 0x15b1f7, 0x5b1f7000, 0x7e57])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
      const program = buildBlockProgram(seed, 300, 4, SHIFT_IMMEDIATE, randomFpcr);
      const dir = mkdtempSync(join(tmpdir(), "a64vm-shift-imm-"));
      try {
        const path = join(dir, "shift-imm.elf");
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
  },
);
