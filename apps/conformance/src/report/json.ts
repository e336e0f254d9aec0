/** The --json report: the run's parameters, every case with its outcome, and the totals. */
import type { CaseResult } from "../model";
import { totals } from "../runner";

export interface JsonReportInput {
  readonly seed: number;
  readonly hosts: readonly string[];
  readonly results: readonly CaseResult[];
}

export function jsonReport(input: JsonReportInput): string {
  return `${JSON.stringify(
    {
      tool: "a64vm-conformance",
      seed: input.seed,
      hosts: input.hosts,
      totals: totals(input.results),
      results: input.results.map((r) => ({ ...r.spec, ...r.outcome, milliseconds: r.milliseconds })),
    },
    null,
    2,
  )}\n`;
}
