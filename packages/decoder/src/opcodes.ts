/** The opcode registry and the hot-path lookup `opcodeOf`, compiled from every encoding line. */

import type { EncodingGuard, EncodingLine, FeatureRequirement, FieldSpec, InstructionClass } from "./encodings/format";
import { ALL_ENCODINGS } from "./encodings/index";
import { EncodingSyntaxError, InvalidWordError, UnknownOpcodeError } from "./errors";
import { buildLookup, type LookupEntry, popcount } from "./lookup/build";

/** What the decoder knows about one opcode. `OPCODES[0]` is the undefined instruction. */
export interface OpcodeInfo {
  readonly id: number;
  readonly name: string;
  readonly cls: InstructionClass | "undefined";
  readonly feature: FeatureRequirement;
  readonly fields: readonly FieldSpec[];
  readonly pattern: string;
  readonly mask: number;
  readonly value: number;
}

const UNDEFINED_INFO: OpcodeInfo = Object.freeze({
  id: 0,
  name: "UNDEFINED",
  cls: "undefined",
  feature: null,
  fields: Object.freeze([]),
  pattern: "",
  mask: 0,
  value: 0,
});

function freezeInfo(id: number, line: EncodingLine & { name: string; cls: InstructionClass }): OpcodeInfo {
  return Object.freeze({
    id,
    name: line.name,
    cls: line.cls,
    feature:
      typeof line.feature === "object" && line.feature !== null ? Object.freeze([...line.feature]) : line.feature,
    fields: Object.freeze(line.fields.map((f) => Object.freeze({ ...f }))),
    pattern: line.pattern,
    mask: line.mask >>> 0,
    value: line.value >>> 0,
  });
}

const infos: OpcodeInfo[] = [UNDEFINED_INFO];
const idByName = new Map<string, number>();
const entries: LookupEntry[] = [];
const guards: EncodingGuard[] = [];

for (const line of ALL_ENCODINGS) {
  let id = 0;
  if (line.name !== null && line.cls !== null) {
    if (idByName.has(line.name)) throw new EncodingSyntaxError(line.name, "name is used by two encodings");
    id = infos.length;
    idByName.set(line.name, id);
    infos.push(freezeInfo(id, line as EncodingLine & { name: string; cls: InstructionClass }));
  }
  let guard = -1;
  if (line.when !== null) {
    guard = guards.length;
    guards.push(line.when);
  }
  entries.push({ line, id, guard, specificity: popcount(line.mask) });
}

const table = buildLookup(entries, guards);
const TREE = table.tree;
const GUARDS = table.guards;

/** Every opcode, indexed by id; id 0 is the undefined instruction. */
export const OPCODES: readonly OpcodeInfo[] = Object.freeze(infos);

/** Size figures of the compiled lookup, for tests and the benchmark. */
export const LOOKUP_STATS = Object.freeze({
  nodes: table.nodeCount,
  words: TREE.length,
  maxLeafSize: table.maxLeafSize,
  encodings: ALL_ENCODINGS.length,
});

/** The id of an opcode by name (e.g. "ADD_imm"); throws UnknownOpcodeError. */
export function opcodeId(name: string): number {
  const id = idByName.get(name);
  if (id === undefined) throw new UnknownOpcodeError(name);
  return id;
}

/** The opcode id of a 32-bit instruction word (signed or unsigned), 0 when it is undefined. Allocates nothing. */
export function opcodeOf(word: number): number {
  if ((word | 0) !== word && word >>> 0 !== word) throw new InvalidWordError(word);
  const t = TREE;
  let n = 0;
  let shift = t[0]!;
  while (shift >= 0) {
    n = t[n + 2 + ((word >>> shift) & t[n + 1]!)]!;
    shift = t[n]!;
  }
  const end = n + 2 + t[n + 1]! * 4;
  for (let i = n + 2; i < end; i += 4) {
    if ((word & t[i]!) === t[i + 1]!) {
      const g = t[i + 3]!;
      if (g < 0 || GUARDS[g]!(word)) return t[i + 2]!;
    }
  }
  return 0;
}

/** For tests and tuning: how many tree nodes and leaf entries `opcodeOf(word)` visits. */
export function lookupCost(word: number): { nodes: number; entries: number } {
  const t = TREE;
  let n = 0;
  let nodes = 1;
  let shift = t[0]!;
  while (shift >= 0) {
    n = t[n + 2 + ((word >>> shift) & t[n + 1]!)]!;
    shift = t[n]!;
    nodes++;
  }
  let entries = 0;
  const end = n + 2 + t[n + 1]! * 4;
  for (let i = n + 2; i < end; i += 4) {
    entries++;
    if ((word & t[i]!) === t[i + 1]!) break;
  }
  return { nodes, entries };
}
