/**
 * Inline JavaScript for the commonest integer and load/store forms, specialised on the word: register
 * indices, shift amounts and immediates become constants. Each returns the statements that do exactly
 * what the form's handler does, or null to leave the form to its handler. Statements may use the
 * block's scratch locals t, u, v, p, q, al, ah, bl, bh; memory forms are marked as able to fault.
 */

import * as imm from "./dp-imm";
import { BITMASK } from "./dp-imm";
import * as reg from "./dp-reg";
import * as ls from "./ldst";

/** Inline code for one instruction: its statements and whether they may fault or stop (memory). */
export interface Inline {
  readonly source: string;
  readonly memory: boolean;
  readonly store: boolean;
}

const TWO32 = "4294967296";

/** X register index pair base for a read where 31 is XZR (x[62..63] hold zero). */
const zr = (r: number): number => r << 1;
/** Register index base where 31 is SP. */
const sp = (r: number): number => (r === 31 ? 64 : r << 1);

/** Statements writing (lo, hi) expressions to register base `d`, or nothing for XZR (62). */
function write(d: number, lo: string, hi: string): string {
  return d === 62 ? "" : `x[${d}] = ${lo}; x[${d + 1}] = ${hi};`;
}

/** 64-bit shift of (L, H) by constant `s` of type LSL/LSR/ASR/ROR, as [lo, hi] expressions. */
function shift64(type: number, s: number, L: string, H: string): [string, string] {
  if (s === 0) return [L, H];
  switch (type) {
    case 0:
      return s < 32 ? [`(${L} << ${s})`, `((${H} << ${s}) | (${L} >>> ${32 - s}))`] : ["0", `(${L} << ${s - 32})`];
    case 1:
      return s < 32 ? [`((${L} >>> ${s}) | (${H} << ${32 - s}))`, `(${H} >>> ${s})`] : [`(${H} >>> ${s - 32})`, "0"];
    case 2:
      return s < 32
        ? [`((${L} >>> ${s}) | (${H} << ${32 - s}))`, `(${H} >> ${s})`]
        : [`(${H} >> ${s - 32})`, `(${H} >> 31)`];
    default: {
      if (s === 32) return [H, L];
      const [a, b, k] = s < 32 ? [L, H, s] : [H, L, s - 32];
      return [`((${a} >>> ${k}) | (${b} << ${32 - k}))`, `((${b} >>> ${k}) | (${a} << ${32 - k}))`];
    }
  }
}

/** 32-bit shift of V by constant `s`. */
function shift32(type: number, s: number, V: string): string {
  if (s === 0) return V;
  return type === 0
    ? `(${V} << ${s})`
    : type === 1
      ? `(${V} >>> ${s})`
      : type === 2
        ? `(${V} >> ${s})`
        : `((${V} >>> ${s}) | (${V} << ${32 - s}))`;
}

/** NZCV of a 64-bit add whose operands' high words are `ah`, `bh`, sum words t (low, as a double) and v (high, double). */
const FLAGS64 = (ah: string, bh: string): string =>
  `p = t | 0; q = v | 0; c.n = q >>> 31; c.z = (p | q) === 0 ? 1 : 0; c.c = v >= ${TWO32} ? 1 : 0; c.vf = (~(${ah} ^ ${bh}) & (${ah} ^ q)) >>> 31;`;
const FLAGS32 = (a: string, b: string): string =>
  `p = t | 0; c.n = p >>> 31; c.z = p === 0 ? 1 : 0; c.c = t >= ${TWO32} ? 1 : 0; c.vf = (~(${a} ^ ${b}) & (${a} ^ p)) >>> 31;`;

/**
 * (u, v) + (bl, bh) + cin into register `d` (64-bit), with NZCV when `flags`; the operands must be
 * in locals already. `bl`/`bh` are expressions.
 */
function add64(d: number, blo: string, bhi: string, cin: number, flags: boolean): string {
  if (!flags)
    return (
      `t = (u >>> 0) + (${blo} >>> 0)${cin ? " + 1" : ""}; ` +
      write(d, "t | 0", `(v + (${bhi}) + (t >= ${TWO32} ? 1 : 0)) | 0`)
    );
  return (
    `p = ${blo}; bh = ${bhi}; t = (u >>> 0) + (p >>> 0)${cin ? " + 1" : ""}; v = (v >>> 0) + (bh >>> 0) + (t >= ${TWO32} ? 1 : 0); ` +
    // v was the high word of the first operand: keep it in ah for the overflow test.
    FLAGS64("ah", "bh") +
    write(d, "p", "q")
  );
}

function addSubImmediate(w: number): string {
  const sf = w >>> 31;
  const sub = (w >>> 30) & 1;
  const flags = ((w >>> 29) & 1) === 1;
  const value = ((w >>> 22) & 1) === 1 ? ((w >>> 10) & 0xfff) << 12 : (w >>> 10) & 0xfff;
  const n = sp((w >>> 5) & 31);
  const d = flags ? zr(w & 31) : sp(w & 31);
  if (sf === 1) {
    if (!flags)
      return sub === 0
        ? `t = (x[${n}] >>> 0) + ${value}; u = x[${n + 1}]; ${write(d, "t | 0", `t >= ${TWO32} ? (u + 1) | 0 : u`)}`
        : `t = (x[${n}] >>> 0) - ${value}; u = x[${n + 1}]; ${write(d, "t | 0", "t < 0 ? (u - 1) | 0 : u")}`;
    const blo = sub === 1 ? ~value >>> 0 : value;
    const bhi = sub === 1 ? -1 : 0;
    return (
      `u = x[${n}]; ah = x[${n + 1}]; t = (u >>> 0) + ${blo + sub}; ` +
      `v = (ah >>> 0) + ${bhi >>> 0} + (t >= ${TWO32} ? 1 : 0); ${FLAGS64("ah", String(bhi))}${write(d, "p", "q")}`
    );
  }
  if (!flags) return write(d, `(x[${n}] ${sub === 1 ? "-" : "+"} ${value}) | 0`, "0");
  const b = sub === 1 ? ~value : value;
  return `u = x[${n}]; t = (u >>> 0) + ${(b >>> 0) + sub}; ${FLAGS32("u", String(b))}${write(d, "p", "0")}`;
}

function addSubShifted(w: number): string {
  const sub = (w >>> 30) & 1;
  const flags = ((w >>> 29) & 1) === 1;
  const type = (w >>> 22) & 3;
  const amount = (w >>> 10) & 63;
  const m = zr((w >>> 16) & 31);
  const n = zr((w >>> 5) & 31);
  const d = zr(w & 31);
  if (w >>> 31 === 1) {
    let [blo, bhi] = shift64(type, amount, "bl", "bh");
    if (sub === 1) {
      blo = `~${blo}`;
      bhi = `~${bhi}`;
    }
    return `bl = x[${m}]; bh = x[${m + 1}]; u = x[${n}]; v = x[${n + 1}]; ah = v; ${add64(d, blo, bhi, sub, flags)}`;
  }
  const b = sub === 1 ? `~${shift32(type, amount, "bl")}` : shift32(type, amount, "bl");
  if (!flags) return `bl = x[${m}]; ${write(d, `(x[${n}] + ${b}${sub ? " + 1" : ""}) | 0`, "0")}`;
  return `bl = x[${m}]; u = x[${n}]; bh = ${b}; t = (u >>> 0) + (bh >>> 0)${sub ? " + 1" : ""}; ${FLAGS32("u", "bh")}${write(d, "p", "0")}`;
}

function logicalShifted(w: number): string {
  const sf = w >>> 31;
  const opc = (w >>> 29) & 3;
  const type = (w >>> 22) & 3;
  const invert = ((w >>> 21) & 1) === 1;
  const amount = (w >>> 10) & 63;
  const m = zr((w >>> 16) & 31);
  const n = zr((w >>> 5) & 31);
  const d = zr(w & 31);
  const op = opc === 1 ? "|" : opc === 2 ? "^" : "&";
  if (sf === 1) {
    let [blo, bhi] = shift64(type, amount, "bl", "bh");
    if (invert) {
      blo = `~${blo}`;
      bhi = `~${bhi}`;
    }
    const flags = opc === 3 ? "c.n = q >>> 31; c.z = (p | q) === 0 ? 1 : 0; c.c = 0; c.vf = 0;" : "";
    return `bl = x[${m}]; bh = x[${m + 1}]; p = x[${n}] ${op} ${blo}; q = x[${n + 1}] ${op} ${bhi}; ${flags}${write(d, "p", "q")}`;
  }
  const b = invert ? `~${shift32(type, amount, "bl")}` : shift32(type, amount, "bl");
  const flags = opc === 3 ? "c.n = p >>> 31; c.z = p === 0 ? 1 : 0; c.c = 0; c.vf = 0;" : "";
  return `bl = x[${m}]; p = x[${n}] ${op} ${b}; ${flags}${write(d, "p", "0")}`;
}

function logicalImmediate(w: number): string {
  const sf = w >>> 31;
  const opc = (w >>> 29) & 3;
  const e = (w >>> 10) & 0x1fff;
  const mlo = BITMASK[e * 2]!;
  const mhi = sf === 1 ? BITMASK[e * 2 + 1]! : 0;
  const n = zr((w >>> 5) & 31);
  const d = opc === 3 ? zr(w & 31) : sp(w & 31);
  const op = opc === 1 ? "|" : opc === 2 ? "^" : "&";
  const hi = sf === 1 ? `x[${n + 1}] ${op} ${mhi}` : `0 ${op} ${mhi}`;
  const flags =
    opc === 3 ? `c.n = ${sf === 1 ? "q" : "p"} >>> 31; c.z = (p | q) === 0 ? 1 : 0; c.c = 0; c.vf = 0;` : "";
  return `p = x[${n}] ${op} ${mlo}; q = ${hi}; ${flags}${write(d, "p", "q")}`;
}

function moveWide(id: number, w: number): string {
  const hw = (w >>> 21) & 3;
  const value = (w >>> 5) & 0xffff;
  const d = zr(w & 31);
  const lo = hw === 0 ? value : hw === 1 ? value << 16 : 0;
  const hi = hw === 2 ? value : hw === 3 ? value << 16 : 0;
  if (id === imm.MOVZ) return write(d, String(lo | 0), String(hi | 0));
  if (id === imm.MOVN) return write(d, String(~lo), String(w >>> 31 === 1 ? ~hi : 0));
  if (d === 62) return "";
  const keep =
    hw === 0
      ? `x[${d}] = (x[${d}] & ${~0xffff}) | ${value};`
      : hw === 1
        ? `x[${d}] = (x[${d}] & 65535) | ${value << 16};`
        : hw === 2
          ? `x[${d + 1}] = (x[${d + 1}] & ${~0xffff}) | ${value};`
          : `x[${d + 1}] = (x[${d + 1}] & 65535) | ${value << 16};`;
  return w >>> 31 === 1 ? keep : `${keep} x[${d + 1}] = 0;`;
}

/** UBFM/SBFM as constant shifts: left by 63-s, then right (logical or arithmetic) as the form needs. */
function bitfieldMove(id: number, w: number): string {
  const signed = id === imm.SBFM;
  const r = (w >>> 16) & 63;
  const s = (w >>> 10) & 63;
  const n = zr((w >>> 5) & 31);
  const d = zr(w & 31);
  if (w >>> 31 === 0) {
    const right = signed ? ">>" : ">>>";
    const t = `(x[${n}] << ${31 - s})`;
    const value = s >= r ? `(${t} ${right} ${31 - s + r})` : `((${t} ${right} ${31 - s}) << ${32 - r})`;
    return write(d, `${value} | 0`, "0");
  }
  const stage = (type: number, amount: number): string => {
    const [lo, hi] = shift64(type, amount, "p", "q");
    return amount === 0 ? "" : `t = ${lo}; q = ${hi}; p = t;`;
  };
  const right = signed ? 2 : 1;
  const body =
    s >= r ? stage(0, 63 - s) + stage(right, 63 - s + r) : stage(0, 63 - s) + stage(right, 63 - s) + stage(0, 64 - r);
  return `p = x[${n}]; q = x[${n + 1}]; ${body} ${write(d, "p | 0", "q | 0")}`;
}

function extract(w: number): string {
  const m = zr((w >>> 16) & 31);
  const lsb = (w >>> 10) & 63;
  const n = zr((w >>> 5) & 31);
  const d = zr(w & 31);
  if (w >>> 31 === 0) return write(d, lsb === 0 ? `x[${m}]` : `((x[${m}] >>> ${lsb}) | (x[${n}] << ${32 - lsb}))`, "0");
  if (lsb === 0) return `p = x[${m}]; q = x[${m + 1}]; ${write(d, "p", "q")}`;
  const [ml, mh, nl, nh] = [`x[${m}]`, `x[${m + 1}]`, `x[${n}]`, `x[${n + 1}]`];
  if (lsb === 32) return `p = ${mh}; q = ${nl}; ${write(d, "p", "q")}`;
  const [a, b, c2, k] = lsb < 32 ? [ml, mh, nl, lsb] : [mh, nl, nh, lsb - 32];
  return `p = (${a} >>> ${k}) | (${b} << ${32 - k}); q = (${b} >>> ${k}) | (${c2} << ${32 - k}); ${write(d, "p", "q")}`;
}

/** The JavaScript condition for A64 condition code `cond` over c.n/z/c/vf. */
export function conditionSource(cond: number): string {
  const base = [
    "c.z === 1",
    "c.c === 1",
    "c.n === 1",
    "c.vf === 1",
    "(c.c === 1 && c.z === 0)",
    "c.n === c.vf",
    "(c.n === c.vf && c.z === 0)",
    "true",
  ][cond >>> 1]!;
  if ((cond & 1) === 0 || cond === 15) return base;
  return `!(${base})`;
}

function conditionalSelect(w: number): string {
  const sf = w >>> 31;
  const op = (w >>> 30) & 1;
  const o2 = (w >>> 10) & 1;
  const m = zr((w >>> 16) & 31);
  const n = zr((w >>> 5) & 31);
  const d = zr(w & 31);
  const cond = conditionSource((w >>> 12) & 15);
  let other: string;
  if (sf === 1) {
    other =
      op === 0 && o2 === 0
        ? ""
        : op === 0
          ? `t = (p >>> 0) + 1; p = t | 0; q = t >= ${TWO32} ? (q + 1) | 0 : q;`
          : o2 === 0
            ? "p = ~p; q = ~q;"
            : `t = (~p >>> 0) + 1; p = t | 0; q = (~q + (t >= ${TWO32} ? 1 : 0)) | 0;`;
    return `if (${cond}) { p = x[${n}]; q = x[${n + 1}]; } else { p = x[${m}]; q = x[${m + 1}]; ${other} } ${write(d, "p", "q")}`;
  }
  other = op === 0 && o2 === 0 ? "" : op === 0 ? "p = (p + 1) | 0;" : o2 === 0 ? "p = ~p;" : "p = (~p + 1) | 0;";
  return `if (${cond}) { p = x[${n}]; } else { p = x[${m}]; ${other} } ${write(d, "p", "0")}`;
}

/** The SCTLR_ELx.SA check of a load/store whose base is SP (index 64), as the handlers' stackBase does. */
function stackCheck(n: number): string {
  return n === 64 ? "if ((x[64] & c.spAlignMask) !== 0) c.spAlignmentFault(); " : "";
}

/** Statements computing (al, ah) = X[n]|SP + a signed constant. */
function address(n: number, offset: number): string {
  const base = `t = (x[${n}] >>> 0) + ${offset}; al = t | 0; `;
  if (offset === 0) return `al = x[${n}]; ah = x[${n + 1}]; `;
  return offset > 0
    ? `${base}ah = t >= ${TWO32} ? (x[${n + 1}] + 1) | 0 : x[${n + 1}]; `
    : `${base}ah = t < 0 ? (x[${n + 1}] - 1) | 0 : x[${n + 1}]; `;
}

/** One GPR access at (A, H) of `kind` = size << 2 | opc, as ldst's gprAccess; null for kinds left to the handler. */
function access(kind: number, t: number, A = "al", H = "ah"): string | null {
  switch (kind) {
    case 0:
      return `c.write8(${A}, ${H}, x[${t}] & 255);`;
    case 1:
      return t === 62 ? `c.read8(${A}, ${H});` : `x[${t}] = c.read8(${A}, ${H}); x[${t + 1}] = 0;`;
    case 4:
      return `c.write16(${A}, ${H}, x[${t}] & 65535);`;
    case 5:
      return t === 62 ? `c.read16(${A}, ${H});` : `x[${t}] = c.read16(${A}, ${H}); x[${t + 1}] = 0;`;
    case 8:
      return `c.write32(${A}, ${H}, x[${t}]);`;
    case 9:
      return t === 62 ? `c.read32(${A}, ${H});` : `x[${t}] = c.read32(${A}, ${H}); x[${t + 1}] = 0;`;
    case 10:
      return t === 62 ? `c.read32(${A}, ${H});` : `p = c.read32(${A}, ${H}); x[${t}] = p; x[${t + 1}] = p >> 31;`;
    case 12:
      return `c.write64(${A}, ${H}, x[${t}], x[${t + 1}]);`;
    case 13:
      return t === 62 ? `c.read64(${A}, ${H});` : `c.read64(${A}, ${H}); x[${t}] = c.rlo; x[${t + 1}] = c.rhi;`;
    default:
      return null;
  }
}

const isStoreKind = (kind: number): boolean => (kind & 3) === 0;

/** FP access size from size:opc (opc<1> with size 0 means Q), as ldst's fpScale. */
const fpScale = (w: number): number => (w >>> 30 === 0 && ((w >>> 23) & 1) === 1 ? 4 : w >>> 30);

/** One FP/SIMD register access of 2^scale bytes at (A, H), as ldst's fpAccess: loads zero the rest of Vt. */
function fpAccess(scale: number, load: boolean, t: number, A = "al", H = "ah"): string {
  const b = t * 4;
  const next = `t = (${A} >>> 0) + 8; c.`;
  const high = `t | 0, t >= ${TWO32} ? (${H} + 1) | 0 : ${H}`;
  if (load) {
    const rest = (from: number): string =>
      [1, 2, 3]
        .filter((k) => k >= from)
        .map((k) => `v32[${b + k}] = 0;`)
        .join(" ");
    switch (scale) {
      case 0:
        return `v32[${b}] = c.read8(${A}, ${H}); ${rest(1)}`;
      case 1:
        return `v32[${b}] = c.read16(${A}, ${H}); ${rest(1)}`;
      case 2:
        return `v32[${b}] = c.read32(${A}, ${H}); ${rest(1)}`;
      case 3:
        return `c.read64(${A}, ${H}); v32[${b}] = c.rlo; v32[${b + 1}] = c.rhi; ${rest(2)}`;
      default:
        return `c.read64(${A}, ${H}); p = c.rlo; q = c.rhi; ${next}read64(${high}); v32[${b}] = p; v32[${b + 1}] = q; v32[${b + 2}] = c.rlo; v32[${b + 3}] = c.rhi;`;
    }
  }
  switch (scale) {
    case 0:
      return `c.write8(${A}, ${H}, v32[${b}] & 255);`;
    case 1:
      return `c.write16(${A}, ${H}, v32[${b}] & 65535);`;
    case 2:
      return `c.write32(${A}, ${H}, v32[${b}]);`;
    case 3:
      return `c.write64(${A}, ${H}, v32[${b}], v32[${b + 1}]);`;
    default:
      return `c.write64(${A}, ${H}, v32[${b}], v32[${b + 1}]); ${next}write64(${high}, v32[${b + 2}], v32[${b + 3}]);`;
  }
}

/** The access of a single-register load/store word: GPR by size:opc, FP by its scale; null for forms left to the handler. */
function singleAccess(w: number, fp: boolean): { body: string; store: boolean } | null {
  if (((w >>> 26) & 1) === 1) {
    if (!fp) return null;
    const load = ((w >>> 22) & 1) === 1;
    return { body: fpAccess(fpScale(w), load, w & 31), store: !load };
  }
  const kind = ((w >>> 30) << 2) | ((w >>> 22) & 3);
  const body = access(kind, zr(w & 31));
  return body === null ? null : { body, store: isStoreKind(kind) };
}

function loadStoreUnsigned(w: number, fp: boolean): Inline | null {
  const one = singleAccess(w, fp);
  if (one === null) return null;
  const scale = ((w >>> 26) & 1) === 1 ? fpScale(w) : w >>> 30;
  const offset = ((w >>> 10) & 0xfff) * (1 << scale);
  const n = sp((w >>> 5) & 31);
  return { source: stackCheck(n) + address(n, offset) + one.body, memory: true, store: one.store };
}

/** Register offset [Xn|SP, Rm{, extend #amount}], as ldst's LDST_REG. */
function loadStoreRegister(w: number, fp: boolean): Inline | null {
  const one = singleAccess(w, fp);
  if (one === null) return null;
  const scale = ((w >>> 26) & 1) === 1 ? fpScale(w) : w >>> 30;
  const m = zr((w >>> 16) & 31);
  const option = (w >>> 13) & 7;
  const shift = ((w >>> 12) & 1) === 1 ? scale : 0;
  const n = sp((w >>> 5) & 31);
  let source = `${stackCheck(n)}bl = x[${m}]; `;
  source += option === 2 ? "bh = 0; " : option === 6 ? "bh = bl >> 31; " : `bh = x[${m + 1}]; `;
  if (shift !== 0) source += `bh = (bh << ${shift}) | (bl >>> ${32 - shift}); bl = bl << ${shift}; `;
  source += `t = (x[${n}] >>> 0) + (bl >>> 0); al = t | 0; ah = (x[${n + 1}] + bh + (t >= ${TWO32} ? 1 : 0)) | 0; `;
  return { source: source + one.body, memory: true, store: one.store };
}

function loadStoreUnscaled(w: number, fp: boolean): Inline | null {
  const one = singleAccess(w, fp);
  if (one === null) return null;
  const { body, store } = one;
  const mode = (w >>> 10) & 3;
  const n = sp((w >>> 5) & 31);
  const offset = (w << 11) >> 23;
  if (mode === 0 || mode === 2) return { source: stackCheck(n) + address(n, offset) + body, memory: true, store };
  // Pre/post-index: the handler accesses first and then writes the base back (after a load into it).
  const writeback =
    offset >= 0
      ? `t = (bl >>> 0) + ${offset}; x[${n}] = t | 0; x[${n + 1}] = t >= ${TWO32} ? (bh + 1) | 0 : bh;`
      : `t = (bl >>> 0) + ${offset}; x[${n}] = t | 0; x[${n + 1}] = t < 0 ? (bh - 1) | 0 : bh;`;
  const at = mode === 1 ? `al = x[${n}]; ah = x[${n + 1}];` : address(n, offset);
  return {
    source: `${stackCheck(n)}bl = x[${n}]; bh = x[${n + 1}]; ${at} ${body} ${writeback}`,
    memory: true,
    store,
  };
}

function loadStorePair(w: number, fp: boolean): Inline | null {
  const isFp = ((w >>> 26) & 1) === 1;
  if (isFp && !fp) return null;
  const opc = w >>> 30;
  const mode = (w >>> 23) & 3;
  const load = ((w >>> 22) & 1) === 1;
  const scale = isFp ? 2 + opc : 2 + (opc >>> 1);
  const offset = ((w << 10) >> 25) * (1 << scale);
  const t2 = zr((w >>> 10) & 31);
  const n = sp((w >>> 5) & 31);
  const t = zr(w & 31);
  const bytes = 1 << scale;
  let source = `${stackCheck(n)}bl = x[${n}]; bh = x[${n + 1}]; `;
  source += mode === 1 ? "al = bl; ah = bh; " : address(n, offset);
  source += `t = (al >>> 0) + ${bytes}; v = t | 0; u = t >= ${TWO32} ? (ah + 1) | 0 : ah; `;
  if (isFp) {
    // Vt first, then Vt2, each loaded and written in turn as the handler does.
    source += `${fpAccess(scale, load, w & 31)} ${fpAccess(scale, load, (w >>> 10) & 31, "v", "u")}`;
  } else if (load && scale === 3) {
    source += `c.read64(al, ah); p = c.rlo; q = c.rhi; c.read64(v, u); ${write(t, "p", "q")} ${write(t2, "c.rlo", "c.rhi")}`;
  } else if (load) {
    const signed = opc === 1;
    source += `p = c.read32(al, ah); q = c.read32(v, u); ${write(t, "p", signed ? "p >> 31" : "0")} ${write(t2, "q", signed ? "q >> 31" : "0")}`;
  } else if (scale === 3) {
    source += `c.write64(al, ah, x[${t}], x[${t + 1}]); c.write64(v, u, x[${t2}], x[${t2 + 1}]);`;
  } else {
    source += `c.write32(al, ah, x[${t}]); c.write32(v, u, x[${t2}]);`;
  }
  if (mode === 1 || mode === 3) {
    source +=
      offset >= 0
        ? ` t = (bl >>> 0) + ${offset}; x[${n}] = t | 0; x[${n + 1}] = t >= ${TWO32} ? (bh + 1) | 0 : bh;`
        : ` t = (bl >>> 0) + ${offset}; x[${n}] = t | 0; x[${n + 1}] = t < 0 ? (bh - 1) | 0 : bh;`;
  }
  return { source, memory: true, store: !load };
}

/** ADD/SUB/ADDS/SUBS (extended register), as dp-reg's ADDSUB_EXT: Rn|SP, and Rd|SP without flags. */
function addSubExtended(w: number): string {
  const sub = (w >>> 30) & 1;
  const flags = ((w >>> 29) & 1) === 1;
  const m = zr((w >>> 16) & 31);
  const option = (w >>> 13) & 7;
  const shift = (w >>> 10) & 7;
  const n = sp((w >>> 5) & 31);
  const d = flags ? zr(w & 31) : sp(w & 31);
  const extend = [
    `bl = x[${m}] & 255; bh = 0;`,
    `bl = x[${m}] & 65535; bh = 0;`,
    `bl = x[${m}]; bh = 0;`,
    `bl = x[${m}]; bh = x[${m + 1}];`,
    `bl = (x[${m}] << 24) >> 24; bh = bl >> 31;`,
    `bl = (x[${m}] << 16) >> 16; bh = bl >> 31;`,
    `bl = x[${m}]; bh = bl >> 31;`,
    `bl = x[${m}]; bh = x[${m + 1}];`,
  ][option]!;
  // Shift amounts 0..4 are the valid ones; larger are reserved and left to the handler's decode.
  const [slo, shi] = shift64(0, shift, "bl", "bh");
  const shifted = shift === 0 ? "" : ` t = ${slo}; bh = ${shi}; bl = t;`;
  const operand = `${extend}${shifted} `;
  if (w >>> 31 === 1) {
    const [blo, bhi] = sub === 1 ? ["~bl", "~bh"] : ["bl", "bh"];
    return `${operand}u = x[${n}]; v = x[${n + 1}]; ah = v; ${add64(d, blo, bhi, sub, flags)}`;
  }
  const b = sub === 1 ? "~bl" : "bl";
  if (!flags) return `${operand}${write(d, `(x[${n}] + ${b}${sub ? " + 1" : ""}) | 0`, "0")}`;
  return `${operand}u = x[${n}]; bh = ${b}; t = (u >>> 0) + (bh >>> 0)${sub ? " + 1" : ""}; ${FLAGS32("u", "bh")}${write(d, "p", "0")}`;
}

/** CCMP/CCMN (register and immediate), as dp-reg's CCMP: the compare's NZCV, or #nzcv when the condition fails. */
function conditionalCompare(w: number): string {
  const sub = (w >>> 30) & 1;
  const isImm = ((w >>> 11) & 1) === 1;
  const mf = (w >>> 16) & 31;
  const n = zr((w >>> 5) & 31);
  const nzcv = w & 15;
  const otherwise = `c.n = ${(nzcv >>> 3) & 1}; c.z = ${(nzcv >>> 2) & 1}; c.c = ${(nzcv >>> 1) & 1}; c.vf = ${nzcv & 1};`;
  let compare: string;
  if (w >>> 31 === 1) {
    const blo = isImm ? String(sub === 1 ? ~mf : mf) : sub === 1 ? `~x[${mf << 1}]` : `x[${mf << 1}]`;
    const bhi = isImm ? String(sub === 1 ? -1 : 0) : sub === 1 ? `~x[${(mf << 1) + 1}]` : `x[${(mf << 1) + 1}]`;
    compare = `u = x[${n}]; ah = x[${n + 1}]; bl = ${blo}; bh = ${bhi}; t = (u >>> 0) + (bl >>> 0)${sub ? " + 1" : ""}; v = (ah >>> 0) + (bh >>> 0) + (t >= ${TWO32} ? 1 : 0); ${FLAGS64("ah", "bh")}`;
  } else {
    const b = isImm ? String(sub === 1 ? ~mf : mf) : sub === 1 ? `~x[${mf << 1}]` : `x[${mf << 1}]`;
    compare = `u = x[${n}]; bh = ${b}; t = (u >>> 0) + (bh >>> 0)${sub ? " + 1" : ""}; ${FLAGS32("u", "bh")}`;
  }
  return `if (${conditionSource((w >>> 12) & 15)}) { ${compare} } else { ${otherwise} }`;
}

function pcRelative(id: number, w: number, lo: number, hi: number): string {
  const d = zr(w & 31);
  const offset = (((w << 8) >> 13) << 2) | ((w >>> 29) & 3);
  // Both as exact numbers below 2^64; the result is split back into words at translation time.
  const base = id === imm.ADRP ? (hi >>> 0) * 4294967296 + ((lo & ~0xfff) >>> 0) : (hi >>> 0) * 4294967296 + (lo >>> 0);
  const target = BigInt.asUintN(64, BigInt(base) + BigInt(id === imm.ADRP ? offset * 4096 : offset));
  return write(d, String(Number(BigInt.asIntN(32, target))), String(Number(BigInt.asIntN(32, target >> 32n))));
}

/**
 * Inline code for handler `id` executing `w` at (lo, hi), or null to call the handler. `fp` says FP/SIMD
 * is enabled now (blocks are dropped when that changes), so FP loads and stores may be inline too.
 */
export function inlineSource(id: number, w: number, lo: number, hi: number, fp: boolean): Inline | null {
  let source: string | null = null;
  switch (id) {
    case imm.ADD_X_IMM:
    case imm.SUB_X_IMM:
    case imm.ADDSUB_IMM:
      source = addSubImmediate(w);
      break;
    case reg.ADDSUB_SHIFT:
      source = addSubShifted(w);
      break;
    case reg.LOGIC_REG:
      source = logicalShifted(w);
      break;
    case imm.LOGIC_IMM:
      source = logicalImmediate(w);
      break;
    case imm.MOVZ:
    case imm.MOVN:
    case imm.MOVK:
      source = moveWide(id, w);
      break;
    case imm.UBFM:
    case imm.SBFM:
      source = bitfieldMove(id, w);
      break;
    case imm.EXTR:
      source = extract(w);
      break;
    case reg.CSEL:
      source = conditionalSelect(w);
      break;
    case reg.ADDSUB_EXT:
      source = addSubExtended(w);
      break;
    case reg.CCMP:
      source = conditionalCompare(w);
      break;
    case imm.ADR:
    case imm.ADRP:
      source = pcRelative(id, w, lo, hi);
      break;
    case ls.LDR_X_UIMM:
    case ls.STR_X_UIMM:
    case ls.LDR_W_UIMM:
    case ls.STR_W_UIMM:
    case ls.LDRB_UIMM:
    case ls.STRB_UIMM:
    case ls.LDST_UIMM:
    case ls.LDST_UIMM_FP:
      return loadStoreUnsigned(w, fp);
    case ls.LDST_IMM9:
      return loadStoreUnscaled(w, fp);
    case ls.LDST_REG:
      return loadStoreRegister(w, fp);
    case ls.LDSTP:
      return loadStorePair(w, fp);
    default:
      return null;
  }
  return { source, memory: false, store: false };
}
