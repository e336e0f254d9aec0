/** Disassembly of base system instructions: hints, barriers, PSTATE, SYS/SYSL and MRS/MSR. */
import { formatGenericName } from "@a64vm/sysreg";
import { type FormatterTable, r, x } from "./format";
import { sysAliasText } from "./sys-aliases";
import { sysRegName } from "./sysreg-names";

type Fields = Readonly<Record<string, number>>;

const lower = (name: string) => (): string => name;

/**
 * Hint-space spellings LLVM uses for hints this decoder keeps as plain HINT (they execute as NOP
 * where unimplemented, so they need no feature): PACM and the store/shared-update hints of CRm=6.
 */
const HINT_NAMES: Readonly<Record<number, string>> = {
  39: "pacm",
  50: "shuh",
  51: "shuh ph",
  52: "stcph",
  53: "stshh #5",
  54: "stshh #6",
  55: "stshh #7",
};

/** Barrier option names by CRm; unnamed values print as `#imm`. */
const BARRIER_OPTIONS = [
  "",
  "oshld",
  "oshst",
  "osh",
  "",
  "nshld",
  "nshst",
  "nsh",
  "",
  "ishld",
  "ishst",
  "ish",
  "",
  "ld",
  "st",
  "sy",
];

function barrier(mn: string, crm: number): string {
  const name = BARRIER_OPTIONS[crm];
  return name === "" || name === undefined ? `${mn} #${crm}` : `${mn} ${name}`;
}

/** PSTATE field names by "op1.op2" for MSR (immediate). */
const PSTATE_FIELDS: Readonly<Record<string, string>> = {
  "0.3": "UAO",
  "0.4": "PAN",
  "0.5": "SPSel",
  "3.2": "DIT",
  "3.1": "SSBS",
  "3.4": "TCO",
  "3.6": "DAIFSet",
  "3.7": "DAIFClr",
};

function generic(op0: number, f: Fields): string {
  return formatGenericName({ op0, op1: f.op1!, crn: 4, crm: f.crm!, op2: f.op2! });
}

function msrImmediate(f: Fields): string {
  const op1 = f.op1!;
  const op2 = f.op2!;
  const crm = f.crm!;
  const key = `${op1}.${op2}`;
  if (key === "3.3") {
    const which = ["", " sm", " za", ""][(crm >> 1) & 3];
    if (crm >> 1 !== 0 && crm >> 1 <= 3) return `${crm & 1 ? "smstart" : "smstop"}${which}`;
  }
  if (key === "1.0" && crm >> 1 === 0) return `msr ALLINT, #${crm & 1}`;
  if (key === "1.0" && crm >> 1 === 1) return `msr PM, #${crm & 1}`;
  const name = PSTATE_FIELDS[key];
  if (name !== undefined) return `msr ${name}, #${crm}`;
  return `msr ${generic(0, f)}, xzr`;
}

function sys(f: Fields): string {
  const alias = sysAliasText("sys", f.op1!, f.crn!, f.crm!, f.op2!, f.rt!);
  if (alias !== null) return alias;
  const base = `sys #${f.op1!}, c${f.crn!}, c${f.crm!}, #${f.op2!}`;
  return f.rt === 31 ? base : `${base}, ${x(f.rt!)}`;
}

function regName(f: Fields, direction: "read" | "write"): string {
  return sysRegName({ op0: f.op0!, op1: f.op1!, crn: f.crn!, crm: f.crm!, op2: f.op2! }, direction);
}

const tchange = (f: Readonly<Record<string, number>>, operand: string): string =>
  `tchange${f.b ? "b" : "f"} ${x(f.rd!)}, ${operand}${f.nb ? ", nb" : ""}`;

export const BASE_SYSTEM_FORMAT: FormatterTable = {
  TCHANGE_r: (_, f) => tchange(f, x(f.rn!)),
  TCHANGE_i: (_, f) => tchange(f, `#${f.imm7!}`),
  HINT: (_, f) => HINT_NAMES[(f.crm! << 3) | f.op2!] ?? `hint #${(f.crm! << 3) | f.op2!}`,
  NOP: lower("nop"),
  YIELD: lower("yield"),
  WFE: lower("wfe"),
  WFI: lower("wfi"),
  SEV: lower("sev"),
  SEVL: lower("sevl"),
  DGH: lower("dgh"),
  XPACLRI: lower("xpaclri"),
  PACIA1716: lower("pacia1716"),
  PACIB1716: lower("pacib1716"),
  AUTIA1716: lower("autia1716"),
  AUTIB1716: lower("autib1716"),
  ESB: lower("esb"),
  PSB_CSYNC: lower("psb csync"),
  TSB_CSYNC: lower("tsb csync"),
  GCSB_DSYNC: lower("gcsb dsync"),
  CSDB: lower("csdb"),
  CLRBHB: lower("clrbhb"),
  PACIAZ: lower("paciaz"),
  PACIASP: lower("paciasp"),
  PACIBZ: lower("pacibz"),
  PACIBSP: lower("pacibsp"),
  AUTIAZ: lower("autiaz"),
  AUTIASP: lower("autiasp"),
  AUTIBZ: lower("autibz"),
  AUTIBSP: lower("autibsp"),
  BTI: (_, f) => ["bti r", "bti c", "bti j", "bti jc"][f.targets!]!,
  CHKFEAT: lower("chkfeat x16"),
  STSHH: (_, f) => (f.policy ? "stshh strm" : "stshh keep"),
  CLREX: (_, f) => (f.crm === 15 ? "clrex" : `clrex #${f.crm!}`),
  DSB: (_, f) => (f.crm === 0 ? "ssbb" : f.crm === 4 ? "pssbb" : f.crm === 12 ? "dfb" : barrier("dsb", f.crm!)),
  DMB: (_, f) => barrier("dmb", f.crm!),
  ISB: (_, f) => (f.crm === 15 ? "isb" : `isb #${f.crm!}`),
  SB: lower("sb"),
  DSB_nXS: (_, f) => `dsb ${["oshnxs", "nshnxs", "ishnxs", "synxs"][f.imm2!]!}`,
  MSR_imm: (_, f) => msrImmediate(f),
  CFINV: lower("cfinv"),
  XAFLAG: lower("xaflag"),
  AXFLAG: lower("axflag"),
  SYS: (_, f) => sys(f),
  SYSL: (_, f) =>
    sysAliasText("sysl", f.op1!, f.crn!, f.crm!, f.op2!, f.rt!) ??
    `sysl ${r(1, f.rt!)}, #${f.op1!}, c${f.crn!}, c${f.crm!}, #${f.op2!}`,
  MSR_reg: (_, f) => `msr ${regName(f, "write")}, ${r(1, f.rt!)}`,
  MRS: (_, f) => `mrs ${r(1, f.rt!)}, ${regName(f, "read")}`,
  SYSP: (_, f) => {
    const alias = sysAliasText("sysp", f.op1!, f.crn!, f.crm!, f.op2!, f.rt!);
    if (alias !== null) return alias;
    const base = `sysp #${f.op1!}, c${f.crn!}, c${f.crm!}, #${f.op2!}`;
    return f.rt === 31 ? base : `${base}, ${x(f.rt!)}, ${x(f.rt! + 1)}`;
  },
  MSRR: (_, f) => `msrr ${regName(f, "write")}, ${x(f.rt! * 2)}, ${x(f.rt! * 2 + 1)}`,
  MRRS: (_, f) => `mrrs ${x(f.rt! * 2)}, ${x(f.rt! * 2 + 1)}, ${regName(f, "read")}`,
};
