/**
 * Live pre-copy migration, as a VMM does it with KVM's dirty log: the destination is created and
 * checked first (a refusal changes nothing); round 1 sends every non-zero page while the guest
 * keeps running; each later round sends the pages the guest dirtied meanwhile (KVM_GET_DIRTY_LOG,
 * then the write translations are dropped so the next store to each page is logged again); once
 * a round's dirty set is small enough, or the round limit is reached, the guest stops and the last
 * dirty pages, the registers and the devices travel (stop-and-copy).
 *
 * The link is modelled in guest time: sending a page lets the guest run `instructionsPerPage`
 * instructions on the source, so a guest that dirties memory faster than the link drains it
 * never converges and stops at the round limit, as with a real link.
 */
import type { MachineResult, VirtMachine } from "../board/machine";
import { HypervisorError } from "../errors";
import {
  captureConfig,
  captureMachineState,
  copyPages,
  createDestination,
  type Destination,
  loadMachineState,
  nonZeroPages,
  PAGE_BYTES,
} from "./machine-state";

export interface LiveMigrationOptions {
  /** Guest instructions the source runs while one page crosses the link (default 256). */
  readonly instructionsPerPage?: number;
  /** Stop and copy once the dirty set is at most this many pages (default 16). */
  readonly maxDowntimePages?: number;
  /** Stop and copy after this many pre-copy rounds, converged or not (default 10). */
  readonly maxRounds?: number;
}

export interface PrecopyRound {
  readonly pagesSent: number;
  /** Instructions the guest ran on the source while the round's pages travelled. */
  readonly guestInstructions: number;
}

export interface LiveMigrationReport {
  readonly rounds: readonly PrecopyRound[];
  /** Pages sent while the guest was stopped. */
  readonly finalPages: number;
  readonly pagesSent: number;
  readonly bytesSent: number;
  readonly registers: number;
  /** Whether the dirty set fell to `maxDowntimePages` (false: the round limit ended pre-copy). */
  readonly converged: boolean;
  /** Source instruction count when the guest stopped for the final copy. */
  readonly stoppedAt: number;
  /** Guest time lost to the final copy: the instructions it would have run while those pages travelled. */
  readonly downtimeInstructions: number;
  /** Wall time of the stop-and-copy phase on this machine. */
  readonly downtimeMs: number;
}

export type LiveMigrationOutcome =
  | { readonly kind: "migrated"; readonly machine: VirtMachine; readonly report: LiveMigrationReport }
  /** The guest stopped by itself (power-off, reset, error) during pre-copy: nothing was moved. */
  | { readonly kind: "guest-stopped"; readonly result: MachineResult; readonly rounds: readonly PrecopyRound[] };

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < 1)
    throw new HypervisorError("EINVAL", `${name} must be a positive integer, not ${v}`);
  return v;
}

/**
 * Live-migrates a running virt machine to `destination`; throws MigrationRefusedError before the
 * guest runs any further when the destination cannot take the VM.
 */
export function liveMigrate(
  source: VirtMachine,
  destination: Destination,
  onOutput: (byte: number) => void,
  options: LiveMigrationOptions = {},
): LiveMigrationOutcome {
  const perPage = positive("instructionsPerPage", options.instructionsPerPage, 256);
  const maxDowntimePages = positive("maxDowntimePages", options.maxDowntimePages, 16);
  const maxRounds = positive("maxRounds", options.maxRounds, 10);
  const target = createDestination(captureConfig(source), destination, onOutput);
  const from = source.vm.ram;
  const to = target.vm.ram;
  const log = from.startDirtyLog();
  const rearm = () => {
    for (const vcpu of source.vm.vcpus) vcpu.cpu.dropWriteTranslations();
  };
  try {
    // The destination's RAM starts zeroed: round 1 sends the non-zero pages, and logs from here on.
    log.collect();
    rearm();
    let dirty = nonZeroPages(from);
    const rounds: PrecopyRound[] = [];
    for (;;) {
      const converged = rounds.length > 0 && dirty.length <= maxDowntimePages;
      if (converged || rounds.length >= maxRounds) {
        return { kind: "migrated", ...stopAndCopy(source, target, dirty, rounds, converged, perPage) };
      }
      const pagesSent = copyPages(from, to, dirty);
      const before = source.instructions;
      const result = source.run(Math.max(1, pagesSent * perPage));
      rounds.push({ pagesSent, guestInstructions: source.instructions - before });
      if (result.kind !== "budget-exhausted") return { kind: "guest-stopped", result, rounds };
      dirty = log.collect();
      rearm();
    }
  } finally {
    from.stopDirtyLog();
  }
}

function stopAndCopy(
  source: VirtMachine,
  target: VirtMachine,
  dirty: Uint32Array,
  rounds: readonly PrecopyRound[],
  converged: boolean,
  perPage: number,
): { machine: VirtMachine; report: LiveMigrationReport } {
  const started = performance.now();
  const finalPages = copyPages(source.vm.ram, target.vm.ram, dirty);
  const registers = loadMachineState(target, captureMachineState(source));
  const downtimeMs = performance.now() - started;
  const pagesSent = rounds.reduce((n, r) => n + r.pagesSent, finalPages);
  return {
    machine: target,
    report: {
      rounds,
      finalPages,
      pagesSent,
      bytesSent: pagesSent * PAGE_BYTES,
      registers,
      converged,
      stoppedAt: source.instructions,
      downtimeInstructions: finalPages * perPage,
      downtimeMs,
    },
  };
}
