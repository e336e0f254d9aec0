/** Randomised instruction blocks: final X0-X30 and NZCV under a64vm equal qemu-aarch64's. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const SEEDS = [0x1234567, 0x2468ace, 0x13579bd, 0x7654321, 0x0badf00d, 0x5eed5eed, 0x600dcafe, 0x31415926];
const BLOCKS = 200;
const LENGTH = 24;

describe.skipIf(!haveTools("qemu-aarch64"))("random register-only blocks against qemu-aarch64", () => {
  it.each(SEEDS)(`seed %i: ${BLOCKS} blocks of ${LENGTH} instructions agree on X0-X30 and NZCV`, (seed) => {
    const program = buildBlockProgram(seed, BLOCKS, LENGTH);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-blocks-"));
    try {
      const path = join(dir, "blocks.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, []);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(theirs.stdout.length).toBe(BLOCKS * 256);
      for (let b = 0; b < BLOCKS; b++) {
        const a = ours.stdout.slice(b * 256, b * 256 + 256);
        const q = theirs.stdout.slice(b * 256, b * 256 + 256);
        if (a !== q) {
          const listing = program.blocks[b]!.map((w) => `${w.toString(16).padStart(8, "0")} ${disassemble(w)}`).join(
            "\n",
          );
          expect.fail(`block ${b} differs:\n${listing}`);
        }
      }
      expect(ours.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
