import { describe, expect, it } from "vitest";
import { buildMatrix, caseKey } from "../src/matrix";
import { type CaseResult, type ConformanceTest, failed, passed, skipped } from "../src/model";
import { hashString, randomSource } from "../src/random";
import { diffLines } from "../src/report/diff";
import { htmlReport } from "../src/report/html";
import { junitReport } from "../src/report/junit";
import { terminalSummary } from "../src/report/terminal";

const probe: ConformanceTest = {
  id: "guest/probe",
  title: "a test with random variations",
  variations: ({ random, randomCount }) => [
    { features: "", label: "full" },
    ...Array.from({ length: randomCount }, (_, i) => ({
      features: `-X${Math.floor(random() * 1000)}`,
      label: `random#${i}`,
    })),
  ],
  run: () => passed,
};

describe("the conformance matrix", () => {
  it("is deterministic for a seed and changes with it", () => {
    const build = (seed: number) =>
      buildMatrix({ tests: [probe], hosts: ["a", "b"], seed, randomCount: 3, filters: [] }).map(
        (c) => `${caseKey(c)}=${c.features}/${c.seed}`,
      );
    expect(build(7)).toEqual(build(7));
    expect(build(7)).not.toEqual(build(8));
    expect(build(7)).toHaveLength(8);
  });

  it("filters by substring or glob over test@host:variation", () => {
    const keys = (filters: string[]) =>
      buildMatrix({ tests: [probe], hosts: ["cortex-a72", "neoverse-v2"], seed: 1, randomCount: 1, filters }).map(
        caseKey,
      );
    expect(keys(["neoverse"])).toEqual(["guest/probe@neoverse-v2:full", "guest/probe@neoverse-v2:random#0"]);
    expect(keys(["guest/*@cortex-a72:full"])).toEqual(["guest/probe@cortex-a72:full"]);
  });

  it("derives random numbers in [0, 1) reproducibly", () => {
    const a = randomSource(hashString("x"));
    const b = randomSource(hashString("x"));
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

const results: CaseResult[] = [
  { spec: { test: "t/one", host: "h1", features: "", variation: "full", seed: 1 }, outcome: passed, milliseconds: 5 },
  {
    spec: { test: "t/one", host: "h2", features: "-FPMR", variation: "-FPMR", seed: 2 },
    outcome: failed("output differs", "a\nb\nc", "a\nB\nc"),
    milliseconds: 7,
  },
  {
    spec: { test: "t/two", host: "h1", features: "", variation: "full", seed: 3 },
    outcome: skipped("no qemu"),
    milliseconds: 0,
  },
];

describe("the reports", () => {
  it("end the terminal summary with the plain 'N passed, N failed, N skipped' line", () => {
    const text = terminalSummary(results, ["h1", "h2"]);
    expect(text.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed, 1 skipped");
    expect(text).toContain("t/one @ h2 : -FPMR: output differs");
  });

  it("write JUnit XML with failures and skips, escaped", () => {
    const xml = junitReport(results);
    expect(xml).toContain('<testsuites name="a64vm-conformance" tests="3" failures="1" skipped="1">');
    expect(xml).toContain('<testcase classname="t/one" name="h2:-FPMR"');
    expect(xml).toContain('<failure message="output differs">expected:\na\nb\nc\nactual:\na\nB\nc</failure>');
    expect(xml).toContain('<skipped message="no qemu"/>');
  });

  it("write a self-contained HTML heat map with the failing case's diff", () => {
    const html = htmlReport({ seed: 1, hosts: ["h1", "h2"], results });
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain("<th>t/one</th>");
    expect(html).toContain('<span class="removed">- b</span>');
    expect(html).toContain('<span class="added">+ B</span>');
  });

  it("diff lines by longest common subsequence", () => {
    expect(diffLines("a\nb\nc", "a\nc\nd").map((d) => `${d.kind}:${d.text}`)).toEqual([
      "same:a",
      "removed:b",
      "same:c",
      "added:d",
    ]);
  });
});
