/** The conformance app's vocabulary: a test, the cases of the matrix, and their outcomes. */

/** One cell of the matrix: a test on a host with a feature variation. Plain data: it crosses to workers. */
export interface CaseSpec {
  readonly test: string;
  readonly host: string;
  /** Changes applied to the host's feature set, `+X,-Y`; "" runs with everything the host has. */
  readonly features: string;
  /** Short human label of the variation: "full", "-FPMR", "random#3". */
  readonly variation: string;
  /** Seed for anything random inside the case; derived from the run's seed and the case key. */
  readonly seed: number;
}

export type CaseStatus = "passed" | "failed" | "skipped";

export interface CaseOutcome {
  readonly status: CaseStatus;
  /** Why it failed or was skipped, in one line. */
  readonly message?: string;
  /** For a failed comparison: what was expected and what came out (the HTML report diffs them). */
  readonly expected?: string;
  readonly actual?: string;
}

export interface CaseResult {
  readonly spec: CaseSpec;
  readonly outcome: CaseOutcome;
  readonly milliseconds: number;
}

/** A feature variation of a host that a test wants run. */
export interface Variation {
  readonly features: string;
  readonly label: string;
}

export interface VariationContext {
  readonly host: string;
  /** Deterministic random numbers for this (test, host) pair. */
  readonly random: () => number;
  /** How many random restrictions per host the run asks for (--random). */
  readonly randomCount: number;
}

export interface RunContext {
  /** `--against qemu`: also run on qemu-system-aarch64 and compare. */
  readonly againstQemu: boolean;
}

export interface ConformanceTest {
  /** Stable id used by --filter, reports and the worker: "guest/idregs", "host/get-reg-list". */
  readonly id: string;
  readonly title: string;
  /** The feature variations to run on a host (the full set at least). */
  variations(context: VariationContext): readonly Variation[];
  run(spec: CaseSpec, context: RunContext): Promise<CaseOutcome> | CaseOutcome;
}

export const passed: CaseOutcome = { status: "passed" };
export const failed = (message: string, expected?: string, actual?: string): CaseOutcome => ({
  status: "failed",
  message,
  ...(expected !== undefined ? { expected } : {}),
  ...(actual !== undefined ? { actual } : {}),
});
export const skipped = (message: string): CaseOutcome => ({ status: "skipped", message });
