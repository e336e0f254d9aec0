/**
 * KVM_ARM_VCPU_INIT features: PSCI version, PMUv3, SVE, SME and pointer authentication are chosen
 * per vCPU, not by writing ID registers. A feature left out is hidden as KVM hides it: its ID
 * register fields read 0 and cannot be written back up (the VM's limit drops to 0), so the
 * feature set, the register list and the trap configuration all lose it and what depends on it.
 */
import { type FeatureName, idField, idRegisterLayout } from "@a64vm/sysreg";
import { HypervisorError } from "../errors";

/** PSCI versions a vCPU can be given (KVM_ARM_VCPU_PSCI_0_2 plus the firmware register). */
export type PsciVersionName = "0.2" | "1.0" | "1.1";

export const PSCI_VERSIONS: Readonly<Record<PsciVersionName, bigint>> = {
  "0.2": 0x2n,
  "1.0": 0x1_0000n,
  "1.1": 0x1_0001n,
};

/** What KVM_ARM_VCPU_INIT asks for; a feature left out (or false) is off, as a clear bit is under KVM. */
export interface VcpuFeatures {
  /** Default 1.1. */
  readonly psciVersion?: PsciVersionName;
  /** KVM_ARM_VCPU_PMU_V3. */
  readonly pmu?: boolean;
  /** KVM_ARM_VCPU_SVE: vector lengths are set with SVE_VLS before KVM_ARM_VCPU_FINALIZE. */
  readonly sve?: boolean;
  /** SME, with its streaming vector lengths set before finalize. */
  readonly sme?: boolean;
  /** KVM_ARM_VCPU_PTRAUTH_ADDRESS and _GENERIC: KVM accepts both or neither. */
  readonly pointerAuth?: { readonly address: boolean; readonly generic: boolean } | boolean;
}

/** The vCPU features in force, every choice explicit. */
export interface ResolvedVcpuFeatures {
  readonly psciVersion: PsciVersionName;
  readonly pmu: boolean;
  readonly sve: boolean;
  readonly sme: boolean;
  readonly pointerAuth: boolean;
}

/** The vCPU features that hide ID register fields when off. */
export type HideableVcpuFeature = "pmu" | "sve" | "sme" | "pointerAuth";

/** KVM_ARM_VCPU_INIT refused (KVM answers EINVAL): nothing was changed. */
export class InvalidVcpuFeaturesError extends HypervisorError {
  constructor(message: string) {
    super("EINVAL", `vCPU features: ${message}`);
  }
}

/** A register or KVM_RUN before KVM_ARM_VCPU_FINALIZE, or a change after it (KVM answers EPERM). */
export class VcpuFinalizeError extends HypervisorError {
  constructor(message: string) {
    super("EPERM", message);
  }
}

/** The feature each hideable vCPU feature stands for in the VM's feature set. */
export const VCPU_FEATURE_OF: Readonly<Record<HideableVcpuFeature, FeatureName>> = {
  pmu: "FEAT_PMUv3",
  sve: "FEAT_SVE",
  sme: "FEAT_SME",
  pointerAuth: "FEAT_PAuth",
};

/** A register and the bits KVM clears in it when the vCPU lacks the feature (whole register: RAZ). */
export interface HiddenFields {
  readonly register: string;
  readonly mask: bigint;
}

const fieldMask = (register: string, ...fields: readonly string[]): HiddenFields => {
  let mask = 0n;
  for (const name of fields) {
    const f = idField(register, name);
    mask |= ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
  }
  return { register, mask };
};
const wholeRegister = (register: string): HiddenFields => {
  idRegisterLayout(register); // throws on a misspelt name
  return { register, mask: 0xffff_ffff_ffff_ffffn };
};
const allFieldsBut = (register: string, ...kept: readonly string[]): HiddenFields => {
  const names = idRegisterLayout(register).fields.map((f) => f.name);
  return fieldMask(register, ...names.filter((n) => !kept.includes(n)));
};

/** What KVM's sanitised ID register reads clear for a vCPU without each feature. */
export const HIDDEN_FIELDS: Readonly<Record<HideableVcpuFeature, readonly HiddenFields[]>> = {
  pmu: [fieldMask("ID_AA64DFR0_EL1", "PMUVer"), fieldMask("ID_DFR0_EL1", "PerfMon")],
  // KVM reads ID_AA64ZFR0_EL1 as zero; its BF16 and I8MM fields stay because the feature model reads
  // them as second views of FEAT_BF16 and FEAT_I8MM, which a VM without SVE keeps (ID_AA64ISAR1_EL1).
  sve: [fieldMask("ID_AA64PFR0_EL1", "SVE"), allFieldsBut("ID_AA64ZFR0_EL1", "BF16", "I8MM")],
  sme: [fieldMask("ID_AA64PFR1_EL1", "SME"), wholeRegister("ID_AA64SMFR0_EL1")],
  pointerAuth: [
    fieldMask("ID_AA64ISAR1_EL1", "APA", "API", "GPA", "GPI"),
    fieldMask("ID_AA64ISAR2_EL1", "APA3", "GPA3"),
  ],
};

/** Checks and completes a KVM_ARM_VCPU_INIT request against the host's features. */
export function resolveVcpuFeatures(
  requested: VcpuFeatures,
  hostHas: (feature: FeatureName) => boolean,
): ResolvedVcpuFeatures {
  const psciVersion = requested.psciVersion ?? "1.1";
  if (!(psciVersion in PSCI_VERSIONS)) {
    throw new InvalidVcpuFeaturesError(`PSCI version '${String(psciVersion)}' is not 0.2, 1.0 or 1.1`);
  }
  const pa = requested.pointerAuth;
  const [address, generic] = typeof pa === "object" ? [pa.address, pa.generic] : [pa === true, pa === true];
  if (address !== generic) {
    throw new InvalidVcpuFeaturesError("pointer authentication needs both address and generic keys, or neither");
  }
  const resolved: ResolvedVcpuFeatures = {
    psciVersion,
    pmu: requested.pmu === true,
    sve: requested.sve === true,
    sme: requested.sme === true,
    pointerAuth: address,
  };
  for (const feature of Object.keys(VCPU_FEATURE_OF) as HideableVcpuFeature[]) {
    if (resolved[feature] && !hostHas(VCPU_FEATURE_OF[feature])) {
      throw new InvalidVcpuFeaturesError(`the host does not implement ${VCPU_FEATURE_OF[feature]} (${feature})`);
    }
  }
  return resolved;
}

/** The hideable features that are off. */
export function featuresOff(features: ResolvedVcpuFeatures): HideableVcpuFeature[] {
  return (Object.keys(VCPU_FEATURE_OF) as HideableVcpuFeature[]).filter((f) => !features[f]);
}

export function sameVcpuFeatures(a: ResolvedVcpuFeatures, b: ResolvedVcpuFeatures): boolean {
  return (
    a.psciVersion === b.psciVersion &&
    a.pmu === b.pmu &&
    a.sve === b.sve &&
    a.sme === b.sme &&
    a.pointerAuth === b.pointerAuth
  );
}
