import {
  MigrationRefusedError,
  readVmSnapshotFile,
  restoreVmSnapshot,
  SnapshotError,
  type VmSnapshot,
} from "@a64vm/hypervisor";
import { CommandFailure } from "../errors";
import { loadHost } from "../hosts";
import { progressFor, runWithProgress } from "../progress";
import { parseCount, requirePowerOff } from "./run";

export interface RestoreOptions {
  host?: string;
  maxInsns: string;
}

/** The action of `a64vm restore`, loaded when the command runs. */
export function action(file: string, options: RestoreOptions): void {
  const budget = parseCount("--max-insns", options.maxInsns, 1, Number.MAX_SAFE_INTEGER);
  let snapshot: VmSnapshot;
  try {
    snapshot = readVmSnapshotFile(file);
  } catch (error) {
    if (error instanceof SnapshotError) throw new CommandFailure(`${file}: ${error.message}`);
    throw new CommandFailure(`cannot read snapshot '${file}' (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const host = loadHost(options.host ?? snapshot.state.sourceHost);
  const progress = progressFor({});
  const out: number[] = [];
  const flush = () => {
    if (out.length === 0) return;
    progress?.clear();
    process.stdout.write(Uint8Array.from(out.splice(0)));
  };
  let machine: ReturnType<typeof restoreVmSnapshot>;
  try {
    machine = restoreVmSnapshot(snapshot, host.profile, (b) => {
      out.push(b);
      if (b === 10 || out.length >= 4096) flush();
    });
  } catch (error) {
    if (error instanceof MigrationRefusedError) throw new CommandFailure(error.message);
    throw error;
  }
  process.stderr.write(
    `a64vm: restored ${file} (taken on ${snapshot.state.sourceHost} at instruction ${machine.instructions}) on ${host.profile.name}\n`,
  );
  const result = runWithProgress(machine, budget, progress);
  flush();
  requirePowerOff(machine, result);
}
