import { randomBytes } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { SingleBar } from "cli-progress";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { HOST_NAMES } from "./hosts";
import { buildMatrix, caseKey } from "./matrix";
import { leftOut, PRESETS } from "./presets";
import { TESTS } from "./registry";
import { htmlReport } from "./report/html";
import { jsonReport } from "./report/json";
import { junitReport } from "./report/junit";
import { terminalSummary } from "./report/terminal";
import { runMatrix, totals } from "./runner";

const integer = (name: string, min: number) => (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
  return n;
};

function writeReport(path: string, text: string): void {
  const temporary = `${path}.tmp-${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

interface Options {
  filter: string[];
  host: string[];
  seed: number;
  random: number;
  jobs: number;
  junit?: string;
  json?: string;
  html?: string;
  against?: string;
  preset?: string;
  list?: boolean;
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("a64vm-conformance")
    .description("a64vm conformance: guest tests across a feature matrix, KVM-selftest checks, differential runs")
    .option(
      "--filter <pattern...>",
      "run only cases whose 'test@host:variation' contains this (or matches this glob)",
      [],
    )
    .option("--host <name...>", "host profiles to run on (default: every built-in profile)", [])
    .option("--seed <n>", "seed of every random choice", integer("--seed", 0), 1)
    .option("--random <n>", "random feature restrictions per test and host", integer("--random", 0), 2)
    .option("--jobs <n>", "worker threads", integer("--jobs", 1), Math.max(1, availableParallelism()))
    .option("--junit <file>", "write a JUnit XML report")
    .option("--json <file>", "write a JSON report")
    .option("--html <file>", "write a self-contained HTML report with a heat map")
    .addOption(new Option("--against <oracle>", "also run guests on an oracle and compare").choices(["qemu"]))
    .addOption(
      new Option("--preset <name>", "a named run (hosts, seed, --random, --against); explicit options win").choices(
        Object.keys(PRESETS),
      ),
    )
    .option("--list", "list the cases and exit")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm-conformance --host neoverse-v2 --host cortex-a72\n  $ a64vm-conformance --filter 'host/*' --junit report.xml --html report.html\n  $ a64vm-conformance --against qemu --seed 7 --jobs 2",
    )
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      process.stderr.write(`a64vm-conformance: ${error.message.replace(/^error: /, "")}\n`);
      return 2;
    }
    throw error;
  }
  const options = program.opts<Options>();
  const known = new Set<string>(HOST_NAMES);
  const unknown = options.host.filter((h) => !known.has(h));
  if (unknown.length > 0) {
    process.stderr.write(`a64vm-conformance: unknown host '${unknown[0]}' (known: ${[...known].join(", ")})\n`);
    return 2;
  }
  const preset = options.preset === undefined ? undefined : PRESETS[options.preset];
  const given = (name: string) => program.getOptionValueSource(name) === "cli";
  const hosts = options.host.length > 0 ? options.host : [...(preset?.hosts ?? HOST_NAMES)];
  const seed = preset !== undefined && !given("seed") ? preset.seed : options.seed;
  const randomCount = preset !== undefined && !given("random") ? preset.random : options.random;
  const against = options.against ?? preset?.against;
  const knownGaps = preset?.knownGaps ?? [];
  const matrix = { tests: TESTS, hosts, seed, randomCount, filters: options.filter };
  const cases = buildMatrix({ ...matrix, exclude: (key) => knownGaps.some((g) => leftOut(g, key)) });
  const everyCase = knownGaps.length > 0 ? buildMatrix(matrix) : cases;
  const gapCases = everyCase.length - cases.length;
  for (const gap of options.list === true ? [] : knownGaps) {
    const count = everyCase.filter((c) => leftOut(gap, caseKey(c))).length;
    if (count > 0)
      process.stdout.write(`not run (${count} case${count === 1 ? "" : "s"}), known defect: ${gap.defect}\n`);
  }
  if (gapCases > 0 && options.list !== true) process.stdout.write(`${gapCases} cases left out as known defects\n`);
  if (options.list === true) {
    for (const c of cases) process.stdout.write(`${c.test}@${c.host}:${c.variation}\t${c.features || "(full)"}\n`);
    return 0;
  }
  if (cases.length === 0) {
    process.stderr.write("a64vm-conformance: no case matches the filters\n");
    return 2;
  }
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: "{bar} {value}/{total} cases | {failed} failed | {last}",
        hideCursor: true,
        stream: process.stderr,
      })
    : null;
  bar?.start(cases.length, 0, { failed: 0, last: "" });
  let failedSoFar = 0;
  const results = await runMatrix(cases, {
    jobs: options.jobs,
    context: { againstQemu: against === "qemu" },
    onResult: (r, done) => {
      if (r.outcome.status === "failed") failedSoFar++;
      bar?.update(done, { failed: failedSoFar, last: `${r.spec.test}@${r.spec.host}` });
    },
  });
  bar?.stop();
  const report = { seed, hosts, results };
  if (options.junit !== undefined) writeReport(options.junit, junitReport(results));
  if (options.json !== undefined) writeReport(options.json, jsonReport(report));
  if (options.html !== undefined) writeReport(options.html, htmlReport(report));
  process.stdout.write(terminalSummary(results, hosts));
  return totals(results).failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
