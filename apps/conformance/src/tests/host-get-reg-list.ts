/**
 * host/get-reg-list, after KVM's get-reg-list selftest: KVM_GET_REG_LIST returns exactly the base
 * registers plus the sublist of each feature or option the vCPU has, every listed register reads,
 * and a register of a feature the VM lacks has no ID at all.
 */
import { CoreReg, FwReg, formatRegId, hostOf, SveReg, sysRegId, UnknownRegisterError, Vm } from "@a64vm/hypervisor";
import { encodingFromKey, type FeatureSet, ID_SPACE_KEYS, lookupSysReg } from "@a64vm/sysreg";
import { FULL, hiding } from "../guest/variations";
import { conformanceHost } from "../hosts";
import { type CaseSpec, type ConformanceTest, failed, passed, type VariationContext } from "../model";

// System registers by KVM sublist; each is listed only when the VM has every feature the sysreg
// catalogue gives it (FPMR: FEAT_FPMR, ZCR_EL1: FEAT_SVE, TCR2_EL1: FEAT_TCR2, ...).
// biome-ignore format: register names, grouped as KVM's selftest groups them
const BASE_SYSREGS = [
  "MDSCR_EL1", "MDCCINT_EL1", "SCTLR_EL1", "ACTLR_EL1", "CPACR_EL1", "TTBR0_EL1", "TTBR1_EL1", "TCR_EL1",
  "AFSR0_EL1", "AFSR1_EL1", "ESR_EL1", "FAR_EL1", "PAR_EL1", "MAIR_EL1", "AMAIR_EL1", "VBAR_EL1",
  "CONTEXTIDR_EL1", "TPIDR_EL1", "CNTKCTL_EL1", "CSSELR_EL1", "TPIDR_EL0", "TPIDRRO_EL0",
  "CNTV_CTL_EL0", "CNTV_CVAL_EL0", "CNTVCT_EL0",
  "SCTLR2_EL1", "TCR2_EL1", "PIR_EL1", "PIRE0_EL1", "POR_EL1", "POR_EL0", "MAIR2_EL1", "AMAIR2_EL1",
  "APIAKEYLO_EL1", "APIAKEYHI_EL1", "APIBKEYLO_EL1", "APIBKEYHI_EL1", "APDAKEYLO_EL1", "APDAKEYHI_EL1",
  "APDBKEYLO_EL1", "APDBKEYHI_EL1", "APGAKEYLO_EL1", "APGAKEYHI_EL1",
  "RGSR_EL1", "GCR_EL1", "TFSR_EL1", "TFSRE0_EL1", "ZCR_EL1", "SMCR_EL1", "SMPRI_EL1", "SVCR", "TPIDR2_EL0",
  "FPMR", "GCSCR_EL1", "GCSPR_EL1", "GCSCRE0_EL1", "GCSPR_EL0", "ACCDATA_EL1", "SCXTNUM_EL0", "SCXTNUM_EL1",
];
// biome-ignore format: register names
const PMU_SYSREGS = [
  "PMCR_EL0", "PMCNTENSET_EL0", "PMINTENSET_EL1", "PMOVSSET_EL0", "PMSELR_EL0", "PMCCNTR_EL0",
  "PMCCFILTR_EL0", "PMUSERENR_EL0",
];
// biome-ignore format: register names
const EL2_SYSREGS = [
  "HCR_EL2", "HCRX_EL2", "MDCR_EL2", "CPTR_EL2", "HSTR_EL2", "HACR_EL2", "SCTLR_EL2", "TTBR0_EL2", "TCR_EL2",
  "VTTBR_EL2", "VTCR_EL2", "ESR_EL2", "FAR_EL2", "HPFAR_EL2", "MAIR_EL2", "VBAR_EL2", "TPIDR_EL2",
  "CNTHCTL_EL2", "CNTVOFF_EL2", "VPIDR_EL2", "VMPIDR_EL2", "ELR_EL2", "SPSR_EL2", "HFGRTR_EL2", "HFGWTR_EL2",
  "HFGITR_EL2", "HDFGRTR_EL2", "HDFGWTR_EL2", "HAFGRTR_EL2",
];

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The register list KVM's rules give a vCPU with these features and options. */
export function expectedRegList(features: FeatureSet, options: { pmu: boolean; nested: boolean }): bigint[] {
  const ids = [
    ...range(31).map(CoreReg.x),
    CoreReg.sp,
    CoreReg.pc,
    CoreReg.pstate,
    CoreReg.spEl1,
    CoreReg.elrEl1,
    ...range(5).map(CoreReg.spsr),
    ...ID_SPACE_KEYS.map((key) => sysRegId(encodingFromKey(key))),
    FwReg.PSCI_VERSION,
  ];
  if (features.has("FEAT_FP")) ids.push(...range(32).map(CoreReg.v), CoreReg.fpsr, CoreReg.fpcr);
  const sysregs = [...BASE_SYSREGS, ...(options.pmu ? PMU_SYSREGS : []), ...(options.nested ? EL2_SYSREGS : [])];
  for (const name of sysregs) {
    const info = lookupSysReg(name);
    if (info.features.every((f) => features.has(f))) ids.push(sysRegId(info.encoding));
  }
  if (features.has("FEAT_SVE")) {
    ids.push(...range(32).map((n) => SveReg.z(n)), ...range(16).map((n) => SveReg.p(n)), SveReg.ffr(), SveReg.VLS);
  }
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Registers whose presence depends on one feature: they must vanish from the list and from ONE_REG. */
const GATED = ["FPMR", "ZCR_EL1", "SMCR_EL1", "TCR2_EL1", "POR_EL0", "GCSCR_EL1", "ACCDATA_EL1"];

export const hostGetRegList: ConformanceTest = {
  id: "host/get-reg-list",
  title: "KVM_GET_REG_LIST is exactly the registers the VM's features, PMU and nesting make visible",
  variations: (context: VariationContext) => [
    FULL,
    { features: "", label: "pmu" },
    { features: "", label: "nested" },
    ...hiding(context, ["FEAT_FPMR", "FEAT_SVE", "FEAT_SME", "FEAT_PAuth", "FEAT_TCR2", "FEAT_S1POE", "FEAT_GCS"]),
  ],
  run(spec: CaseSpec) {
    const nested = spec.variation === "nested";
    const pmu = spec.variation === "pmu";
    const vm = Vm.create(hostOf(conformanceHost(spec.host)), { nested });
    if (spec.features !== "") vm.restrictFeatures(spec.features);
    const vcpu = vm.createVcpu({ pmu });
    const list = vcpu.regList();
    const expected = expectedRegList(vm.features, { pmu, nested });
    const show = (ids: readonly bigint[]) => ids.map(formatRegId).join("\n");
    if (show(list) !== show(expected))
      return failed("the register list is not the expected one", show(expected), show(list));
    for (const id of list) {
      try {
        vcpu.getOneReg(id);
      } catch (error) {
        return failed(`listed register ${formatRegId(id)} does not read: ${(error as Error).message}`);
      }
    }
    for (const name of GATED) {
      const info = lookupSysReg(name);
      if (info.features.every((f) => vm.features.has(f))) continue;
      try {
        vcpu.getOneReg(sysRegId(info.encoding));
        return failed(`${name} reads through ONE_REG without ${info.features.join(", ")}`);
      } catch (error) {
        if (!(error instanceof UnknownRegisterError)) return failed(`${name}: untyped error ${String(error)}`);
      }
    }
    return passed;
  },
};
