/** JUnit XML, one <testsuite> per test, one <testcase> per host and variation. */
import type { CaseResult } from "../model";

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

export function junitReport(results: readonly CaseResult[]): string {
  const byTest = new Map<string, CaseResult[]>();
  for (const r of results) byTest.set(r.spec.test, [...(byTest.get(r.spec.test) ?? []), r]);
  const count = (rs: readonly CaseResult[], s: string) => rs.filter((r) => r.outcome.status === s).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(
    `<testsuites name="a64vm-conformance" tests="${results.length}" failures="${count(results, "failed")}" skipped="${count(results, "skipped")}">`,
  );
  for (const [test, rs] of byTest) {
    const seconds = rs.reduce((s, r) => s + r.milliseconds, 0) / 1000;
    lines.push(
      `  <testsuite name="${escapeXml(test)}" tests="${rs.length}" failures="${count(rs, "failed")}" skipped="${count(rs, "skipped")}" time="${seconds.toFixed(3)}">`,
    );
    for (const r of rs) {
      const name = escapeXml(`${r.spec.host}:${r.spec.variation}`);
      const open = `    <testcase classname="${escapeXml(test)}" name="${name}" time="${(r.milliseconds / 1000).toFixed(3)}"`;
      if (r.outcome.status === "passed") {
        lines.push(`${open}/>`);
      } else if (r.outcome.status === "skipped") {
        lines.push(`${open}><skipped message="${escapeXml(r.outcome.message ?? "")}"/></testcase>`);
      } else {
        const body =
          r.outcome.expected !== undefined
            ? `expected:\n${r.outcome.expected}\nactual:\n${r.outcome.actual ?? ""}`
            : (r.outcome.message ?? "");
        lines.push(
          `${open}><failure message="${escapeXml(r.outcome.message ?? "failed")}">${escapeXml(body)}</failure></testcase>`,
        );
      }
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
