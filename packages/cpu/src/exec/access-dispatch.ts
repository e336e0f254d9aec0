/**
 * Access classes in dispatch: predecode tags each instruction word with the enables it checks (in
 * the op id's bits above CLASS_SHIFT), and the core dispatches through a table in which a blocked
 * class's ops take their trap. The table changes only when the enables or the EL can change, so an
 * enabled instruction pays nothing.
 */
import { OPCODES, opcodeOf } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import { EC } from "../core/constants";
import type { Handler } from "../core/cpu";
import { UNDEF } from "./branch";
import { decodeA64 } from "./decode";
import { AccessClass, type AccessClassCode, CLASS_COUNT, ILLEGAL_STATE_BLOCK, raiseAccessTrap } from "./fp-enable";
import { HANDLERS } from "./table";

/** A tagged op id is `id | class << CLASS_SHIFT`; handler ids stay below 1 << CLASS_SHIFT. */
export const CLASS_SHIFT = 11;

function hasFeatures(f: FeatureSet, needs: string | readonly string[] | null): boolean {
  if (needs === null) return true;
  if (typeof needs === "string") return f.has(needs);
  for (const name of needs) if (!f.has(name)) return false;
  return true;
}

/** SMSTART/SMSTOP: MSR SVCRSM/SVCRZA/SVCRSMZA, #imm. */
function isSvcrImmediate(w: number): boolean {
  return (w & 0xfffff8ff) >>> 0 === 0xd503407f && ((w >>> 9) & 3) !== 0;
}

/**
 * The class of an instruction word the core would otherwise execute or UNDEF as `id`. An unallocated
 * or feature-hidden encoding has none: it UNDEFs whatever the enables say.
 */
function classOfWord(w: number, f: FeatureSet, id: number): AccessClassCode {
  const op0 = (w >>> 25) & 15;
  if ((op0 & 7) === 7 || (op0 & 7) === 6) return id === UNDEF ? AccessClass.NONE : AccessClass.FP;
  if (op0 === 2 || (op0 === 0 && w >>> 31 === 1) || isSvcrImmediate(w)) {
    const info = OPCODES[opcodeOf(w)];
    if (info === undefined || info.id === 0 || !hasFeatures(f, info.feature)) return AccessClass.NONE;
    if (op0 === 2) return AccessClass.SVE;
    if (op0 === 0) return AccessClass.SME;
    // The decoder files SMSTART/SMSTOP under MSR (immediate), with no feature of their own.
    return f.has("FEAT_SME") ? AccessClass.SME_CONTROL : AccessClass.NONE;
  }
  return AccessClass.NONE;
}

/** The core's decoder: the handler id tagged with its access class. */
export function decodeTagged(w: number, f: FeatureSet): number {
  const id = decodeA64(w, f);
  return id | (classOfWord(w, f, id) << CLASS_SHIFT);
}

// ---- dispatch tables, one per set of blocked classes ----

/** A blocked class's handler: the trap, or (if the enables changed unseen) the instruction itself. */
function trapping(cls: number, handler: Handler): Handler {
  return (c, w) => {
    raiseAccessTrap(c, cls);
    handler(c, w);
  };
}

const tables: (readonly Handler[] | undefined)[] = [];

/** Every instruction while PSTATE.IL is set: the Illegal Execution State exception (EC 0x0E, ISS 0). */
const illegalState: Handler = (c) => c.raise(EC.ILLEGAL_STATE, 0);

/** The handlers by tagged id with every class in `blocked` trapping; built once per mask. */
export function dispatchTable(blocked: number): readonly Handler[] {
  const known = tables[blocked];
  if (known !== undefined) return known;
  const stride = 1 << CLASS_SHIFT;
  if (HANDLERS.length > stride) throw new RangeError(`${HANDLERS.length} handlers do not fit below ${stride}`);
  const table: Handler[] = [];
  if ((blocked & ILLEGAL_STATE_BLOCK) !== 0) {
    table.length = CLASS_COUNT * stride;
    table.fill(illegalState);
    tables[blocked] = table;
    return table;
  }
  for (let cls = 0; cls < CLASS_COUNT; cls++) {
    const blocks = (blocked & (1 << cls)) !== 0;
    for (let id = 0; id < stride; id++) {
      const handler = HANDLERS[id] ?? HANDLERS[0]!;
      table.push(blocks && id < HANDLERS.length ? trapping(cls, handler) : handler);
    }
  }
  tables[blocked] = table;
  return table;
}
