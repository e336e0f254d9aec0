// Field layouts of the control, FP/SIMD/SVE/SME, exception and timer registers, from the Arm ARM
// (DDI 0487) register descriptions. ID registers and trap controls live in their own files.
import type { RegisterField, RegisterLayout } from "../layout";
import { bit, field, layout, layoutsFor } from "./define";

/** FPMR.F8S1/F8S2/F8D: the FP8 format of an operand or result. */
const FP8_FORMAT = { E5M2: 0, E4M3: 1 };

const FPMR = layout("FPMR", [
  field("F8S1", 2, 0, { values: FP8_FORMAT, description: "format of the first FP8 source" }),
  field("F8S2", 5, 3, { values: FP8_FORMAT, description: "format of the second FP8 source" }),
  field("F8D", 8, 6, { values: FP8_FORMAT, description: "format of the FP8 destination" }),
  bit("OSM", 14, "overflow saturation for multiplication results"),
  bit("OSC", 15, "overflow saturation for conversion results"),
  field("LSCALE", 22, 16, { description: "left scale for FP8/FP16 to FP32 conversions" }),
  field("NSCALE", 31, 24, { signed: true, description: "scale for FP32 to FP8 narrowing conversions" }),
  field("LSCALE2", 37, 32, { description: "left scale for the second half of widening conversions" }),
]);

const FPCR = layout("FPCR", [
  bit("FIZ", 0, "flush inputs to zero (FEAT_AFP)"),
  bit("AH", 1, "alternate handling (FEAT_AFP)"),
  bit("NEP", 2, "scalar results keep the upper vector elements (FEAT_AFP)"),
  bit("IOE", 8, "invalid operation exception enable"),
  bit("DZE", 9, "divide by zero exception enable"),
  bit("OFE", 10, "overflow exception enable"),
  bit("UFE", 11, "underflow exception enable"),
  bit("IXE", 12, "inexact exception enable"),
  bit("EBF", 13, "extended BFloat16 behaviour (FEAT_EBF16)"),
  bit("IDE", 15, "input denormal exception enable"),
  field("Len", 18, 16, { description: "AArch32 vector length" }),
  bit("FZ16", 19, "flush half-precision to zero"),
  field("Stride", 21, 20, { description: "AArch32 vector stride" }),
  field("RMode", 23, 22, { values: { RN: 0, RP: 1, RM: 2, RZ: 3 }, description: "rounding mode" }),
  bit("FZ", 24, "flush to zero"),
  bit("DN", 25, "default NaN"),
  bit("AHP", 26, "alternative half-precision"),
]);

const FPSR = layout("FPSR", [
  bit("IOC", 0, "invalid operation, cumulative"),
  bit("DZC", 1, "divide by zero, cumulative"),
  bit("OFC", 2, "overflow, cumulative"),
  bit("UFC", 3, "underflow, cumulative"),
  bit("IXC", 4, "inexact, cumulative"),
  bit("IDC", 7, "input denormal, cumulative"),
  bit("QC", 27, "saturation, cumulative"),
  bit("V", 28, "AArch32 overflow flag"),
  bit("C", 29, "AArch32 carry flag"),
  bit("Z", 30, "AArch32 zero flag"),
  bit("N", 31, "AArch32 negative flag"),
]);

const SVCR = layout("SVCR", [bit("SM", 0, "streaming SVE mode"), bit("ZA", 1, "ZA storage enabled")]);

// ZCR_ELx.LEN bits [8:4] read as zero and ignore writes: reserved for future vector lengths.
const ZCR = layoutsFor(
  ["ZCR_EL1", "ZCR_EL2", "ZCR_EL3"],
  [field("LEN", 3, 0, { description: "requested SVE vector length = (LEN+1) x 128 bits" })],
);

const SMCR = layoutsFor(
  ["SMCR_EL1", "SMCR_EL2", "SMCR_EL3"],
  [
    field("LEN", 3, 0, { description: "requested streaming vector length = (LEN+1) x 128 bits" }),
    bit("EZT0", 30, "ZT0 is accessible (FEAT_SME2)"),
    bit("FA64", 31, "full A64 in streaming mode (FEAT_SME_FA64)"),
  ],
);

/** CPACR_EL1.ZEN/FPEN/SMEN: which levels trap. */
const TRAP_ENABLE = { TRAP_EL0_EL1: 0, TRAP_EL0: 1, TRAP_EL0_EL1_ALT: 2, NO_TRAP: 3 };

const CPACR_EL1 = layout("CPACR_EL1", [
  field("ZEN", 17, 16, { values: TRAP_ENABLE, description: "SVE instruction and register traps" }),
  field("FPEN", 21, 20, { values: TRAP_ENABLE, description: "FP/SIMD instruction and register traps" }),
  field("SMEN", 25, 24, { values: TRAP_ENABLE, description: "SME instruction and register traps" }),
  bit("TTA", 28, "trap trace register accesses"),
  bit("E0POE", 29, "EL0 permission overlays enabled (FEAT_S1POE)"),
  bit("TAM", 30, "trap activity monitor accesses"),
  bit("TCPAC", 31, "trap CPACR accesses from EL1 (with VHE)"),
]);

const TAG_CHECK_FAULT = { NONE: 0, SYNC: 1, ASYNC: 2, ASYMM: 3 };

/** SCTLR_EL1, and SCTLR_EL2 when HCR_EL2.{E2H,TGE} = {1,1}. */
const SCTLR_FIELDS: readonly RegisterField[] = [
  bit("M", 0, "stage 1 MMU enable"),
  bit("A", 1, "alignment check enable"),
  bit("C", 2, "data cacheability"),
  bit("SA", 3, "SP alignment check"),
  bit("SA0", 4, "EL0 SP alignment check"),
  bit("CP15BEN", 5, "AArch32 CP15 barrier enable"),
  bit("nAA", 6, "non-aligned access (FEAT_LSE2)"),
  bit("ITD", 7, "AArch32 IT disable"),
  bit("SED", 8, "AArch32 SETEND disable"),
  bit("UMA", 9, "EL0 DAIF access"),
  bit("EnRCTX", 10, "EL0 prediction restriction instructions (FEAT_SPECRES)"),
  bit("EOS", 11, "exception exit is context synchronising (FEAT_ExS)"),
  bit("I", 12, "instruction cacheability"),
  bit("EnDB", 13, "pointer authentication, data key B"),
  bit("DZE", 14, "EL0 DC ZVA"),
  bit("UCT", 15, "EL0 CTR_EL0 access"),
  bit("nTWI", 16, "WFI does not trap from EL0"),
  bit("nTWE", 18, "WFE does not trap from EL0"),
  bit("WXN", 19, "write permission implies XN"),
  bit("TSCXT", 20, "trap EL0 SCXTNUM_EL0 accesses"),
  bit("IESB", 21, "implicit error synchronisation barrier"),
  bit("EIS", 22, "exception entry is context synchronising (FEAT_ExS)"),
  bit("SPAN", 23, "set PSTATE.PAN on exception entry"),
  bit("E0E", 24, "EL0 data endianness"),
  bit("EE", 25, "data endianness"),
  bit("UCI", 26, "EL0 cache maintenance"),
  bit("EnDA", 27, "pointer authentication, data key A"),
  bit("nTLSMD", 28, "no trap of AArch32 load/store multiple to device memory"),
  bit("LSMAOE", 29, "AArch32 load/store multiple atomicity and ordering"),
  bit("EnIB", 30, "pointer authentication, instruction key B"),
  bit("EnIA", 31, "pointer authentication, instruction key A"),
  bit("CMOW", 32, "cache maintenance needs write permission (FEAT_CMOW)"),
  bit("MSCEn", 33, "memory copy and set instructions at EL0 (FEAT_MOPS)"),
  bit("EnFPM", 34, "FPMR accessible at EL0 (FEAT_FPMR)"),
  bit("BT0", 35, "EL0 PACIxSP are not compatible with BTYPE 3 (FEAT_BTI)"),
  bit("BT1", 36, "PACIxSP are not compatible with BTYPE 3 (FEAT_BTI)"),
  bit("ITFSB", 37, "tag check faults synchronised on exception entry (FEAT_MTE2)"),
  field("TCF0", 39, 38, { values: TAG_CHECK_FAULT, description: "EL0 tag check fault behaviour" }),
  field("TCF", 41, 40, { values: TAG_CHECK_FAULT, description: "tag check fault behaviour" }),
  bit("ATA0", 42, "EL0 allocation tag access"),
  bit("ATA", 43, "allocation tag access"),
  bit("DSSBS", 44, "PSTATE.SSBS on exception entry"),
  bit("TWEDEn", 45, "WFE trap delay enable (FEAT_TWED)"),
  field("TWEDEL", 49, 46, { description: "WFE trap delay = 2^(TWEDEL+8) cycles" }),
  bit("TMT0", 50, "EL0 TSTART restricted (FEAT_TME)"),
  bit("TMT", 51, "TSTART restricted (FEAT_TME)"),
  bit("TME0", 52, "EL0 transactional memory enable"),
  bit("TME", 53, "transactional memory enable"),
  bit("EnASR", 54, "EL0 ST64BV (FEAT_LS64_V)"),
  bit("EnAS0", 55, "EL0 ST64BV0 (FEAT_LS64_ACCDATA)"),
  bit("EnALS", 56, "EL0 LD64B/ST64B (FEAT_LS64)"),
  bit("EPAN", 57, "enhanced PAN (FEAT_PAN3)"),
  bit("TCSO0", 58, "EL0 tag checking store only (FEAT_MTE_STORE_ONLY)"),
  bit("TCSO", 59, "tag checking store only (FEAT_MTE_STORE_ONLY)"),
  bit("EnTP2", 60, "EL0 TPIDR2_EL0 access (FEAT_SME)"),
  bit("NMI", 61, "non-maskable interrupts (FEAT_NMI)"),
  bit("SPINTMASK", 62, "SP_ELx interrupt mask (FEAT_NMI)"),
  bit("TIDCP", 63, "trap EL0 IMPLEMENTATION DEFINED accesses (FEAT_TIDCP1)"),
];

// With E2H=0 SCTLR_EL2 controls EL2 alone: the EL0 bits are RES1 or RES0.
const SCTLR_EL2_NVHE_RES1 =
  (1n << 4n) |
  (1n << 5n) |
  (1n << 11n) |
  (1n << 16n) |
  (1n << 18n) |
  (1n << 22n) |
  (1n << 23n) |
  (1n << 28n) |
  (1n << 29n);
const SCTLR_EL2_NVHE_NAMES = new Set(
  "M A C SA nAA I EnDB WXN IESB EE EnDA EnIB EnIA CMOW MSCEn EnFPM BT1 ITFSB TCF ATA DSSBS TMT TME EPAN TCSO NMI SPINTMASK".split(
    " ",
  ),
);
// BT1 of the EL1&0 layout is the single BT bit of the EL2 layout.
const SCTLR_EL2_NVHE_FIELDS = SCTLR_FIELDS.filter((f) => SCTLR_EL2_NVHE_NAMES.has(f.name)).map((f) =>
  f.name === "BT1" ? { ...f, name: "BT" } : f,
);

const SCTLR = [
  layout("SCTLR_EL1", SCTLR_FIELDS),
  layout("SCTLR_EL2", SCTLR_FIELDS, { variant: "E2H=1" }),
  layout("SCTLR_EL2", SCTLR_EL2_NVHE_FIELDS, { variant: "E2H=0", res1: SCTLR_EL2_NVHE_RES1 }),
];

const SHAREABILITY = { NON: 0, OUTER: 2, INNER: 3 };
const CACHEABILITY = { NC: 0, WBWA: 1, WT: 2, WBnWA: 3 };
const PHYSICAL_SIZE = { PA32: 0, PA36: 1, PA40: 2, PA42: 3, PA44: 4, PA48: 5, PA52: 6, PA56: 7 };

const TCR_EL1 = layout("TCR_EL1", [
  field("T0SZ", 5, 0, { description: "TTBR0 region size = 2^(64-T0SZ)" }),
  bit("EPD0", 7, "no TTBR0 walks"),
  field("IRGN0", 9, 8, { values: CACHEABILITY }),
  field("ORGN0", 11, 10, { values: CACHEABILITY }),
  field("SH0", 13, 12, { values: SHAREABILITY }),
  field("TG0", 15, 14, { values: { "4K": 0, "64K": 1, "16K": 2 }, description: "TTBR0 granule" }),
  field("T1SZ", 21, 16, { description: "TTBR1 region size = 2^(64-T1SZ)" }),
  bit("A1", 22, "ASID from TTBR1"),
  bit("EPD1", 23, "no TTBR1 walks"),
  field("IRGN1", 25, 24, { values: CACHEABILITY }),
  field("ORGN1", 27, 26, { values: CACHEABILITY }),
  field("SH1", 29, 28, { values: SHAREABILITY }),
  field("TG1", 31, 30, { values: { "16K": 1, "4K": 2, "64K": 3 }, description: "TTBR1 granule" }),
  field("IPS", 34, 32, { values: PHYSICAL_SIZE, description: "intermediate physical address size" }),
  bit("AS", 36, "16-bit ASIDs"),
  bit("TBI0", 37, "top byte ignored, TTBR0"),
  bit("TBI1", 38, "top byte ignored, TTBR1"),
  bit("HA", 39, "hardware access flag update"),
  bit("HD", 40, "hardware dirty state update"),
  bit("HPD0", 41, "hierarchical permissions disabled, TTBR0"),
  bit("HPD1", 42, "hierarchical permissions disabled, TTBR1"),
  bit("HWU059", 43),
  bit("HWU060", 44),
  bit("HWU061", 45),
  bit("HWU062", 46),
  bit("HWU159", 47),
  bit("HWU160", 48),
  bit("HWU161", 49),
  bit("HWU162", 50),
  bit("TBID0", 51, "top byte ignored for data only, TTBR0"),
  bit("TBID1", 52, "top byte ignored for data only, TTBR1"),
  bit("NFD0", 53, "non-fault accesses to TTBR0 fault (FEAT_SVE)"),
  bit("NFD1", 54, "non-fault accesses to TTBR1 fault (FEAT_SVE)"),
  bit("E0PD0", 55, "EL0 access to TTBR0 faults (FEAT_E0PD)"),
  bit("E0PD1", 56, "EL0 access to TTBR1 faults (FEAT_E0PD)"),
  bit("TCMA0", 57, "unchecked tag 0b0000 accesses, TTBR0"),
  bit("TCMA1", 58, "unchecked tag 0b1111 accesses, TTBR1"),
  bit("DS", 59, "52-bit output with 4K/16K granules (FEAT_LPA2)"),
  bit("MTX0", 60, "canonical tag checking, TTBR0"),
  bit("MTX1", 61, "canonical tag checking, TTBR1"),
]);

const VTCR_EL2 = layout(
  "VTCR_EL2",
  [
    field("T0SZ", 5, 0, { description: "IPA region size = 2^(64-T0SZ)" }),
    field("SL0", 7, 6, { description: "starting level of the stage 2 walk" }),
    field("IRGN0", 9, 8, { values: CACHEABILITY }),
    field("ORGN0", 11, 10, { values: CACHEABILITY }),
    field("SH0", 13, 12, { values: SHAREABILITY }),
    field("TG0", 15, 14, { values: { "4K": 0, "64K": 1, "16K": 2 }, description: "stage 2 granule" }),
    field("PS", 18, 16, { values: PHYSICAL_SIZE, description: "physical address size" }),
    bit("VS", 19, "16-bit VMIDs"),
    bit("HA", 21, "hardware access flag update"),
    bit("HD", 22, "hardware dirty state update"),
    bit("HWU59", 25),
    bit("HWU60", 26),
    bit("HWU61", 27),
    bit("HWU62", 28),
    bit("NSW", 29, "secure stage 2 walks are non-secure"),
    bit("NSA", 30, "secure stage 2 output is non-secure"),
    bit("DS", 32, "52-bit output with 4K/16K granules (FEAT_LPA2)"),
    bit("SL2", 33, "starting level -1 (FEAT_LPA2)"),
    bit("AssuredOnly", 34, "(FEAT_THE)"),
    bit("TL1", 35, "(FEAT_THE)"),
    bit("S2PIE", 36, "stage 2 permission indirection (FEAT_S2PIE)"),
    bit("S2POE", 37, "stage 2 permission overlays (FEAT_S2POE)"),
    bit("D128", 38, "128-bit stage 2 descriptors (FEAT_D128)"),
    bit("GCSH", 40, "(FEAT_THE and FEAT_GCS)"),
    bit("TL0", 41, "(FEAT_THE)"),
    bit("HAFT", 44, "hardware access flag for tables (FEAT_HAFT)"),
    bit("HDBSS", 45, "hardware dirty state tracking (FEAT_HDBSS)"),
  ],
  { res1: 1n << 31n },
);

/** ESR_ELx.EC: the exception class of a synchronous exception or SError. */
const EXCEPTION_CLASS = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  CP15_32: 0x03,
  CP15_64: 0x04,
  CP14_MR: 0x05,
  CP14_LS: 0x06,
  FP_ASIMD: 0x07,
  CP10_ID: 0x08,
  PAC: 0x09,
  OTHER: 0x0a,
  CP14_64: 0x0c,
  BTI: 0x0d,
  ILL: 0x0e,
  SVC32: 0x11,
  HVC32: 0x12,
  SMC32: 0x13,
  SVC64: 0x15,
  HVC64: 0x16,
  SMC64: 0x17,
  SYS64: 0x18,
  SVE: 0x19,
  ERET: 0x1a,
  TSTART: 0x1b,
  FPAC: 0x1c,
  SME: 0x1d,
  IMP_DEF: 0x1f,
  IABT_LOW: 0x20,
  IABT_CUR: 0x21,
  PC_ALIGN: 0x22,
  DABT_LOW: 0x24,
  DABT_CUR: 0x25,
  SP_ALIGN: 0x26,
  MOPS: 0x27,
  FP_EXC32: 0x28,
  FP_EXC64: 0x2c,
  GCS: 0x2d,
  SERROR: 0x2f,
  BREAKPT_LOW: 0x30,
  BREAKPT_CUR: 0x31,
  SOFTSTP_LOW: 0x32,
  SOFTSTP_CUR: 0x33,
  WATCHPT_LOW: 0x34,
  WATCHPT_CUR: 0x35,
  BKPT32: 0x38,
  VECTOR32: 0x3a,
  BRK64: 0x3c,
  PROFILING: 0x3d,
};

const ESR = layoutsFor(
  ["ESR_EL1", "ESR_EL2", "ESR_EL3"],
  [
    field("ISS", 24, 0, { description: "instruction specific syndrome" }),
    bit("IL", 25, "32-bit instruction trapped"),
    field("EC", 31, 26, { values: EXCEPTION_CLASS, description: "exception class" }),
    field("ISS2", 55, 32, { description: "instruction specific syndrome 2 (FEAT_LS64, FEAT_GCS...)" }),
  ],
);

/** SPSR_ELx.M[3:0] with M[4] = 0: the AArch64 mode returned to. */
const AARCH64_MODE = { EL0t: 0, EL1t: 4, EL1h: 5, EL2t: 8, EL2h: 9, EL3t: 12, EL3h: 13 };

const SPSR = layoutsFor(
  ["SPSR_EL1", "SPSR_EL2", "SPSR_EL3"],
  [
    field("M", 3, 0, { values: AARCH64_MODE, description: "exception level and stack pointer" }),
    bit("nRW", 4, "0: AArch64 state"),
    bit("F", 6, "FIQ mask"),
    bit("I", 7, "IRQ mask"),
    bit("A", 8, "SError mask"),
    bit("D", 9, "debug exception mask"),
    field("BTYPE", 11, 10, { description: "branch type (FEAT_BTI)" }),
    bit("SSBS", 12, "speculative store bypass safe (FEAT_SSBS)"),
    bit("ALLINT", 13, "all interrupts masked (FEAT_NMI)"),
    bit("IL", 20, "illegal execution state"),
    bit("SS", 21, "software step"),
    bit("PAN", 22, "privileged access never (FEAT_PAN)"),
    bit("UAO", 23, "user access override (FEAT_UAO)"),
    bit("DIT", 24, "data independent timing (FEAT_DIT)"),
    bit("TCO", 25, "tag check override (FEAT_MTE)"),
    bit("V", 28, "overflow flag"),
    bit("C", 29, "carry flag"),
    bit("Z", 30, "zero flag"),
    bit("N", 31, "negative flag"),
    bit("PM", 32, "PMU exception mask (FEAT_EBEP)"),
    bit("PPEND", 33, "PMU exception pending (FEAT_SEBEP)"),
    bit("EXLOCK", 34, "exception return lock (FEAT_GCS)"),
    bit("PACM", 35, "PACM in effect (FEAT_PAuth_LR)"),
    bit("UINJ", 36, "undefined instruction injection (FEAT_UINJ)"),
  ],
  { variant: "AArch64" },
);

const NZCV = layout("NZCV", [bit("V", 28), bit("C", 29), bit("Z", 30), bit("N", 31)]);
const DAIF = layout("DAIF", [bit("F", 6), bit("I", 7), bit("A", 8), bit("D", 9)]);
const CURRENT_EL = layout("CURRENTEL", [field("EL", 3, 2, { values: { EL0: 0, EL1: 1, EL2: 2, EL3: 3 } })]);

/** The generic-timer control registers: CNTP/CNTV/CNTHP/CNTHV/CNTPS _CTL. */
const TIMER_CTL = layoutsFor(
  [
    "CNTP_CTL_EL0",
    "CNTV_CTL_EL0",
    "CNTHP_CTL_EL2",
    "CNTHV_CTL_EL2",
    "CNTPS_CTL_EL1",
    "CNTHPS_CTL_EL2",
    "CNTHVS_CTL_EL2",
  ],
  [bit("ENABLE", 0, "timer enabled"), bit("IMASK", 1, "interrupt masked"), bit("ISTATUS", 2, "condition met")],
);

/** Translation table base registers (64-bit descriptors): table address, ASID or VMID, CnP. */
const TTBR = [
  ...layoutsFor(
    ["TTBR0_EL1", "TTBR1_EL1", "TTBR0_EL2", "TTBR1_EL2"],
    [
      bit("CnP", 0, "common not private"),
      field("BADDR", 47, 1, { description: "translation table base address" }),
      field("ASID", 63, 48),
    ],
  ),
  layout("VTTBR_EL2", [
    bit("CnP", 0, "common not private"),
    field("BADDR", 47, 1, { description: "stage 2 translation table base address" }),
    field("VMID", 63, 48),
  ]),
];

const MAIR = layoutsFor(
  ["MAIR_EL1", "MAIR_EL2", "MAIR_EL3"],
  Array.from({ length: 8 }, (_, i) => field(`Attr${i}`, 8 * i + 7, 8 * i, { description: `memory attribute ${i}` })),
);

const CNTKCTL_EL1 = layout("CNTKCTL_EL1", [
  bit("EL0PCTEN", 0, "EL0 physical counter access"),
  bit("EL0VCTEN", 1, "EL0 virtual counter access"),
  bit("EVNTEN", 2, "event stream enable"),
  bit("EVNTDIR", 3, "event on 0 -> 1 (0) or 1 -> 0 (1) transitions"),
  field("EVNTI", 7, 4, { description: "counter bit that triggers the event stream" }),
  bit("EL0VTEN", 8, "EL0 virtual timer access"),
  bit("EL0PTEN", 9, "EL0 physical timer access"),
  bit("EVNTIS", 17, "event stream from counter bits [23:8] (FEAT_ECV)"),
]);

/** CNTHCTL_EL2 bits [19:12]: the same in both layouts. */
const CNTHCTL_HIGH: readonly RegisterField[] = [
  bit("ECV", 12, "enhanced counter virtualisation (FEAT_ECV)"),
  bit("EL1TVT", 13, "trap EL0/EL1 virtual timer accesses (FEAT_ECV)"),
  bit("EL1TVCT", 14, "trap EL0/EL1 virtual counter accesses (FEAT_ECV)"),
  bit("EL1NVPCT", 15, "trap EL1 physical timer accesses when NV (FEAT_ECV)"),
  bit("EL1NVVCT", 16, "trap EL1 virtual timer accesses when NV (FEAT_ECV)"),
  bit("EVNTIS", 17, "event stream from counter bits [23:8] (FEAT_ECV)"),
  bit("CNTVMASK", 18, "mask the virtual timer interrupt (FEAT_RME)"),
  bit("CNTPMASK", 19, "mask the physical timer interrupt (FEAT_RME)"),
];

const CNTHCTL_EL2 = [
  layout(
    "CNTHCTL_EL2",
    [
      bit("EL0PCTEN", 0, "EL0 physical counter access"),
      bit("EL0VCTEN", 1, "EL0 virtual counter access"),
      bit("EVNTEN", 2, "event stream enable"),
      bit("EVNTDIR", 3),
      field("EVNTI", 7, 4),
      bit("EL0VTEN", 8, "EL0 virtual timer access"),
      bit("EL0PTEN", 9, "EL0 physical timer access"),
      bit("EL1PCTEN", 10, "EL1 physical counter access"),
      bit("EL1PTEN", 11, "EL1 physical timer access"),
      ...CNTHCTL_HIGH,
    ],
    { variant: "E2H=1" },
  ),
  layout(
    "CNTHCTL_EL2",
    [
      bit("EL1PCTEN", 0, "EL0/EL1 physical counter access"),
      bit("EL1PCEN", 1, "EL0/EL1 physical timer access"),
      bit("EVNTEN", 2, "event stream enable"),
      bit("EVNTDIR", 3),
      field("EVNTI", 7, 4),
      ...CNTHCTL_HIGH,
    ],
    { variant: "E2H=0" },
  ),
];

const MDSCR_EL1 = layout("MDSCR_EL1", [
  bit("SS", 0, "software step enable"),
  bit("ERR", 6, "saved error flag"),
  bit("TDCC", 12, "trap EL0 debug communications channel accesses"),
  bit("KDE", 13, "local (kernel) debug enable"),
  bit("HDE", 14, "halting debug enable"),
  bit("MDE", 15, "monitor debug events enable"),
  bit("SC2", 19, "sample context ID and VMID (FEAT_PCSRv8p2)"),
  bit("TDA", 21, "trap debug register accesses"),
  field("INTdis", 23, 22, { description: "interrupt disable in halting step" }),
  bit("TXU", 26, "DTR transmit underrun"),
  bit("RXO", 27, "DTR receive overrun"),
  bit("TXfull", 29, "DTRTX full"),
  bit("RXfull", 30, "DTRRX full"),
  bit("TFO", 31, "trace filter override (FEAT_TRF)"),
  bit("EMBWE", 32, "extended breakpoint and watchpoint enable (FEAT_Debugv8p9)"),
  bit("TTA", 33, "trap trace accesses (FEAT_Debugv8p9)"),
  bit("EnSPM", 34, "EL0 system PMU access (FEAT_SPMU)"),
  bit("EHBWE", 35, "extended halting breakpoint and watchpoint enable (FEAT_Debugv8p9)"),
]);

export const LAYOUTS: readonly RegisterLayout[] = [
  FPMR,
  FPCR,
  FPSR,
  SVCR,
  ...ZCR,
  ...SMCR,
  CPACR_EL1,
  ...SCTLR,
  TCR_EL1,
  VTCR_EL2,
  ...ESR,
  ...SPSR,
  NZCV,
  DAIF,
  CURRENT_EL,
  ...TIMER_CTL,
  ...TTBR,
  ...MAIR,
  CNTKCTL_EL1,
  ...CNTHCTL_EL2,
  MDSCR_EL1,
];
