/**
 * The system registers a vCPU saves and KVM_GET_REG_LIST reports, beyond the ID registers: one
 * line per register. A register needs the FEAT_* the sysreg catalogue gives it (FPMR needs
 * FEAT_FPMR, TCR2_EL1 FEAT_TCR2 ...), so a VM without the feature has no slot, no ID and no
 * storage for it; some also need a vCPU option (the PMU) or a nested VM (the EL2 registers).
 */
import { type FeatureSet, lookupSysReg, type SysRegInfo } from "@a64vm/sysreg";

export type VcpuRegisterCondition = "always" | "pmu" | "nested";

export interface VcpuSysreg {
  readonly info: SysRegInfo;
  readonly condition: VcpuRegisterCondition;
}

// biome-ignore format: one register per line
const LINES: readonly (readonly [string, VcpuRegisterCondition])[] = [
  // EL1 context (KVM's base sublist)
  ["MDSCR_EL1", "always"], ["MDCCINT_EL1", "always"],
  ["SCTLR_EL1", "always"], ["ACTLR_EL1", "always"], ["CPACR_EL1", "always"],
  ["TTBR0_EL1", "always"], ["TTBR1_EL1", "always"], ["TCR_EL1", "always"],
  ["AFSR0_EL1", "always"], ["AFSR1_EL1", "always"], ["ESR_EL1", "always"], ["FAR_EL1", "always"],
  ["PAR_EL1", "always"], ["MAIR_EL1", "always"], ["AMAIR_EL1", "always"], ["VBAR_EL1", "always"],
  ["CONTEXTIDR_EL1", "always"], ["TPIDR_EL1", "always"], ["CNTKCTL_EL1", "always"], ["CSSELR_EL1", "always"],
  ["TPIDR_EL0", "always"], ["TPIDRRO_EL0", "always"],
  ["CNTV_CTL_EL0", "always"], ["CNTV_CVAL_EL0", "always"], ["CNTVCT_EL0", "always"],
  // Feature-gated EL0/EL1 state (the catalogue names the feature)
  ["SCTLR2_EL1", "always"], ["TCR2_EL1", "always"],
  ["PIR_EL1", "always"], ["PIRE0_EL1", "always"], ["POR_EL1", "always"], ["POR_EL0", "always"],
  ["MAIR2_EL1", "always"], ["AMAIR2_EL1", "always"],
  ["APIAKEYLO_EL1", "always"], ["APIAKEYHI_EL1", "always"], ["APIBKEYLO_EL1", "always"], ["APIBKEYHI_EL1", "always"],
  ["APDAKEYLO_EL1", "always"], ["APDAKEYHI_EL1", "always"], ["APDBKEYLO_EL1", "always"], ["APDBKEYHI_EL1", "always"],
  ["APGAKEYLO_EL1", "always"], ["APGAKEYHI_EL1", "always"],
  ["RGSR_EL1", "always"], ["GCR_EL1", "always"], ["TFSR_EL1", "always"], ["TFSRE0_EL1", "always"],
  ["ZCR_EL1", "always"],
  ["SMCR_EL1", "always"], ["SMPRI_EL1", "always"], ["SVCR", "always"], ["TPIDR2_EL0", "always"],
  ["FPMR", "always"],
  ["GCSCR_EL1", "always"], ["GCSPR_EL1", "always"], ["GCSCRE0_EL1", "always"], ["GCSPR_EL0", "always"],
  ["ACCDATA_EL1", "always"],
  ["SCXTNUM_EL0", "always"], ["SCXTNUM_EL1", "always"],
  // PMUv3, when the vCPU is created with a PMU
  ["PMCR_EL0", "pmu"], ["PMCNTENSET_EL0", "pmu"], ["PMINTENSET_EL1", "pmu"], ["PMOVSSET_EL0", "pmu"],
  ["PMSELR_EL0", "pmu"], ["PMCCNTR_EL0", "pmu"], ["PMCCFILTR_EL0", "pmu"], ["PMUSERENR_EL0", "pmu"],
  // EL2, for a nested VM whose guest hypervisor runs at virtual EL2
  ["HCR_EL2", "nested"], ["HCRX_EL2", "nested"], ["MDCR_EL2", "nested"], ["CPTR_EL2", "nested"],
  ["HSTR_EL2", "nested"], ["HACR_EL2", "nested"], ["SCTLR_EL2", "nested"], ["TTBR0_EL2", "nested"],
  ["TCR_EL2", "nested"], ["VTTBR_EL2", "nested"], ["VTCR_EL2", "nested"], ["ESR_EL2", "nested"],
  ["FAR_EL2", "nested"], ["HPFAR_EL2", "nested"], ["MAIR_EL2", "nested"], ["VBAR_EL2", "nested"],
  ["TPIDR_EL2", "nested"], ["CNTHCTL_EL2", "nested"], ["CNTVOFF_EL2", "nested"], ["VPIDR_EL2", "nested"],
  ["VMPIDR_EL2", "nested"], ["ELR_EL2", "nested"], ["SPSR_EL2", "nested"],
  ["HFGRTR_EL2", "nested"], ["HFGWTR_EL2", "nested"], ["HFGITR_EL2", "nested"], ["HDFGRTR_EL2", "nested"],
  ["HDFGWTR_EL2", "nested"], ["HAFGRTR_EL2", "nested"],
];

/** Every register a vCPU may have, with the catalogue's facts (encoding, feature). */
export const VCPU_SYSREGS: readonly VcpuSysreg[] = LINES.map(([name, condition]) => ({
  info: lookupSysReg(name),
  condition,
}));

export interface VcpuRegisterScope {
  readonly features: FeatureSet;
  readonly pmu: boolean;
  readonly nested: boolean;
}

/** The registers this vCPU has: its condition holds and the VM has every feature the register needs. */
export function visibleSysregs(scope: VcpuRegisterScope): VcpuSysreg[] {
  return VCPU_SYSREGS.filter(
    (r) =>
      (r.condition === "always" || (r.condition === "pmu" ? scope.pmu : scope.nested)) &&
      r.info.features.every((f) => scope.features.has(f)),
  );
}
