/** A run observer (the CLI's progress line) hears of every slice and of every write before it happens. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserProcess } from "../src/index";

const program = join(__dirname, "programs", "bin", "benchint-O2");

describe("UserProcess run observer", () => {
  it("is told the instruction count between slices and is warned before each guest write", () => {
    const dir = mkdtempSync(join(tmpdir(), "a64vm-observer-"));
    try {
      const out = openSync(join(dir, "out"), "w");
      const events: string[] = [];
      const counts: number[] = [];
      const guest = new UserProcess(new Uint8Array(readFileSync(program)), {
        argv: [program],
        stdio: [0, out, out],
        observer: {
          slice: (n) => {
            counts.push(n);
            events.push("slice");
          },
          beforeOutput: () => events.push("output"),
        },
      });
      const result = guest.run(100_000);
      closeSync(out);
      expect(result.exitCode).toBe(0);
      expect(counts.length).toBeGreaterThan(1);
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
      expect(events).toContain("output");
      expect(readFileSync(join(dir, "out"), "latin1").length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
