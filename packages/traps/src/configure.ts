// configure(host, vm): the VM's trap-control register values and its fine-grained UNDEF set, each bit
// from the one rule that covers it. A control is used only when the host implements and the VM
// advertises its feature; a bit of a feature the host has but the VM lacks traps so it can UNDEF.
import { type CpuProfile, type FeatureName, FeatureSet, featuresOf } from "@a64vm/sysreg";
import {
  CONTROL_REGISTERS,
  type ControlRegister,
  type CptrLayout,
  controlLayout,
  FGT_REGISTERS,
  fieldMask,
} from "./controls";
import { FeatureNotOnHostError, UnknownControlError } from "./errors";
import { CONTROL_RULES, type ControlRule } from "./feature-rules";
import { describeRequirement, feat, type Requirement, satisfies } from "./requirement";

/** Why a control field has its value. */
export type ControlBitState = "vm-has" | "vm-lacks" | "host-lacks" | "register-unavailable";

/** One field of one computed control register, with the rule that set it and why. */
export interface ControlBit {
  readonly register: ControlRegister;
  readonly field: string;
  readonly msb: number;
  readonly lsb: number;
  /** The field's value. */
  readonly value: number;
  readonly rule: ControlRule;
  readonly state: ControlBitState;
  /** True when this value makes the guest's accesses trap. */
  readonly traps: boolean;
  /** The reason, in words: "FEAT_FPMR advertised: FPMR accessible". */
  readonly reason: string;
}

/** A VM's computed trap configuration. */
export interface TrapConfiguration {
  readonly host: FeatureSet;
  /** The features the VM advertises (always a subset of the host's). */
  readonly vm: FeatureSet;
  /** The CPTR_EL2 layout in use: E2H=1 on a VHE host. */
  readonly cptrLayout: CptrLayout;
  readonly values: Readonly<Record<ControlRegister, bigint>>;
  /** False for a register the host does not implement (HCRX_EL2 without FEAT_HCX, FGT without FEAT_FGT). */
  readonly available: Readonly<Record<ControlRegister, boolean>>;
  /** Per fine-grained register: the bits whose feature the VM lacks (KVM's "fine-grained UNDEF" set). */
  readonly undef: Readonly<Record<ControlRegister, bigint>>;
  /** Per register: the bits a guest hypervisor may not set (architectural RES0 plus absent features). */
  readonly res0: Readonly<Record<ControlRegister, bigint>>;
  readonly res1: Readonly<Record<ControlRegister, bigint>>;
  /** Every field of every register, in register then bit order. */
  readonly bits: readonly ControlBit[];
}

/** A host: a feature set, anything that carries one, or a sysreg CPU profile (its ID registers decide). */
export type HostFeatures = FeatureSet | { readonly features: FeatureSet } | CpuProfile;

/** The feature each control register needs on the host. */
const REGISTER_NEEDS: Readonly<Partial<Record<ControlRegister, Requirement>>> = {
  HCRX_EL2: feat("HCX"),
  HFGRTR_EL2: feat("FGT"),
  HFGWTR_EL2: feat("FGT"),
  HFGITR_EL2: feat("FGT"),
  HDFGRTR_EL2: feat("FGT"),
  HDFGWTR_EL2: feat("FGT"),
  HAFGRTR_EL2: { kind: "all", of: [feat("FGT"), feat("AMUv1")] },
  HFGRTR2_EL2: feat("FGT2"),
  HFGWTR2_EL2: feat("FGT2"),
  HFGITR2_EL2: feat("FGT2"),
  HDFGRTR2_EL2: feat("FGT2"),
  HDFGWTR2_EL2: feat("FGT2"),
};

/** The host feature a control register needs, or null when every AArch64 host with EL2 has it. */
export function registerRequirement(register: ControlRegister): Requirement | null {
  return REGISTER_NEEDS[register] ?? null;
}

/**
 * Trap controls that exist only to reach one feature's registers: when the host has the feature and
 * the VM does not, they are set so the accesses trap and UNDEF (enable bits do this by being clear).
 */
const TRAP_TO_UNDEF: ReadonlySet<string> = new Set([
  "HCR_EL2.TID5",
  "HCR_EL2.TLOR",
  "HCR_EL2.TERR",
  "MDCR_EL2.TPM",
  "MDCR_EL2.TPMCR",
  "MDCR_EL2.TPMS",
  "MDCR_EL2.TTRF",
  "CPTR_EL2.TAM",
  "CPTR_EL2.TZ",
  "CPTR_EL2.TSM",
  "CPTR_EL2.TFP",
]);

/** The features of a host argument. */
export function hostFeatures(host: HostFeatures): FeatureSet {
  if (host instanceof FeatureSet) return host;
  return "features" in host ? host.features : featuresOf(host.idRegisters);
}

function ones(width: number): number {
  return width >= 32 ? 0xffffffff : (1 << width) - 1;
}

/** The field value a rule's policy asks for when the VM has the feature. */
function presentValue(rule: ControlRule, width: number): number {
  switch (rule.policy) {
    case "pass":
      return rule.kind === "enable" ? ones(width) : 0;
    case "trap":
      return rule.kind === "enable" ? 0 : ones(width);
    case "set":
      return rule.value ?? ones(width);
    case "clear":
      return 0;
  }
}

function fieldTraps(rule: ControlRule, value: number): boolean {
  if (rule.kind === "setting") return false;
  // An enable field traps when its lowest bit is clear (FPEN=0b01 still traps EL1).
  return rule.kind === "enable" ? (value & 1) === 0 : value !== 0;
}

function policyWords(rule: ControlRule, value: number): string {
  if (rule.kind === "setting") return rule.why;
  return fieldTraps(rule, value) ? `traps: ${rule.why}` : rule.why;
}

/**
 * The trap configuration of a VM that advertises `vmFeatures` on `host` (by default everything the
 * host has, as a new KVM VM does). Throws FeatureNotOnHostError when the VM advertises more than the host.
 */
export function configure(host: HostFeatures, vmFeatures?: FeatureSet): TrapConfiguration {
  const hostSet = hostFeatures(host);
  const vm = vmFeatures ?? hostSet;
  if (!vm.isSubsetOf(hostSet)) {
    throw new FeatureNotOnHostError(vm.difference(hostSet).names() as FeatureName[]);
  }
  const cptrLayout: CptrLayout = hostSet.has("VHE") ? "E2H=1" : "E2H=0";
  const values = {} as Record<ControlRegister, bigint>;
  const available = {} as Record<ControlRegister, boolean>;
  const undef = {} as Record<ControlRegister, bigint>;
  const res0 = {} as Record<ControlRegister, bigint>;
  const res1 = {} as Record<ControlRegister, bigint>;
  const bits: ControlBit[] = [];

  for (const register of CONTROL_REGISTERS) {
    const layout = controlLayout(register, cptrLayout);
    const need = registerRequirement(register);
    const registerOnHost = need === null || satisfies(need, hostSet);
    available[register] = registerOnHost;
    let value = 0n;
    let undefBits = 0n;
    let absent = 0n;
    let absentOnes = 0n;
    const rules = CONTROL_RULES.filter(
      (r) => r.register === register && (register !== "CPTR_EL2" || r.cptr === cptrLayout),
    );
    for (const rule of rules) {
      const judged = rule.hostOnly === true ? hostSet : vm;
      const vmHas = satisfies(rule.needs, judged);
      const hostHas = satisfies(rule.needs, hostSet);
      const feature = describeRequirement(rule.needs);
      for (const field of rule.fields) {
        const f = layout.fields.find((x) => x.name === field);
        if (f === undefined) throw new UnknownControlError(`${register}.${field}`);
        const width = f.msb - f.lsb + 1;
        const mask = fieldMask(register, field, cptrLayout);
        let fieldValue = 0;
        let state: ControlBitState;
        let reason: string;
        if (!registerOnHost) {
          state = "register-unavailable";
          reason = `${register} needs ${describeRequirement(need!)}, which the host lacks`;
        } else if (vmHas) {
          state = "vm-has";
          fieldValue = presentValue(rule, width);
          reason = `${feature === "always" ? "baseline" : `${feature} advertised`}: ${policyWords(rule, fieldValue)}`;
        } else if (hostHas) {
          state = "vm-lacks";
          if (rule.res1WhenAbsent === true) {
            fieldValue = ones(width);
            reason = `${feature} not advertised: reads as one`;
          } else if (rule.kind === "trap" && (TRAP_TO_UNDEF.has(`${register}.${field}`) || isFgt(register))) {
            fieldValue = ones(width);
            reason = `${feature} not advertised: traps so the access UNDEFs`;
          } else if (rule.kind === "enable") {
            reason = `${feature} not advertised: clear, so the access traps and UNDEFs`;
          } else {
            reason = `${feature} not advertised: left clear`;
          }
        } else {
          state = "host-lacks";
          fieldValue = rule.res1WhenAbsent === true ? ones(width) : 0;
          reason = `host lacks ${feature}: RES${fieldValue === 0 ? 0 : 1}`;
        }
        if (!vmHas && rule.neverUndef !== true && isFgt(register)) undefBits |= mask;
        if (!vmHas) {
          absent |= mask;
          if (rule.res1WhenAbsent === true) absentOnes |= mask;
        }
        value |= (BigInt(fieldValue) << BigInt(f.lsb)) & mask;
        bits.push({
          register,
          field,
          msb: f.msb,
          lsb: f.lsb,
          value: fieldValue,
          rule,
          state,
          traps: (state === "vm-has" || state === "vm-lacks") && fieldTraps(rule, fieldValue),
          reason,
        });
      }
    }
    values[register] = registerOnHost ? value | layout.res1 : 0n;
    undef[register] = undefBits;
    res0[register] = layout.res0 | (absent & ~absentOnes);
    res1[register] = layout.res1 | absentOnes;
  }
  bits.sort((a, b) => CONTROL_REGISTERS.indexOf(a.register) - CONTROL_REGISTERS.indexOf(b.register) || b.lsb - a.lsb);
  return { host: hostSet, vm, cptrLayout, values, available, undef, res0, res1, bits };
}

function isFgt(register: ControlRegister): boolean {
  return FGT_REGISTERS.includes(register);
}

/** The value of one field of a computed register (CPTR_EL2 in the configuration's layout). */
export function controlField(config: TrapConfiguration, register: ControlRegister, field: string): number {
  const bit = config.bits.find((b) => b.register === register && b.field === field);
  if (bit === undefined) throw new UnknownControlError(`${register}.${field}`);
  return bit.value;
}
