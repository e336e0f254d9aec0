/** Randomised instruction blocks: final X0-X30, NZCV, V0-V31, FPSR and FPCR under a64vm equal qemu-aarch64's. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, type Pool, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const BLOCKS = 200;
const LENGTH = 24;

const CASES: readonly (readonly [Pool, number])[] = [
  ...[0x1234567, 0x2468ace, 0x13579bd, 0x7654321, 0x0badf00d, 0x5eed5eed, 0x600dcafe, 0x31415926].map(
    (seed) => ["integer", seed] as const,
  ),
  ...[0x0ae5ae5, 0x5ba256, 0x5ba512, 0x0c0ffee].map((seed) => ["crypto", seed] as const),
  ...[0x0f16f16, 0x1eee16, 0x7bff7bff, 0x3c003c00].map((seed) => ["fp16", seed] as const),
  ...[0x0bf16bf1, 0x3f803f80].map((seed) => ["bf16", seed] as const),
  ...[0x0f32f32, 0x7f7fffff].map((seed) => ["fp32", seed] as const),
  // Every scalar FP form (half, single, double, BFloat16 conversions) under random FPCR.
  ...[0x0f0f0f, 0x3ff00000, 0x7ff80001, 0x40490fdb].map((seed) => ["fp", seed] as const),
  // Every AdvSIMD register form (integer and FP, every arrangement) under random FPCR.
  ...[0x51ad51ad, 0x0c0de5d, 0x4e204e20, 0x6ee0d400].map((seed) => ["simd", seed] as const),
];

describe.skipIf(!haveTools("qemu-aarch64"))("random instruction blocks against qemu-aarch64", () => {
  it.each(CASES)(
    `%s seed %i: ${BLOCKS} blocks of ${LENGTH} instructions agree on X, NZCV, V, FPSR, FPCR`,
    (pool, seed) => {
      // FP pools run each block under a random FPCR (rounding mode, FZ, FZ16, DN).
      const program = buildBlockProgram(
        seed,
        BLOCKS,
        LENGTH,
        pool,
        pool === "integer" || pool === "crypto" ? undefined : randomFpcr,
      );
      const dir = mkdtempSync(join(tmpdir(), "a64vm-blocks-"));
      try {
        const path = join(dir, "blocks.elf");
        writeFileSync(path, program.elf, { mode: 0o755 });
        const ours = runA64vm(path, []);
        const theirs = runQemu(path, []);
        expect(theirs.status).toBe(0);
        expect(theirs.stdout.length).toBe(BLOCKS * STATE_BYTES);
        for (let b = 0; b < BLOCKS; b++) {
          const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
          const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
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
    },
  );
});
