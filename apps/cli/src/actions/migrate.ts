import { checkMigration, type LiveMigrationReport, liveMigrate, MigrationRefusedError } from "@a64vm/hypervisor";
import { CommandFailure } from "../errors";
import { loadHost } from "../hosts";
import { progressFor, runWithProgress } from "../progress";
import type { MigrateJson } from "../schemas/migrate";
import { machineFor, parseCount, type RunOptions, requirePowerOff } from "./run";

export interface MigrateOptions extends Omit<RunOptions, "host"> {
  from: string;
  to: string;
  at: string;
  instructionsPerPage: string;
  maxDowntimePages: string;
  maxRounds: string;
  json?: boolean;
}

/** The action of `a64vm migrate`, loaded when the command runs: live pre-copy migration at instruction N. */
export function action(guest: string, options: MigrateOptions): void {
  const at = parseCount("--at", options.at, 0, Number.MAX_SAFE_INTEGER);
  const budget = parseCount("--max-insns", options.maxInsns, 1, Number.MAX_SAFE_INTEGER);
  const link = {
    instructionsPerPage: parseCount("--instructions-per-page", options.instructionsPerPage, 1, 1 << 30),
    maxDowntimePages: parseCount("--max-downtime-pages", options.maxDowntimePages, 1, 1 << 30),
    maxRounds: parseCount("--max-rounds", options.maxRounds, 1, 1000),
  };
  // With --json the guest's output goes into the document, so stdout holds exactly one JSON value;
  // without it, output is held until the migration is decided, so a refusal prints nothing.
  let captured = "";
  let holding = true;
  const progress = progressFor(options);
  const out: number[] = [];
  const flush = () => {
    if (out.length === 0 || holding) return;
    progress?.clear();
    const bytes = Uint8Array.from(out.splice(0));
    if (options.json === true) captured += Buffer.from(bytes).toString("latin1");
    else process.stdout.write(bytes);
  };
  const write = (b: number) => {
    out.push(b);
    if (b === 10 || out.length >= 4096) flush();
  };
  const source = machineFor(guest, { ...options, host: options.from }, write);
  const destination = loadHost(options.to);
  // The feature check comes before the guest runs, so a refusal prints nothing else.
  const check = checkMigration(source.vm, destination.profile);
  if (!check.ok) throw new CommandFailure(new MigrationRefusedError(destination.profile.name, check.missing).message);
  const before = runWithProgress(source, Math.min(at, budget), progress);
  if (before.kind !== "budget-exhausted") {
    holding = false;
    flush();
    throw new CommandFailure(`the guest stopped (${before.kind}) before instruction ${at}: nothing to migrate`);
  }
  let outcome: ReturnType<typeof liveMigrate>;
  try {
    outcome = liveMigrate(source, destination.profile, write, link);
  } catch (error) {
    if (error instanceof MigrationRefusedError) throw new CommandFailure(error.message);
    throw error;
  }
  holding = false;
  if (outcome.kind === "guest-stopped") {
    flush();
    throw new CommandFailure(
      `the guest stopped (${outcome.result.kind}) during pre-copy round ${outcome.rounds.length}, before the stop-and-copy: nothing was migrated (use a smaller --at)`,
    );
  }
  const { machine, report } = outcome;
  const from = source.vm.host.profile.name;
  const to = destination.profile.name;
  if (options.json !== true) process.stderr.write(describeMigration(from, to, report));
  const result = runWithProgress(machine, Math.max(0, budget - machine.instructions), progress);
  flush();
  requirePowerOff(machine, result);
  if (options.json === true) {
    const document: MigrateJson = {
      from,
      to,
      at,
      rounds: report.rounds.map((r) => ({ ...r })),
      finalPages: report.finalPages,
      pagesSent: report.pagesSent,
      bytesSent: report.bytesSent,
      registers: report.registers,
      converged: report.converged,
      stoppedAt: report.stoppedAt,
      downtime: { instructions: report.downtimeInstructions, ms: Number(report.downtimeMs.toFixed(3)) },
      output: captured,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  }
}

/** The figures on stderr: rounds with their pages, the total, and the downtime. */
export function describeMigration(from: string, to: string, r: LiveMigrationReport): string {
  const rounds = r.rounds.map(
    (x, i) => `round ${i + 1}: ${x.pagesSent} pages while the guest ran ${x.guestInstructions} instructions`,
  );
  return [
    `a64vm: live migration ${from} -> ${to}: ${r.rounds.length} pre-copy round${r.rounds.length === 1 ? "" : "s"}${r.converged ? "" : " (round limit reached)"}, then stop-and-copy at instruction ${r.stoppedAt}`,
    ...rounds.map((line) => `  ${line}`),
    `  stop-and-copy: ${r.finalPages} page${r.finalPages === 1 ? "" : "s"} and ${r.registers} registers`,
    `  sent ${r.pagesSent} pages (${r.bytesSent} bytes) in all; downtime ${r.downtimeInstructions} guest instructions, ${r.downtimeMs.toFixed(1)} ms`,
    "",
  ].join("\n");
}
