/** Disassembly of base data processing (register) with LLVM's preferred aliases. */
import { CONDITIONS, EXTENDS, type Formatter, type FormatterTable, r, rsp, SHIFTS, x } from "./format";

type Fields = Readonly<Record<string, number>>;

/** `, lsr #3` after a shifted register; LSL #0 prints nothing. */
function shiftSuffix(f: Fields): string {
  return f.shift === 0 && f.imm6 === 0 ? "" : `, ${SHIFTS[f.shift!]!} #${f.imm6!}`;
}

function logical(mn: string, alias: (f: Fields) => string | null): Formatter {
  return (_, f) => {
    const a = alias(f);
    if (a !== null) return a;
    const sf = f.sf!;
    return `${mn} ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${r(sf, f.rm!)}${shiftSuffix(f)}`;
  };
}

const noAlias = (): null => null;

function addSubShift(mn: string, flagsAlias: string | null, negAlias: string | null): Formatter {
  return (_, f) => {
    const sf = f.sf!;
    const rm = `${r(sf, f.rm!)}${shiftSuffix(f)}`;
    if (flagsAlias !== null && f.rd === 31) return `${flagsAlias} ${r(sf, f.rn!)}, ${rm}`;
    if (negAlias !== null && f.rn === 31) return `${negAlias} ${r(sf, f.rd!)}, ${rm}`;
    return `${mn} ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${rm}`;
  };
}

function addSubExtend(mn: string, flagsAlias: string | null): Formatter {
  return (_, f) => {
    const sf = f.sf!;
    const option = f.option!;
    const rm = sf && (option & 3) === 3 ? x(f.rm!) : r(0, f.rm!);
    const usesSp = f.rn === 31 || (flagsAlias === null && f.rd === 31);
    const lslForm = usesSp && option === (sf ? 3 : 2);
    const ext = lslForm
      ? f.imm3 === 0
        ? ""
        : `, lsl #${f.imm3!}`
      : `, ${EXTENDS[option]!}${f.imm3 ? ` #${f.imm3}` : ""}`;
    const rn = rsp(sf, f.rn!);
    if (flagsAlias !== null && f.rd === 31) return `${flagsAlias} ${rn}, ${rm}${ext}`;
    const rd = flagsAlias === null ? rsp(sf, f.rd!) : r(sf, f.rd!);
    return `${mn} ${rd}, ${rn}, ${rm}${ext}`;
  };
}

function carry(mn: string, negAlias: string | null): Formatter {
  return (_, f) => {
    const sf = f.sf!;
    if (negAlias !== null && f.rn === 31) return `${negAlias} ${r(sf, f.rd!)}, ${r(sf, f.rm!)}`;
    return `${mn} ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${r(sf, f.rm!)}`;
  };
}

function condCompare(mn: string, imm: boolean): Formatter {
  return (_, f) => {
    const second = imm ? `#${f.imm5!}` : r(f.sf!, f.rm!);
    return `${mn} ${r(f.sf!, f.rn!)}, ${second}, #${f.nzcv!}, ${CONDITIONS[f.cond!]!}`;
  };
}

const invert = (cond: number): string => CONDITIONS[cond ^ 1]!;

function condSelect(mn: string, same: string | null, zero: string | null): Formatter {
  return (_, f) => {
    const sf = f.sf!;
    const cond = f.cond!;
    if (cond < 14 && f.rm === f.rn) {
      if (zero !== null && f.rn === 31) return `${zero} ${r(sf, f.rd!)}, ${invert(cond)}`;
      if (same !== null) return `${same} ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${invert(cond)}`;
    }
    return `${mn} ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${r(sf, f.rm!)}, ${CONDITIONS[cond]!}`;
  };
}

function threeSource(mn: string, alias: string, long: boolean): Formatter {
  return (_, f) => {
    const sf = long ? 1 : f.sf!;
    const src = long ? 0 : sf;
    const ops = `${r(sf, f.rd!)}, ${r(src, f.rn!)}, ${r(src, f.rm!)}`;
    return f.ra === 31 ? `${alias} ${ops}` : `${mn} ${ops}, ${r(sf, f.ra!)}`;
  };
}

const two =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn} ${r(f.sf!, f.rd!)}, ${r(f.sf!, f.rn!)}, ${r(f.sf!, f.rm!)}`;
const one =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn} ${r(f.sf!, f.rd!)}, ${r(f.sf!, f.rn!)}`;

const PAC_KEYS = ["pacia", "pacib", "pacda", "pacdb", "autia", "autib", "autda", "autdb"];

export const BASE_DP_REG_FORMAT: FormatterTable = {
  AND_shift: logical("and", noAlias),
  BIC_shift: logical("bic", noAlias),
  ORR_shift: logical("orr", (f) =>
    f.rn === 31 && f.shift === 0 && f.imm6 === 0 ? `mov ${r(f.sf!, f.rd!)}, ${r(f.sf!, f.rm!)}` : null,
  ),
  ORN_shift: logical("orn", (f) =>
    f.rn === 31 ? `mvn ${r(f.sf!, f.rd!)}, ${r(f.sf!, f.rm!)}${shiftSuffix(f)}` : null,
  ),
  EOR_shift: logical("eor", noAlias),
  EON_shift: logical("eon", noAlias),
  ANDS_shift: logical("ands", (f) =>
    f.rd === 31 ? `tst ${r(f.sf!, f.rn!)}, ${r(f.sf!, f.rm!)}${shiftSuffix(f)}` : null,
  ),
  BICS_shift: logical("bics", noAlias),
  ADD_shift: addSubShift("add", null, null),
  ADDS_shift: addSubShift("adds", "cmn", null),
  SUB_shift: addSubShift("sub", null, "neg"),
  SUBS_shift: addSubShift("subs", "cmp", "negs"),
  ADD_ext: addSubExtend("add", null),
  ADDS_ext: addSubExtend("adds", "cmn"),
  SUB_ext: addSubExtend("sub", null),
  SUBS_ext: addSubExtend("subs", "cmp"),
  ADC: carry("adc", null),
  ADCS: carry("adcs", null),
  SBC: carry("sbc", "ngc"),
  SBCS: carry("sbcs", "ngcs"),
  RMIF: (_, f) => `rmif ${x(f.rn!)}, #${f.imm6!}, #${f.mask!}`,
  SETF: (_, f) => `setf${f.sz ? 16 : 8} ${r(0, f.rn!)}`,
  CCMN_reg: condCompare("ccmn", false),
  CCMP_reg: condCompare("ccmp", false),
  CCMN_imm: condCompare("ccmn", true),
  CCMP_imm: condCompare("ccmp", true),
  CSEL: condSelect("csel", null, null),
  CSINC: condSelect("csinc", "cinc", "cset"),
  CSINV: condSelect("csinv", "cinv", "csetm"),
  CSNEG: condSelect("csneg", "cneg", null),
  MADD: threeSource("madd", "mul", false),
  MSUB: threeSource("msub", "mneg", false),
  SMADDL: threeSource("smaddl", "smull", true),
  SMSUBL: threeSource("smsubl", "smnegl", true),
  SMULH: (_, f) => `smulh ${x(f.rd!)}, ${x(f.rn!)}, ${x(f.rm!)}`,
  UMADDL: threeSource("umaddl", "umull", true),
  UMSUBL: threeSource("umsubl", "umnegl", true),
  UMULH: (_, f) => `umulh ${x(f.rd!)}, ${x(f.rn!)}, ${x(f.rm!)}`,
  UDIV: two("udiv"),
  SDIV: two("sdiv"),
  LSLV: two("lsl"),
  LSRV: two("lsr"),
  ASRV: two("asr"),
  RORV: two("ror"),
  CRC32: (_, f) => `crc32${"bhwx"[f.sz!]!} ${r(0, f.rd!)}, ${r(0, f.rn!)}, ${r(f.sz === 3 ? 1 : 0, f.rm!)}`,
  CRC32C: (_, f) => `crc32c${"bhwx"[f.sz!]!} ${r(0, f.rd!)}, ${r(0, f.rn!)}, ${r(f.sz === 3 ? 1 : 0, f.rm!)}`,
  SMAX_reg: two("smax"),
  UMAX_reg: two("umax"),
  SMIN_reg: two("smin"),
  UMIN_reg: two("umin"),
  SUBP: (_, f) => `subp ${x(f.rd!)}, ${rsp(1, f.rn!)}, ${rsp(1, f.rm!)}`,
  SUBPS: (_, f) => `subps ${x(f.rd!)}, ${rsp(1, f.rn!)}, ${rsp(1, f.rm!)}`,
  IRG: (_, f) => `irg ${rsp(1, f.rd!)}, ${rsp(1, f.rn!)}${f.rm === 31 ? "" : `, ${x(f.rm!)}`}`,
  GMI: (_, f) => `gmi ${x(f.rd!)}, ${rsp(1, f.rn!)}, ${x(f.rm!)}`,
  PACGA: (_, f) => `pacga ${x(f.rd!)}, ${x(f.rn!)}, ${rsp(1, f.rm!)}`,
  RBIT: one("rbit"),
  REV16: one("rev16"),
  REV32: (_, f) => `rev32 ${x(f.rd!)}, ${x(f.rn!)}`,
  REV: one("rev"),
  CLZ: one("clz"),
  CLS: one("cls"),
  CTZ: one("ctz"),
  CNT: one("cnt"),
  ABS: one("abs"),
  PAC: (_, f) => `${PAC_KEYS[f.key!]!} ${x(f.rd!)}, ${rsp(1, f.rn!)}`,
  PACZ: (_, f) => `${PAC_KEYS[f.key!]!.replace(/(..)(.)$/, "$1z$2")} ${x(f.rd!)}`,
  XPACI: (_, f) => `xpaci ${x(f.rd!)}`,
  XPACD: (_, f) => `xpacd ${x(f.rd!)}`,
  ADDPT: (_, f) => `addpt ${rsp(1, f.rd!)}, ${rsp(1, f.rn!)}, ${x(f.rm!)}${f.imm3 ? `, lsl #${f.imm3}` : ""}`,
  SUBPT: (_, f) => `subpt ${rsp(1, f.rd!)}, ${rsp(1, f.rn!)}, ${x(f.rm!)}${f.imm3 ? `, lsl #${f.imm3}` : ""}`,
  MADDPT: (_, f) => `maddpt ${x(f.rd!)}, ${x(f.rn!)}, ${x(f.rm!)}, ${x(f.ra!)}`,
  MSUBPT: (_, f) => `msubpt ${x(f.rd!)}, ${x(f.rn!)}, ${x(f.rm!)}, ${x(f.ra!)}`,
};
