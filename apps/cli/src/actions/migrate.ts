import { checkMigration, MigrationRefusedError, migrateMachine } from "@a64vm/hypervisor";
import { CommandFailure } from "../errors";
import { loadHost } from "../hosts";
import { describeFailure, machineFor, parseCount, type RunOptions } from "./run";

export interface MigrateOptions extends Omit<RunOptions, "host"> {
  from: string;
  to: string;
  at: string;
}

/** The action of `a64vm migrate`, loaded when the command runs. */
export function action(guest: string, options: MigrateOptions): void {
  const write = (b: number) => process.stdout.write(String.fromCharCode(b));
  const source = machineFor(guest, { ...options, host: options.from }, write);
  const destination = loadHost(options.to);
  const check = checkMigration(source.vm, destination.profile);
  if (!check.ok) {
    throw new CommandFailure(
      `host ${destination.profile.name} lacks ${check.missing.join(", ")}, which the VM has: migration refused`,
    );
  }
  const at = parseCount("--at", options.at, 0, Number.MAX_SAFE_INTEGER);
  const budget = parseCount("--max-insns", options.maxInsns, 1, Number.MAX_SAFE_INTEGER);
  const before = source.run(Math.min(at, budget));
  if (before.kind !== "budget-exhausted") {
    throw new CommandFailure(`the guest stopped (${before.kind}) before instruction ${at}: nothing to migrate`);
  }
  let moved: ReturnType<typeof migrateMachine>;
  try {
    moved = migrateMachine(source, destination.profile, write);
  } catch (error) {
    if (error instanceof MigrationRefusedError) throw new CommandFailure(error.message);
    throw error;
  }
  const r = moved.report;
  process.stderr.write(
    `a64vm: migrated ${source.vm.host.profile.name} -> ${destination.profile.name} at instruction ${source.instructions}: ` +
      `1 stop-and-copy round, ${r.pagesSent} pages (${r.bytesSent} bytes), ${r.registers} registers, downtime ${r.downtimeMs.toFixed(1)} ms\n`,
  );
  const result = moved.machine.run(budget - source.instructions);
  if (result.kind !== "powered-off")
    throw new CommandFailure(`after migration: ${describeFailure(moved.machine, result)}`);
}
