/**
 * The block translator: a hot straight-line run of instructions becomes one JavaScript function.
 * Each instruction calls its handler with its word as a constant (so V8 can inline the handler and
 * fold the field extraction); branches that end a block are written inline. The generated code keeps
 * the interpreter's contract exactly: PC and the budget left are set before anything that can fault,
 * XZR reads as zero, an MMIO store stops after its instruction.
 */
import { type CodePage, type Cpu, type Handler, TranslatedBlock } from "../core/cpu";
import { CLASS_SHIFT } from "./access-dispatch";
import * as br from "./branch";
import { IS_CONTROL } from "./table";
import { conditionSource, inlineSource } from "./translate-inline";

/** The most instructions one block holds (long enough for unrolled loops, short enough to compile fast). */
const MAX_BLOCK = 64;
const ID_MASK = (1 << CLASS_SHIFT) - 1;

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

/**
 * The source that ends a block with the branch `w` at (lo, hi), or null when the branch is not one
 * written inline. `n` is the block's instruction count including the branch.
 */
function branchSource(id: number, w: number, lo: number, hi: number, n: number): string | null {
  const [nextLo, nextHi] = addOffset(lo, hi, 4);
  const fallThrough = `${setPc(nextLo, nextHi, hi)} return ${n};`;
  const taken = (offset: number): string => {
    const [tLo, tHi] = addOffset(lo, hi, offset);
    return `${setPc(tLo, tHi, hi)} return ${n};`;
  };
  switch (id) {
    case br.B:
      return taken((w << 6) >> 4);
    case br.BL:
      return `x[60] = ${nextLo}; x[61] = ${nextHi}; ${taken((w << 6) >> 4)}`;
    case br.B_COND:
      return `if (${conditionSource(w & 15)}) { ${taken(((w << 8) >> 13) << 2)} } ${fallThrough}`;
    case br.CBZ: {
      const t = (w & 31) << 1;
      const zero = t === 62 ? "true" : w >>> 31 === 1 ? `(x[${t}] | x[${t + 1}]) === 0` : `x[${t}] === 0`;
      const test = ((w >>> 24) & 1) === 1 ? `!(${zero})` : zero;
      return `if (${test}) { ${taken(((w << 8) >> 13) << 2)} } ${fallThrough}`;
    }
    case br.TBZ: {
      const t = (w & 31) << 1;
      const bit = ((w >>> 26) & 32) | ((w >>> 19) & 31);
      const value = bit >= 32 ? `((x[${t + 1}] >>> ${bit - 32}) & 1)` : `((x[${t}] >>> ${bit}) & 1)`;
      return `if (${value} === ${(w >>> 24) & 1}) { ${taken(((w << 13) >> 18) << 2)} } ${fallThrough}`;
    }
    case br.BR: {
      const t = ((w >>> 5) & 31) << 1;
      const link = ((w >>> 21) & 3) === 1 ? `x[60] = ${nextLo}; x[61] = ${nextHi};` : "";
      return `{ const lo = x[${t}], hi = x[${t + 1}]; ${link} c.pcLo = lo; c.pcHi = hi; return ${n}; }`;
    }
    default:
      return null;
  }
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
  for (let i = start; i < page.ops.length && n < MAX_BLOCK; i++) {
    const lo = (page.baseLo + i * 4) | 0;
    // The last word below a 4 GiB boundary carries into PC's high word: left to the interpreter.
    if (lo === -4) break;
    const op = cpu.opAt(page, i);
    const w = page.words[i]!;
    const id = op & ID_MASK;
    if (IS_CONTROL[id] === true) {
      const branch = op === id ? branchSource(id, w, lo, hi, n + 1) : null;
      if (branch !== null) {
        lines.push(branch);
        n++;
        ended = true;
      }
      break;
    }
    const inline = op === id ? inlineSource(id, w, lo, hi) : null;
    if (inline !== null) {
      const before = inline.memory ? `c.pcLo = ${(lo + 4) | 0}; c.left = budget - ${n + 1}; ` : "";
      const after = inline.store ? ` if (c.stop !== 0) return ${n + 1};` : "";
      lines.push(before + inline.source + after);
      n++;
      continue;
    }
    const k = bound.length;
    bound.push(handlers[op]!);
    lines.push(
      `c.pcLo = ${(lo + 4) | 0}; c.left = budget - ${n + 1}; h${k}(c, ${w});` +
        (mayWriteZr(w) ? " x[62] = 0; x[63] = 0;" : "") +
        ` if (c.stop !== 0) return ${n + 1};`,
    );
    n++;
  }
  if (n < 2) return null;
  if (!ended) {
    const [nextLo, nextHi] = addOffset((page.baseLo + (start + n) * 4) | 0, hi, 0);
    lines.push(`${setPc(nextLo, nextHi, hi)} return ${n};`);
  }
  const names = bound.map((_, k) => `h${k}`);
  const address = ((hi >>> 0) * 4294967296 + ((page.baseLo + start * 4) >>> 0)).toString(16);
  const locals = "let t = 0, u = 0, v = 0, p = 0, q = 0, al = 0, ah = 0, bl = 0, bh = 0;";
  const source = `return function block_${address}(c, x, budget) {\n${locals}\n${lines.join("\n")}\n};`;
  const make = new Function(...names, source) as (...fns: Handler[]) => TranslatedBlock["run"];
  return new TranslatedBlock(make(...bound), n);
}
