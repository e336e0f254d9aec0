/** The terminal summary: per test, passed/failed/skipped per host; then each failure in one line. */
import type { CaseResult } from "../model";
import { totals } from "../runner";

export function terminalSummary(results: readonly CaseResult[], hosts: readonly string[]): string {
  const tests = [...new Set(results.map((r) => r.spec.test))];
  const header = ["test", ...hosts];
  const rows = tests.map((test) => [
    test,
    ...hosts.map((host) => {
      const rs = results.filter((r) => r.spec.test === test && r.spec.host === host);
      if (rs.length === 0) return "-";
      const f = rs.filter((r) => r.outcome.status === "failed").length;
      const s = rs.filter((r) => r.outcome.status === "skipped").length;
      return f > 0 ? `${f} FAIL/${rs.length}` : s === rs.length ? "skip" : `ok ${rs.length - s}`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const out = [line(header), ...rows.map(line)];
  const failures = results.filter((r) => r.outcome.status === "failed");
  if (failures.length > 0) {
    out.push("", "failures:");
    for (const r of failures)
      out.push(`  ${r.spec.test} @ ${r.spec.host} : ${r.spec.variation}: ${r.outcome.message ?? ""}`);
  }
  const t = totals(results);
  out.push("", `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  return `${out.join("\n")}\n`;
}
