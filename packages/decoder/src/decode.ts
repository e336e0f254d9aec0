/** `decode`: an immutable descriptor per word, served from a direct-mapped cache on the hot path. */
import { type FeatureName, sysRegsAtKey } from "@a64vm/sysreg";
import { sysAliasText } from "./disasm/sys-aliases";
import type { FeatureRequirement, InstructionClass } from "./encodings/format";
import { OPCODES, type OpcodeInfo, opcodeOf } from "./opcodes";
import { sysOperationFeatures } from "./sys-features";

/** Which way a system instruction moves data: MRS/SYSL/MRRS read, MSR/SYS/MSRR/SYSP write. */
export type SystemDirection = "read" | "write";

/** The system-space coordinates of an instruction in the op0..op2 encoding space (hints, barriers, MSR, MRS, SYS ...). */
export interface SystemAccess {
  readonly op0: number;
  readonly op1: number;
  readonly crn: number;
  readonly crm: number;
  readonly op2: number;
  readonly rt: number;
  readonly direction: SystemDirection;
  /** `op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2`, the key @a64vm/sysreg and KVM use. */
  readonly key: number;
  /** True for the 128-bit forms (MRRS, MSRR, SYSP). */
  readonly pair: boolean;
}

/**
 * A decoded instruction. Field values are keyed by the encoding line's field names. `feature` is the
 * encoding's requirement plus, for MRS/MSR/MRRS/MSRR and MSR (immediate), the features of the register
 * or PSTATE field it names (`mrs x0, FPMR` needs FEAT_FPMR), and for SYS/SYSL/SYSP those of the
 * operation (`tlbi vae1os` needs FEAT_TLBIOS).
 */
export interface Instruction {
  readonly word: number;
  readonly id: number;
  readonly name: string;
  readonly cls: InstructionClass | "undefined";
  readonly feature: FeatureRequirement;
  readonly fields: Readonly<Record<string, number>>;
  readonly sys: SystemAccess | null;
}

const SYSTEM_MASK = 0xffc00000 | 0;
const SYSTEM_VALUE = 0xd5000000 | 0;
const SYSTEM_PAIR_VALUE = 0xd5400000 | 0;

function systemAccess(word: number): SystemAccess | null {
  const top = word & SYSTEM_MASK;
  if (top !== SYSTEM_VALUE && top !== SYSTEM_PAIR_VALUE) return null;
  const op0 = (word >>> 19) & 3;
  const op1 = (word >>> 16) & 7;
  const crn = (word >>> 12) & 15;
  const crm = (word >>> 8) & 15;
  const op2 = (word >>> 5) & 7;
  return Object.freeze({
    op0,
    op1,
    crn,
    crm,
    op2,
    rt: word & 31,
    direction: (word >>> 21) & 1 ? "read" : "write",
    key: (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2,
    pair: top === SYSTEM_PAIR_VALUE,
  });
}

/** PSTATE fields of MSR (immediate) by "op1.op2", and the feature each needs. */
const PSTATE_FEATURES: Readonly<Record<string, FeatureName>> = {
  "0.3": "FEAT_UAO",
  "0.4": "FEAT_PAN",
  "3.1": "FEAT_SSBS",
  "3.2": "FEAT_DIT",
  "3.3": "FEAT_SME",
  "3.4": "FEAT_MTE",
};

function combine(base: FeatureRequirement, extra: readonly FeatureName[]): FeatureRequirement {
  const all = new Set<FeatureName>(base === null ? [] : typeof base === "string" ? [base] : base);
  for (const f of extra) all.add(f);
  if (all.size === 0) return null;
  const list = [...all];
  return list.length === 1 ? list[0]! : Object.freeze(list);
}

/** The features this word needs: its encoding's, and those of the system register or PSTATE field it names. */
function wordFeature(info: OpcodeInfo, sys: SystemAccess | null): FeatureRequirement {
  if (sys === null) return info.feature;
  if (info.cls === "system-register") {
    for (const reg of sysRegsAtKey(sys.key)) {
      if (sys.direction === "read" ? reg.readable : reg.writable) return combine(info.feature, reg.features);
    }
    return info.feature;
  }
  if (info.name === "SYS" || info.name === "SYSL" || info.name === "SYSP") {
    const kind = info.name === "SYS" ? "sys" : info.name === "SYSL" ? "sysl" : "sysp";
    const alias = sysAliasText(kind, sys.op1, sys.crn, sys.crm, sys.op2, sys.rt);
    return alias === null ? info.feature : combine(info.feature, sysOperationFeatures(alias));
  }
  if (info.name === "MSR_imm") {
    const field = `${sys.op1}.${sys.op2}`;
    if (field === "1.0") return combine(info.feature, [sys.crm >> 1 === 0 ? "FEAT_NMI" : "FEAT_EBEP"]);
    const needs = PSTATE_FEATURES[field];
    return needs === undefined ? info.feature : combine(info.feature, [needs]);
  }
  return info.feature;
}

function build(word: number, id: number): Instruction {
  const info = OPCODES[id]!;
  const fields: Record<string, number> = {};
  for (const f of info.fields) fields[f.name] = (word >>> f.lsb) & ((1 << f.width) - 1);
  const sys = id === 0 ? null : systemAccess(word);
  return Object.freeze({
    word,
    id,
    name: info.name,
    cls: info.cls,
    feature: wordFeature(info, sys),
    fields: Object.freeze(fields),
    sys,
  });
}

const CACHE_BITS = 14;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const cache: (Instruction | undefined)[] = new Array<Instruction | undefined>(1 << CACHE_BITS).fill(undefined);

/** The descriptor of a word (signed or unsigned 32-bit); repeated words return the same frozen object. */
export function decode(word: number): Instruction {
  const id = opcodeOf(word);
  const unsigned = word >>> 0;
  const slot = (unsigned ^ (unsigned >>> 14) ^ (unsigned >>> 23)) & CACHE_MASK;
  const hit = cache[slot];
  if (hit !== undefined && hit.word === unsigned) return hit;
  const made = build(unsigned, id);
  cache[slot] = made;
  return made;
}
