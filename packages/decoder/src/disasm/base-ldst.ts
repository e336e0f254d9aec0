/** Disassembly of base loads and stores, every addressing mode, as llvm-mc prints them. */
import type { Instruction } from "../decode";
import { type Formatter, type FormatterTable, r, sext, target, x, xsp } from "./format";

type Fields = Readonly<Record<string, number>>;

/** PRFM operation names by Rt: type (PLD/PLI/PST), target (L1/L2/L3/SLC), policy (KEEP/STRM). */
export function prefetchOp(rt: number): string {
  const type = ["pld", "pli", "pst", ""][(rt >> 3) & 3]!;
  const level = ["l1", "l2", "l3", "slc"][(rt >> 1) & 3]!;
  if (type === "") return `#${rt}`;
  return `${type}${level}${rt & 1 ? "strm" : "keep"}`;
}

/** How an instruction names its transfer register and how far its unsigned offset scales. */
interface Transfer {
  readonly mnemonic: string;
  readonly rt: (f: Fields) => string;
  readonly scale: (f: Fields) => number;
}

const wt = (f: Fields): string => r(0, f.rt!);
const signedTarget = (f: Fields): string => r(f.opc0 ? 0 : 1, f.rt!);
const sizedTarget = (f: Fields): string => r(f.size0!, f.rt!);
const xt = (f: Fields): string => r(1, f.rt!);
const fpTarget = (f: Fields): string => `${f.opc1 ? "q" : ["b", "h", "s", "d"][f.size!]!}${f.rt!}`;
const fpScale = (f: Fields): number => (f.opc1 ? 4 : f.size!);

// biome-ignore format: one aligned row per instruction
const GP: ReadonlyArray<readonly [name: string, mn: string, unscaled: string, unpriv: string, rt: (f: Fields) => string, scale: (f: Fields) => number]> = [
  ["STRB",  "strb",  "sturb",  "sttrb",  wt,           () => 0],
  ["LDRB",  "ldrb",  "ldurb",  "ldtrb",  wt,           () => 0],
  ["LDRSB", "ldrsb", "ldursb", "ldtrsb", signedTarget, () => 0],
  ["STRH",  "strh",  "sturh",  "sttrh",  wt,           () => 1],
  ["LDRH",  "ldrh",  "ldurh",  "ldtrh",  wt,           () => 1],
  ["LDRSH", "ldrsh", "ldursh", "ldtrsh", signedTarget, () => 1],
  ["STR",   "str",   "stur",   "sttr",   sizedTarget,  (f) => 2 + f.size0!],
  ["LDR",   "ldr",   "ldur",   "ldtr",   sizedTarget,  (f) => 2 + f.size0!],
  ["LDRSW", "ldrsw", "ldursw", "ldtrsw", xt,           () => 2],
  ["PRFM",  "prfm",  "prfum",  "",       (f) => prefetchOp(f.rt!), () => 3],
];

/** `[xn]` or `[xn, #imm]`. */
function offset(rn: number, imm: number): string {
  return imm === 0 ? `[${xsp(rn)}]` : `[${xsp(rn)}, #${imm}]`;
}

const pre = (rn: number, imm: number): string => `[${xsp(rn)}, #${imm}]!`;
const post = (rn: number, imm: number): string => `[${xsp(rn)}], #${imm}`;

/** `[xn, xm{, lsl #s}]` / `[xn, wm, uxtw{ #s}]` of the register-offset form. */
function registerOffset(f: Fields, scale: number): string {
  const option = f.option!;
  const index = option & 1 ? x(f.rm!) : r(0, f.rm!);
  const amount = f.s ? ` #${scale}` : "";
  if (option === 3) return `[${xsp(f.rn!)}, ${index}${f.s ? `, lsl #${scale}` : ""}]`;
  const ext = ["", "", "uxtw", "", "", "", "sxtw", "sxtx"][option]!;
  return `[${xsp(f.rn!)}, ${index}, ${ext}${amount}]`;
}

function modes(
  t: Transfer,
  names: { uoff: string; unscaled: string; unpriv: string; base: string },
): Record<string, Formatter> {
  const out: Record<string, Formatter> = {};
  const head = (mn: string, f: Fields) => `${mn} ${t.rt(f)}, `;
  out[`${names.base}_uoff`] = (_, f) => head(t.mnemonic, f) + offset(f.rn!, f.imm12! << t.scale(f));
  out[names.unscaled] = (_, f) => head(names.uoff, f) + offset(f.rn!, sext(f.imm9!, 9));
  out[`${names.base}_post`] = (_, f) => head(t.mnemonic, f) + post(f.rn!, sext(f.imm9!, 9));
  out[`${names.base}_pre`] = (_, f) => head(t.mnemonic, f) + pre(f.rn!, sext(f.imm9!, 9));
  out[`${names.base}_reg`] = (_, f) => head(t.mnemonic, f) + registerOffset(f, t.scale(f));
  if (names.unpriv !== "")
    out[names.unpriv] = (_, f) => head(names.unpriv.toLowerCase(), f) + offset(f.rn!, sext(f.imm9!, 9));
  return out;
}

const GP_UNSCALED_NAMES = ["STURB", "LDURB", "LDURSB", "STURH", "LDURH", "LDURSH", "STUR", "LDUR", "LDURSW", "PRFUM"];
const GP_UNPRIV_NAMES = ["STTRB", "LDTRB", "LDTRSB", "STTRH", "LDTRH", "LDTRSH", "STTR", "LDTR", "LDTRSW", ""];

function singleRegister(): Record<string, Formatter> {
  const out: Record<string, Formatter> = {};
  GP.forEach(([name, mn, unscaledMn, , rt, scale], i) => {
    Object.assign(
      out,
      modes(
        { mnemonic: mn, rt, scale },
        { base: name, uoff: unscaledMn, unscaled: GP_UNSCALED_NAMES[i]!, unpriv: GP_UNPRIV_NAMES[i]! },
      ),
    );
  });
  for (const [dir, mn, u] of [
    ["STR", "str", "stur"],
    ["LDR", "ldr", "ldur"],
  ] as const) {
    Object.assign(
      out,
      modes(
        { mnemonic: mn, rt: fpTarget, scale: fpScale },
        { base: `${dir}_fp`, uoff: u, unscaled: `${u.toUpperCase()}_fp`, unpriv: "" },
      ),
    );
  }
  return out;
}

/** Pair forms: `mn rt, rt2, [xn, #imm]` in each of the four modes. */
function pairs(
  name: string,
  mn: string,
  reg: (f: Fields, n: number) => string,
  scale: (f: Fields) => number,
): Record<string, Formatter> {
  const regs = (f: Fields) => `${mn} ${reg(f, f.rt!)}, ${reg(f, f.rt2!)}, `;
  const imm = (f: Fields) => sext(f.imm7!, 7) << scale(f);
  return {
    [name]: (_, f) => regs(f) + offset(f.rn!, imm(f)),
    [`${name}_post`]: (_, f) => regs(f) + post(f.rn!, imm(f)),
    [`${name}_pre`]: (_, f) => regs(f) + pre(f.rn!, imm(f)),
  };
}

const pairGp = (f: Fields, n: number) => r(f.x64!, n);
const pairScale = (f: Fields) => 2 + f.x64!;
const fpPairReg = (f: Fields, n: number) => `${["s", "d", "q"][f.opc!]!}${n}`;
const fpPairScale = (f: Fields) => 2 + f.opc!;
const sizeSuffix = (size: number): string => ["b", "h", "", ""][size]!;
const sizeReg = (size: number, n: number): string => r(size === 3 ? 1 : 0, n);

function atomic(op: string): Formatter {
  return (_, f) => {
    const suffix = `${f.a ? "a" : ""}${f.r ? "l" : ""}${sizeSuffix(f.size!)}`;
    if (f.rt === 31 && f.a === 0 && op !== "swp") {
      return `st${op.slice(2)}${suffix} ${sizeReg(f.size!, f.rs!)}, [${xsp(f.rn!)}]`;
    }
    return `${op}${suffix} ${sizeReg(f.size!, f.rs!)}, ${sizeReg(f.size!, f.rt!)}, [${xsp(f.rn!)}]`;
  };
}

function exclusive(mn: string, withStatus: boolean): Formatter {
  return (_, f) => {
    const m = `${mn}${sizeSuffix(f.size!)}`;
    const rt = sizeReg(f.size!, f.rt!);
    return withStatus ? `${m} ${r(0, f.rs!)}, ${rt}, [${xsp(f.rn!)}]` : `${m} ${rt}, [${xsp(f.rn!)}]`;
  };
}

function exclusivePair(mn: string, withStatus: boolean): Formatter {
  return (_, f) => {
    const regs = `${r(f.x64!, f.rt!)}, ${r(f.x64!, f.rt2!)}, [${xsp(f.rn!)}]`;
    return withStatus ? `${mn} ${r(0, f.rs!)}, ${regs}` : `${mn} ${regs}`;
  };
}

/** LSUI exclusives transfer one W or X register by x64. */
function exclusivePair1(mn: string, withStatus: boolean): Formatter {
  return (_, f) => {
    const rt = r(f.x64!, f.rt!);
    return withStatus ? `${mn} ${r(0, f.rs!)}, ${rt}, [${xsp(f.rn!)}]` : `${mn} ${rt}, [${xsp(f.rn!)}]`;
  };
}

/** CAST/CASPT spell acquire and release before the T: casalt, caspat. */
function unprivCasName(base: string, f: Fields): string {
  return `${base}${f.l ? "a" : ""}${f.o0 ? "l" : ""}t`;
}

function rcpc(mn: string, rt: (f: Fields) => string): Formatter {
  return (_, f) => `${mn} ${rt(f)}, ${offset(f.rn!, sext(f.imm9!, 9))}`;
}

function tag(mn: string, mode: "offset" | "pre" | "post"): Formatter {
  return (_, f) => {
    const imm = sext(f.imm9!, 9) << 4;
    const addr = mode === "pre" ? pre(f.rn!, imm) : mode === "post" ? post(f.rn!, imm) : offset(f.rn!, imm);
    return `${mn} ${xsp(f.rt!)}, ${addr}`;
  };
}

const literal =
  (mn: string, rt: (f: Fields) => string): Formatter =>
  (_, f, pc) =>
    `${mn} ${rt(f)}, ${target(pc, sext(f.imm19!, 19) * 4)}`;

function pauthLoad(mn: string, writeback: boolean): Formatter {
  return (_, f) => {
    const imm = sext((f.s! << 9) | f.imm9!, 10) * 8;
    return `${mn} ${x(f.rt!)}, ${writeback ? pre(f.rn!, imm) : offset(f.rn!, imm)}`;
  };
}

const casPair = (_: Instruction, f: Fields): string => {
  const mn = `casp${f.l ? "a" : ""}${f.o0 ? "l" : ""}`;
  const reg = (n: number) => r(f.x64!, n);
  return `${mn} ${reg(f.rs! * 2)}, ${reg(f.rs! * 2 + 1)}, ${reg(f.rt! * 2)}, ${reg(f.rt! * 2 + 1)}, [${xsp(f.rn!)}]`;
};

/** LSUI atomics: ldtadd{a}{l}, with the st alias when Rt is the zero register and A is clear. */
function unprivAtomic(op: string): Formatter {
  return (_, f) => {
    const suffix = `${f.a ? "a" : ""}${f.r ? "l" : ""}`;
    const reg = (n: number) => r(f.x64!, n);
    if (f.rt === 31 && f.a === 0 && op !== "swpt") return `st${op.slice(2)}${suffix} ${reg(f.rs!)}, [${xsp(f.rn!)}]`;
    return `${op}${suffix} ${reg(f.rs!)}, ${reg(f.rt!)}, [${xsp(f.rn!)}]`;
  };
}

/** FP atomics: ldf<op>{a}{l} on H/S/D registers, ldbf<op> on BFloat16 (size 00, H registers). */
function fpAtomic(op: string): Formatter {
  return (_, f) => {
    const size = f.size!;
    const mn = `${size === 0 ? "ldbf" : "ldf"}${op}${f.a ? "a" : ""}${f.r ? "l" : ""}`;
    const letter = size <= 1 ? "h" : size === 2 ? "s" : "d";
    return `${mn} ${letter}${f.rs!}, ${letter}${f.rt!}, [${xsp(f.rn!)}]`;
  };
}

/** FP atomic stores (no result register): stf<op>{l}, stbf<op>{l}. */
function fpStore(op: string): Formatter {
  return (_, f) => {
    const size = f.size!;
    const letter = size <= 1 ? "h" : size === 2 ? "s" : "d";
    return `${size === 0 ? "stbf" : "stf"}${op}${f.r ? "l" : ""} ${letter}${f.rs!}, [${xsp(f.rn!)}]`;
  };
}

/** 128-bit pair atomics print Rt, Rs (the pair's low and high halves) then the address. */
function pairAtomic(op: string, prefixS: boolean): Formatter {
  return (_, f) => {
    const mn = `${op.replace("rcw", prefixS && f.s ? "rcws" : "rcw")}${f.a ? "a" : ""}${f.r ? "l" : ""}`;
    return `${mn} ${x(f.rt!)}, ${x(f.rs!)}, [${xsp(f.rn!)}]`;
  };
}

/** Read-check-write atomics print Rs, Rt then the address. */
function rcw(op: string): Formatter {
  return (_, f) => {
    const mn = `${f.s ? op.replace("rcw", "rcws") : op}${f.a ? "a" : ""}${f.r ? "l" : ""}`;
    return `${mn} ${x(f.rs!)}, ${x(f.rt!)}, [${xsp(f.rn!)}]`;
  };
}

const RPRFM_OPS: Readonly<Record<number, string>> = { 0: "pldkeep", 1: "pstkeep", 4: "pldstrm", 5: "pststrm" };
const CPY_OPTIONS = [
  "",
  "wt",
  "rt",
  "t",
  "wn",
  "wtwn",
  "rtwn",
  "twn",
  "rn",
  "wtrn",
  "rtrn",
  "trn",
  "n",
  "wtn",
  "rtn",
  "tn",
];
const SET_OPTIONS = ["", "t", "n", "tn"];

const copy =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn}${CPY_OPTIONS[f.op2!]!} [${x(f.rd!)}]!, [${x(f.rs!)}]!, ${x(f.rn!)}!`;
const set =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn}${SET_OPTIONS[f.opt!]!} [${x(f.rd!)}]!, ${x(f.rn!)}!, ${x(f.rs!)}`;

const setGo =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn}${SET_OPTIONS[f.opt!]!} [${x(f.rd!)}]!, ${x(f.rn!)}!`;

const acquirePair =
  (mn: string): Formatter =>
  (_, f) =>
    `${mn} ${x(f.rt!)}, ${x(f.rt2!)}, [${xsp(f.rn!)}]`;

export const BASE_LDST_FORMAT: FormatterTable = {
  ...pairs(
    "STTP_q",
    "sttp",
    (_, n) => `q${n}`,
    () => 4,
  ),
  ...pairs(
    "LDTP_q",
    "ldtp",
    (_, n) => `q${n}`,
    () => 4,
  ),
  STTNP_q: pairs(
    "STTNP_q",
    "sttnp",
    (_, n) => `q${n}`,
    () => 4,
  ).STTNP_q!,
  LDTNP_q: pairs(
    "LDTNP_q",
    "ldtnp",
    (_, n) => `q${n}`,
    () => 4,
  ).LDTNP_q!,
  STLUR_fp: (_, f) => `stlur ${fpTarget(f)}, ${offset(f.rn!, sext(f.imm9!, 9))}`,
  LDAPUR_fp: (_, f) => `ldapur ${fpTarget(f)}, ${offset(f.rn!, sext(f.imm9!, 9))}`,
  STL1: (_, f) => `stl1 { v${f.rt!}.d }[${f.q!}], [${xsp(f.rn!)}]`,
  LDAP1: (_, f) => `ldap1 { v${f.rt!}.d }[${f.q!}], [${xsp(f.rn!)}]`,
  LDFADD: fpAtomic("add"),
  LDFMAX: fpAtomic("max"),
  LDFMIN: fpAtomic("min"),
  LDFMAXNM: fpAtomic("maxnm"),
  LDFMINNM: fpAtomic("minnm"),
  STFADD: fpStore("add"),
  STFMAX: fpStore("max"),
  STFMIN: fpStore("min"),
  STFMAXNM: fpStore("maxnm"),
  STFMINNM: fpStore("minnm"),
  GCSSTR: (_, f) => `gcsstr ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  GCSSTTR: (_, f) => `gcssttr ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  LDTADD: unprivAtomic("ldtadd"),
  LDTCLR: unprivAtomic("ldtclr"),
  LDTSET: unprivAtomic("ldtset"),
  SWPT: unprivAtomic("swpt"),
  LDCLRP: pairAtomic("ldclrp", false),
  LDSETP: pairAtomic("ldsetp", false),
  SWPP: pairAtomic("swpp", false),
  RCWCLRP: pairAtomic("rcwclrp", true),
  RCWSWPP: pairAtomic("rcwswpp", true),
  RCWSETP: pairAtomic("rcwsetp", true),
  RCWCAS: rcw("rcwcas"),
  RCWCASP: (_, f) => {
    const mn = `${f.s ? "rcwscasp" : "rcwcasp"}${f.a ? "a" : ""}${f.r ? "l" : ""}`;
    return `${mn} ${x(f.rs! * 2)}, ${x(f.rs! * 2 + 1)}, ${x(f.rt! * 2)}, ${x(f.rt! * 2 + 1)}, [${xsp(f.rn!)}]`;
  },
  RCWCLR: rcw("rcwclr"),
  RCWSWP: rcw("rcwswp"),
  RCWSET: rcw("rcwset"),
  STILP_pre: (_, f) => `stilp ${r(f.x64!, f.rt!)}, ${r(f.x64!, f.rt2!)}, [${xsp(f.rn!)}, #-${f.x64 ? 16 : 8}]!`,
  STILP: (_, f) => `stilp ${r(f.x64!, f.rt!)}, ${r(f.x64!, f.rt2!)}, [${xsp(f.rn!)}]`,
  LDIAPP_post: (_, f) => `ldiapp ${r(f.x64!, f.rt!)}, ${r(f.x64!, f.rt2!)}, [${xsp(f.rn!)}], #${f.x64 ? 16 : 8}`,
  LDIAPP: (_, f) => `ldiapp ${r(f.x64!, f.rt!)}, ${r(f.x64!, f.rt2!)}, [${xsp(f.rn!)}]`,
  STLR_pre: (_, f) => `stlr ${r(f.x64!, f.rt!)}, [${xsp(f.rn!)}, #-${f.x64 ? 8 : 4}]!`,
  LDAPR_post: (_, f) => `ldapr ${r(f.x64!, f.rt!)}, [${xsp(f.rn!)}], #${f.x64 ? 8 : 4}`,
  RPRFM: (_, f) => {
    const op = (f.o2! << 5) | (f.o0! << 4) | (f.s! << 3) | f.op!;
    return `rprfm ${RPRFM_OPS[op] ?? `#${op}`}, ${x(f.rm!)}, [${xsp(f.rn!)}]`;
  },
  CPYFP: copy("cpyfp"),
  CPYFM: copy("cpyfm"),
  CPYFE: copy("cpyfe"),
  CPYP: copy("cpyp"),
  CPYM: copy("cpym"),
  CPYE: copy("cpye"),
  SETP: set("setp"),
  SETM: set("setm"),
  SETE: set("sete"),
  SETGP: set("setgp"),
  SETGM: set("setgm"),
  SETGE: set("setge"),
  SETGOP: setGo("setgop"),
  SETGOM: setGo("setgom"),
  SETGOE: setGo("setgoe"),
  STLP: acquirePair("stlp"),
  LDAP: acquirePair("ldap"),
  LDAPP: acquirePair("ldapp"),
  ...singleRegister(),
  LDR_lit: literal("ldr", sizedTarget),
  LDRSW_lit: literal("ldrsw", xt),
  PRFM_lit: literal("prfm", (f) => prefetchOp(f.rt!)),
  LDR_fp_lit: literal("ldr", (f) => `${["s", "d", "q"][f.opc!]!}${f.rt!}`),
  STNP: pairs("STNP", "stnp", pairGp, pairScale).STNP!,
  LDNP: pairs("LDNP", "ldnp", pairGp, pairScale).LDNP!,
  ...pairs("STP", "stp", pairGp, pairScale),
  ...pairs("LDP", "ldp", pairGp, pairScale),
  ...pairs(
    "LDPSW",
    "ldpsw",
    (_, n) => x(n),
    () => 2,
  ),
  ...pairs(
    "STGP",
    "stgp",
    (_, n) => x(n),
    () => 4,
  ),
  STTNP: pairs(
    "STTNP",
    "sttnp",
    (_, n) => x(n),
    () => 3,
  ).STTNP!,
  LDTNP: pairs(
    "LDTNP",
    "ldtnp",
    (_, n) => x(n),
    () => 3,
  ).LDTNP!,
  ...pairs(
    "STTP",
    "sttp",
    (_, n) => x(n),
    () => 3,
  ),
  ...pairs(
    "LDTP",
    "ldtp",
    (_, n) => x(n),
    () => 3,
  ),
  STNP_fp: pairs("STNP_fp", "stnp", fpPairReg, fpPairScale).STNP_fp!,
  LDNP_fp: pairs("LDNP_fp", "ldnp", fpPairReg, fpPairScale).LDNP_fp!,
  ...pairs("STP_fp", "stp", fpPairReg, fpPairScale),
  ...pairs("LDP_fp", "ldp", fpPairReg, fpPairScale),
  STXR: exclusive("stxr", true),
  STLXR: exclusive("stlxr", true),
  LDXR: exclusive("ldxr", false),
  LDAXR: exclusive("ldaxr", false),
  STXP: exclusivePair("stxp", true),
  STLXP: exclusivePair("stlxp", true),
  LDXP: exclusivePair("ldxp", false),
  LDAXP: exclusivePair("ldaxp", false),
  CASP: casPair,
  STTXR: exclusivePair1("sttxr", true),
  STLTXR: exclusivePair1("stltxr", true),
  LDTXR: exclusivePair1("ldtxr", false),
  LDATXR: exclusivePair1("ldatxr", false),
  CASPT: (_, f) =>
    `${unprivCasName("casp", f)} ${x(f.rs! * 2)}, ${x(f.rs! * 2 + 1)}, ${x(f.rt! * 2)}, ${x(f.rt! * 2 + 1)}, [${xsp(f.rn!)}]`,
  CAST: (_, f) => `${unprivCasName("cas", f)} ${x(f.rs!)}, ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  STLLR: exclusive("stllr", false),
  STLR: exclusive("stlr", false),
  LDLAR: exclusive("ldlar", false),
  LDAR: exclusive("ldar", false),
  CAS: (_, f) => {
    const mn = `cas${f.l ? "a" : ""}${f.o0 ? "l" : ""}${sizeSuffix(f.size!)}`;
    return `${mn} ${sizeReg(f.size!, f.rs!)}, ${sizeReg(f.size!, f.rt!)}, [${xsp(f.rn!)}]`;
  },
  STLURB: rcpc("stlurb", wt),
  LDAPURB: rcpc("ldapurb", wt),
  LDAPURSB: rcpc("ldapursb", signedTarget),
  STLURH: rcpc("stlurh", wt),
  LDAPURH: rcpc("ldapurh", wt),
  LDAPURSH: rcpc("ldapursh", signedTarget),
  STLUR: rcpc("stlur", sizedTarget),
  LDAPUR: rcpc("ldapur", sizedTarget),
  LDAPURSW: rcpc("ldapursw", xt),
  LDADD: atomic("ldadd"),
  LDCLR: atomic("ldclr"),
  LDEOR: atomic("ldeor"),
  LDSET: atomic("ldset"),
  LDSMAX: atomic("ldsmax"),
  LDSMIN: atomic("ldsmin"),
  LDUMAX: atomic("ldumax"),
  LDUMIN: atomic("ldumin"),
  SWP: atomic("swp"),
  LDAPR: (_, f) => `ldapr${sizeSuffix(f.size!)} ${sizeReg(f.size!, f.rt!)}, [${xsp(f.rn!)}]`,
  ST64B: (_, f) => `st64b ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  LD64B: (_, f) => `ld64b ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  ST64BV: (_, f) => `st64bv ${x(f.rs!)}, ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  ST64BV0: (_, f) => `st64bv0 ${x(f.rs!)}, ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  LDRAA: pauthLoad("ldraa", false),
  LDRAB: pauthLoad("ldrab", false),
  LDRAA_pre: pauthLoad("ldraa", true),
  LDRAB_pre: pauthLoad("ldrab", true),
  STZGM: (_, f) => `stzgm ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  STGM: (_, f) => `stgm ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  LDGM: (_, f) => `ldgm ${x(f.rt!)}, [${xsp(f.rn!)}]`,
  LDG: (_, f) => `ldg ${x(f.rt!)}, ${offset(f.rn!, sext(f.imm9!, 9) << 4)}`,
  STG: tag("stg", "offset"),
  STG_pre: tag("stg", "pre"),
  STG_post: tag("stg", "post"),
  STZG: tag("stzg", "offset"),
  STZG_pre: tag("stzg", "pre"),
  STZG_post: tag("stzg", "post"),
  ST2G: tag("st2g", "offset"),
  ST2G_pre: tag("st2g", "pre"),
  ST2G_post: tag("st2g", "post"),
  STZ2G: tag("stz2g", "offset"),
  STZ2G_pre: tag("stz2g", "pre"),
  STZ2G_post: tag("stz2g", "post"),
};
