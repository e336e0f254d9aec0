/** Builds the run's cases: tests x hosts x feature variations, filtered, in a stable order. */
import type { CaseSpec, ConformanceTest } from "./model";
import { hashString, randomSource } from "./random";

export interface MatrixOptions {
  readonly tests: readonly ConformanceTest[];
  readonly hosts: readonly string[];
  readonly seed: number;
  readonly randomCount: number;
  /** Substrings or globs (`*`) matched against "test@host:variation"; empty keeps every case. */
  readonly filters: readonly string[];
  /** Cases to leave out even when a filter keeps them, by their key. */
  readonly exclude?: (key: string) => boolean;
}

export function caseKey(spec: Pick<CaseSpec, "test" | "host" | "variation">): string {
  return `${spec.test}@${spec.host}:${spec.variation}`;
}

export function matches(key: string, filter: string): boolean {
  if (!filter.includes("*")) return key.includes(filter);
  const pattern = new RegExp(`^${filter.split("*").map(escapeRegExp).join(".*")}$`);
  return pattern.test(key);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

export function buildMatrix(options: MatrixOptions): CaseSpec[] {
  const cases: CaseSpec[] = [];
  for (const test of options.tests) {
    for (const host of options.hosts) {
      const random = randomSource(hashString(`${options.seed}/${test.id}/${host}`));
      for (const variation of test.variations({ host, random, randomCount: options.randomCount })) {
        const spec: CaseSpec = {
          test: test.id,
          host,
          features: variation.features,
          variation: variation.label,
          seed: hashString(`${options.seed}/${test.id}/${host}/${variation.label}`),
        };
        const key = caseKey(spec);
        const kept = options.filters.length === 0 || options.filters.some((f) => matches(key, f));
        if (kept && options.exclude?.(key) !== true) cases.push(spec);
      }
    }
  }
  return cases;
}
