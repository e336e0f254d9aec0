// Feature -> control bits: one declarative line per group of bits of a trap-control register and the
// FEAT_* it needs, in the manner of Linux's arch/arm64/kvm/config.c. Polarity is part of each line.
import type { ControlRegister, CptrLayout } from "./controls";
import { ALWAYS, allOf, anyOf, feat, not, type Requirement } from "./requirement";

/**
 * How a control bit acts: `trap` traps when SET, `enable` traps when CLEAR (HCRX_EL2.EnFPM, the nXXX
 * fine-grained bits, CPTR_EL2.FPEN...), `setting` configures without trapping (HCR_EL2.VM, BSU...).
 */
export type ControlKind = "trap" | "enable" | "setting";

/**
 * What the hypervisor wants from the control when the VM has the feature: `pass` lets the guest use it
 * without a trap, `trap` traps it to be emulated, `set`/`clear` fix a setting.
 */
export type ControlPolicy = "pass" | "trap" | "set" | "clear";

export interface ControlRule {
  readonly register: ControlRegister;
  /** The CPTR_EL2 layout this rule belongs to (E2H-dependent bits); absent elsewhere. */
  readonly cptr?: CptrLayout;
  readonly fields: readonly string[];
  readonly needs: Requirement;
  readonly kind: ControlKind;
  readonly policy: ControlPolicy;
  /** The field value for policy `set` (all ones when absent). */
  readonly value?: number;
  /** Can trap, but never makes an access UNDEF: the registers exist on every AArch64 CPU (NEVER_FGU). */
  readonly neverUndef?: true;
  /** The bit reads as one, not zero, when the VM lacks the feature (HCR_EL2.RW without AArch32 EL1). */
  readonly res1WhenAbsent?: true;
  /** Decided by the host alone, not the VM (HCR_EL2.E2H follows the host's VHE mode). */
  readonly hostOnly?: true;
  /** Why the hypervisor sets it so, in a few words. */
  readonly why: string;
}

type Extra = Pick<ControlRule, "value" | "neverUndef" | "res1WhenAbsent" | "hostOnly" | "cptr">;

function rule(
  register: ControlRegister,
  fields: readonly string[],
  needs: Requirement,
  kind: ControlKind,
  policy: ControlPolicy,
  why: string,
  extra: Extra = {},
): ControlRule {
  return { register, fields, needs, kind, policy, why, ...extra };
}

/** Fine-grained bits: an `n` prefix means the bit enables (traps when clear); the guest runs untrapped. */
function fgt(
  register: ControlRegister,
  fields: readonly string[],
  needs: Requirement,
  extra: Extra = {},
): ControlRule[] {
  const negative = fields.filter((f) => /^n[A-Z]/.test(f));
  const positive = fields.filter((f) => !/^n[A-Z]/.test(f));
  const out: ControlRule[] = [];
  if (negative.length > 0)
    out.push(rule(register, negative, needs, "enable", "pass", "guest uses it untrapped", extra));
  if (positive.length > 0) out.push(rule(register, positive, needs, "trap", "pass", "guest uses it untrapped", extra));
  return out;
}

const NEVER_UNDEF: Extra = { neverUndef: true };

const CSV2_2 = anyOf(feat("CSV2_2"), feat("CSV2_1p2"));
const RASV1P1 = anyOf(feat("RASv1p1"), feat("RASv2"));
const PAUTH = feat("PAuth");
const NV2_ONLY_E2H1 = allOf(feat("NV2"), not(feat("E2H0")));

/** HCR_EL2: every field, grouped by the feature that defines it. */
export const HCR_RULES: readonly ControlRule[] = [
  rule("HCR_EL2", ["TID0"], feat("AA32EL0"), "trap", "clear", "AArch32 ID registers are not trapped"),
  rule("HCR_EL2", ["RW"], feat("AA32EL1"), "setting", "clear", "EL1 is AArch64", { res1WhenAbsent: true }),
  rule("HCR_EL2", ["HCD"], not(feat("AA64EL3")), "setting", "clear", "HVC stays enabled for PSCI"),
  rule(
    "HCR_EL2",
    ["VM", "SWIO", "PTW", "FB", "AMO", "IMO", "FMO"],
    ALWAYS,
    "setting",
    "set",
    "stage 2 and physical interrupts to EL2",
  ),
  rule("HCR_EL2", ["BSU"], ALWAYS, "setting", "set", "barriers upgraded to inner shareable", { value: 1 }),
  rule(
    "HCR_EL2",
    ["TSC", "TWI", "TWE", "TACR", "TIDCP", "TSW", "TID3", "TID2"],
    ALWAYS,
    "trap",
    "trap",
    "emulated by the hypervisor",
  ),
  rule(
    "HCR_EL2",
    ["TID1", "TVM", "TRVM", "TPCP", "TPU", "TTLB", "TDZ"],
    ALWAYS,
    "trap",
    "pass",
    "guest runs them untrapped",
  ),
  rule(
    "HCR_EL2",
    ["TGE", "DC", "ID", "CD", "VI", "VF", "VSE", "MIOCNCE"],
    ALWAYS,
    "setting",
    "clear",
    "not used for a guest",
  ),
  rule("HCR_EL2", ["AMVOFFEN"], feat("AMUv1p1"), "setting", "clear", "no virtual AMU offsets"),
  rule("HCR_EL2", ["EnSCXT"], CSV2_2, "enable", "pass", "SCXTNUM_ELx accessible"),
  rule("HCR_EL2", ["TICAB", "TOCU", "TID4"], feat("EVT"), "trap", "pass", "guest runs them untrapped"),
  rule("HCR_EL2", ["TTLBIS", "TTLBOS"], feat("EVT"), "trap", "pass", "guest runs them untrapped"),
  rule("HCR_EL2", ["TLOR"], feat("LOR"), "trap", "trap", "LORegions emulated as RAZ/WI"),
  rule("HCR_EL2", ["ATA"], feat("MTE2"), "enable", "pass", "allocation tags accessible"),
  rule("HCR_EL2", ["DCT"], feat("MTE2"), "setting", "clear", "not used for a guest"),
  rule("HCR_EL2", ["TID5"], feat("MTE2"), "trap", "pass", "GMID_EL1 read untrapped"),
  rule("HCR_EL2", ["NV", "NV2", "AT"], feat("NV2"), "trap", "clear", "set only while a guest hypervisor runs"),
  rule("HCR_EL2", ["NV1"], NV2_ONLY_E2H1, "trap", "clear", "set only while a guest hypervisor runs"),
  rule("HCR_EL2", ["API", "APK"], PAUTH, "enable", "pass", "pointer authentication untrapped"),
  rule("HCR_EL2", ["TERR"], feat("RAS"), "trap", "trap", "error records emulated"),
  rule("HCR_EL2", ["TEA"], feat("RAS"), "setting", "set", "external aborts routed to EL2"),
  rule("HCR_EL2", ["FIEN"], RASV1P1, "enable", "trap", "fault injection emulated"),
  rule("HCR_EL2", ["GPF"], feat("RME"), "setting", "clear", "no granule protection faults to EL2"),
  rule("HCR_EL2", ["FWB"], feat("S2FWB"), "setting", "set", "stage 2 forces write-back"),
  rule("HCR_EL2", ["TME"], feat("TME"), "enable", "pass", "TME instructions untrapped"),
  rule("HCR_EL2", ["TWEDEn", "TWEDEL"], feat("TWED"), "setting", "clear", "default WFE trap delay"),
  rule("HCR_EL2", ["E2H"], feat("VHE"), "setting", "set", "the host runs in VHE mode", { hostOnly: true }),
];

/** HCRX_EL2: exists with FEAT_HCX; mostly enable bits that trap when CLEAR. */
export const HCRX_RULES: readonly ControlRule[] = [
  rule("HCRX_EL2", ["PACMEn"], feat("PAuth_LR"), "setting", "set", "PACM permitted"),
  rule("HCRX_EL2", ["EnFPM"], feat("FPMR"), "enable", "pass", "FPMR accessible"),
  rule("HCRX_EL2", ["GCSEn"], feat("GCS"), "enable", "pass", "GCS registers accessible"),
  rule("HCRX_EL2", ["EnIDCP128"], feat("SYSREG128"), "enable", "trap", "IMPDEF 128-bit registers UNDEF"),
  rule("HCRX_EL2", ["EnSDERR"], feat("ADERR"), "setting", "clear", "not used for a guest"),
  rule("HCRX_EL2", ["TMEA"], feat("DoubleFault2"), "trap", "clear", "masked external aborts not trapped"),
  rule("HCRX_EL2", ["EnSNERR"], feat("ANERR"), "setting", "clear", "not used for a guest"),
  rule("HCRX_EL2", ["D128En"], feat("D128"), "enable", "pass", "128-bit MRRS/MSRR untrapped"),
  rule("HCRX_EL2", ["PTTWI"], feat("THE"), "setting", "clear", "not used for a guest"),
  rule("HCRX_EL2", ["SCTLR2En"], feat("SCTLR2"), "enable", "pass", "SCTLR2_EL1 accessible"),
  rule("HCRX_EL2", ["TCR2En"], feat("TCR2"), "enable", "pass", "TCR2_EL1 accessible"),
  rule("HCRX_EL2", ["MSCEn"], feat("MOPS"), "enable", "pass", "memory copy/set instructions untrapped"),
  rule("HCRX_EL2", ["MCE2"], feat("MOPS"), "trap", "clear", "MOPS exceptions go to EL1"),
  rule("HCRX_EL2", ["CMOW"], feat("CMOW"), "setting", "clear", "not used for a guest"),
  rule("HCRX_EL2", ["VFNMI", "VINMI"], feat("NMI"), "setting", "clear", "no virtual NMI pending"),
  rule("HCRX_EL2", ["TALLINT"], feat("NMI"), "trap", "clear", "ALLINT writes untrapped"),
  rule("HCRX_EL2", ["SMPME"], feat("SME"), "setting", "clear", "no streaming-mode priority mapping"),
  rule("HCRX_EL2", ["FGTnXS", "FnXS"], feat("XS"), "setting", "clear", "nXS TLBIs follow the normal controls"),
  rule("HCRX_EL2", ["EnASR"], feat("LS64_V"), "enable", "pass", "ST64BV untrapped"),
  rule("HCRX_EL2", ["EnALS"], feat("LS64"), "enable", "pass", "LD64B/ST64B untrapped"),
  rule("HCRX_EL2", ["EnAS0"], feat("LS64_ACCDATA"), "enable", "pass", "ST64BV0 untrapped"),
  rule("HCRX_EL2", ["SRMASKEn"], feat("SRMASK"), "enable", "pass", "mask registers accessible"),
  rule(
    "HCRX_EL2",
    ["NVTGE", "NVnTTLB", "NVnTTLBIS", "NVnTTLBOS"],
    feat("NV2p1"),
    "setting",
    "clear",
    "set only while a guest hypervisor runs",
  ),
];

/** CPTR_EL2 with E2H=0: trap bits that trap when SET. */
export const CPTR_NVHE_RULES: readonly ControlRule[] = [
  rule("CPTR_EL2", ["TCPAC"], ALWAYS, "trap", "pass", "CPACR_EL1 accessed untrapped", { cptr: "E2H=0" }),
  rule("CPTR_EL2", ["TAM"], feat("AMUv1"), "trap", "pass", "activity monitors untrapped", { cptr: "E2H=0" }),
  rule("CPTR_EL2", ["TTA"], ALWAYS, "trap", "trap", "trace registers emulated", { cptr: "E2H=0" }),
  rule("CPTR_EL2", ["TFP"], feat("FP"), "trap", "pass", "FP/SIMD untrapped", { cptr: "E2H=0" }),
  rule("CPTR_EL2", ["TZ"], feat("SVE"), "trap", "pass", "SVE untrapped", { cptr: "E2H=0" }),
  rule("CPTR_EL2", ["TSM"], feat("SME"), "trap", "pass", "SME untrapped", { cptr: "E2H=0" }),
];

/** CPTR_EL2 with E2H=1 (the CPACR_EL1 layout): two-bit enable fields that trap unless 0b11. */
export const CPTR_VHE_RULES: readonly ControlRule[] = [
  rule("CPTR_EL2", ["TCPAC"], ALWAYS, "trap", "pass", "CPACR_EL1 accessed untrapped", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["TAM"], feat("AMUv1"), "trap", "pass", "activity monitors untrapped", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["TTA"], ALWAYS, "trap", "trap", "trace registers emulated", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["E0POE"], feat("S1POE"), "enable", "pass", "POR_EL0 accessible at EL0", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["FPEN"], feat("FP"), "enable", "pass", "FP/SIMD untrapped", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["ZEN"], feat("SVE"), "enable", "pass", "SVE untrapped", { cptr: "E2H=1" }),
  rule("CPTR_EL2", ["SMEN"], feat("SME"), "enable", "pass", "SME untrapped", { cptr: "E2H=1" }),
];

/** MDCR_EL2: debug, PMU, SPE and trace controls. */
export const MDCR_RULES: readonly ControlRule[] = [
  rule("MDCR_EL2", ["TDA", "TDOSA", "TDRA"], ALWAYS, "trap", "trap", "debug state switched lazily"),
  rule("MDCR_EL2", ["TDE"], ALWAYS, "trap", "clear", "debug exceptions stay at EL1"),
  rule("MDCR_EL2", ["HPMN"], feat("PMUv3"), "setting", "set", "every counter belongs to the guest", { value: 31 }),
  rule("MDCR_EL2", ["TPM", "TPMCR"], feat("PMUv3"), "trap", "trap", "the PMU is emulated"),
  rule("MDCR_EL2", ["HPME"], feat("PMUv3"), "setting", "clear", "no EL2 counters"),
  rule("MDCR_EL2", ["HPMD"], feat("PMUv3p1"), "setting", "set", "no counting at EL2"),
  rule("MDCR_EL2", ["E2PB"], feat("SPE"), "enable", "trap", "profiling buffer owned by EL2"),
  rule("MDCR_EL2", ["TPMS"], feat("SPE"), "trap", "trap", "profiling emulated"),
  rule("MDCR_EL2", ["EnSPM"], feat("SPMU"), "enable", "trap", "system PMU not virtualised"),
  rule("MDCR_EL2", ["TTRF"], feat("TRF"), "trap", "trap", "trace filter emulated"),
  rule("MDCR_EL2", ["HCCD", "HLP"], feat("PMUv3p5"), "setting", "set", "no cycle counting at EL2; 64-bit counters"),
  rule("MDCR_EL2", ["E2TB"], feat("TRBE"), "enable", "trap", "trace buffer owned by EL2"),
  rule("MDCR_EL2", ["TDCC"], feat("FGT"), "trap", "clear", "DCC registers untrapped"),
  rule("MDCR_EL2", ["MTPME"], feat("MTPMU"), "setting", "clear", "no multithreaded PMU events"),
  rule("MDCR_EL2", ["HPMFZO"], feat("PMUv3p7"), "setting", "clear", "no freeze on overflow"),
  rule("MDCR_EL2", ["PMSSE"], feat("PMUv3_SS"), "setting", "clear", "no snapshots"),
  rule("MDCR_EL2", ["HPMFZS"], feat("SPEv1p2"), "setting", "clear", "no freeze on SPE event"),
  rule("MDCR_EL2", ["PMEE"], feat("EBEP"), "setting", "clear", "PMU exceptions disabled"),
  rule("MDCR_EL2", ["EBWE"], feat("Debugv8p9"), "setting", "clear", "no extended breakpoints"),
  rule("MDCR_EL2", ["EnSTEPOP"], feat("STEP2"), "enable", "pass", "MDSTEPOP_EL1 accessible"),
];

const HFG_READ_AND_WRITE = ["HFGRTR_EL2", "HFGWTR_EL2"] as const;
const HDFG_READ_AND_WRITE = ["HDFGRTR_EL2", "HDFGWTR_EL2"] as const;
const HDFG2 = ["HDFGRTR2_EL2", "HDFGWTR2_EL2"] as const;

/** Fine-grained rules for a field list, keeping only the fields each register of the pair defines. */
function fgtPair(
  registers: readonly ControlRegister[],
  fields: readonly string[],
  needs: Requirement,
  present: (register: ControlRegister, field: string) => boolean,
  extra: Extra = {},
): ControlRule[] {
  return registers.flatMap((r) => {
    const own = fields.filter((f) => present(r, f));
    return own.length === 0 ? [] : fgt(r, own, needs, extra);
  });
}

/** Fields that one register of a read/write pair lacks (the write register has no ID-register bits...). */
const NOT_IN: Readonly<Record<string, readonly string[]>> = {
  HFGWTR_EL2: [
    "ERXPFGF_EL1",
    "ERXFR_EL1",
    "ERRIDR_EL1",
    "REVIDR_EL1",
    "MPIDR_EL1",
    "MIDR_EL1",
    "LORID_EL1",
    "ISR_EL1",
    "DCZID_EL0",
    "CTR_EL0",
    "CLIDR_EL1",
    "CCSIDR_EL1",
    "AIDR_EL1",
  ],
  HDFGWTR_EL2: [
    "PMBIDR_EL1",
    "nBRBIDR",
    "PMCEIDn_EL0",
    "TRBIDR_EL1",
    "TRCSTATR",
    "TRCOSLSR",
    "TRCID",
    "TRCAUTHSTATUS",
    "PMSIDR_EL1",
    "PMMIR_EL1",
    "OSLSR_EL1",
    "DBGAUTHSTATUS_EL1",
  ],
  HDFGRTR_EL2: ["TRFCR_EL1", "TRCOSLAR", "PMCR_EL0", "PMSWINC_EL0", "OSLAR_EL1"],
  HFGWTR2_EL2: ["nERXGSR_EL1"],
  HDFGWTR2_EL2: ["nSPMDEVAFF_EL1", "nSPMID", "nPMSSDATA"],
  HDFGRTR2_EL2: ["nPMZR_EL0"],
};

function inRegister(register: ControlRegister, field: string): boolean {
  return !(NOT_IN[register] ?? []).includes(field);
}

/** Every fine-grained trap register (FGT and FGT2), by the feature each group of bits needs. */
export const FGT_RULES: readonly ControlRule[] = [
  ...fgtPair(HFG_READ_AND_WRITE, ["nAMAIR2_EL1", "nMAIR2_EL1"], feat("AIE"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nS2POR_EL1"], feat("S2POE"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nPOR_EL1", "nPOR_EL0"], feat("S1POE"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nPIR_EL1", "nPIRE0_EL1"], feat("S1PIE"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nRCWMASK_EL1"], feat("THE"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nTPIDR2_EL0", "nSMPRI_EL1"], feat("SME"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nGCS_EL1", "nGCS_EL0"], feat("GCS"), inRegister),
  ...fgtPair(HFG_READ_AND_WRITE, ["nACCDATA_EL1"], feat("LS64_ACCDATA"), inRegister),
  ...fgtPair(
    HFG_READ_AND_WRITE,
    ["ERXADDR_EL1", "ERXMISCn_EL1", "ERXSTATUS_EL1", "ERXCTLR_EL1", "ERXFR_EL1", "ERRSELR_EL1", "ERRIDR_EL1"],
    feat("RAS"),
    inRegister,
  ),
  ...fgtPair(HFG_READ_AND_WRITE, ["ERXPFGCDN_EL1", "ERXPFGCTL_EL1", "ERXPFGF_EL1"], RASV1P1, inRegister),
  // The GIC CPU interface is part of every a64vm VM (the virt board has a GICv3).
  ...fgtPair(HFG_READ_AND_WRITE, ["ICC_IGRPENn_EL1"], ALWAYS, inRegister, NEVER_UNDEF),
  ...fgtPair(HFG_READ_AND_WRITE, ["SCXTNUM_EL0", "SCXTNUM_EL1"], CSV2_2, inRegister),
  ...fgtPair(
    HFG_READ_AND_WRITE,
    ["LORSA_EL1", "LORN_EL1", "LORID_EL1", "LOREA_EL1", "LORC_EL1"],
    feat("LOR"),
    inRegister,
  ),
  ...fgtPair(HFG_READ_AND_WRITE, ["APIBKey", "APIAKey", "APGAKey", "APDBKey", "APDAKey"], PAUTH, inRegister),
  ...fgtPair(
    HFG_READ_AND_WRITE,
    [
      "VBAR_EL1",
      "TTBR1_EL1",
      "TTBR0_EL1",
      "TPIDR_EL0",
      "TPIDRRO_EL0",
      "TPIDR_EL1",
      "TCR_EL1",
      "SCTLR_EL1",
      "REVIDR_EL1",
      "PAR_EL1",
      "MPIDR_EL1",
      "MIDR_EL1",
      "MAIR_EL1",
      "ISR_EL1",
      "FAR_EL1",
      "ESR_EL1",
      "DCZID_EL0",
      "CTR_EL0",
      "CSSELR_EL1",
      "CPACR_EL1",
      "CONTEXTIDR_EL1",
      "CLIDR_EL1",
      "CCSIDR_EL1",
      "AMAIR_EL1",
      "AIDR_EL1",
      "AFSR1_EL1",
      "AFSR0_EL1",
    ],
    ALWAYS,
    inRegister,
    NEVER_UNDEF,
  ),

  ...fgt("HFGITR_EL2", ["PSBCSYNC"], feat("SPEv1p5")),
  ...fgt("HFGITR_EL2", ["ATS1E1A"], feat("ATS1A")),
  ...fgt("HFGITR_EL2", ["COSPRCTX"], feat("SPECRES2")),
  ...fgt("HFGITR_EL2", ["nGCSEPP", "nGCSSTR_EL1", "nGCSPUSHM_EL1"], feat("GCS")),
  ...fgt("HFGITR_EL2", ["nBRBIALL", "nBRBINJ"], feat("BRBE")),
  ...fgt("HFGITR_EL2", ["CPPRCTX", "DVPRCTX", "CFPRCTX"], feat("SPECRES")),
  ...fgt(
    "HFGITR_EL2",
    [
      "TLBIRVAALE1",
      "TLBIRVALE1",
      "TLBIRVAAE1",
      "TLBIRVAE1",
      "TLBIRVAALE1IS",
      "TLBIRVALE1IS",
      "TLBIRVAAE1IS",
      "TLBIRVAE1IS",
      "TLBIRVAALE1OS",
      "TLBIRVALE1OS",
      "TLBIRVAAE1OS",
      "TLBIRVAE1OS",
    ],
    feat("TLBIRANGE"),
  ),
  ...fgt(
    "HFGITR_EL2",
    ["TLBIVAALE1OS", "TLBIVALE1OS", "TLBIVAAE1OS", "TLBIASIDE1OS", "TLBIVAE1OS", "TLBIVMALLE1OS"],
    feat("TLBIOS"),
  ),
  ...fgt("HFGITR_EL2", ["ATS1E1WP", "ATS1E1RP"], feat("PAN2")),
  ...fgt("HFGITR_EL2", ["DCCVADP"], feat("DPB2")),
  ...fgt("HFGITR_EL2", ["DCCVAP"], feat("DPB")),
  ...fgt(
    "HFGITR_EL2",
    [
      "DCCVAC",
      "SVC_EL1",
      "SVC_EL0",
      "ERET",
      "TLBIVAALE1",
      "TLBIVALE1",
      "TLBIVAAE1",
      "TLBIASIDE1",
      "TLBIVAE1",
      "TLBIVMALLE1",
      "TLBIVAALE1IS",
      "TLBIVALE1IS",
      "TLBIVAAE1IS",
      "TLBIASIDE1IS",
      "TLBIVAE1IS",
      "TLBIVMALLE1IS",
      "ATS1E0W",
      "ATS1E0R",
      "ATS1E1W",
      "ATS1E1R",
      "DCZVA",
      "DCCIVAC",
      "DCCVAU",
      "DCCISW",
      "DCCSW",
      "DCISW",
      "DCIVAC",
      "ICIVAU",
      "ICIALLU",
      "ICIALLUIS",
    ],
    ALWAYS,
    NEVER_UNDEF,
  ),

  ...fgtPair(
    HDFG_READ_AND_WRITE,
    [
      "PMBIDR_EL1",
      "PMSLATFR_EL1",
      "PMSIRR_EL1",
      "PMSIDR_EL1",
      "PMSICR_EL1",
      "PMSFCR_EL1",
      "PMSEVFR_EL1",
      "PMSCR_EL1",
      "PMBSR_EL1",
      "PMBPTR_EL1",
      "PMBLIMITR_EL1",
    ],
    feat("SPE"),
    inRegister,
  ),
  ...fgtPair(HDFG_READ_AND_WRITE, ["nPMSNEVFR_EL1"], feat("SPE_FnE"), inRegister),
  ...fgtPair(HDFG_READ_AND_WRITE, ["nBRBDATA", "nBRBCTL", "nBRBIDR"], feat("BRBE"), inRegister),
  ...fgtPair(
    HDFG_READ_AND_WRITE,
    [
      "TRCVICTLR",
      "TRCSTATR",
      "TRCSSCSRn",
      "TRCSEQSTR",
      "TRCPRGCTLR",
      "TRCOSLSR",
      "TRCOSLAR",
      "TRCIMSPECn",
      "TRCID",
      "TRCCNTVRn",
      "TRCCLAIM",
      "TRCAUXCTLR",
      "TRCAUTHSTATUS",
      "TRC",
    ],
    feat("TRC_SR"),
    inRegister,
  ),
  ...fgtPair(
    HDFG_READ_AND_WRITE,
    [
      "PMCEIDn_EL0",
      "PMUSERENR_EL0",
      "PMMIR_EL1",
      "PMSELR_EL0",
      "PMOVS",
      "PMINTEN",
      "PMCNTEN",
      "PMCCNTR_EL0",
      "PMCCFILTR_EL0",
      "PMEVTYPERn_EL0",
      "PMEVCNTRn_EL0",
      "PMCR_EL0",
      "PMSWINC_EL0",
    ],
    feat("PMUv3"),
    inRegister,
  ),
  ...fgtPair(
    HDFG_READ_AND_WRITE,
    ["TRBTRG_EL1", "TRBSR_EL1", "TRBPTR_EL1", "TRBMAR_EL1", "TRBLIMITR_EL1", "TRBIDR_EL1", "TRBBASER_EL1"],
    feat("TRBE"),
    inRegister,
  ),
  ...fgtPair(HDFG_READ_AND_WRITE, ["OSDLR_EL1"], feat("DoubleLock"), inRegister, NEVER_UNDEF),
  ...fgtPair(
    HDFG_READ_AND_WRITE,
    [
      "OSECCR_EL1",
      "OSLSR_EL1",
      "OSLAR_EL1",
      "DBGPRCR_EL1",
      "DBGAUTHSTATUS_EL1",
      "DBGCLAIM",
      "MDSCR_EL1",
      "DBGWVRn_EL1",
      "DBGWCRn_EL1",
      "DBGBVRn_EL1",
      "DBGBCRn_EL1",
    ],
    ALWAYS,
    inRegister,
    NEVER_UNDEF,
  ),
  ...fgtPair(HDFG_READ_AND_WRITE, ["TRFCR_EL1"], feat("TRF"), inRegister),

  ...fgt(
    "HAFGRTR_EL2",
    [
      ...[0, 1, 2, 3].map((n) => `AMEVCNTR0${n}_EL0`),
      ...Array.from({ length: 16 }, (_, n) => `AMEVCNTR1${n}_EL0`),
      ...Array.from({ length: 16 }, (_, n) => `AMEVTYPER1${n}_EL0`),
      "AMCNTEN0",
      "AMCNTEN1",
    ],
    feat("AMUv1"),
  ),

  ...fgt("HFGITR2_EL2", ["nDCCIVAPS"], feat("PoPS")),
  ...fgt("HFGITR2_EL2", ["TSBCSYNC"], feat("TRBEv1p1")),
  ...fgtPair(["HFGRTR2_EL2", "HFGWTR2_EL2"], ["nPFAR_EL1"], feat("PFAR"), inRegister),
  ...fgtPair(["HFGRTR2_EL2", "HFGWTR2_EL2"], ["nERXGSR_EL1"], feat("RASv2"), inRegister),
  ...fgtPair(
    ["HFGRTR2_EL2", "HFGWTR2_EL2"],
    [
      "nACTLRALIAS_EL1",
      "nACTLRMASK_EL1",
      "nCPACRALIAS_EL1",
      "nCPACRMASK_EL1",
      "nSCTLR2MASK_EL1",
      "nSCTLRALIAS2_EL1",
      "nSCTLRALIAS_EL1",
      "nSCTLRMASK_EL1",
      "nTCR2ALIAS_EL1",
      "nTCR2MASK_EL1",
      "nTCRALIAS_EL1",
      "nTCRMASK_EL1",
    ],
    feat("SRMASK"),
    inRegister,
  ),
  ...fgtPair(["HFGRTR2_EL2", "HFGWTR2_EL2"], ["nRCWSMASK_EL1"], feat("THE"), inRegister),
  ...fgtPair(HDFG2, ["nMDSELR_EL1"], feat("Debugv8p9"), inRegister),
  ...fgtPair(HDFG2, ["nPMECR_EL1"], anyOf(feat("EBEP"), feat("PMUv3_SS")), inRegister),
  ...fgtPair(HDFG2, ["nTRCITECR_EL1"], feat("ITE"), inRegister),
  ...fgtPair(HDFG2, ["nPMICFILTR_EL0", "nPMICNTR_EL0"], feat("PMUv3_ICNTR"), inRegister),
  ...fgtPair(HDFG2, ["nPMUACR_EL1", "nPMZR_EL0"], feat("PMUv3p9"), inRegister),
  ...fgtPair(HDFG2, ["nPMSSCR_EL1", "nPMSSDATA"], feat("PMUv3_SS"), inRegister),
  ...fgtPair(HDFG2, ["nPMIAR_EL1"], feat("SEBEP"), inRegister),
  ...fgtPair(HDFG2, ["nPMSDSFR_EL1"], feat("SPE_FDS"), inRegister),
  ...fgtPair(HDFG2, ["nPMBMAR_EL1"], feat("SPE_nVM"), inRegister),
  ...fgtPair(
    HDFG2,
    [
      "nSPMACCESSR_EL1",
      "nSPMCNTEN",
      "nSPMCR_EL0",
      "nSPMDEVAFF_EL1",
      "nSPMEVCNTRn_EL0",
      "nSPMEVTYPERn_EL0",
      "nSPMID",
      "nSPMINTEN",
      "nSPMOVS",
      "nSPMSCR_EL1",
      "nSPMSELR_EL0",
    ],
    feat("SPMU"),
    inRegister,
  ),
  ...fgtPair(HDFG2, ["nMDSTEPOP_EL1"], feat("STEP2"), inRegister),
  ...fgtPair(HDFG2, ["nTRBMPAM_EL1"], feat("TRBE_MPAM"), inRegister),
];

/** Every rule of every trap-control register. */
export const CONTROL_RULES: readonly ControlRule[] = [
  ...HCR_RULES,
  ...HCRX_RULES,
  ...CPTR_NVHE_RULES,
  ...CPTR_VHE_RULES,
  ...MDCR_RULES,
  ...FGT_RULES,
];
