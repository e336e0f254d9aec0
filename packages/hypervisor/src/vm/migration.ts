/**
 * Stop-and-copy migration, the way a VMM does it with KVM: the destination VM is created on its
 * host, gets the source's ID registers (so it advertises exactly the same features: a write KVM
 * would refuse means the destination cannot run this VM), then every register of the register
 * list, guest memory, and device state. A destination that lacks a feature the VM has is refused
 * before anything is created, with the features named.
 */
import type { VirtMachine } from "../board/machine";
import {
  captureMachineState,
  copyPages,
  createDestination,
  type Destination,
  loadMachineState,
  nonZeroPages,
  PAGE_BYTES,
} from "./machine-state";

export interface MigrationReport {
  readonly registers: number;
  readonly pagesSent: number;
  readonly bytesSent: number;
  /** Wall time the guest was stopped (this migration is stop-and-copy). */
  readonly downtimeMs: number;
}

/**
 * Stop-and-copy migration of a running virt machine to `destination`: the source is left as it
 * was (stopped), the returned machine continues where it stopped, on the destination host.
 */
export function migrateMachine(
  source: VirtMachine,
  destination: Destination,
  onOutput: (byte: number) => void,
): { machine: VirtMachine; report: MigrationReport } {
  const started = performance.now();
  const state = captureMachineState(source);
  const target = createDestination(state, destination, onOutput);
  // Pages that are still all zero need not travel: the destination's RAM starts zeroed.
  const pagesSent = copyPages(source.vm.ram, target.vm.ram, nonZeroPages(source.vm.ram));
  const registers = loadMachineState(target, state);
  return {
    machine: target,
    report: { registers, pagesSent, bytesSent: pagesSent * PAGE_BYTES, downtimeMs: performance.now() - started },
  };
}
