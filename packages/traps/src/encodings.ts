// The trappable encodings: every system register and SYS-space instruction a guest at EL0/EL1 can
// reach (and the EL2 registers a guest hypervisor uses at virtual EL2), each with the feature it
// needs, its coarse-grained trap conditions, its fine-grained trap bit and the emulation handler.
// One line per encoding; encodings are facts of the Arm ARM, checked against LLVM in the tests.
import { encodingKey, type SysRegEncoding } from "@a64vm/sysreg";
import type { FgtGroup } from "./fine-groups";
import type { HandlerName } from "./handlers";
import { ALWAYS, allOf, anyOf, feat, type Requirement } from "./requirement";

export type EncodingKind = "register" | "instruction";
export type Access = "rw" | "ro" | "wo";

export interface FineTrap {
  readonly group: FgtGroup;
  readonly field: string;
}

export interface TrappableEncoding {
  readonly name: string;
  readonly encoding: SysRegEncoding;
  /** `encodingKey(encoding)`: the O(1) index. */
  readonly key: number;
  readonly kind: EncodingKind;
  readonly access: Access;
  /** The lowest exception level that may access it without a trap to a higher one (0, 1 or 2). */
  readonly minEl: 0 | 1 | 2;
  /** The features the VM must advertise for the encoding to exist. */
  readonly feature: Requirement;
  /** Names of coarse-grained trap conditions (COARSE_TRAPS); any one that fires traps it. */
  readonly coarse: readonly string[];
  readonly fine: FineTrap | null;
  readonly handler: HandlerName;
  /** Other spellings (DBGDTRTX_EL0 is the write name of DBGDTRRX_EL0's encoding). */
  readonly aliases: readonly string[];
}

type Enc = readonly [number, number, number, number, number];

interface Opts {
  /** Feature expression: "FPMR", "CSV2_2|CSV2_1p2" (any), "RAS&FGT" (all). */
  readonly f?: string;
  readonly a?: Access;
  readonly el?: 0 | 1 | 2;
  readonly cg?: readonly string[];
  /** Fine-grained bit as "GROUP:FIELD". */
  readonly fg?: `${FgtGroup}:${string}`;
  readonly h?: HandlerName;
  readonly alias?: readonly string[];
}

function requirement(expr: string | undefined): Requirement {
  if (expr === undefined) return ALWAYS;
  if (expr.includes("|")) return anyOf(...expr.split("|").map(feat));
  if (expr.includes("&")) return allOf(...expr.split("&").map(feat));
  return feat(expr);
}

function entry(kind: EncodingKind, name: string, e: Enc, o: Opts): TrappableEncoding {
  const encoding = { op0: e[0], op1: e[1], crn: e[2], crm: e[3], op2: e[4] };
  let fine: FineTrap | null = null;
  if (o.fg !== undefined) {
    const [group, field] = o.fg.split(":") as [FgtGroup, string];
    fine = { group, field };
  }
  return {
    name,
    encoding,
    key: encodingKey(encoding),
    kind,
    access: o.a ?? (kind === "instruction" ? "wo" : "rw"),
    minEl: o.el ?? 1,
    feature: requirement(o.f),
    coarse: o.cg ?? [],
    fine,
    handler: o.h ?? "none",
    aliases: o.alias ?? [],
  };
}

const reg = (name: string, e: Enc, o: Opts = {}) => entry("register", name, e, o);
const ins = (name: string, e: Enc, o: Opts = {}) => entry("instruction", name, e, o);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// ---- ID registers (HCR_EL2.TID3 traps the whole ID space op0=3, op1=0, CRn=0, CRm=1..7) ----
const ID_NAMES: Readonly<Record<string, string>> = {
  "1,0": "ID_PFR0_EL1",
  "1,1": "ID_PFR1_EL1",
  "1,2": "ID_DFR0_EL1",
  "1,3": "ID_AFR0_EL1",
  "1,4": "ID_MMFR0_EL1",
  "1,5": "ID_MMFR1_EL1",
  "1,6": "ID_MMFR2_EL1",
  "1,7": "ID_MMFR3_EL1",
  "2,0": "ID_ISAR0_EL1",
  "2,1": "ID_ISAR1_EL1",
  "2,2": "ID_ISAR2_EL1",
  "2,3": "ID_ISAR3_EL1",
  "2,4": "ID_ISAR4_EL1",
  "2,5": "ID_ISAR5_EL1",
  "2,6": "ID_MMFR4_EL1",
  "2,7": "ID_ISAR6_EL1",
  "3,0": "MVFR0_EL1",
  "3,1": "MVFR1_EL1",
  "3,2": "MVFR2_EL1",
  "3,4": "ID_PFR2_EL1",
  "3,5": "ID_DFR1_EL1",
  "3,6": "ID_MMFR5_EL1",
  "4,0": "ID_AA64PFR0_EL1",
  "4,1": "ID_AA64PFR1_EL1",
  "4,2": "ID_AA64PFR2_EL1",
  "4,4": "ID_AA64ZFR0_EL1",
  "4,5": "ID_AA64SMFR0_EL1",
  "4,7": "ID_AA64FPFR0_EL1",
  "5,0": "ID_AA64DFR0_EL1",
  "5,1": "ID_AA64DFR1_EL1",
  "5,2": "ID_AA64DFR2_EL1",
  "5,4": "ID_AA64AFR0_EL1",
  "5,5": "ID_AA64AFR1_EL1",
  "6,0": "ID_AA64ISAR0_EL1",
  "6,1": "ID_AA64ISAR1_EL1",
  "6,2": "ID_AA64ISAR2_EL1",
  "6,3": "ID_AA64ISAR3_EL1",
  "7,0": "ID_AA64MMFR0_EL1",
  "7,1": "ID_AA64MMFR1_EL1",
  "7,2": "ID_AA64MMFR2_EL1",
  "7,3": "ID_AA64MMFR3_EL1",
  "7,4": "ID_AA64MMFR4_EL1",
};

const ID_SPACE: TrappableEncoding[] = range(7).flatMap((c) =>
  range(8).map((op2) => {
    const crm = c + 1;
    const name = ID_NAMES[`${crm},${op2}`] ?? `S3_0_C0_C${crm}_${op2}`;
    return reg(name, [3, 0, 0, crm, op2], { a: "ro", cg: ["TID3"], h: "id-register" });
  }),
);

const IDENTIFICATION: TrappableEncoding[] = [
  reg("MIDR_EL1", [3, 0, 0, 0, 0], { a: "ro", fg: "HFG:MIDR_EL1", h: "id-register" }),
  reg("MPIDR_EL1", [3, 0, 0, 0, 5], { a: "ro", fg: "HFG:MPIDR_EL1", h: "id-register" }),
  reg("REVIDR_EL1", [3, 0, 0, 0, 6], { a: "ro", cg: ["TID1"], fg: "HFG:REVIDR_EL1", h: "id-register" }),
  reg("AIDR_EL1", [3, 1, 0, 0, 7], { a: "ro", cg: ["TID1"], fg: "HFG:AIDR_EL1", h: "id-register" }),
  reg("SMIDR_EL1", [3, 1, 0, 0, 6], { f: "SME", a: "ro", cg: ["TID1"], h: "id-register" }),
  reg("CTR_EL0", [3, 3, 0, 0, 1], { a: "ro", el: 0, cg: ["TID2"], fg: "HFG:CTR_EL0", h: "id-register" }),
  reg("CCSIDR_EL1", [3, 1, 0, 0, 0], { a: "ro", cg: ["TID2", "TID4"], fg: "HFG:CCSIDR_EL1", h: "id-register" }),
  reg("CCSIDR2_EL1", [3, 1, 0, 0, 2], {
    f: "CCIDX",
    a: "ro",
    cg: ["TID2", "TID4"],
    fg: "HFG:CCSIDR_EL1",
    h: "id-register",
  }),
  reg("CLIDR_EL1", [3, 1, 0, 0, 1], { a: "ro", cg: ["TID2", "TID4"], fg: "HFG:CLIDR_EL1", h: "id-register" }),
  reg("CSSELR_EL1", [3, 2, 0, 0, 0], { cg: ["TID2", "TID4"], fg: "HFG:CSSELR_EL1", h: "sysreg-file" }),
  reg("GMID_EL1", [3, 1, 0, 0, 4], { f: "MTE2", a: "ro", cg: ["TID5"], h: "id-register" }),
  reg("DCZID_EL0", [3, 3, 0, 0, 7], { a: "ro", el: 0, fg: "HFG:DCZID_EL0", h: "id-register" }),
];

// ---- The EL1 translation and context registers (HCR_EL2.TVM traps writes, TRVM reads) ----
const VM = ["TVM", "TRVM"] as const;
const VIRTUAL_MEMORY: TrappableEncoding[] = [
  reg("SCTLR_EL1", [3, 0, 1, 0, 0], { cg: VM, fg: "HFG:SCTLR_EL1", h: "vm-register" }),
  reg("SCTLR2_EL1", [3, 0, 1, 0, 3], { f: "SCTLR2", cg: [...VM, "SCTLR2EN"], fg: "HFG:SCTLR_EL1", h: "vm-register" }),
  reg("TTBR0_EL1", [3, 0, 2, 0, 0], { cg: VM, fg: "HFG:TTBR0_EL1", h: "vm-register" }),
  reg("TTBR1_EL1", [3, 0, 2, 0, 1], { cg: VM, fg: "HFG:TTBR1_EL1", h: "vm-register" }),
  reg("TCR_EL1", [3, 0, 2, 0, 2], { cg: VM, fg: "HFG:TCR_EL1", h: "vm-register" }),
  reg("TCR2_EL1", [3, 0, 2, 0, 3], { f: "TCR2", cg: [...VM, "TCR2EN"], fg: "HFG:TCR_EL1", h: "vm-register" }),
  reg("AFSR0_EL1", [3, 0, 5, 1, 0], { cg: VM, fg: "HFG:AFSR0_EL1", h: "vm-register" }),
  reg("AFSR1_EL1", [3, 0, 5, 1, 1], { cg: VM, fg: "HFG:AFSR1_EL1", h: "vm-register" }),
  reg("ESR_EL1", [3, 0, 5, 2, 0], { cg: VM, fg: "HFG:ESR_EL1", h: "vm-register" }),
  reg("FAR_EL1", [3, 0, 6, 0, 0], { cg: VM, fg: "HFG:FAR_EL1", h: "vm-register" }),
  reg("MAIR_EL1", [3, 0, 10, 2, 0], { cg: VM, fg: "HFG:MAIR_EL1", h: "vm-register" }),
  reg("MAIR2_EL1", [3, 0, 10, 2, 1], { f: "AIE", cg: VM, fg: "HFG:nMAIR2_EL1", h: "vm-register" }),
  reg("PIRE0_EL1", [3, 0, 10, 2, 2], { f: "S1PIE", cg: VM, fg: "HFG:nPIRE0_EL1", h: "vm-register" }),
  reg("PIR_EL1", [3, 0, 10, 2, 3], { f: "S1PIE", cg: VM, fg: "HFG:nPIR_EL1", h: "vm-register" }),
  reg("POR_EL1", [3, 0, 10, 2, 4], { f: "S1POE", cg: VM, fg: "HFG:nPOR_EL1", h: "vm-register" }),
  reg("S2POR_EL1", [3, 0, 10, 2, 5], { f: "S2POE", cg: VM, fg: "HFG:nS2POR_EL1", h: "vm-register" }),
  reg("AMAIR_EL1", [3, 0, 10, 3, 0], { cg: VM, fg: "HFG:AMAIR_EL1", h: "vm-register" }),
  reg("AMAIR2_EL1", [3, 0, 10, 3, 1], { f: "AIE", cg: VM, fg: "HFG:nAMAIR2_EL1", h: "vm-register" }),
  reg("CONTEXTIDR_EL1", [3, 0, 13, 0, 1], { cg: VM, fg: "HFG:CONTEXTIDR_EL1", h: "vm-register" }),
];

// ---- Other EL1/EL0 system registers ----
const CONTEXT: TrappableEncoding[] = [
  reg("ACTLR_EL1", [3, 0, 1, 0, 1], { cg: ["TACR"], h: "sysreg-file" }),
  reg("CPACR_EL1", [3, 0, 1, 0, 2], { cg: ["TCPAC"], fg: "HFG:CPACR_EL1", h: "sysreg-file" }),
  reg("SPSR_EL1", [3, 0, 4, 0, 0], { cg: ["NV_nNV2"], h: "sysreg-file" }),
  reg("ELR_EL1", [3, 0, 4, 0, 1], { cg: ["NV_nNV2"], h: "sysreg-file" }),
  reg("PAR_EL1", [3, 0, 7, 4, 0], { fg: "HFG:PAR_EL1", h: "sysreg-file" }),
  reg("VBAR_EL1", [3, 0, 12, 0, 0], { cg: ["NV1_nNV2"], fg: "HFG:VBAR_EL1", h: "sysreg-file" }),
  reg("ISR_EL1", [3, 0, 12, 1, 0], { a: "ro", fg: "HFG:ISR_EL1", h: "sysreg-file" }),
  reg("TPIDR_EL1", [3, 0, 13, 0, 4], { fg: "HFG:TPIDR_EL1", h: "sysreg-file" }),
  reg("TPIDR_EL0", [3, 3, 13, 0, 2], { el: 0, fg: "HFG:TPIDR_EL0", h: "sysreg-file" }),
  reg("TPIDRRO_EL0", [3, 3, 13, 0, 3], { el: 0, fg: "HFG:TPIDRRO_EL0", h: "sysreg-file" }),
  reg("TPIDR2_EL0", [3, 3, 13, 0, 5], { f: "SME", el: 0, cg: ["TSM"], fg: "HFG:nTPIDR2_EL0", h: "sme" }),
  reg("SCXTNUM_EL1", [3, 0, 13, 0, 7], {
    f: "CSV2_2|CSV2_1p2",
    cg: ["ENSCXT"],
    fg: "HFG:SCXTNUM_EL1",
    h: "sysreg-file",
  }),
  reg("SCXTNUM_EL0", [3, 3, 13, 0, 7], {
    f: "CSV2_2|CSV2_1p2",
    el: 0,
    cg: ["ENSCXT"],
    fg: "HFG:SCXTNUM_EL0",
    h: "sysreg-file",
  }),
  reg("RCWSMASK_EL1", [3, 0, 13, 0, 3], { f: "THE", fg: "HFG2:nRCWSMASK_EL1", h: "sysreg-file" }),
  reg("ACCDATA_EL1", [3, 0, 13, 0, 5], { f: "LS64_ACCDATA", fg: "HFG:nACCDATA_EL1", h: "sysreg-file" }),
  reg("RCWMASK_EL1", [3, 0, 13, 0, 6], { f: "THE", fg: "HFG:nRCWMASK_EL1", h: "sysreg-file" }),
  reg("POR_EL0", [3, 3, 10, 2, 4], { f: "S1POE", el: 0, fg: "HFG:nPOR_EL0", h: "sysreg-file" }),
  reg("PFAR_EL1", [3, 0, 6, 0, 5], { f: "PFAR", fg: "HFG2:nPFAR_EL1", h: "sysreg-file" }),
  reg("GCR_EL1", [3, 0, 1, 0, 6], { f: "MTE2", cg: ["ATA"], h: "mte" }),
  reg("RGSR_EL1", [3, 0, 1, 0, 5], { f: "MTE2", cg: ["ATA"], h: "mte" }),
  reg("TFSR_EL1", [3, 0, 5, 6, 0], { f: "MTE2", cg: ["ATA"], h: "mte" }),
  reg("TFSRE0_EL1", [3, 0, 5, 6, 1], { f: "MTE2", cg: ["ATA"], h: "mte" }),
  reg("GCSCR_EL1", [3, 0, 2, 5, 0], { f: "GCS", cg: ["GCSEN"], fg: "HFG:nGCS_EL1", h: "gcs" }),
  reg("GCSPR_EL1", [3, 0, 2, 5, 1], { f: "GCS", cg: ["GCSEN"], fg: "HFG:nGCS_EL1", h: "gcs" }),
  reg("GCSCRE0_EL1", [3, 0, 2, 5, 2], { f: "GCS", cg: ["GCSEN"], fg: "HFG:nGCS_EL0", h: "gcs" }),
  reg("GCSPR_EL0", [3, 3, 2, 5, 1], { f: "GCS", el: 0, cg: ["GCSEN"], fg: "HFG:nGCS_EL0", h: "gcs" }),
  reg("ICC_IGRPEN0_EL1", [3, 0, 12, 12, 6], { fg: "HFG:ICC_IGRPENn_EL1", h: "gic" }),
  reg("ICC_IGRPEN1_EL1", [3, 0, 12, 12, 7], { fg: "HFG:ICC_IGRPENn_EL1", h: "gic" }),
];

// ---- FP, SVE and SME control registers ----
const FLOATING_POINT: TrappableEncoding[] = [
  reg("FPCR", [3, 3, 4, 4, 0], { el: 0, cg: ["TFP"], h: "fp" }),
  reg("FPSR", [3, 3, 4, 4, 1], { el: 0, cg: ["TFP"], h: "fp" }),
  reg("FPMR", [3, 3, 4, 4, 2], { f: "FPMR", el: 0, cg: ["TFP", "ENFPM"], h: "fp" }),
  reg("ZCR_EL1", [3, 0, 1, 2, 0], { f: "SVE", cg: ["TZ"], h: "sve" }),
  reg("SMPRI_EL1", [3, 0, 1, 2, 4], { f: "SME", cg: ["TSM"], fg: "HFG:nSMPRI_EL1", h: "sme" }),
  reg("SMCR_EL1", [3, 0, 1, 2, 6], { f: "SME", cg: ["TSM"], h: "sme" }),
  reg("SVCR", [3, 3, 4, 2, 2], { f: "SME", el: 0, cg: ["TSM"], h: "sme" }),
];

// ---- Pointer authentication keys (HCR_EL2.APK clear traps them) ----
const PAUTH_KEYS: TrappableEncoding[] = [
  ["APIAKEY", 1, 0, "APIAKey"],
  ["APIBKEY", 1, 2, "APIBKey"],
  ["APDAKEY", 2, 0, "APDAKey"],
  ["APDBKEY", 2, 2, "APDBKey"],
  ["APGAKEY", 3, 0, "APGAKey"],
].flatMap(([name, crm, op2, field]) => [
  reg(`${name}LO_EL1`, [3, 0, 2, crm as number, op2 as number], {
    f: "PAuth",
    cg: ["APK"],
    fg: `HFG:${field as string}`,
    h: "pauth-keys",
  }),
  reg(`${name}HI_EL1`, [3, 0, 2, crm as number, (op2 as number) + 1], {
    f: "PAuth",
    cg: ["APK"],
    fg: `HFG:${field as string}`,
    h: "pauth-keys",
  }),
]);

// ---- LORegions and RAS error records ----
const LOR_AND_RAS: TrappableEncoding[] = [
  reg("LORSA_EL1", [3, 0, 10, 4, 0], { f: "LOR", cg: ["TLOR"], fg: "HFG:LORSA_EL1", h: "lor" }),
  reg("LOREA_EL1", [3, 0, 10, 4, 1], { f: "LOR", cg: ["TLOR"], fg: "HFG:LOREA_EL1", h: "lor" }),
  reg("LORN_EL1", [3, 0, 10, 4, 2], { f: "LOR", cg: ["TLOR"], fg: "HFG:LORN_EL1", h: "lor" }),
  reg("LORC_EL1", [3, 0, 10, 4, 3], { f: "LOR", cg: ["TLOR"], fg: "HFG:LORC_EL1", h: "lor" }),
  reg("LORID_EL1", [3, 0, 10, 4, 7], { f: "LOR", a: "ro", cg: ["TLOR"], fg: "HFG:LORID_EL1", h: "lor" }),
  reg("ERRIDR_EL1", [3, 0, 5, 3, 0], { f: "RAS", a: "ro", cg: ["TERR"], fg: "HFG:ERRIDR_EL1", h: "ras" }),
  reg("ERRSELR_EL1", [3, 0, 5, 3, 1], { f: "RAS", cg: ["TERR"], fg: "HFG:ERRSELR_EL1", h: "ras" }),
  reg("ERXGSR_EL1", [3, 0, 5, 3, 2], { f: "RASv2", a: "ro", cg: ["TERR"], fg: "HFG2:nERXGSR_EL1", h: "ras" }),
  reg("ERXFR_EL1", [3, 0, 5, 4, 0], { f: "RAS", a: "ro", cg: ["TERR"], fg: "HFG:ERXFR_EL1", h: "ras" }),
  reg("ERXCTLR_EL1", [3, 0, 5, 4, 1], { f: "RAS", cg: ["TERR"], fg: "HFG:ERXCTLR_EL1", h: "ras" }),
  reg("ERXSTATUS_EL1", [3, 0, 5, 4, 2], { f: "RAS", cg: ["TERR"], fg: "HFG:ERXSTATUS_EL1", h: "ras" }),
  reg("ERXADDR_EL1", [3, 0, 5, 4, 3], { f: "RAS", cg: ["TERR"], fg: "HFG:ERXADDR_EL1", h: "ras" }),
  reg("ERXPFGF_EL1", [3, 0, 5, 4, 4], { f: "RASv1p1", a: "ro", cg: ["TERR", "FIEN"], fg: "HFG:ERXPFGF_EL1", h: "ras" }),
  reg("ERXPFGCTL_EL1", [3, 0, 5, 4, 5], { f: "RASv1p1", cg: ["TERR", "FIEN"], fg: "HFG:ERXPFGCTL_EL1", h: "ras" }),
  reg("ERXPFGCDN_EL1", [3, 0, 5, 4, 6], { f: "RASv1p1", cg: ["TERR", "FIEN"], fg: "HFG:ERXPFGCDN_EL1", h: "ras" }),
  // ERXMISC2/3 came with RASv1p1.
  ...range(4).map((n) =>
    reg(`ERXMISC${n}_EL1`, [3, 0, 5, 5, n], {
      f: n < 2 ? "RAS" : "RASv1p1",
      cg: ["TERR"],
      fg: "HFG:ERXMISCn_EL1",
      h: "ras",
    }),
  ),
];

// ---- Generic timer (CNTHCTL_EL2 controls are outside the modelled registers: no trap conditions) ----
const TIMERS: TrappableEncoding[] = [
  reg("CNTFRQ_EL0", [3, 3, 14, 0, 0], { el: 0, h: "timer" }),
  reg("CNTPCT_EL0", [3, 3, 14, 0, 1], { a: "ro", el: 0, h: "timer" }),
  reg("CNTVCT_EL0", [3, 3, 14, 0, 2], { a: "ro", el: 0, h: "timer" }),
  reg("CNTPCTSS_EL0", [3, 3, 14, 0, 5], { f: "ECV", a: "ro", el: 0, h: "timer" }),
  reg("CNTVCTSS_EL0", [3, 3, 14, 0, 6], { f: "ECV", a: "ro", el: 0, h: "timer" }),
  reg("CNTKCTL_EL1", [3, 0, 14, 1, 0], { h: "timer" }),
  reg("CNTP_TVAL_EL0", [3, 3, 14, 2, 0], { el: 0, h: "timer" }),
  reg("CNTP_CTL_EL0", [3, 3, 14, 2, 1], { el: 0, h: "timer" }),
  reg("CNTP_CVAL_EL0", [3, 3, 14, 2, 2], { el: 0, h: "timer" }),
  reg("CNTV_TVAL_EL0", [3, 3, 14, 3, 0], { el: 0, h: "timer" }),
  reg("CNTV_CTL_EL0", [3, 3, 14, 3, 1], { el: 0, h: "timer" }),
  reg("CNTV_CVAL_EL0", [3, 3, 14, 3, 2], { el: 0, h: "timer" }),
];

// ---- PMUv3 (MDCR_EL2.TPM traps every PMU register; TPMCR also PMCR_EL0) ----
const PMU_OPTS = { f: "PMUv3", h: "pmu" } as const;
const PMU: TrappableEncoding[] = [
  reg("PMCR_EL0", [3, 3, 9, 12, 0], { ...PMU_OPTS, el: 0, cg: ["TPM", "TPMCR"], fg: "HDFG:PMCR_EL0" }),
  reg("PMCNTENSET_EL0", [3, 3, 9, 12, 1], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMCNTEN" }),
  reg("PMCNTENCLR_EL0", [3, 3, 9, 12, 2], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMCNTEN" }),
  reg("PMOVSCLR_EL0", [3, 3, 9, 12, 3], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMOVS" }),
  reg("PMSWINC_EL0", [3, 3, 9, 12, 4], { ...PMU_OPTS, a: "wo", el: 0, cg: ["TPM"], fg: "HDFG:PMSWINC_EL0" }),
  reg("PMSELR_EL0", [3, 3, 9, 12, 5], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMSELR_EL0" }),
  reg("PMCEID0_EL0", [3, 3, 9, 12, 6], { ...PMU_OPTS, a: "ro", el: 0, cg: ["TPM"], fg: "HDFG:PMCEIDn_EL0" }),
  reg("PMCEID1_EL0", [3, 3, 9, 12, 7], { ...PMU_OPTS, a: "ro", el: 0, cg: ["TPM"], fg: "HDFG:PMCEIDn_EL0" }),
  reg("PMCCNTR_EL0", [3, 3, 9, 13, 0], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMCCNTR_EL0" }),
  reg("PMXEVTYPER_EL0", [3, 3, 9, 13, 1], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMEVTYPERn_EL0" }),
  reg("PMXEVCNTR_EL0", [3, 3, 9, 13, 2], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMEVCNTRn_EL0" }),
  reg("PMUSERENR_EL0", [3, 3, 9, 14, 0], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMUSERENR_EL0" }),
  reg("PMINTENSET_EL1", [3, 0, 9, 14, 1], { ...PMU_OPTS, cg: ["TPM"], fg: "HDFG:PMINTEN" }),
  reg("PMINTENCLR_EL1", [3, 0, 9, 14, 2], { ...PMU_OPTS, cg: ["TPM"], fg: "HDFG:PMINTEN" }),
  reg("PMOVSSET_EL0", [3, 3, 9, 14, 3], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMOVS" }),
  reg("PMMIR_EL1", [3, 0, 9, 14, 6], { f: "PMUv3p4", h: "pmu", a: "ro", cg: ["TPM"], fg: "HDFG:PMMIR_EL1" }),
  reg("PMCCFILTR_EL0", [3, 3, 14, 15, 7], { ...PMU_OPTS, el: 0, cg: ["TPM"], fg: "HDFG:PMCCFILTR_EL0" }),
  ...range(31).map((n) =>
    reg(`PMEVCNTR${n}_EL0`, [3, 3, 14, 8 + (n >> 3), n & 7], {
      ...PMU_OPTS,
      el: 0,
      cg: ["TPM"],
      fg: "HDFG:PMEVCNTRn_EL0",
    }),
  ),
  ...range(31).map((n) =>
    reg(`PMEVTYPER${n}_EL0`, [3, 3, 14, 12 + (n >> 3), n & 7], {
      ...PMU_OPTS,
      el: 0,
      cg: ["TPM"],
      fg: "HDFG:PMEVTYPERn_EL0",
    }),
  ),
];

// ---- Self-hosted debug (MDCR_EL2.TDA/TDOSA/TDRA, and TDE which implies them) ----
const DBG = { h: "debug" } as const;
const DEBUG: TrappableEncoding[] = [
  reg("OSDTRRX_EL1", [2, 0, 0, 0, 2], { ...DBG, cg: ["TDA", "TDE", "TDCC"] }),
  reg("MDCCINT_EL1", [2, 0, 0, 2, 0], { ...DBG, cg: ["TDA", "TDE", "TDCC"] }),
  reg("MDSCR_EL1", [2, 0, 0, 2, 2], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:MDSCR_EL1" }),
  reg("OSDTRTX_EL1", [2, 0, 0, 3, 2], { ...DBG, cg: ["TDA", "TDE", "TDCC"] }),
  reg("OSECCR_EL1", [2, 0, 0, 6, 2], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:OSECCR_EL1" }),
  ...range(16).flatMap((n) => [
    reg(`DBGBVR${n}_EL1`, [2, 0, 0, n, 4], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGBVRn_EL1" }),
    reg(`DBGBCR${n}_EL1`, [2, 0, 0, n, 5], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGBCRn_EL1" }),
    reg(`DBGWVR${n}_EL1`, [2, 0, 0, n, 6], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGWVRn_EL1" }),
    reg(`DBGWCR${n}_EL1`, [2, 0, 0, n, 7], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGWCRn_EL1" }),
  ]),
  reg("MDRAR_EL1", [2, 0, 1, 0, 0], { ...DBG, a: "ro", cg: ["TDRA", "TDE"] }),
  reg("OSLAR_EL1", [2, 0, 1, 0, 4], { ...DBG, a: "wo", cg: ["TDOSA", "TDE"], fg: "HDFG:OSLAR_EL1" }),
  reg("OSLSR_EL1", [2, 0, 1, 1, 4], { ...DBG, a: "ro", cg: ["TDOSA", "TDE"], fg: "HDFG:OSLSR_EL1" }),
  reg("OSDLR_EL1", [2, 0, 1, 3, 4], { ...DBG, cg: ["TDOSA", "TDE"], fg: "HDFG:OSDLR_EL1" }),
  reg("DBGPRCR_EL1", [2, 0, 1, 4, 4], { ...DBG, cg: ["TDOSA", "TDE"], fg: "HDFG:DBGPRCR_EL1" }),
  reg("DBGCLAIMSET_EL1", [2, 0, 7, 8, 6], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGCLAIM" }),
  reg("DBGCLAIMCLR_EL1", [2, 0, 7, 9, 6], { ...DBG, cg: ["TDA", "TDE"], fg: "HDFG:DBGCLAIM" }),
  reg("DBGAUTHSTATUS_EL1", [2, 0, 7, 14, 6], { ...DBG, a: "ro", cg: ["TDA", "TDE"], fg: "HDFG:DBGAUTHSTATUS_EL1" }),
  reg("MDCCSR_EL0", [2, 3, 0, 1, 0], { ...DBG, a: "ro", el: 0, cg: ["TDA", "TDE", "TDCC"] }),
  reg("DBGDTR_EL0", [2, 3, 0, 4, 0], { ...DBG, el: 0, cg: ["TDA", "TDE", "TDCC"] }),
  reg("DBGDTRRX_EL0", [2, 3, 0, 5, 0], { ...DBG, el: 0, cg: ["TDA", "TDE", "TDCC"], alias: ["DBGDTRTX_EL0"] }),
];

// ---- Trace, profiling and branch records ----
const TRACE_AND_PROFILING: TrappableEncoding[] = [
  reg("TRFCR_EL1", [3, 0, 1, 2, 1], { f: "TRF", cg: ["TTRF"], fg: "HDFG:TRFCR_EL1", h: "trace" }),
  reg("TRBLIMITR_EL1", [3, 0, 9, 11, 0], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBLIMITR_EL1", h: "trace" }),
  reg("TRBPTR_EL1", [3, 0, 9, 11, 1], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBPTR_EL1", h: "trace" }),
  reg("TRBBASER_EL1", [3, 0, 9, 11, 2], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBBASER_EL1", h: "trace" }),
  reg("TRBSR_EL1", [3, 0, 9, 11, 3], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBSR_EL1", h: "trace" }),
  reg("TRBMAR_EL1", [3, 0, 9, 11, 4], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBMAR_EL1", h: "trace" }),
  reg("TRBTRG_EL1", [3, 0, 9, 11, 6], { f: "TRBE", cg: ["E2TB"], fg: "HDFG:TRBTRG_EL1", h: "trace" }),
  reg("TRBIDR_EL1", [3, 0, 9, 11, 7], { f: "TRBE", a: "ro", cg: ["E2TB"], fg: "HDFG:TRBIDR_EL1", h: "trace" }),
  reg("PMSCR_EL1", [3, 0, 9, 9, 0], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSCR_EL1", h: "spe" }),
  reg("PMSNEVFR_EL1", [3, 0, 9, 9, 1], { f: "SPE_FnE", cg: ["TPMS"], fg: "HDFG:nPMSNEVFR_EL1", h: "spe" }),
  reg("PMSICR_EL1", [3, 0, 9, 9, 2], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSICR_EL1", h: "spe" }),
  reg("PMSIRR_EL1", [3, 0, 9, 9, 3], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSIRR_EL1", h: "spe" }),
  reg("PMSFCR_EL1", [3, 0, 9, 9, 4], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSFCR_EL1", h: "spe" }),
  reg("PMSEVFR_EL1", [3, 0, 9, 9, 5], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSEVFR_EL1", h: "spe" }),
  reg("PMSLATFR_EL1", [3, 0, 9, 9, 6], { f: "SPE", cg: ["TPMS"], fg: "HDFG:PMSLATFR_EL1", h: "spe" }),
  reg("PMSIDR_EL1", [3, 0, 9, 9, 7], { f: "SPE", a: "ro", cg: ["TPMS"], fg: "HDFG:PMSIDR_EL1", h: "spe" }),
  reg("PMBLIMITR_EL1", [3, 0, 9, 10, 0], { f: "SPE", cg: ["E2PB"], fg: "HDFG:PMBLIMITR_EL1", h: "spe" }),
  reg("PMBPTR_EL1", [3, 0, 9, 10, 1], { f: "SPE", cg: ["E2PB"], fg: "HDFG:PMBPTR_EL1", h: "spe" }),
  reg("PMBSR_EL1", [3, 0, 9, 10, 3], { f: "SPE", cg: ["E2PB"], fg: "HDFG:PMBSR_EL1", h: "spe" }),
  reg("PMBIDR_EL1", [3, 0, 9, 10, 7], { f: "SPE", a: "ro", cg: ["E2PB"], fg: "HDFG:PMBIDR_EL1", h: "spe" }),
  reg("BRBCR_EL1", [2, 1, 9, 0, 0], { f: "BRBE", fg: "HDFG:nBRBCTL", h: "trace" }),
  reg("BRBFCR_EL1", [2, 1, 9, 0, 1], { f: "BRBE", fg: "HDFG:nBRBCTL", h: "trace" }),
  reg("BRBTS_EL1", [2, 1, 9, 0, 2], { f: "BRBE", fg: "HDFG:nBRBCTL", h: "trace" }),
  reg("BRBINFINJ_EL1", [2, 1, 9, 1, 0], { f: "BRBE", fg: "HDFG:nBRBDATA", h: "trace" }),
  reg("BRBSRCINJ_EL1", [2, 1, 9, 1, 1], { f: "BRBE", fg: "HDFG:nBRBDATA", h: "trace" }),
  reg("BRBTGTINJ_EL1", [2, 1, 9, 1, 2], { f: "BRBE", fg: "HDFG:nBRBDATA", h: "trace" }),
  reg("BRBIDR0_EL1", [2, 1, 9, 2, 0], { f: "BRBE", a: "ro", fg: "HDFG:nBRBIDR", h: "trace" }),
];

// ---- Activity monitors (CPTR_EL2.TAM) ----
const AMU_OPTS = { f: "AMUv1", el: 0, h: "amu" } as const;
const AMU: TrappableEncoding[] = [
  reg("AMCR_EL0", [3, 3, 13, 2, 0], { ...AMU_OPTS, cg: ["TAM"] }),
  reg("AMCFGR_EL0", [3, 3, 13, 2, 1], { ...AMU_OPTS, a: "ro", cg: ["TAM"] }),
  reg("AMCGCR_EL0", [3, 3, 13, 2, 2], { ...AMU_OPTS, a: "ro", cg: ["TAM"] }),
  reg("AMUSERENR_EL0", [3, 3, 13, 2, 3], { ...AMU_OPTS, cg: ["TAM"] }),
  reg("AMCNTENCLR0_EL0", [3, 3, 13, 2, 4], { ...AMU_OPTS, cg: ["TAM"], fg: "HAFG:AMCNTEN0" }),
  reg("AMCNTENSET0_EL0", [3, 3, 13, 2, 5], { ...AMU_OPTS, cg: ["TAM"], fg: "HAFG:AMCNTEN0" }),
  reg("AMCNTENCLR1_EL0", [3, 3, 13, 3, 0], { ...AMU_OPTS, cg: ["TAM"], fg: "HAFG:AMCNTEN1" }),
  reg("AMCNTENSET1_EL0", [3, 3, 13, 3, 1], { ...AMU_OPTS, cg: ["TAM"], fg: "HAFG:AMCNTEN1" }),
  ...range(4).map((n) =>
    reg(`AMEVCNTR0${n}_EL0`, [3, 3, 13, 4, n], { ...AMU_OPTS, cg: ["TAM"], fg: `HAFG:AMEVCNTR0${n}_EL0` }),
  ),
  ...range(4).map((n) => reg(`AMEVTYPER0${n}_EL0`, [3, 3, 13, 6, n], { ...AMU_OPTS, a: "ro", cg: ["TAM"] })),
  ...range(16).map((n) =>
    reg(`AMEVCNTR1${n}_EL0`, [3, 3, 13, 12 + (n >> 3), n & 7], {
      ...AMU_OPTS,
      cg: ["TAM"],
      fg: `HAFG:AMEVCNTR1${n}_EL0`,
    }),
  ),
  ...range(16).map((n) =>
    reg(`AMEVTYPER1${n}_EL0`, [3, 3, 13, 14 + (n >> 3), n & 7], {
      ...AMU_OPTS,
      cg: ["TAM"],
      fg: `HAFG:AMEVTYPER1${n}_EL0`,
    }),
  ),
];

// ---- TLB maintenance (HCR_EL2.TTLB traps all; TTLBIS/TTLBOS the broadcast forms) ----
interface Tlbi {
  readonly op: string;
  readonly crm: number;
  readonly op2: number;
  readonly scope: "" | "IS" | "OS";
  readonly f?: string;
}
const TLBI_BASE: readonly (readonly [string, number])[] = [
  ["VMALLE1", 0],
  ["VAE1", 1],
  ["ASIDE1", 2],
  ["VAAE1", 3],
  ["VALE1", 5],
  ["VAALE1", 7],
];
const TLBI_RANGE: readonly (readonly [string, number])[] = [
  ["RVAE1", 1],
  ["RVAAE1", 3],
  ["RVALE1", 5],
  ["RVAALE1", 7],
];
const TLBI_OPS: Tlbi[] = [
  ...TLBI_BASE.map(([op, op2]) => ({ op, crm: 7, op2, scope: "" as const })),
  ...TLBI_BASE.map(([op, op2]) => ({ op, crm: 3, op2, scope: "IS" as const })),
  ...TLBI_BASE.map(([op, op2]) => ({ op, crm: 1, op2, scope: "OS" as const, f: "TLBIOS" })),
  ...TLBI_RANGE.map(([op, op2]) => ({ op, crm: 6, op2, scope: "" as const, f: "TLBIRANGE" })),
  ...TLBI_RANGE.map(([op, op2]) => ({ op, crm: 2, op2, scope: "IS" as const, f: "TLBIRANGE" })),
  ...TLBI_RANGE.map(([op, op2]) => ({ op, crm: 5, op2, scope: "OS" as const, f: "TLBIRANGE&TLBIOS" })),
];

function tlbi(t: Tlbi, nxs: boolean): TrappableEncoding {
  const cg = t.scope === "IS" ? ["TTLB", "TTLBIS"] : t.scope === "OS" ? ["TTLB", "TTLBOS"] : ["TTLB"];
  const f = nxs ? (t.f === undefined ? "XS" : `${t.f}&XS`) : t.f;
  const opts: Opts = { cg, fg: `HFGI:TLBI${t.op}${t.scope}`, h: "tlbi" };
  return ins(
    `TLBI_${t.op}${t.scope}${nxs ? "NXS" : ""}`,
    [1, 0, nxs ? 9 : 8, t.crm, t.op2],
    f === undefined ? opts : { ...opts, f },
  );
}

const TLB_MAINTENANCE: TrappableEncoding[] = [
  ...TLBI_OPS.map((t) => tlbi(t, false)),
  ...TLBI_OPS.map((t) => tlbi(t, true)),
];

// ---- Address translation, cache maintenance, prediction restriction, GCS, BRBE ----
const SYS_INSTRUCTIONS: TrappableEncoding[] = [
  ins("AT_S1E1R", [1, 0, 7, 8, 0], { cg: ["AT"], fg: "HFGI:ATS1E1R", h: "address-translation" }),
  ins("AT_S1E1W", [1, 0, 7, 8, 1], { cg: ["AT"], fg: "HFGI:ATS1E1W", h: "address-translation" }),
  ins("AT_S1E0R", [1, 0, 7, 8, 2], { cg: ["AT"], fg: "HFGI:ATS1E0R", h: "address-translation" }),
  ins("AT_S1E0W", [1, 0, 7, 8, 3], { cg: ["AT"], fg: "HFGI:ATS1E0W", h: "address-translation" }),
  ins("AT_S1E1RP", [1, 0, 7, 9, 0], { f: "PAN2", cg: ["AT"], fg: "HFGI:ATS1E1RP", h: "address-translation" }),
  ins("AT_S1E1WP", [1, 0, 7, 9, 1], { f: "PAN2", cg: ["AT"], fg: "HFGI:ATS1E1WP", h: "address-translation" }),
  ins("AT_S1E1A", [1, 0, 7, 9, 2], { f: "ATS1A", cg: ["AT"], fg: "HFGI:ATS1E1A", h: "address-translation" }),
  ins("IC_IALLUIS", [1, 0, 7, 1, 0], { cg: ["TPU", "TICAB"], fg: "HFGI:ICIALLUIS", h: "cache-maintenance" }),
  ins("IC_IALLU", [1, 0, 7, 5, 0], { cg: ["TPU", "TOCU"], fg: "HFGI:ICIALLU", h: "cache-maintenance" }),
  ins("IC_IVAU", [1, 3, 7, 5, 1], { el: 0, cg: ["TPU", "TOCU"], fg: "HFGI:ICIVAU", h: "cache-maintenance" }),
  ins("DC_IVAC", [1, 0, 7, 6, 1], { cg: ["TPCP"], fg: "HFGI:DCIVAC", h: "cache-maintenance" }),
  ins("DC_ISW", [1, 0, 7, 6, 2], { cg: ["TSW"], fg: "HFGI:DCISW", h: "set-way" }),
  ins("DC_CSW", [1, 0, 7, 10, 2], { cg: ["TSW"], fg: "HFGI:DCCSW", h: "set-way" }),
  ins("DC_CISW", [1, 0, 7, 14, 2], { cg: ["TSW"], fg: "HFGI:DCCISW", h: "set-way" }),
  ins("DC_ZVA", [1, 3, 7, 4, 1], { el: 0, cg: ["TDZ"], fg: "HFGI:DCZVA", h: "cache-maintenance" }),
  ins("DC_CVAC", [1, 3, 7, 10, 1], { el: 0, cg: ["TPCP"], fg: "HFGI:DCCVAC", h: "cache-maintenance" }),
  ins("DC_CVAU", [1, 3, 7, 11, 1], { el: 0, cg: ["TPU", "TOCU"], fg: "HFGI:DCCVAU", h: "cache-maintenance" }),
  ins("DC_CVAP", [1, 3, 7, 12, 1], { f: "DPB", el: 0, cg: ["TPCP"], fg: "HFGI:DCCVAP", h: "cache-maintenance" }),
  ins("DC_CVADP", [1, 3, 7, 13, 1], { f: "DPB2", el: 0, cg: ["TPCP"], fg: "HFGI:DCCVADP", h: "cache-maintenance" }),
  ins("DC_CIVAC", [1, 3, 7, 14, 1], { el: 0, cg: ["TPCP"], fg: "HFGI:DCCIVAC", h: "cache-maintenance" }),
  ins("DC_CIVAPS", [1, 0, 7, 15, 1], { f: "PoPS", fg: "HFGI2:nDCCIVAPS", h: "cache-maintenance" }),
  ins("CFP_RCTX", [1, 3, 7, 3, 4], { f: "SPECRES", el: 0, fg: "HFGI:CFPRCTX", h: "cache-maintenance" }),
  ins("DVP_RCTX", [1, 3, 7, 3, 5], { f: "SPECRES", el: 0, fg: "HFGI:DVPRCTX", h: "cache-maintenance" }),
  ins("COSP_RCTX", [1, 3, 7, 3, 6], { f: "SPECRES2", el: 0, fg: "HFGI:COSPRCTX", h: "cache-maintenance" }),
  ins("CPP_RCTX", [1, 3, 7, 3, 7], { f: "SPECRES", el: 0, fg: "HFGI:CPPRCTX", h: "cache-maintenance" }),
  ins("GCSPUSHM", [1, 3, 7, 7, 0], { f: "GCS", el: 0, fg: "HFGI:nGCSPUSHM_EL1", h: "gcs" }),
  ins("GCSPUSHX", [1, 0, 7, 7, 4], { f: "GCS", fg: "HFGI:nGCSEPP", h: "gcs" }),
  ins("GCSPOPCX", [1, 0, 7, 7, 5], { f: "GCS", fg: "HFGI:nGCSEPP", h: "gcs" }),
  ins("BRB_IALL", [1, 1, 7, 2, 4], { f: "BRBE", fg: "HFGI:nBRBIALL", h: "trace" }),
  ins("BRB_INJ", [1, 1, 7, 2, 5], { f: "BRBE", fg: "HFGI:nBRBINJ", h: "trace" }),
];

// ---- EL2 registers and instructions a guest hypervisor uses at virtual EL2 (HCR_EL2.NV traps them) ----
const EL2 = { el: 2 as const, cg: ["NV"], h: "nested-el2" as const };
const NESTED_EL2: TrappableEncoding[] = [
  reg("VPIDR_EL2", [3, 4, 0, 0, 0], { ...EL2, f: "EL2" }),
  reg("VMPIDR_EL2", [3, 4, 0, 0, 5], { ...EL2, f: "EL2" }),
  reg("SCTLR_EL2", [3, 4, 1, 0, 0], { ...EL2, f: "EL2" }),
  reg("ACTLR_EL2", [3, 4, 1, 0, 1], { ...EL2, f: "EL2" }),
  reg("SCTLR2_EL2", [3, 4, 1, 0, 3], { ...EL2, f: "EL2&SCTLR2" }),
  reg("HCR_EL2", [3, 4, 1, 1, 0], { ...EL2, f: "EL2" }),
  reg("MDCR_EL2", [3, 4, 1, 1, 1], { ...EL2, f: "EL2" }),
  reg("CPTR_EL2", [3, 4, 1, 1, 2], { ...EL2, f: "EL2" }),
  reg("HSTR_EL2", [3, 4, 1, 1, 3], { ...EL2, f: "EL2" }),
  reg("HFGRTR_EL2", [3, 4, 1, 1, 4], { ...EL2, f: "EL2&FGT" }),
  reg("HFGWTR_EL2", [3, 4, 1, 1, 5], { ...EL2, f: "EL2&FGT" }),
  reg("HFGITR_EL2", [3, 4, 1, 1, 6], { ...EL2, f: "EL2&FGT" }),
  reg("HACR_EL2", [3, 4, 1, 1, 7], { ...EL2, f: "EL2" }),
  reg("ZCR_EL2", [3, 4, 1, 2, 0], { ...EL2, f: "EL2&SVE" }),
  reg("HCRX_EL2", [3, 4, 1, 2, 2], { ...EL2, f: "EL2&HCX" }),
  reg("TTBR0_EL2", [3, 4, 2, 0, 0], { ...EL2, f: "EL2" }),
  reg("TTBR1_EL2", [3, 4, 2, 0, 1], { ...EL2, f: "EL2&VHE" }),
  reg("TCR_EL2", [3, 4, 2, 0, 2], { ...EL2, f: "EL2" }),
  reg("TCR2_EL2", [3, 4, 2, 0, 3], { ...EL2, f: "EL2&TCR2" }),
  reg("VTTBR_EL2", [3, 4, 2, 1, 0], { ...EL2, f: "EL2" }),
  reg("VTCR_EL2", [3, 4, 2, 1, 2], { ...EL2, f: "EL2" }),
  reg("VNCR_EL2", [3, 4, 2, 2, 0], { ...EL2, f: "EL2&NV2" }),
  reg("HDFGRTR2_EL2", [3, 4, 3, 1, 0], { ...EL2, f: "EL2&FGT&FGT2" }),
  reg("HDFGWTR2_EL2", [3, 4, 3, 1, 1], { ...EL2, f: "EL2&FGT&FGT2" }),
  reg("HFGRTR2_EL2", [3, 4, 3, 1, 2], { ...EL2, f: "EL2&FGT&FGT2" }),
  reg("HFGWTR2_EL2", [3, 4, 3, 1, 3], { ...EL2, f: "EL2&FGT&FGT2" }),
  reg("HDFGRTR_EL2", [3, 4, 3, 1, 4], { ...EL2, f: "EL2&FGT" }),
  reg("HDFGWTR_EL2", [3, 4, 3, 1, 5], { ...EL2, f: "EL2&FGT" }),
  reg("HAFGRTR_EL2", [3, 4, 3, 1, 6], { ...EL2, f: "EL2&FGT&AMUv1" }),
  reg("HFGITR2_EL2", [3, 4, 3, 1, 7], { ...EL2, f: "EL2&FGT&FGT2" }),
  reg("SPSR_EL2", [3, 4, 4, 0, 0], { ...EL2, f: "EL2" }),
  reg("ELR_EL2", [3, 4, 4, 0, 1], { ...EL2, f: "EL2" }),
  reg("SP_EL1", [3, 4, 4, 1, 0], { ...EL2, f: "EL2" }),
  reg("AFSR0_EL2", [3, 4, 5, 1, 0], { ...EL2, f: "EL2" }),
  reg("AFSR1_EL2", [3, 4, 5, 1, 1], { ...EL2, f: "EL2" }),
  reg("ESR_EL2", [3, 4, 5, 2, 0], { ...EL2, f: "EL2" }),
  reg("FAR_EL2", [3, 4, 6, 0, 0], { ...EL2, f: "EL2" }),
  reg("HPFAR_EL2", [3, 4, 6, 0, 4], { ...EL2, f: "EL2" }),
  reg("MAIR_EL2", [3, 4, 10, 2, 0], { ...EL2, f: "EL2" }),
  reg("AMAIR_EL2", [3, 4, 10, 3, 0], { ...EL2, f: "EL2" }),
  reg("VBAR_EL2", [3, 4, 12, 0, 0], { ...EL2, f: "EL2" }),
  reg("CONTEXTIDR_EL2", [3, 4, 13, 0, 1], { ...EL2, f: "EL2&VHE" }),
  reg("TPIDR_EL2", [3, 4, 13, 0, 2], { ...EL2, f: "EL2" }),
  reg("CNTVOFF_EL2", [3, 4, 14, 0, 3], { ...EL2, f: "EL2" }),
  reg("CNTHCTL_EL2", [3, 4, 14, 1, 0], { ...EL2, f: "EL2" }),
  reg("CNTHP_TVAL_EL2", [3, 4, 14, 2, 0], { ...EL2, f: "EL2" }),
  reg("CNTHP_CTL_EL2", [3, 4, 14, 2, 1], { ...EL2, f: "EL2" }),
  reg("CNTHP_CVAL_EL2", [3, 4, 14, 2, 2], { ...EL2, f: "EL2" }),
  reg("SCTLR_EL12", [3, 5, 1, 0, 0], { ...EL2, f: "EL2&VHE" }),
  reg("CPACR_EL12", [3, 5, 1, 0, 2], { ...EL2, f: "EL2&VHE" }),
  reg("TTBR0_EL12", [3, 5, 2, 0, 0], { ...EL2, f: "EL2&VHE" }),
  reg("TTBR1_EL12", [3, 5, 2, 0, 1], { ...EL2, f: "EL2&VHE" }),
  reg("TCR_EL12", [3, 5, 2, 0, 2], { ...EL2, f: "EL2&VHE" }),
  reg("SPSR_EL12", [3, 5, 4, 0, 0], { ...EL2, f: "EL2&VHE" }),
  reg("ELR_EL12", [3, 5, 4, 0, 1], { ...EL2, f: "EL2&VHE" }),
  reg("ESR_EL12", [3, 5, 5, 2, 0], { ...EL2, f: "EL2&VHE" }),
  reg("FAR_EL12", [3, 5, 6, 0, 0], { ...EL2, f: "EL2&VHE" }),
  reg("MAIR_EL12", [3, 5, 10, 2, 0], { ...EL2, f: "EL2&VHE" }),
  reg("VBAR_EL12", [3, 5, 12, 0, 0], { ...EL2, f: "EL2&VHE" }),
  reg("CONTEXTIDR_EL12", [3, 5, 13, 0, 1], { ...EL2, f: "EL2&VHE" }),
  reg("CNTKCTL_EL12", [3, 5, 14, 1, 0], { ...EL2, f: "EL2&VHE" }),
  ins("AT_S1E2R", [1, 4, 7, 8, 0], { ...EL2, f: "EL2" }),
  ins("AT_S1E2W", [1, 4, 7, 8, 1], { ...EL2, f: "EL2" }),
  ins("AT_S12E1R", [1, 4, 7, 8, 4], { ...EL2, f: "EL2" }),
  ins("AT_S12E1W", [1, 4, 7, 8, 5], { ...EL2, f: "EL2" }),
  ins("AT_S12E0R", [1, 4, 7, 8, 6], { ...EL2, f: "EL2" }),
  ins("AT_S12E0W", [1, 4, 7, 8, 7], { ...EL2, f: "EL2" }),
  ins("TLBI_IPAS2E1IS", [1, 4, 8, 0, 1], { ...EL2, f: "EL2" }),
  ins("TLBI_IPAS2LE1IS", [1, 4, 8, 0, 5], { ...EL2, f: "EL2" }),
  ins("TLBI_ALLE2IS", [1, 4, 8, 3, 0], { ...EL2, f: "EL2" }),
  ins("TLBI_VAE2IS", [1, 4, 8, 3, 1], { ...EL2, f: "EL2" }),
  ins("TLBI_ALLE1IS", [1, 4, 8, 3, 4], { ...EL2, f: "EL2" }),
  ins("TLBI_VALE2IS", [1, 4, 8, 3, 5], { ...EL2, f: "EL2" }),
  ins("TLBI_VMALLS12E1IS", [1, 4, 8, 3, 6], { ...EL2, f: "EL2" }),
  ins("TLBI_IPAS2E1", [1, 4, 8, 4, 1], { ...EL2, f: "EL2" }),
  ins("TLBI_IPAS2LE1", [1, 4, 8, 4, 5], { ...EL2, f: "EL2" }),
  ins("TLBI_ALLE2", [1, 4, 8, 7, 0], { ...EL2, f: "EL2" }),
  ins("TLBI_VAE2", [1, 4, 8, 7, 1], { ...EL2, f: "EL2" }),
  ins("TLBI_ALLE1", [1, 4, 8, 7, 4], { ...EL2, f: "EL2" }),
  ins("TLBI_VALE2", [1, 4, 8, 7, 5], { ...EL2, f: "EL2" }),
  ins("TLBI_VMALLS12E1", [1, 4, 8, 7, 6], { ...EL2, f: "EL2" }),
];

// ---- IMPLEMENTATION DEFINED space: op0=3, CRn=11 or 15, any op1/CRm/op2 (HCR_EL2.TIDCP) ----
const IMPDEF: TrappableEncoding[] = [11, 15].flatMap((crn) =>
  range(8).flatMap((op1) =>
    range(16).flatMap((crm) =>
      range(8).map((op2) => reg(`S3_${op1}_C${crn}_C${crm}_${op2}`, [3, op1, crn, crm, op2], { el: 0, cg: ["TIDCP"] })),
    ),
  ),
);

/** Every trappable encoding a64vm knows, one entry per encoding. */
export const TRAPPABLE_ENCODINGS: readonly TrappableEncoding[] = [
  ...ID_SPACE,
  ...IDENTIFICATION,
  ...VIRTUAL_MEMORY,
  ...CONTEXT,
  ...FLOATING_POINT,
  ...PAUTH_KEYS,
  ...LOR_AND_RAS,
  ...TIMERS,
  ...PMU,
  ...DEBUG,
  ...TRACE_AND_PROFILING,
  ...AMU,
  ...TLB_MAINTENANCE,
  ...SYS_INSTRUCTIONS,
  ...NESTED_EL2,
  ...IMPDEF,
];
