/**
 * The live progress line of a long guest run: instructions executed and rate, on stderr, drawn by
 * cli-progress. Shown only on a TTY, never with --json or TERM=dumb, and only once a run has
 * taken a second; plain text, so NO_COLOR has nothing to remove.
 */
import type { MachineResult, VirtMachine } from "@a64vm/hypervisor";
import { type GenericFormatter, SingleBar } from "cli-progress";

/** What decides whether a run shows progress. */
export interface ProgressContext {
  readonly stream: { readonly isTTY?: boolean };
  readonly json: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A progress line only where a person watches a terminal that can redraw a line. */
export function wantsProgress(context: ProgressContext): boolean {
  return context.stream.isTTY === true && !context.json && context.env.TERM !== "dumb";
}

/** `a64vm: 12,345,678 instructions, 41.2 MIPS, 1.3 s` */
export function progressText(instructions: number, seconds: number): string {
  const mips = seconds > 0 ? instructions / seconds / 1e6 : 0;
  return `a64vm: ${instructions.toLocaleString("en-US")} instructions, ${mips.toFixed(1)} MIPS, ${seconds.toFixed(1)} s`;
}

/** How long a run goes before the line appears. */
const QUIET_MS = 1000;

export class InstructionProgress {
  readonly #stream: NodeJS.WriteStream;
  readonly #now: () => number;
  readonly #started: number;
  #bar: SingleBar | null = null;

  /** `now` is the clock in milliseconds (tests give their own). */
  constructor(stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#now = now;
    this.#started = now();
  }

  /** Called between slices of the run; draws the line once the run has taken a second. */
  update(instructions: number): void {
    const elapsed = this.#now() - this.#started;
    if (this.#bar === null) {
      if (elapsed < QUIET_MS) return;
      const format: GenericFormatter = (_options, params) =>
        progressText(params.value, (this.#now() - this.#started) / 1000);
      this.#bar = new SingleBar({ stream: this.#stream, format, clearOnComplete: true, hideCursor: false, fps: 5 });
      this.#bar.start(Number.MAX_SAFE_INTEGER, instructions);
      return;
    }
    this.#bar.update(instructions);
  }

  /** Clears the line so the guest's output starts at column 0; the next update draws it again. */
  clear(): void {
    if (this.#bar !== null) this.#stream.write("\r\u001b[2K");
  }

  /** Removes the line for good. */
  stop(): void {
    this.#bar?.stop();
    this.#bar = null;
  }
}

/** Instructions per slice: a few tenths of a second at a64vm's speed, so the line moves smoothly. */
const SLICE = 1 << 22;

/**
 * Runs a machine for up to `budget` more instructions, in slices so `progress` can be updated
 * between them; the result is the one an unsliced run returns.
 */
export function runWithProgress(
  machine: VirtMachine,
  budget: number,
  progress: InstructionProgress | null,
): MachineResult {
  const limit = machine.instructions + budget;
  try {
    for (;;) {
      const result = machine.run(Math.min(SLICE, limit - machine.instructions));
      if (result.kind !== "budget-exhausted" || machine.instructions >= limit) return result;
      progress?.update(machine.instructions);
    }
  } finally {
    progress?.stop();
  }
}

/** The progress line for a run command, or null where none is wanted. */
export function progressFor(options: { json?: boolean }): InstructionProgress | null {
  return wantsProgress({ stream: process.stderr, json: options.json === true, env: process.env })
    ? new InstructionProgress(process.stderr)
    : null;
}
