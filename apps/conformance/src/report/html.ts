/** A self-contained HTML report: a pass/fail heat map (tests x hosts) and the failing cases' diffs. */
import type { CaseResult } from "../model";
import { totals } from "../runner";
import { diffLines } from "./diff";

const escapeHtml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

function cellColour(passed: number, failed: number): string {
  if (passed + failed === 0) return "#ddd";
  const ratio = passed / (passed + failed);
  const hue = Math.round(120 * ratio); // red 0 -> green 120
  return `hsl(${hue}, 65%, ${failed === 0 ? 80 : 70}%)`;
}

export function htmlReport(input: { seed: number; hosts: readonly string[]; results: readonly CaseResult[] }): string {
  const tests = [...new Set(input.results.map((r) => r.spec.test))];
  const t = totals(input.results);
  const rows = tests.map((test) => {
    const cells = input.hosts.map((host) => {
      const rs = input.results.filter((r) => r.spec.test === test && r.spec.host === host);
      const p = rs.filter((r) => r.outcome.status === "passed").length;
      const f = rs.filter((r) => r.outcome.status === "failed").length;
      const s = rs.length - p - f;
      const label = rs.length === 0 ? "—" : `${p}/${p + f}${s > 0 ? ` (+${s} skipped)` : ""}`;
      return `<td style="background:${cellColour(p, f)}" title="${escapeHtml(`${test} on ${host}`)}">${label}</td>`;
    });
    return `<tr><th>${escapeHtml(test)}</th>${cells.join("")}</tr>`;
  });
  const failures = input.results
    .filter((r) => r.outcome.status === "failed")
    .map((r) => {
      const o = r.outcome;
      const diff =
        o.expected !== undefined
          ? `<pre class="diff">${diffLines(o.expected, o.actual ?? "")
              .map(
                (d) =>
                  `<span class="${d.kind}">${d.kind === "same" ? " " : d.kind === "added" ? "+" : "-"} ${escapeHtml(d.text)}</span>`,
              )
              .join("\n")}</pre>`
          : "";
      return `<section><h3>${escapeHtml(`${r.spec.test} @ ${r.spec.host} : ${r.spec.variation}`)}</h3><p>features: <code>${escapeHtml(r.spec.features || "(host's full set)")}</code>, seed ${r.spec.seed}</p><p>${escapeHtml(o.message ?? "")}</p>${diff}</section>`;
    });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>a64vm conformance</title>
<style>
body{font:14px system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:center}
th{text-align:left;background:#f4f4f4}pre.diff{background:#f8f8f8;padding:8px;overflow:auto}
.added{color:#070;background:#e6ffe6}.removed{color:#a00;background:#ffe6e6}
</style></head><body>
<h1>a64vm conformance</h1>
<p>seed ${input.seed} · ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped</p>
<table><thead><tr><th>test \\ host</th>${input.hosts.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
<h2>Failures</h2>${failures.length === 0 ? "<p>none</p>" : failures.join("\n")}
</body></html>
`;
}
