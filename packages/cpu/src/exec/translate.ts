/**
 * The block translator: a hot straight-line run of instructions becomes one JavaScript function.
 * Each instruction calls its handler with its word as a constant (so V8 can inline the handler and
 * fold the field extraction); branches that end a block are written inline. The generated code keeps
 * the interpreter's contract exactly: PC and the budget left are set before anything that can fault,
 * XZR reads as zero, an MMIO store stops after its instruction.
 */
import { type CodePage, type Cpu, type Handler, TranslatedBlock } from "../core/cpu";
import { SYSREG } from "../core/sysregs";
import { CLASS_SHIFT } from "./access-dispatch";
import * as br from "./branch";
import { AccessClass } from "./fp-enable";
import { MRS } from "./system";
import { IS_CONTROL } from "./table";
import { conditionSource, inlineSource } from "./translate-inline";

/** The most instructions one block holds (long enough for unrolled loops, short enough to compile fast). */
const MAX_BLOCK = 64;
const ID_MASK = (1 << CLASS_SHIFT) - 1;
/** TPIDR_EL0's op0:op1:CRn:CRm:op2 as MRS encodes it in bits 19:5 (its key without the top bit). */
const TPIDR_EL0_FIELD = SYSREG.TPIDR_EL0 & 0x7fff;

/** `lo`/`hi` of address + a signed byte offset, as constants. */
function addOffset(lo: number, hi: number, offset: number): [number, number] {
  const sum = (lo >>> 0) + offset;
  return [sum | 0, sum >= 4294967296 ? (hi + 1) | 0 : sum < 0 ? (hi - 1) | 0 : hi];
}

/** Source setting PC to (lo, hi) given that PC's high word is `pageHi` now. */
function setPc(lo: number, hi: number, pageHi: number): string {
  return hi === pageHi ? `c.pcLo = ${lo};` : `c.pcLo = ${lo}; c.pcHi = ${hi};`;
}

/** Whether an instruction word names register 31 in a field a handler may write (Rd/Rt, Rt2, Rs). */
function mayWriteZr(w: number): boolean {
  return (w & 31) === 31 || ((w >>> 10) & 31) === 31 || ((w >>> 16) & 31) === 31;
}

/** A block-ending branch: when it is taken (null: always), where to, and what it writes first. */
interface Branch {
  readonly condition: string | null;
  /** The taken target as constants, or null for a register target (BR/BLR/RET). */
  readonly target: readonly [number, number] | null;
  /** Statements run before the test: the link register write, the register target's read. */
  readonly prologue: string;
}

/** The branch `w` (handler `id`) at (lo, hi) as a Branch, or null when it is not one written inline. */
function branchOf(id: number, w: number, lo: number, hi: number): Branch | null {
  const [nextLo, nextHi] = addOffset(lo, hi, 4);
  switch (id) {
    case br.B:
      return { condition: null, target: addOffset(lo, hi, (w << 6) >> 4), prologue: "" };
    case br.BL:
      return {
        condition: null,
        target: addOffset(lo, hi, (w << 6) >> 4),
        prologue: `x[60] = ${nextLo}; x[61] = ${nextHi};`,
      };
    case br.B_COND:
      return { condition: conditionSource(w & 15), target: addOffset(lo, hi, ((w << 8) >> 13) << 2), prologue: "" };
    case br.CBZ: {
      const t = (w & 31) << 1;
      const zero = t === 62 ? "true" : w >>> 31 === 1 ? `(x[${t}] | x[${t + 1}]) === 0` : `x[${t}] === 0`;
      const condition = ((w >>> 24) & 1) === 1 ? `!(${zero})` : zero;
      return { condition, target: addOffset(lo, hi, ((w << 8) >> 13) << 2), prologue: "" };
    }
    case br.TBZ: {
      const t = (w & 31) << 1;
      const bit = ((w >>> 26) & 32) | ((w >>> 19) & 31);
      const value = bit >= 32 ? `((x[${t + 1}] >>> ${bit - 32}) & 1)` : `((x[${t}] >>> ${bit}) & 1)`;
      return {
        condition: `${value} === ${(w >>> 24) & 1}`,
        target: addOffset(lo, hi, ((w << 13) >> 18) << 2),
        prologue: "",
      };
    }
    case br.BR: {
      // The target is read before the link is written (BLR X30).
      const t = ((w >>> 5) & 31) << 1;
      const link = ((w >>> 21) & 3) === 1 ? ` x[60] = ${nextLo}; x[61] = ${nextHi};` : "";
      return { condition: null, target: null, prologue: `p = x[${t}]; q = x[${t + 1}];${link}` };
    }
    default:
      return null;
  }
}

/**
 * The source ending a block of `n` instructions with `branch` at (lo, hi). A branch back to the
 * block's own start (`startLo`) loops inside the function while the budget holds another pass.
 */
function branchSource(branch: Branch, lo: number, hi: number, n: number, startLo: number): string {
  const [nextLo, nextHi] = addOffset(lo, hi, 4);
  const fallThrough = `${setPc(nextLo, nextHi, hi)} return done + ${n};`;
  if (branch.target === null) return `${branch.prologue} c.pcLo = p; c.pcHi = q; return done + ${n};`;
  const [tLo, tHi] = branch.target;
  const again = tLo === startLo && tHi === hi ? `if (budget - done >= ${2 * n}) { done += ${n}; continue; } ` : "";
  const taken = `${again}${setPc(tLo, tHi, hi)} return done + ${n};`;
  if (branch.condition === null) return `${branch.prologue} ${taken}`;
  return `${branch.prologue} if (${branch.condition}) { ${taken} } ${fallThrough}`;
}

/** Translates the block starting at `page` slot `start`; null when it would hold fewer than two instructions. */
export function translate(
  cpu: Cpu,
  page: CodePage,
  start: number,
  handlers: readonly Handler[],
): TranslatedBlock | null {
  const hi = page.baseHi;
  const lines: string[] = [];
  const bound: Handler[] = [];
  let n = 0;
  let ended = false;
  let looping = false;
  const fp = (cpu.accessBlocked & (1 << AccessClass.FP)) === 0;
  for (let i = start; i < page.ops.length && n < MAX_BLOCK; i++) {
    const lo = (page.baseLo + i * 4) | 0;
    // The last word below a 4 GiB boundary carries into PC's high word: left to the interpreter.
    if (lo === -4) break;
    const op = cpu.opAt(page, i);
    const w = page.words[i]!;
    const id = op & ID_MASK;
    if (id === MRS && ((w >>> 5) & 0x7fff) === TPIDR_EL0_FIELD) {
      // MRS Xt, TPIDR_EL0 (the thread pointer, read everywhere in libc) checks nothing: inline.
      const t = (w & 31) << 1;
      if (t !== 62) lines.push(`p = c.tpidrEl0Slot; x[${t}] = c.sysregs.lo(p); x[${t + 1}] = c.sysregs.hi(p);`);
      n++;
      continue;
    }
    if (IS_CONTROL[id] === true) {
      const branch = op === id ? branchOf(id, w, lo, hi) : null;
      if (branch !== null) {
        n++;
        lines.push(branchSource(branch, lo, hi, n, (page.baseLo + start * 4) | 0));
        ended = true;
        looping =
          branch.target !== null && branch.target[0] === ((page.baseLo + start * 4) | 0) && branch.target[1] === hi;
      }
      break;
    }
    // An FP-class op is inline only while FP is enabled: the blocks are dropped when that changes.
    const cls = op >>> CLASS_SHIFT;
    const inline = cls === 0 || (cls === AccessClass.FP && fp) ? inlineSource(id, w, lo, hi, fp) : null;
    if (inline !== null) {
      const before = inline.memory ? `c.pcLo = ${(lo + 4) | 0}; c.left = budget - done - ${n + 1}; ` : "";
      const after = inline.store ? ` if (c.stop !== 0) return done + ${n + 1};` : "";
      lines.push(before + inline.source + after);
      n++;
      continue;
    }
    const k = bound.length;
    bound.push(handlers[op]!);
    lines.push(
      `c.pcLo = ${(lo + 4) | 0}; c.left = budget - done - ${n + 1}; h${k}(c, ${w});` +
        (mayWriteZr(w) ? " x[62] = 0; x[63] = 0;" : "") +
        ` if (c.stop !== 0) return done + ${n + 1};`,
    );
    n++;
  }
  if (n < 2) return null;
  if (!ended) {
    const [nextLo, nextHi] = addOffset((page.baseLo + (start + n) * 4) | 0, hi, 0);
    lines.push(`${setPc(nextLo, nextHi, hi)} return done + ${n};`);
  }
  const names = bound.map((_, k) => `h${k}`);
  const address = ((hi >>> 0) * 4294967296 + ((page.baseLo + start * 4) >>> 0)).toString(16);
  // `done` counts the instructions of earlier passes of a block that loops on itself.
  const locals = "let t = 0, u = 0, v = 0, p = 0, q = 0, al = 0, ah = 0, bl = 0, bh = 0, done = 0;\nconst v32 = c.v32;";
  const body = looping ? `for (;;) {\n${lines.join("\n")}\n}` : lines.join("\n");
  const source = `return function block_${address}(c, x, budget) {\n${locals}\n${body}\n};`;
  const make = new Function(...names, source) as (...fns: Handler[]) => TranslatedBlock["run"];
  return new TranslatedBlock(make(...bound), n);
}
