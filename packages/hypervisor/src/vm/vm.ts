/**
 * A VM, as KVM/arm64 models it: created on a host, it advertises the host's sanitised ID
 * register values; userspace may restrict writable fields before the first run; the feature set
 * every other layer sees is derived from those registers.
 */

import { PhysicalBus, type RamRegion } from "@a64vm/cpu";
import {
  type FeatureName,
  FeatureSet,
  idRegisterLayout,
  idRegistersFor,
  isSafeRestriction,
  parseFeatureChanges,
  readField,
  withoutFeature,
  writeField,
} from "@a64vm/sysreg";
import { PsciFirmware } from "../board/psci";
import { VIRT } from "../board/virt";
import { HypervisorError, VmBusyError } from "../errors";
import { type Host, hostOf } from "./host";
import { VmIdRegisters } from "./id-registers";
import { Vcpu, type VcpuInit } from "./vcpu";
import {
  featuresOff,
  HIDDEN_FIELDS,
  type HideableVcpuFeature,
  InvalidVcpuFeaturesError,
  type ResolvedVcpuFeatures,
  sameVcpuFeatures,
  VCPU_FEATURE_OF,
} from "./vcpu-features";
import { missingOnHost, type VmFeatureSet, vmFeatureSet } from "./vm-features";

/** A feature asked of a VM that its host does not implement. */
export class FeatureNotOnHostError extends HypervisorError {
  readonly features: readonly FeatureName[];
  constructor(host: string, features: readonly FeatureName[]) {
    super("EINVAL", `host ${host} does not implement ${features.join(", ")}`);
    this.features = features;
  }
}

export interface VmOptions {
  /** Guest RAM in bytes (default 128 MiB). */
  readonly ramSize?: bigint;
  /** Nested virtualisation: the guest runs a hypervisor at virtual EL2 (EL2 registers are visible). */
  readonly nested?: boolean;
  /** KVM_CAP_ARM_WRITABLE_IMP_ID_REGS. */
  readonly implementationIdsWritable?: boolean;
  /** KVM_CAP_ARM_MTE: without it a VM never sees MTE, whatever the host has (as KVM does). */
  readonly mte?: boolean;
}

export interface FeatureRestriction {
  readonly features: FeatureSet;
  /** Features that went because a feature they depend on was hidden (FP8 with FPMR). */
  readonly alsoHidden: readonly FeatureName[];
  /** ID registers whose fields could not all be lowered (not writable under KVM's rules). */
  readonly unwritable: readonly string[];
}

export class Vm {
  readonly host: Host;
  readonly idRegisters: VmIdRegisters;
  readonly nested: boolean;
  readonly ramSize: bigint;
  /** Guest physical memory: RAM at 0x4000_0000 and the virt board's device windows. */
  readonly bus: PhysicalBus;
  readonly ram: RamRegion;
  readonly #vcpus: Vcpu[] = [];
  #hasRun = false;
  #psci: PsciFirmware | null = null;
  #cached: VmFeatureSet | null = null;
  #cachedFor = -1;
  /** The KVM_ARM_VCPU_INIT features every vCPU has, fixed by the first vCPU initialised. */
  #vcpuFeatures: ResolvedVcpuFeatures | null = null;
  readonly #hiddenVcpuFeatures = new Set<HideableVcpuFeature>();

  private constructor(host: Host, options: VmOptions) {
    this.host = host;
    this.nested = options.nested ?? false;
    this.ramSize = options.ramSize ?? VIRT.DEFAULT_RAM_SIZE;
    this.bus = new PhysicalBus();
    this.ram = this.bus.addRam(Number(VIRT.RAM_BASE), Number(this.ramSize));
    this.bus.addMmio(Number(VIRT.UART_BASE), Number(VIRT.UART_SIZE), "pl011");
    this.bus.addMmio(Number(VIRT.GIC_DIST_BASE), Number(VIRT.GIC_DIST_SIZE), "gic-distributor");
    this.bus.addMmio(Number(VIRT.GIC_REDIST_BASE), 0x20_0000, "gic-redistributors");
    // MIDR_EL1 is the host's own, as KVM presents it (writable only with implementationIdsWritable).
    this.idRegisters = new VmIdRegisters(
      { ...sanitise(host, options.mte === true), MIDR_EL1: host.profile.midr },
      {
        implementationIdsWritable: options.implementationIdsWritable ?? false,
      },
    );
  }

  /** KVM_CREATE_VM on a host (a profile name, a CpuProfile or a Host). */
  static create(host: Host | Parameters<typeof hostOf>[0], options: VmOptions = {}): Vm {
    return new Vm(typeof host === "object" && "sveLengths" in host ? host : hostOf(host), options);
  }

  get hasRun(): boolean {
    return this.#hasRun;
  }

  /** The VM's features: its ID registers, limited to the host, closed under dependencies. */
  get features(): FeatureSet {
    return this.#featureSet().features;
  }

  /** Host features this VM hides, each with what went with it. */
  get hiddenFeatures(): ReadonlyMap<FeatureName, readonly FeatureName[]> {
    return this.#featureSet().hidden;
  }

  #featureSet(): VmFeatureSet {
    const version = this.idRegisters.version;
    if (this.#cached === null || version !== this.#cachedFor) {
      // Registers outside the ID space (trace, debug) are not the VM's to change: they keep the host's values.
      const values = { ...this.host.profile.idRegisters, ...this.idRegisters.values() };
      this.#cached = vmFeatureSet(this.host.features, values);
      this.#cachedFor = version;
    }
    return this.#cached;
  }

  /**
   * Applies a change list (`-FPMR,+SVE`) by writing the ID registers as userspace would: every
   * register write goes through the safe-value check, so an unsafe result changes nothing. Adding
   * a feature the host lacks is refused with the feature named.
   */
  restrictFeatures(changes: string): FeatureRestriction {
    if (this.#hasRun) throw new VmBusyError("the VM has run: its features are fixed");
    const { add, remove } = parseFeatureChanges(changes);
    const missing = missingOnHost(this.host.features, add);
    if (missing.length > 0) throw new FeatureNotOnHostError(this.host.profile.name, missing);
    const before = this.features;
    let target = before.union(add);
    for (const feature of remove) target = withoutFeature(target, feature).set;
    // SVE, SME, PMUv3 and pointer authentication are vCPU features: when they go (asked for, or with
    // what they depend on) they go as KVM_ARM_VCPU_INIT hides them.
    const vcpuHidden = (Object.keys(VCPU_FEATURE_OF) as HideableVcpuFeature[]).filter(
      (f) => before.has(VCPU_FEATURE_OF[f]) && !target.has(VCPU_FEATURE_OF[f]),
    );
    const initialised = this.#vcpuFeatures;
    const clash = vcpuHidden.filter((f) => initialised?.[f] === true);
    if (clash.length > 0) {
      throw new InvalidVcpuFeaturesError(
        `the vCPUs were initialised with ${clash.join(", ")}: it cannot be hidden now`,
      );
    }
    const wanted = idRegistersFor(target, this.idRegisters.values());
    // Only the ID space is userspace-writable, and only in KVM's writable fields: a field that cannot be
    // lowered keeps its value (the feature set still hides what depends on a hidden feature).
    const masks = this.idRegisters.writableMasks();
    const writes: [string, bigint][] = [];
    const unwritable: string[] = [];
    for (const [name, value] of Object.entries(wanted)) {
      const key = VmIdRegisters.keyOf(name);
      if (key === undefined) continue;
      const current = this.idRegisters.get(key);
      const mask = masks.get(key) ?? 0n;
      // Fields of hidden vCPU features are KVM_ARM_VCPU_INIT's, not writes: they are cleared below, after
      // the writes are accepted, and stay clear (other views of a feature would set them again).
      const hidden = this.#hiddenMask(name, vcpuHidden);
      const proposed = (((value & mask) | (current & ~mask)) & ~hidden) | (current & hidden);
      const safe = this.#keepUnsafeFields(name, key, proposed, current);
      if (((value ^ current) & ~mask & ~hidden) !== 0n || safe !== proposed) unwritable.push(name);
      writes.push([name, safe]);
    }
    this.idRegisters.setMany(writes);
    this.#hideVcpuFeatures(vcpuHidden);
    const after = this.features;
    const alsoHidden = before.difference(after).difference(remove).names();
    return { features: after, alsoHidden, unwritable };
  }

  /**
   * `proposed` with every field KVM would refuse (not a safe restriction of the host's value, such as
   * CTR_EL0.L1Ip lowered to a reserved policy) put back to its current value.
   */
  #keepUnsafeFields(name: string, key: number, proposed: bigint, current: bigint): bigint {
    const host = this.idRegisters.hostValue(key);
    let value = proposed;
    for (const field of idRegisterLayout(name).fields) {
      const wanted = readField(proposed, field);
      if (wanted === readField(current, field)) continue;
      if (!isSafeRestriction(name, field.name, readField(host, field), wanted)) {
        value = writeField(value, field, readField(current, field));
      }
    }
    return value;
  }

  /** The features of the vCPUs once one has been initialised (KVM_ARM_VCPU_INIT), else null. */
  get vcpuFeatures(): ResolvedVcpuFeatures | null {
    return this.#vcpuFeatures;
  }

  /** True when a vCPU feature was hidden (by KVM_ARM_VCPU_INIT without it, or `-SVE`-style changes). */
  hidesVcpuFeature(feature: HideableVcpuFeature): boolean {
    return this.#hiddenVcpuFeatures.has(feature);
  }

  /**
   * KVM_ARM_VCPU_INIT's VM-wide half: the first vCPU fixes the features, later ones must match, and
   * every feature left out is hidden from the ID registers. Throws, changing nothing, otherwise.
   */
  adoptVcpuFeatures(features: ResolvedVcpuFeatures): void {
    const current = this.#vcpuFeatures;
    if (current !== null) {
      if (!sameVcpuFeatures(current, features)) {
        throw new InvalidVcpuFeaturesError("every vCPU of a VM must be initialised with the same features");
      }
      return;
    }
    if (this.#hasRun) throw new VmBusyError("the VM has run: its features are fixed");
    const off = featuresOff(features);
    const wanted = (Object.keys(VCPU_FEATURE_OF) as HideableVcpuFeature[]).filter(
      (f) => !off.includes(f) && this.#hiddenVcpuFeatures.has(f),
    );
    if (wanted.length > 0) throw new InvalidVcpuFeaturesError(`${wanted.join(", ")} was hidden from this VM`);
    this.#hideVcpuFeatures(off);
    this.#vcpuFeatures = features;
  }

  /**
   * On a migration or restore destination: hides, as KVM_ARM_VCPU_INIT would, every vCPU feature
   * (SVE, SME, PMUv3, pointer authentication) that `features`, the source VM's set, lacks.
   */
  hideVcpuFeaturesAbsentFrom(features: FeatureSet): void {
    if (this.#hasRun) throw new VmBusyError("the VM has run: its features are fixed");
    const current = this.features;
    this.#hideVcpuFeatures(
      (Object.keys(VCPU_FEATURE_OF) as HideableVcpuFeature[]).filter(
        (f) => current.has(VCPU_FEATURE_OF[f]) && !features.has(VCPU_FEATURE_OF[f]),
      ),
    );
  }

  #hiddenMask(register: string, alsoHiding: readonly HideableVcpuFeature[]): bigint {
    let mask = 0n;
    for (const feature of new Set([...this.#hiddenVcpuFeatures, ...alsoHiding])) {
      for (const hidden of HIDDEN_FIELDS[feature]) if (hidden.register === register) mask |= hidden.mask;
    }
    return mask;
  }

  #hideVcpuFeatures(features: readonly HideableVcpuFeature[]): void {
    for (const feature of features) {
      if (this.#hiddenVcpuFeatures.has(feature)) continue;
      for (const { register, mask } of HIDDEN_FIELDS[feature]) this.idRegisters.lowerLimit(register, mask);
      this.#hiddenVcpuFeatures.add(feature);
    }
  }

  /** KVM_CREATE_VCPU. */
  createVcpu(init: VcpuInit = {}): Vcpu {
    const vcpu = new Vcpu(this, this.#vcpus.length, init);
    this.#vcpus.push(vcpu);
    return vcpu;
  }

  get vcpus(): readonly Vcpu[] {
    return this.#vcpus;
  }

  /** Called by the run loop on the first KVM_RUN: ID registers lock (EBUSY on change from now on). */
  markRun(): void {
    if (this.#hasRun) return;
    this.#hasRun = true;
    this.idRegisters.lock();
    this.#psci = new PsciFirmware(this.#vcpus.map((v) => BigInt(v.index)));
  }

  /** The board firmware (PSCI), from the first run on. */
  get psci(): PsciFirmware {
    if (this.#psci === null) throw new VmBusyError("the VM has not run yet");
    return this.#psci;
  }
}

/**
 * The host's values as a new VM sees them: every field that encodes a feature advertises only
 * features the host has (lowering fields a custom host file advertises without what they need),
 * and MTE only with KVM_CAP_ARM_MTE.
 */
function sanitise(host: Host, mte: boolean): Record<string, bigint> {
  const cache = mte ? SANITISED_MTE : SANITISED;
  let values = cache.get(host.profile);
  if (values === undefined) {
    const features = mte ? host.features : withoutFeature(host.features, "FEAT_MTE").set;
    values = idRegistersFor(features, host.profile.idRegisters);
    cache.set(host.profile, values);
  }
  return values;
}

const SANITISED = new WeakMap<object, Record<string, bigint>>();
const SANITISED_MTE = new WeakMap<object, Record<string, bigint>>();

export { FeatureSet };
