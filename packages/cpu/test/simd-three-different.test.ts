/**
 * AdvSIMD three-different forms (long, wide and narrowing add/sub, absolute difference
 * and accumulate, multiply(-accumulate) long, saturating doubling multiplies) against
 * qemu-aarch64, every lane size, with FPSR.QC.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const NAMES = /^([SU](ADD|SUB)[LW]|R?(ADD|SUB)HN|[SU]ABAL|[SU]ABDL|[SU]ML[AS]L|[SU]MULL|SQDML[AS]L|SQDMULL)_v$/;
const THREE_DIFFERENT = poolOf((o) => o.cls === "simd" && NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD three-different forms against qemu-aarch64", () => {
  it.each([0x3d1f, 0x5d1ff, 0x0d1ff00d])("seed %i: 300 blocks of 4 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 4, THREE_DIFFERENT, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-three-different-"));
    try {
      const path = join(dir, "three-different.elf");
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
