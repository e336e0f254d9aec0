/** Runs the matrix on a pool of worker threads (piscina), or in-process with one job. */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { CaseResult, CaseSpec, RunContext } from "./model";
import { runCase } from "./run-case";

export interface RunOptions {
  readonly jobs: number;
  readonly context: RunContext;
  /** Called as each case finishes (in completion order), for progress. */
  readonly onResult?: (result: CaseResult, done: number) => void;
}

/** Results come back in matrix order whatever order the workers finish in. */
export async function runMatrix(cases: readonly CaseSpec[], options: RunOptions): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let done = 0;
  const record = (index: number, result: CaseResult) => {
    results[index] = result;
    done++;
    options.onResult?.(result, done);
  };
  if (options.jobs <= 1 || cases.length <= 1) {
    for (const [index, spec] of cases.entries()) record(index, await runCase(spec, options.context));
    return results;
  }
  // From source (tsx) the worker is worker.ts and inherits tsx through execArgv; built, worker.js.
  const fromSource = import.meta.url.endsWith(".ts");
  const pool = new Piscina({
    filename: fileURLToPath(new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url)),
    minThreads: options.jobs,
    maxThreads: options.jobs,
    execArgv: process.execArgv,
  });
  try {
    await Promise.all(
      cases.map(async (spec, index) => {
        const result = (await pool.run({ spec, context: options.context })) as CaseResult;
        record(index, result);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

export function totals(results: readonly CaseResult[]): Totals {
  const t: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) t[r.outcome.status]++;
  return t;
}
