/**
 * Moving a VM between hosts the way a VMM does it with KVM: the destination VM is created on its
 * host, gets the source's ID registers (so it advertises exactly the same features: a write KVM
 * would refuse means the destination cannot run this VM), then every register of the register
 * list, guest memory, and device state. A destination that lacks a feature the VM has is refused
 * before anything is created, with the features named.
 */
import { encodingFromKey, type FeatureName } from "@a64vm/sysreg";
import { VirtMachine } from "../board/machine";
import { HypervisorError } from "../errors";
import { sysRegId } from "../kvm/reg-id";
import { type Host, hostOf } from "./host";
import type { Vm } from "./vm";

/** Why a VM cannot move to a host. */
export class MigrationRefusedError extends HypervisorError {
  readonly missing: readonly FeatureName[];
  readonly destination: string;
  constructor(destination: string, missing: readonly FeatureName[], detail?: string) {
    super("EMIGRATE", detail ?? `host ${destination} lacks ${missing.join(", ")}, which the VM has: migration refused`);
    this.missing = missing;
    this.destination = destination;
  }
}

/** A destination: a Host, a CPU profile, or a built-in profile name. */
export type Destination = Host | Parameters<typeof hostOf>[0];

function toHost(destination: Destination): Host {
  return typeof destination === "object" && "sveLengths" in destination ? destination : hostOf(destination);
}

export interface MigrationCheck {
  readonly ok: boolean;
  /** Features the VM has and the destination host lacks. */
  readonly missing: readonly FeatureName[];
}

/** Can this VM run on that host? Its features must be a subset of the host's. */
export function checkMigration(vm: Vm, destination: Destination): MigrationCheck {
  const host = toHost(destination);
  const missing = vm.features.difference(host.features).names();
  return { ok: missing.length === 0, missing };
}

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
  const host = toHost(destination);
  const check = checkMigration(source.vm, host);
  if (!check.ok) throw new MigrationRefusedError(host.profile.name, check.missing);
  const vm = source.vm;
  const target = VirtMachine.create(host, { ramSize: vm.ramSize, smp: vm.vcpus.length, nested: vm.nested }, onOutput);
  // ID registers first, before the destination runs: they fix its feature set.
  try {
    for (const key of vm.idRegisters.keys()) {
      const value = vm.idRegisters.get(key);
      if (target.vm.idRegisters.get(key) !== value) target.vm.idRegisters.set(key, value);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationRefusedError(
      host.profile.name,
      [],
      `host ${host.profile.name} cannot take this VM's ID registers: ${message}`,
    );
  }
  let registers = 0;
  vm.vcpus.forEach((from, i) => {
    const to = target.vm.vcpus[i]!;
    for (const id of from.regList()) {
      if (isIdRegister(vm, id)) continue;
      to.setOneReg(id, from.getOneReg(id));
      registers++;
    }
    to.setPowered(from.poweredOn);
  });
  target.vm.markRun();
  target.vm.psci.restore(vm.psci.snapshot());
  let pagesSent = 0;
  const page = 4096;
  const src = vm.ram.bytes;
  const dst = target.vm.ram.bytes;
  const words = new Int32Array(src.buffer, src.byteOffset, src.length >>> 2);
  // Pages that are still all zero need not travel: the destination's RAM starts zeroed.
  for (let at = 0; at < src.length; at += page) {
    let w = at >>> 2;
    const end = (at + page) >>> 2;
    while (w < end && words[w] === 0) w++;
    if (w < end) {
      dst.set(src.subarray(at, at + page), at);
      pagesSent++;
    }
  }
  target.uart.restore(source.uart.snapshot());
  target.adoptEntry(source.entry);
  return {
    machine: target,
    report: { registers, pagesSent, bytesSent: pagesSent * page, downtimeMs: performance.now() - started },
  };
}

function isIdRegister(vm: Vm, id: bigint): boolean {
  if ((id & 0xffff_0000n) !== 0x13_0000n) return false;
  const key = Number(id & 0xffffn);
  return vm.idRegisters.has(key) && sysRegId(encodingFromKey(key)) === id;
}
