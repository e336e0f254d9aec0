import { fieldWidth, idRegisterLayout } from "./fields";

type WritableSpec = { readonly fields: readonly string[] } | { readonly allFieldsExcept: readonly string[] } | "all";

// The writable masks KVM reports (KVM_ARM_GET_REG_WRITABLE_MASKS, arch/arm64/kvm/sys_regs.c, Linux 6.18).
// Registers not listed are not writable by userspace (mask 0).
const AARCH32_WRITABLE = [
  "ID_PFR0_EL1",
  "ID_PFR1_EL1",
  "ID_MMFR0_EL1",
  "ID_MMFR1_EL1",
  "ID_MMFR2_EL1",
  "ID_MMFR3_EL1",
  "ID_ISAR0_EL1",
  "ID_ISAR1_EL1",
  "ID_ISAR2_EL1",
  "ID_ISAR3_EL1",
  "ID_ISAR4_EL1",
  "ID_ISAR5_EL1",
  "ID_MMFR4_EL1",
  "ID_ISAR6_EL1",
  "MVFR0_EL1",
  "MVFR1_EL1",
  "MVFR2_EL1",
  "ID_PFR2_EL1",
  "ID_DFR1_EL1",
  "ID_MMFR5_EL1",
] as const;

const WRITABLE: Readonly<Record<string, WritableSpec>> = {
  ...Object.fromEntries(AARCH32_WRITABLE.map((r) => [r, "all" as const])),
  ID_DFR0_EL1: { fields: ["PerfMon", "CopDbg"] },
  ID_AA64PFR0_EL1: { allFieldsExcept: ["AMU", "MPAM", "SVE", "RAS", "GIC", "AdvSIMD", "FP"] },
  ID_AA64PFR1_EL1: {
    allFieldsExcept: ["PFAR", "DF2", "MTEX", "THE", "GCS", "MTE_frac", "NMI", "RNDR_trap", "SME", "MPAM_frac", "MTE"],
  },
  ID_AA64PFR2_EL1: { fields: ["FPMR", "MTEFAR", "MTESTOREONLY"] },
  ID_AA64ZFR0_EL1: { allFieldsExcept: [] },
  ID_AA64FPFR0_EL1: { allFieldsExcept: [] },
  ID_AA64DFR0_EL1: { fields: ["DoubleLock", "WRPs", "PMUVer", "DebugVer"] },
  ID_AA64ISAR0_EL1: { allFieldsExcept: [] },
  ID_AA64ISAR1_EL1: { allFieldsExcept: ["GPI", "GPA", "API", "APA"] },
  ID_AA64ISAR2_EL1: { allFieldsExcept: ["APA3", "GPA3"] },
  ID_AA64ISAR3_EL1: { fields: ["FPRCVT", "LSFE", "FAMINMAX"] },
  ID_AA64MMFR0_EL1: { allFieldsExcept: ["ASIDBits"] },
  ID_AA64MMFR1_EL1: { allFieldsExcept: ["XNX", "VH", "VMIDBits"] },
  ID_AA64MMFR2_EL1: { allFieldsExcept: ["EVT", "FWB", "IDS", "NV", "CCIDX"] },
  ID_AA64MMFR3_EL1: { fields: ["TCRX", "SCTLRX", "S1PIE", "S1POE"] },
  ID_AA64MMFR4_EL1: { fields: ["NV_frac"] },
  CLIDR_EL1: { allFieldsExcept: [] },
  CTR_EL0: { fields: ["DIC", "IDC", "DminLine", "L1Ip", "IminLine"] },
};

/** MIDR_EL1, REVIDR_EL1 and AIDR_EL1 become writable with KVM_CAP_ARM_WRITABLE_IMP_ID_REGS. */
const IMPLEMENTATION_IDS = ["MIDR_EL1", "REVIDR_EL1", "AIDR_EL1"];

export interface WritableMaskOptions {
  /** The VMM enabled KVM_CAP_ARM_WRITABLE_IMP_ID_REGS (MIDR, REVIDR, AIDR writable). */
  readonly implementationIdsWritable?: boolean;
}

const ALL_BITS = (1n << 64n) - 1n;

function fieldsMask(register: string, names: (name: string) => boolean): bigint {
  let mask = 0n;
  for (const f of idRegisterLayout(register).fields) {
    if (names(f.name)) mask |= ((1n << BigInt(fieldWidth(f))) - 1n) << BigInt(f.lsb);
  }
  return mask;
}

/** The bits of an ID register that userspace may change before the VM first runs (KVM's writable mask). */
export function writableMask(register: string, options: WritableMaskOptions = {}): bigint {
  const name = idRegisterLayout(register).register;
  if (IMPLEMENTATION_IDS.includes(name)) return options.implementationIdsWritable === true ? ALL_BITS : 0n;
  const spec = WRITABLE[name];
  if (spec === undefined) return 0n;
  if (spec === "all") return ALL_BITS;
  if ("fields" in spec) return fieldsMask(name, (f) => spec.fields.includes(f));
  return fieldsMask(name, (f) => !spec.allFieldsExcept.includes(f));
}
