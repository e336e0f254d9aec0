/**
 * Compiles encoding lines into a flat decision tree (an Int32Array) at module load, so nobody
 * hand-writes dispatch. Internal node: [shift >= 0, mask, child...]; leaf: [-1, n, (mask, value,
 * id, guard) * n] scanned in order: higher priority first, then more fixed bits first.
 */
import type { EncodingGuard, EncodingLine } from "../encodings/format";
import { EncodingConflictError } from "../errors";

/** A line with its opcode id (0 for unallocated carve-outs) and guard slot (-1 for none). */
export interface LookupEntry {
  readonly line: EncodingLine;
  readonly id: number;
  readonly guard: number;
  readonly specificity: number;
}

export interface LookupTable {
  readonly tree: Int32Array;
  readonly guards: readonly EncodingGuard[];
  readonly nodeCount: number;
  readonly maxLeafSize: number;
}

const LEAF_MAX = 2;
const MAX_RUN = 11;
const DUPLICATION_LIMIT = 4;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Scan order inside a leaf: explicit priority, then specificity, then declaration order. */
function byPrecedence(a: LookupEntry, b: LookupEntry): number {
  return b.line.priority - a.line.priority || b.specificity - a.specificity;
}

function overlap(a: LookupEntry, b: LookupEntry): boolean {
  return ((a.line.value ^ b.line.value) & a.line.mask & b.line.mask) === 0;
}

/** A word both lines match (for the conflict message). */
function witness(a: LookupEntry, b: LookupEntry): number {
  return (a.line.value | b.line.value) >>> 0;
}

function checkConflicts(entries: readonly LookupEntry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j]!;
      if (a.line.priority !== b.line.priority || a.specificity !== b.specificity) continue;
      if (a.guard >= 0 || b.guard >= 0 || a.id === b.id || !overlap(a, b)) continue;
      throw new EncodingConflictError(a.line.name ?? "unallocated", b.line.name ?? "unallocated", witness(a, b));
    }
  }
}

interface Run {
  lsb: number;
  width: number;
}

/**
 * The contiguous run of undecided bits that leaves the fewest candidates per child on average (what
 * a random word meets next), without duplicating lines into more than DUPLICATION_LIMIT x as many
 * child slots; null when no run makes progress.
 */
function chooseRun(cands: readonly LookupEntry[], decided: number): Run | null {
  const n = cands.length;
  let best: Run | null = null;
  let bestAverage = n;
  for (let lsb = 0; lsb < 32; lsb++) {
    for (let width = 1; width <= MAX_RUN && lsb + width <= 32; width++) {
      const runMask = width === 32 ? -1 : ((1 << width) - 1) << lsb;
      if ((runMask & decided) !== 0) break;
      let slots = 0;
      for (const c of cands) slots += 1 << (width - popcount(c.line.mask & runMask));
      if (slots > DUPLICATION_LIMIT * n) continue;
      const average = slots / 2 ** width;
      if (average < bestAverage - 1e-9) {
        bestAverage = average;
        best = { lsb, width };
      }
    }
  }
  return best;
}

class TreeWriter {
  readonly words: number[] = [];
  readonly memo = new Map<string, number>();
  nodeCount = 0;
  maxLeafSize = 0;
  private readonly index = new Map<LookupEntry, number>();

  /** A small stable number per entry, for memo keys. */
  private indexOf(entry: LookupEntry): number {
    let n = this.index.get(entry);
    if (n === undefined) {
      n = this.index.size;
      this.index.set(entry, n);
    }
    return n;
  }

  build(cands: readonly LookupEntry[], decided: number): number {
    const key = `${decided}|${cands.map((c) => this.indexOf(c)).join(",")}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const run = cands.length > LEAF_MAX ? chooseRun(cands, decided) : null;
    const at = run === null ? this.leaf(cands) : this.node(cands, decided, run);
    this.memo.set(key, at);
    return at;
  }

  private leaf(cands: readonly LookupEntry[]): number {
    const sorted = [...cands].sort(byPrecedence);
    checkConflicts(sorted);
    const at = this.words.length;
    this.nodeCount++;
    this.maxLeafSize = Math.max(this.maxLeafSize, sorted.length);
    this.words.push(-1, sorted.length);
    for (const c of sorted) this.words.push(c.line.mask, c.line.value, c.id, c.guard);
    return at;
  }

  private node(cands: readonly LookupEntry[], decided: number, run: Run): number {
    const size = 1 << run.width;
    const runMask = ((size - 1) << run.lsb) | 0;
    const at = this.words.length;
    this.nodeCount++;
    this.words.push(run.lsb, size - 1);
    for (let k = 0; k < size; k++) this.words.push(0);
    for (let k = 0; k < size; k++) {
      const bits = (k << run.lsb) | 0;
      const subset = cands.filter((c) => ((c.line.value ^ bits) & c.line.mask & runMask) === 0);
      this.words[at + 2 + k] = this.build(subset, decided | runMask);
    }
    return at;
  }
}

/** Builds the lookup for `entries`; throws EncodingConflictError on an ambiguous pair. */
export function buildLookup(entries: readonly LookupEntry[], guards: readonly EncodingGuard[]): LookupTable {
  const writer = new TreeWriter();
  const root = writer.build(entries, 0);
  if (root !== 0) throw new Error("decision tree root must be at index 0");
  return {
    tree: Int32Array.from(writer.words),
    guards,
    nodeCount: writer.nodeCount,
    maxLeafSize: writer.maxLeafSize,
  };
}

export { popcount };
