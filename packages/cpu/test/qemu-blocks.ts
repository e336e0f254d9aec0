/** Runs a random-block program under a64vm and qemu-aarch64 and requires every block's final state to agree. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { expect } from "vitest";
import { type BlockProgram, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

/** Both exit cleanly (a64vm with nothing on stderr) and each block prints the same X, NZCV, V, FPSR, FPCR. */
export function expectBlocksAgreeWithQemu(program: BlockProgram): void {
  const dir = mkdtempSync(join(tmpdir(), "a64vm-blocks-"));
  try {
    const path = join(dir, "blocks.elf");
    writeFileSync(path, program.elf, { mode: 0o755 });
    const ours = runA64vm(path, []);
    const theirs = runQemu(path, []);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe("");
    for (let b = 0; b < program.blocks.length; b++) {
      const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
      const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
      if (a !== q) expect.fail(`block ${b} differs:\n${program.blocks[b]!.map((w) => disassemble(w)).join("\n")}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
