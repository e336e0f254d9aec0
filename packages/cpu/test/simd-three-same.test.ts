/**
 * AdvSIMD three-same integer forms (halving, saturating, rounding and saturating shifts by
 * register, accumulate, multiply-accumulate, polynomial and doubling multiplies) against
 * qemu-aarch64, every lane size: lanes, and FPSR.QC when a saturating form saturates.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const NAMES =
  /^(SHADD|SQADD|SRHADD|SHSUB|SQSUB|SQSHL|SRSHL|SQRSHL|SABA|MLA|SQDMULH|UHADD|UQADD|URHADD|UHSUB|UQSUB|UQSHL|URSHL|UQRSHL|UABA|MLS|PMUL|SQRDMULH)_v$/;
const THREE_SAME_INTEGER = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD three-same integer forms against qemu-aarch64", () => {
  it.each([0x3a3e, 0x5a3e5a3e, 0x0bad5eed])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 4, THREE_SAME_INTEGER, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-three-same-"));
    try {
      const path = join(dir, "three-same.elf");
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
