/**
 * guest/migration: a long guest, migrated at several instruction counts chosen by the seed, each
 * time to the other of two compatible hosts (the VM's host and the first other host that has every
 * feature of the VM), prints exactly what an unmigrated run prints.
 */
import { checkMigration, hostOf, MigrationRefusedError, migrateMachine, type VirtMachine } from "@a64vm/hypervisor";
import { againstQemu } from "../guest/differential";
import { abnormalEnd, GUEST_BUDGET, loadGuest, runGuest } from "../guest/run";
import { FULL, randomRestrictions } from "../guest/variations";
import { conformanceHost, HOST_NAMES } from "../hosts";
import { type CaseOutcome, type CaseSpec, type ConformanceTest, failed, passed, type RunContext } from "../model";
import { randomSource } from "../random";

const GUEST = "migration";
const MIGRATIONS = 6;

/** Hosts with every feature of the VM, starting after its own host in HOST_NAMES order. */
function compatibleHosts(machine: VirtMachine, host: string): string[] {
  const start = HOST_NAMES.indexOf(host);
  const rotated = [...HOST_NAMES.slice(start + 1), ...HOST_NAMES.slice(0, start)];
  return rotated.filter((h) => checkMigration(machine.vm, hostOf(conformanceHost(h))).missing.length === 0);
}

/** Runs the guest from the start, migrating at each point, alternately to `partner` and back. */
function migratedRun(
  spec: CaseSpec,
  points: readonly number[],
  partner: string,
): { output: string; end: string | null } {
  const loaded = loadGuest(GUEST, spec.host, spec.features);
  const bytes: number[] = [];
  let machine = loaded.machine;
  let done = 0;
  for (const [i, point] of points.entries()) {
    const before = machine.instructions;
    const stop = machine.run(point - done);
    done += machine.instructions - before;
    if (stop.kind !== "budget-exhausted") return { output: loaded.output(), end: `stopped early: ${stop.kind}` };
    const destination = hostOf(conformanceHost(i % 2 === 0 ? partner : spec.host));
    machine = migrateMachine(machine, destination, (b) => bytes.push(b)).machine;
  }
  const end = machine.run(GUEST_BUDGET);
  return { output: loaded.output() + String.fromCharCode(...bytes), end: abnormalEnd(end) };
}

export const guestMigration: ConformanceTest = {
  id: "guest/migration",
  title: "a guest migrated back and forth at seeded instruction counts prints what an unmigrated run prints",
  variations: (context) => [FULL, ...randomRestrictions(context)],
  async run(spec: CaseSpec, context: RunContext): Promise<CaseOutcome> {
    const reference = runGuest(GUEST, spec.host, spec.features);
    const abnormal = abnormalEnd(reference.result);
    if (abnormal !== null) return failed(`unmigrated: ${abnormal}`, undefined, reference.output);
    const random = randomSource(spec.seed);
    const total = reference.result.instructions;
    const points = [...new Set(Array.from({ length: MIGRATIONS }, () => 1 + Math.floor(random() * (total - 1))))];
    points.sort((a, b) => a - b);
    // The first compatible host whose KVM rules take this VM's ID registers (CTR_EL0 may differ), else its own.
    let partner = spec.host;
    let run: ReturnType<typeof migratedRun> | null = null;
    for (const candidate of [...compatibleHosts(reference.machine, spec.host), spec.host]) {
      try {
        run = migratedRun(spec, points, candidate);
        partner = candidate;
        break;
      } catch (error) {
        if (!(error instanceof MigrationRefusedError)) throw error;
      }
    }
    const where = `migrated ${spec.host} <-> ${partner} at ${points.join(", ")} of ${total} instructions`;
    if (run === null) return failed(`no host, not even ${spec.host} itself, accepts the VM: ${where}`);
    if (run.end !== null) return failed(`${where}: ${run.end}`, reference.output, run.output);
    if (run.output !== reference.output) return failed(`${where}: the output differs`, reference.output, run.output);
    return context.againstQemu ? againstQemu(GUEST, spec, reference.output, 1) : passed;
  },
};
