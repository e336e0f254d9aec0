/**
 * The state of a virt machine as a VMM saves it through the KVM API, and its restoration on a
 * destination host. The ID registers come first (they fix the feature set), then every register
 * of each vCPU's register list, so only state the VM's features make visible exists; then the
 * board (PSCI power states, the UART, the image's entry point). Guest memory travels separately:
 * as pages during a migration, as a compressed image in a snapshot file.
 */
import type { RamRegion } from "@a64vm/cpu";
import { encodingFromKey, type FeatureName, type FeatureSet } from "@a64vm/sysreg";
import { VirtMachine } from "../board/machine";
import type { Pl011State } from "../board/pl011";
import type { PowerState } from "../board/psci";
import { HypervisorError } from "../errors";
import { SveReg, sysRegId } from "../kvm/reg-id";
import { type Host, hostOf } from "./host";
import type { Vcpu } from "./vcpu";
import type { Vm } from "./vm";

/** Why a VM cannot move to (or be restored on) a host. */
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

export function toHost(destination: Destination): Host {
  return typeof destination === "object" && "sveLengths" in destination ? destination : hostOf(destination);
}

export interface MigrationCheck {
  readonly ok: boolean;
  /** Features the VM has and the destination host lacks. */
  readonly missing: readonly FeatureName[];
}

/** Can this VM run on that host? Its features must be a subset of the host's. */
export function checkMigration(vm: Vm, destination: Destination): MigrationCheck {
  const missing = vm.features.difference(toHost(destination).features).names();
  return { ok: missing.length === 0, missing };
}

export interface VcpuState {
  /** KVM_ARM_VCPU_INIT's PMU choice. */
  readonly pmu: boolean;
  /** The maximum SVE vector length in bits; 0 without SVE. */
  readonly sveVectorLength: number;
  readonly poweredOn: boolean;
  /** Instructions the vCPU has executed (the VMM's accounting; CNTVCT is a register). */
  readonly instructions: number;
  /** Every register of KVM_GET_REG_LIST except the VM-wide ID registers, by ID, ascending. */
  readonly registers: ReadonlyMap<bigint, bigint>;
}

export interface MachineState {
  /** The host the state was saved on (for messages). */
  readonly sourceHost: string;
  readonly ramSize: bigint;
  readonly nested: boolean;
  readonly quantum: number;
  /** The VM's feature set, as its ID registers advertise it. */
  readonly features: FeatureSet;
  /** ID register encoding keys and values. */
  readonly idRegisters: ReadonlyMap<number, bigint>;
  readonly vcpus: readonly VcpuState[];
  readonly psci: readonly PowerState[];
  readonly uart: Pl011State;
  readonly entry: bigint;
}

/** The configuration of the VM: what a destination must be created with before any register. */
export type MachineConfig = Pick<
  MachineState,
  "sourceHost" | "ramSize" | "nested" | "quantum" | "features" | "idRegisters"
> & { readonly vcpus: readonly Pick<VcpuState, "pmu" | "sveVectorLength">[] };

/** Whether `id` is one of the VM's ID registers (they travel once, VM-wide, before the vCPUs). */
export function isIdRegister(vm: Vm, id: bigint): boolean {
  if ((id & 0xffff_0000n) !== 0x13_0000n) return false;
  const key = Number(id & 0xffffn);
  return vm.idRegisters.has(key) && sysRegId(encodingFromKey(key)) === id;
}

/** The largest SVE vector length the vCPU uses: the top bit of SVE_VLS. */
function sveVectorLengthOf(vcpu: Vcpu): number {
  if (!vcpu.regList().includes(SveReg.VLS)) return 0;
  const mask = vcpu.getOneReg(SveReg.VLS);
  return mask === 0n ? 0 : mask.toString(2).length * 128;
}

export function captureConfig(machine: VirtMachine): MachineConfig {
  const vm = machine.vm;
  return {
    sourceHost: vm.host.profile.name,
    ramSize: vm.ramSize,
    nested: vm.nested,
    quantum: machine.quantum,
    features: vm.features,
    idRegisters: new Map(vm.idRegisters.keys().map((key) => [key, vm.idRegisters.get(key)])),
    vcpus: vm.vcpus.map((v) => ({ pmu: v.init.pmu === true, sveVectorLength: sveVectorLengthOf(v) })),
  };
}

/** Everything but memory, read through the register list: the machine must be stopped. */
export function captureMachineState(machine: VirtMachine): MachineState {
  const vm = machine.vm;
  const config = captureConfig(machine);
  return {
    ...config,
    vcpus: vm.vcpus.map((v, i) => ({
      ...config.vcpus[i]!,
      poweredOn: v.poweredOn,
      instructions: v.instructions,
      registers: new Map(v.regList().flatMap((id) => (isIdRegister(vm, id) ? [] : [[id, v.getOneReg(id)] as const]))),
    })),
    psci: vm.hasRun ? vm.psci.snapshot() : vm.vcpus.map((v) => (v.poweredOn ? "on" : "off")),
    uart: machine.uart.snapshot(),
    entry: machine.entry,
  };
}

/**
 * Creates the destination machine for `config` on `destination`, refusing (MigrationRefusedError,
 * nothing created) when the host lacks a feature or a vector length the VM uses, or cannot take
 * its ID registers. The machine has the VM's ID registers and no other state yet.
 */
export function createDestination(
  config: MachineConfig,
  destination: Destination,
  onOutput: (byte: number) => void,
): VirtMachine {
  const host = toHost(destination);
  const name = host.profile.name;
  const missing = config.features.difference(host.features).names();
  if (missing.length > 0) throw new MigrationRefusedError(name, missing);
  for (const v of config.vcpus) {
    if (v.sveVectorLength > 0 && !host.sveLengths.has(v.sveVectorLength)) {
      throw new MigrationRefusedError(
        name,
        [],
        `host ${name} runs SVE vector lengths ${host.sveLengths.lengths().join(", ") || "none"}; the VM uses ${v.sveVectorLength} bits: migration refused`,
      );
    }
  }
  const first = config.vcpus[0];
  const target = VirtMachine.create(
    host,
    {
      ramSize: config.ramSize,
      smp: config.vcpus.length,
      nested: config.nested,
      quantum: config.quantum,
      vcpu: {
        pmu: first?.pmu === true,
        ...(first !== undefined && first.sveVectorLength > 0 ? { sveVectorLength: first.sveVectorLength } : {}),
      },
    },
    onOutput,
  );
  const ids = target.vm.idRegisters;
  // vCPU features are not ID register writes: the destination is initialised without those the source lacked.
  target.vm.hideVcpuFeaturesAbsentFrom(config.features);
  try {
    for (const [key, value] of config.idRegisters) {
      if (!ids.has(key)) throw new Error(`ID register 0x${key.toString(16)} does not exist here`);
      if (ids.get(key) !== value) ids.set(key, value);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationRefusedError(name, [], `host ${name} cannot take this VM's ID registers: ${message}`);
  }
  if (!target.vm.features.equals(config.features)) {
    const differ = target.vm.features.difference(config.features).union(config.features.difference(target.vm.features));
    throw new MigrationRefusedError(
      name,
      [],
      `on host ${name} the VM's ID registers advertise a different feature set (${differ.names().join(", ")}): migration refused`,
    );
  }
  return target;
}

/**
 * Loads every vCPU register, the power states and the board into a machine from
 * `createDestination`. The register sets must match the destination's register lists exactly:
 * a register the destination VM does not have, or lacks a value for, refuses the state.
 * Returns the number of registers written.
 */
export function loadMachineState(target: VirtMachine, state: MachineState): number {
  const vm = target.vm;
  const name = vm.host.profile.name;
  const refuse = (why: string) => new MigrationRefusedError(name, [], `cannot restore on host ${name}: ${why}`);
  if (state.vcpus.length !== vm.vcpus.length) throw refuse(`${state.vcpus.length} vCPUs in the state`);
  let written = 0;
  state.vcpus.forEach((from, i) => {
    const to = vm.vcpus[i]!;
    const expected = to.regList().filter((id) => !isIdRegister(vm, id));
    const absent = expected.find((id) => !from.registers.has(id));
    if (absent !== undefined) throw refuse(`vCPU ${i} has no value for register 0x${absent.toString(16)}`);
    if (from.registers.size !== expected.length) {
      const known = new Set(expected);
      const extra = [...from.registers.keys()].find((id) => !known.has(id))!;
      throw refuse(`vCPU ${i} has register 0x${extra.toString(16)}, which the VM does not`);
    }
    for (const [id, value] of from.registers) {
      try {
        to.setOneReg(id, value);
      } catch (error) {
        throw refuse(`vCPU ${i}: ${error instanceof Error ? error.message : String(error)}`);
      }
      written++;
    }
    to.setPowered(from.poweredOn);
    to.instructions = from.instructions;
  });
  vm.markRun();
  vm.psci.restore(state.psci);
  target.uart.restore(state.uart);
  target.adoptEntry(state.entry);
  return written;
}

/** Indexes of the RAM pages holding a non-zero byte (a fresh destination's RAM is zeroed). */
export function nonZeroPages(ram: RamRegion): Uint32Array {
  const bytes = Buffer.from(ram.bytes.buffer, ram.bytes.byteOffset, ram.bytes.length);
  const pages: number[] = [];
  for (let at = 0, page = 0; at < bytes.length; at += PAGE_BYTES, page++) {
    // A native comparison against a zero page: a JavaScript scan of 128 MiB takes far longer.
    if (bytes.compare(ZERO_PAGE, 0, PAGE_BYTES, at, at + PAGE_BYTES) !== 0) pages.push(page);
  }
  return Uint32Array.from(pages);
}

/** Copies the given pages of `from` into `to` (same size); returns the number copied. */
export function copyPages(from: RamRegion, to: RamRegion, pages: ArrayLike<number>): number {
  for (let i = 0; i < pages.length; i++) {
    const at = pages[i]! * PAGE_BYTES;
    to.bytes.set(from.bytes.subarray(at, at + PAGE_BYTES), at);
  }
  return pages.length;
}

export const PAGE_BYTES = 4096;
const ZERO_PAGE = Buffer.alloc(PAGE_BYTES);
