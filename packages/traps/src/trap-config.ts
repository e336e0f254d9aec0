// The packed per-encoding trap configuration (KVM's trap_config): one 32-bit word per encoding key,
// built once from the trappable-encodings table, so routing is one load and a few masks.
import { COARSE_TRAPS } from "./coarse-traps";
import { CONTROL_REGISTERS, type ControlRegister, controlIndex, controlLayout, hasField } from "./controls";
import { TRAPPABLE_ENCODINGS, type TrappableEncoding } from "./encodings";
import { FGT_GROUP_REGISTERS, FGT_GROUPS } from "./fine-groups";
import { handlerId } from "./handlers";

/** Field positions of a packed trap configuration word. */
export const TC = {
  COARSE_SHIFT: 0,
  COARSE_MASK: 0x7f,
  GROUP_SHIFT: 7,
  GROUP_MASK: 0x7,
  BIT_SHIFT: 10,
  BIT_MASK: 0x3f,
  NEGATIVE: 1 << 16,
  HANDLER_SHIFT: 17,
  HANDLER_MASK: 0x1f,
  READABLE: 1 << 22,
  WRITABLE: 1 << 23,
  FGT_READ: 1 << 24,
  FGT_WRITE: 1 << 25,
  VALID: 1 << 26,
} as const;

/** Encoding key space: op0:2 op1:3 CRn:4 CRm:4 op2:3. */
export const KEY_SPACE = 1 << 16;

/** A set of coarse conditions, flattened: the conditions of set s are [start[s], start[s+1]). */
export interface CoarseSets {
  /** The coarse-trap names of each set (index 0 is the empty set). */
  readonly names: readonly (readonly string[])[];
  readonly start: Uint16Array;
  /** Per condition: control register index. */
  readonly register: Uint8Array;
  readonly maskLo: Uint32Array;
  readonly maskHi: Uint32Array;
  readonly valueLo: Uint32Array;
  readonly valueHi: Uint32Array;
  /** Per condition: 1 = reads, 2 = writes, 3 = both. */
  readonly direction: Uint8Array;
  /** Per condition: 0 = any layout, 1 = only when the guest hypervisor's E2H is 0, 2 = only when 1. */
  readonly e2h: Uint8Array;
  /** Per condition: index of the coarse trap in COARSE_TRAPS. */
  readonly trap: Uint8Array;
  /**
   * The same conditions interleaved for the hot path, COND_STRIDE words each: [register | direction << 8 |
   * e2h << 10 | trap << 12, maskLo, maskHi, valueLo, valueHi].
   */
  readonly packed: Uint32Array;
}

export const COND_STRIDE = 5;

function lowBit(register: ControlRegister, field: string, layout: "E2H=0" | "E2H=1" | undefined): bigint {
  const f = controlLayout(register, layout ?? "E2H=1").fields.find((x) => x.name === field)!;
  return 1n << BigInt(f.lsb);
}

function fullMask(register: ControlRegister, field: string, layout: "E2H=0" | "E2H=1" | undefined): bigint {
  const f = controlLayout(register, layout ?? "E2H=1").fields.find((x) => x.name === field)!;
  return ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
}

function buildCoarseSets(entries: readonly TrappableEncoding[]): { sets: CoarseSets; idOf: Map<string, number> } {
  const names: (readonly string[])[] = [[]];
  const idOf = new Map<string, number>([["", 0]]);
  for (const e of entries) {
    const id = e.coarse.join(",");
    if (!idOf.has(id)) {
      idOf.set(id, names.length);
      names.push(e.coarse);
    }
  }
  const conds: { reg: number; mask: bigint; value: bigint; dir: number; e2h: number; trap: number }[] = [];
  const start = new Uint16Array(names.length + 1);
  names.forEach((set, s) => {
    start[s] = conds.length;
    for (const name of set) {
      const traps = COARSE_TRAPS.filter((t) => t.name === name);
      if (traps.length === 0) throw new Error(`trap table: unknown coarse trap '${name}'`);
      for (const t of traps) {
        let mask = 0n;
        let value = 0n;
        for (const f of t.whenSet) {
          const m = fullMask(t.register, f, t.cptr);
          mask |= m;
          value |= m;
        }
        for (const f of t.whenClear) mask |= lowBit(t.register, f, t.cptr);
        conds.push({
          reg: controlIndex(t.register),
          mask,
          value,
          dir: t.behaviour === "read" ? 1 : t.behaviour === "write" ? 2 : 3,
          e2h: t.cptr === undefined ? 0 : t.cptr === "E2H=0" ? 1 : 2,
          trap: COARSE_TRAPS.indexOf(t),
        });
      }
    }
  });
  start[names.length] = conds.length;
  const n = conds.length;
  const sets: CoarseSets = {
    names,
    start,
    register: new Uint8Array(n),
    maskLo: new Uint32Array(n),
    maskHi: new Uint32Array(n),
    valueLo: new Uint32Array(n),
    valueHi: new Uint32Array(n),
    direction: new Uint8Array(n),
    e2h: new Uint8Array(n),
    trap: new Uint8Array(n),
    packed: new Uint32Array(n * COND_STRIDE),
  };
  conds.forEach((c, i) => {
    sets.register[i] = c.reg;
    sets.maskLo[i] = Number(c.mask & 0xffffffffn);
    sets.maskHi[i] = Number(c.mask >> 32n);
    sets.valueLo[i] = Number(c.value & 0xffffffffn);
    sets.valueHi[i] = Number(c.value >> 32n);
    sets.direction[i] = c.dir;
    sets.e2h[i] = c.e2h;
    sets.trap[i] = c.trap;
    const p = i * COND_STRIDE;
    sets.packed[p] = c.reg | (c.dir << 8) | (c.e2h << 10) | (c.trap << 12);
    sets.packed[p + 1] = sets.maskLo[i]!;
    sets.packed[p + 2] = sets.maskHi[i]!;
    sets.packed[p + 3] = sets.valueLo[i]!;
    sets.packed[p + 4] = sets.valueHi[i]!;
  });
  return { sets, idOf };
}

function pack(e: TrappableEncoding, coarseId: number): number {
  let word = TC.VALID | (coarseId << TC.COARSE_SHIFT) | (handlerId(e.handler) << TC.HANDLER_SHIFT);
  if (e.access !== "wo") word |= TC.READABLE;
  if (e.access !== "ro") word |= TC.WRITABLE;
  if (e.fine !== null) {
    const { group, field } = e.fine;
    const regs = FGT_GROUP_REGISTERS[group];
    const reg = [regs.read, regs.write].find((r) => r !== null && hasField(r, field));
    const f = reg === undefined || reg === null ? undefined : controlLayout(reg).fields.find((x) => x.name === field);
    if (f === undefined) throw new Error(`trap table: ${e.name}: no ${group} register has field ${field}`);
    word |= ((FGT_GROUPS.indexOf(group) + 1) << TC.GROUP_SHIFT) | (f.lsb << TC.BIT_SHIFT);
    if (/^n[A-Z]/.test(field)) word |= TC.NEGATIVE;
    if (regs.read !== null && hasField(regs.read, field)) word |= TC.FGT_READ;
    if (regs.write !== null && hasField(regs.write, field)) word |= TC.FGT_WRITE;
  }
  return word >>> 0;
}

function build(): { config: Uint32Array; sets: CoarseSets; byKey: Map<number, TrappableEncoding> } {
  const { sets, idOf } = buildCoarseSets(TRAPPABLE_ENCODINGS);
  const config = new Uint32Array(KEY_SPACE);
  const byKey = new Map<number, TrappableEncoding>();
  for (const e of TRAPPABLE_ENCODINGS) {
    if (byKey.has(e.key)) throw new Error(`trap table: ${e.name} and ${byKey.get(e.key)!.name} share an encoding`);
    byKey.set(e.key, e);
    config[e.key] = pack(e, idOf.get(e.coarse.join(","))!);
  }
  return { config, sets, byKey };
}

const BUILT = build();

/** The packed configuration word of every encoding key (0 = no entry). */
export const TRAP_CONFIG: Uint32Array = BUILT.config;
export const COARSE_SETS: CoarseSets = BUILT.sets;
/** The table entry of an encoding key. */
export const TRAPPABLE_ENCODINGS_BY_KEY: ReadonlyMap<number, TrappableEncoding> = BUILT.byKey;

/** The FGT register indices per group and direction: [group*2 + (write ? 1 : 0)] -> control index, -1 none. */
export const FGT_REGISTER_INDEX: Int8Array = (() => {
  const out = new Int8Array((FGT_GROUPS.length + 1) * 2).fill(-1);
  FGT_GROUPS.forEach((g, i) => {
    const regs = FGT_GROUP_REGISTERS[g];
    if (regs.read !== null) out[(i + 1) * 2] = controlIndex(regs.read);
    if (regs.write !== null) out[(i + 1) * 2 + 1] = controlIndex(regs.write);
  });
  return out;
})();

export const CONTROL_COUNT = CONTROL_REGISTERS.length;
