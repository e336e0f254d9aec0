import {
  type ConstraintViolation,
  type FeatureName,
  type FeatureSet,
  validate,
  withoutFeature,
} from "../features/index";
import {
  checkIdRegisterWrite,
  featuresOf,
  fieldSafety,
  ID_REGISTER_NAMES,
  idRegisterLayout,
  idRegistersFor,
  isSafeRestriction,
  readField,
  writeField,
} from "../idregs/index";
import { hostFeatures, withImpliedFeatures } from "./host-features";
import { HOST_ID_REGISTER_NAMES } from "./host-registers";
import type { CpuProfile, IdRegisterValues } from "./types";

/** A feature some host has that the baseline leaves out, and why. */
export interface DroppedFeature {
  readonly feature: FeatureName;
  readonly reason: string;
}

/** A register whose baseline value differs from a host's own: what the VMM writes on that host. */
export interface BaselineChange {
  readonly host: string;
  readonly register: string;
  readonly from: bigint;
  readonly to: bigint;
}

/** A baseline value KVM would refuse on a host (a field it does not let userspace change, or an unsafe value). */
export interface BaselineConflict {
  readonly host: string;
  readonly register: string;
  readonly message: string;
}

/** What a VM may have on every one of several hosts, and how to make each host show exactly that. */
export interface Baseline {
  readonly hosts: readonly string[];
  /** The features the baseline ID register values advertise: on every host, closed under dependencies. */
  readonly features: FeatureSet;
  readonly dropped: readonly DroppedFeature[];
  /** The common MIDR, or null when the hosts differ (writing MIDR needs KVM_CAP_ARM_WRITABLE_IMP_ID_REGS). */
  readonly midr: bigint | null;
  /**
   * One value per host register: what the guest sees on any of the hosts. Only the registers of
   * KVM's ID space are written (see `changes`); the discovery registers outside it (PMSIDR, TRBIDR,
   * PMMIR, MPAMIDR, TRCDEVARCH) describe what the hosts have in common.
   */
  readonly idRegisters: IdRegisterValues;
  readonly changes: readonly BaselineChange[];
  readonly conflicts: readonly BaselineConflict[];
  /**
   * Constraints of architecture versions the baseline still breaks: dropping a feature cannot repair
   * them (e.g. hosts with different pointer-authentication algorithms leave no PAuth, which v8Ap3
   * mandates). Guests do not read the architecture version, but a VMM should know.
   */
  readonly violations: readonly ConstraintViolation[];
}

/** The registers KVM lets userspace write before the first run (the ID space); the discovery registers outside it are not. */
const KVM_ID_SPACE = new Set(ID_REGISTER_NAMES);

function hasFieldLayout(register: string): boolean {
  try {
    idRegisterLayout(register);
    return true;
  } catch {
    return false;
  }
}

/**
 * The baseline of several hosts: the intersection of their feature sets, closed under the
 * Features.json dependencies (a feature whose requirement another host lacks goes too), and the ID
 * register values that advertise it. Each field takes the value KVM accepts on every host (the
 * smallest for lower-safe fields, the largest for higher-safe ones, the common or safe value for
 * exact ones); a field no value satisfies on every host is a conflict, reported per host.
 */
export function baselineOf(hosts: readonly CpuProfile[]): Baseline {
  if (hosts.length === 0) throw new RangeError("baselineOf needs at least one host");
  const sets = hosts.map(hostFeatures);
  let common = sets.reduce((a, b) => a.intersect(b));
  const dropped: DroppedFeature[] = [];
  const union = sets.reduce((a, b) => a.union(b));
  for (const feature of union.difference(common)) {
    const lacking = hosts.filter((_, i) => !sets[i]!.has(feature)).map((h) => h.name);
    dropped.push({ feature, reason: `not on ${lacking.join(", ")}` });
  }
  common = closeUnderDependencies(common, dropped);

  const combined = combineFieldByField(hosts);
  const values = keepWhatAdvertisesTheSame(idRegistersFor(common, combined), combined);
  const idRegisters: Record<string, bigint> = {};
  for (const name of HOST_ID_REGISTER_NAMES) idRegisters[name] = values[name] ?? 0n;
  const features = withImpliedFeatures(featuresOf(idRegisters));
  for (const feature of common.difference(features)) {
    if (!dropped.some((d) => d.feature === feature)) {
      dropped.push({ feature, reason: "its ID fields admit no value KVM accepts on every host" });
    }
  }

  const changes: BaselineChange[] = [];
  const conflicts: BaselineConflict[] = [];
  for (const host of hosts) {
    for (const register of HOST_ID_REGISTER_NAMES) {
      const from = host.idRegisters[register] ?? 0n;
      const to = idRegisters[register]!;
      if (from === to || !KVM_ID_SPACE.has(register)) continue;
      changes.push({ host: host.name, register, from, to });
      try {
        checkIdRegisterWrite(register, from, to, { implementationIdsWritable: true });
      } catch (error) {
        conflicts.push({ host: host.name, register, message: (error as Error).message });
      }
    }
  }
  const midr = hosts.every((h) => h.midr === hosts[0]!.midr) ? hosts[0]!.midr : null;
  return {
    hosts: hosts.map((h) => h.name),
    features,
    dropped,
    midr,
    idRegisters: Object.freeze(idRegisters),
    changes,
    conflicts,
    violations: validate(features),
  };
}

/** `values` with each register put back to `base` wherever that advertises the same features: the fewest writes. */
function keepWhatAdvertisesTheSame(
  values: Record<string, bigint>,
  base: Record<string, bigint>,
): Record<string, bigint> {
  const out = { ...values };
  const target = featuresOf(out);
  for (const register of HOST_ID_REGISTER_NAMES) {
    const original = base[register];
    if (original === undefined || out[register] === original) continue;
    const changed = out[register]!;
    out[register] = original;
    if (!featuresOf(out).equals(target)) out[register] = changed;
  }
  return out;
}

/** Removes, with what depends on them, the features whose Features.json requirements the set breaks. */
function closeUnderDependencies(start: FeatureSet, dropped: DroppedFeature[]): FeatureSet {
  let set = start;
  for (let round = 0; round < 64; round++) {
    const violation = validate(set).find((v) => set.has(v.owner));
    if (violation === undefined) return set;
    const { set: next, removed } = withoutFeature(set, violation.owner);
    for (const feature of removed) {
      dropped.push({
        feature,
        reason: feature === violation.owner ? violation.message : `depends on ${violation.owner}`,
      });
    }
    set = next;
  }
  return set;
}

/** Per host register and field, the value KVM accepts on every host; the first host's where none does. */
function combineFieldByField(hosts: readonly CpuProfile[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const register of HOST_ID_REGISTER_NAMES) {
    const hostValues = hosts.map((h) => h.idRegisters[register] ?? 0n);
    let value = hostValues[0]!;
    if (hasFieldLayout(register)) {
      for (const field of idRegisterLayout(register).fields) {
        const raws = hostValues.map((v) => readField(v, field));
        const candidates = [...raws, BigInt(fieldSafety(register, field.name).safeValue)];
        const agreed = candidates.find((c) => raws.every((h) => isSafeRestriction(register, field.name, h, c)));
        if (agreed !== undefined) value = writeField(value, field, agreed);
      }
    }
    out[register] = value;
  }
  return out;
}
