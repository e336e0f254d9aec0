// Coarse-grained trap conditions: a trap fires when (control & mask) == value, for reads, writes or
// both. Each condition names the fields it tests; the packed masks are derived from the layouts.
import type { ControlRegister, CptrLayout } from "./controls";

export type TrapBehaviour = "read" | "write" | "rw";

/** Exception classes of ESR_ELx used by trapped accesses (Arm ARM D24.2.40). */
export const EC = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  FP_ASIMD: 0x07,
  LS64: 0x0a,
  PAC: 0x09,
  SYS128: 0x14,
  SVC64: 0x15,
  HVC64: 0x16,
  SMC64: 0x17,
  SYS64: 0x18,
  SVE: 0x19,
  ERET: 0x1a,
  SME: 0x1d,
  MOPS: 0x27,
} as const;

export interface CoarseTrap {
  readonly name: string;
  readonly register: ControlRegister;
  /** For CPTR_EL2: the E2H layout the condition applies to (the guest hypervisor's HCR_EL2.E2H picks). */
  readonly cptr?: CptrLayout;
  /** Fields that must be SET for the trap to fire. */
  readonly whenSet: readonly string[];
  /** Fields whose (lowest) bit must be CLEAR for the trap to fire: enable bits. */
  readonly whenClear: readonly string[];
  readonly behaviour: TrapBehaviour;
  /** The exception class the trap reports (0x18 for MRS/MSR/SYS). */
  readonly ec: number;
}

function trap(
  name: string,
  register: ControlRegister,
  whenSet: readonly string[],
  whenClear: readonly string[] = [],
  behaviour: TrapBehaviour = "rw",
  extra: { cptr?: CptrLayout; ec?: number } = {},
): CoarseTrap {
  const base = { name, register, whenSet, whenClear, behaviour, ec: extra.ec ?? EC.SYS64 };
  return extra.cptr === undefined ? base : { ...base, cptr: extra.cptr };
}

/** Every coarse-grained trap condition, by name. A name may list several conditions (any one fires). */
export const COARSE_TRAPS: readonly CoarseTrap[] = [
  trap("TID1", "HCR_EL2", ["TID1"], [], "read"),
  trap("TID2", "HCR_EL2", ["TID2"]),
  trap("TID3", "HCR_EL2", ["TID3"], [], "read"),
  trap("TID4", "HCR_EL2", ["TID4"]),
  trap("TID5", "HCR_EL2", ["TID5"], [], "read"),
  trap("TACR", "HCR_EL2", ["TACR"]),
  trap("TVM", "HCR_EL2", ["TVM"], [], "write"),
  trap("TRVM", "HCR_EL2", ["TRVM"], [], "read"),
  trap("TSW", "HCR_EL2", ["TSW"]),
  trap("TPCP", "HCR_EL2", ["TPCP"]),
  trap("TPU", "HCR_EL2", ["TPU"]),
  trap("TICAB", "HCR_EL2", ["TICAB"]),
  trap("TOCU", "HCR_EL2", ["TOCU"]),
  trap("TTLB", "HCR_EL2", ["TTLB"]),
  trap("TTLBIS", "HCR_EL2", ["TTLBIS"]),
  trap("TTLBOS", "HCR_EL2", ["TTLBOS"]),
  trap("TDZ", "HCR_EL2", ["TDZ"]),
  trap("TIDCP", "HCR_EL2", ["TIDCP"]),
  trap("TERR", "HCR_EL2", ["TERR"]),
  trap("FIEN", "HCR_EL2", [], ["FIEN"]),
  trap("TLOR", "HCR_EL2", ["TLOR"]),
  trap("APK", "HCR_EL2", [], ["APK"]),
  trap("API", "HCR_EL2", [], ["API"], "rw", { ec: EC.PAC }),
  trap("ATA", "HCR_EL2", [], ["ATA"]),
  trap("ENSCXT", "HCR_EL2", [], ["EnSCXT"]),
  trap("TSC", "HCR_EL2", ["TSC"], [], "rw", { ec: EC.SMC64 }),
  trap("TWI", "HCR_EL2", ["TWI"], [], "rw", { ec: EC.WFX }),
  trap("TWE", "HCR_EL2", ["TWE"], [], "rw", { ec: EC.WFX }),
  trap("TME", "HCR_EL2", [], ["TME"], "rw", { ec: EC.UNKNOWN }),
  trap("NV", "HCR_EL2", ["NV"]),
  // A guest hypervisor's EL1 context registers trap unless NV2 redirects them to memory.
  trap("NV_nNV2", "HCR_EL2", ["NV"], ["NV2"]),
  trap("NV1_nNV2", "HCR_EL2", ["NV", "NV1"], ["NV2"]),
  trap("AT", "HCR_EL2", ["AT"]),
  trap("ENFPM", "HCRX_EL2", [], ["EnFPM"]),
  trap("TCR2EN", "HCRX_EL2", [], ["TCR2En"]),
  trap("SCTLR2EN", "HCRX_EL2", [], ["SCTLR2En"]),
  trap("GCSEN", "HCRX_EL2", [], ["GCSEn"]),
  trap("SRMASKEN", "HCRX_EL2", [], ["SRMASKEn"]),
  trap("MSCEN", "HCRX_EL2", [], ["MSCEn"], "rw", { ec: EC.UNKNOWN }),
  trap("MCE2", "HCRX_EL2", ["MCE2"], [], "rw", { ec: EC.MOPS }),
  trap("ENALS", "HCRX_EL2", [], ["EnALS"], "rw", { ec: EC.LS64 }),
  trap("ENASR", "HCRX_EL2", [], ["EnASR"], "rw", { ec: EC.LS64 }),
  trap("ENAS0", "HCRX_EL2", [], ["EnAS0"], "rw", { ec: EC.LS64 }),
  trap("D128EN", "HCRX_EL2", [], ["D128En"], "rw", { ec: EC.SYS128 }),
  trap("ENIDCP128", "HCRX_EL2", [], ["EnIDCP128"], "rw", { ec: EC.SYS128 }),
  trap("TALLINT", "HCRX_EL2", ["TALLINT"], [], "write"),
  trap("TDA", "MDCR_EL2", ["TDA"]),
  trap("TDOSA", "MDCR_EL2", ["TDOSA"]),
  trap("TDRA", "MDCR_EL2", ["TDRA"]),
  trap("TDE", "MDCR_EL2", ["TDE"]),
  trap("TDCC", "MDCR_EL2", ["TDCC"]),
  trap("TPM", "MDCR_EL2", ["TPM"]),
  trap("TPMCR", "MDCR_EL2", ["TPMCR"]),
  trap("TPMS", "MDCR_EL2", ["TPMS"]),
  trap("TTRF", "MDCR_EL2", ["TTRF"]),
  trap("E2PB", "MDCR_EL2", [], ["E2PB"]),
  trap("E2TB", "MDCR_EL2", [], ["E2TB"]),
  trap("ENSPM", "MDCR_EL2", [], ["EnSPM"]),
  trap("TCPAC", "CPTR_EL2", ["TCPAC"], [], "rw", { cptr: "E2H=0" }),
  trap("TCPAC", "CPTR_EL2", ["TCPAC"], [], "rw", { cptr: "E2H=1" }),
  trap("TAM", "CPTR_EL2", ["TAM"], [], "rw", { cptr: "E2H=0" }),
  trap("TAM", "CPTR_EL2", ["TAM"], [], "rw", { cptr: "E2H=1" }),
  trap("TTA", "CPTR_EL2", ["TTA"], [], "rw", { cptr: "E2H=0" }),
  trap("TTA", "CPTR_EL2", ["TTA"], [], "rw", { cptr: "E2H=1" }),
  trap("TFP", "CPTR_EL2", ["TFP"], [], "rw", { cptr: "E2H=0", ec: EC.FP_ASIMD }),
  trap("TFP", "CPTR_EL2", [], ["FPEN"], "rw", { cptr: "E2H=1", ec: EC.FP_ASIMD }),
  trap("TZ", "CPTR_EL2", ["TZ"], [], "rw", { cptr: "E2H=0", ec: EC.SVE }),
  trap("TZ", "CPTR_EL2", [], ["ZEN"], "rw", { cptr: "E2H=1", ec: EC.SVE }),
  trap("TSM", "CPTR_EL2", ["TSM"], [], "rw", { cptr: "E2H=0", ec: EC.SME }),
  trap("TSM", "CPTR_EL2", [], ["SMEN"], "rw", { cptr: "E2H=1", ec: EC.SME }),
];

/** The distinct coarse trap names, in table order; a name's index is its packed id (1-based). */
export const COARSE_TRAP_NAMES: readonly string[] = [...new Set(COARSE_TRAPS.map((t) => t.name))];

export type CoarseTrapName = string;
