/** The worker-thread entry of the pool: one case per task. */
import type { CaseResult, CaseSpec, RunContext } from "./model";
import { runCase } from "./run-case";

export default function runTask(task: { spec: CaseSpec; context: RunContext }): Promise<CaseResult> {
  return runCase(task.spec, task.context);
}
