/** When a run shows its progress line, and what the line says (no timing: the clock is given). */
import { describe, expect, it } from "vitest";
import { InstructionProgress, progressText, wantsProgress } from "../src/progress";
import { a64vm } from "./run-cli";

const tty = { isTTY: true };

describe("wantsProgress", () => {
  it("shows progress on a terminal", () => {
    expect(wantsProgress({ stream: tty, json: false, env: {} })).toBe(true);
  });

  it("never when stderr is a pipe or a file", () => {
    expect(wantsProgress({ stream: { isTTY: false }, json: false, env: {} })).toBe(false);
    expect(wantsProgress({ stream: {}, json: false, env: {} })).toBe(false);
  });

  it("never with --json", () => {
    expect(wantsProgress({ stream: tty, json: true, env: {} })).toBe(false);
  });

  it("never on a terminal that cannot redraw a line (TERM=dumb)", () => {
    expect(wantsProgress({ stream: tty, json: false, env: { TERM: "dumb" } })).toBe(false);
  });

  it("still with NO_COLOR: the line has no colour to remove", () => {
    expect(wantsProgress({ stream: tty, json: false, env: { NO_COLOR: "1" } })).toBe(true);
    expect(progressText(123_456_789, 2)).not.toContain("\u001b");
  });
});

describe("the progress line", () => {
  it("gives instructions executed and the rate", () => {
    expect(progressText(123_456_789, 2)).toBe("a64vm: 123,456,789 instructions, 61.7 MIPS, 2.0 s");
    expect(progressText(0, 0)).toBe("a64vm: 0 instructions, 0.0 MIPS, 0.0 s");
  });

  /** A terminal that records what is written to it. */
  function terminal() {
    const written: string[] = [];
    const stream = {
      isTTY: true,
      columns: 120,
      write: (text: string) => written.push(text) > 0,
      cursorTo: (_x: number, _y?: number, callback?: () => void) => callback?.() ?? true,
      clearLine: (_dir: number, callback?: () => void) => callback?.() ?? true,
      moveCursor: (_dx: number, _dy: number, callback?: () => void) => callback?.() ?? true,
      on: () => stream,
      removeListener: () => stream,
    };
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => written.join("") };
  }

  it("stays away for the first second of a run, then appears", () => {
    let now = 0;
    const term = terminal();
    const progress = new InstructionProgress(term.stream, () => now);
    now = 999;
    progress.update(40_000_000);
    expect(term.text()).toBe("");
    now = 2000;
    progress.update(80_000_000);
    progress.update(82_000_000);
    expect(term.text()).toContain("a64vm: 8");
    expect(term.text()).toContain("instructions");
    progress.stop();
  });

  it("clears itself before guest output and when the run ends", () => {
    let now = 0;
    const term = terminal();
    const progress = new InstructionProgress(term.stream, () => now);
    progress.clear();
    expect(term.text()).toBe("");
    now = 1500;
    progress.update(1);
    progress.clear();
    expect(term.text().endsWith("\r\u001b[2K")).toBe(true);
    progress.stop();
  });
});

describe("run commands piped (stderr not a terminal)", () => {
  it("print no progress line, however long the run", () => {
    const run = a64vm(["run", "apps/cli/guests/hello.elf"], { NO_COLOR: "" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });
});
