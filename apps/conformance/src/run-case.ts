/** Runs one case, in a worker or in-process: times it and turns a throw into a failed outcome. */
import type { CaseOutcome, CaseResult, CaseSpec, RunContext } from "./model";
import { failed } from "./model";
import { testById } from "./registry";

export async function runCase(spec: CaseSpec, context: RunContext): Promise<CaseResult> {
  const started = performance.now();
  const test = testById(spec.test);
  let outcome: CaseOutcome;
  try {
    outcome = test === undefined ? failed(`no test '${spec.test}'`) : await test.run(spec, context);
  } catch (error) {
    outcome = failed(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  return { spec, outcome, milliseconds: Math.round(performance.now() - started) };
}
