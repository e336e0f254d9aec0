// The system-register catalogue: every register LLVM 22 names, with O(1) lookup by name and encoding.
import { type FeatureName, parseFeatureName } from "../features/names";
import { CATALOGUE_ROWS } from "./catalogue.generated";
import { encodingFromKey, encodingKey, formatGenericName, parseGenericName, type SysRegEncoding } from "./encoding";
import { InvalidEncodingError, UnknownSysRegError } from "./errors";

export type ExceptionLevel = 0 | 1 | 2 | 3;

/** Which of MRS and MSR can name the register. */
export type SysRegAccess = "read" | "write" | "read-write";

/** One system register of the catalogue (or an unnamed encoding given in the generic spelling). */
export interface SysRegInfo {
  /** LLVM's spelling, uppercase (`FPMR`); the generic spelling for an unnamed encoding. */
  readonly name: string;
  readonly encoding: SysRegEncoding;
  /** encodingKey(encoding): the KVM system-register index. */
  readonly key: number;
  readonly access: SysRegAccess;
  readonly readable: boolean;
  readonly writable: boolean;
  /** The lowest exception level at which an access can be permitted (EL0 for FPMR, NZCV, TPIDR_EL0...). */
  readonly minEl: ExceptionLevel;
  /** Every feature the register needs (all of them); empty when the base architecture has it. */
  readonly features: readonly FeatureName[];
  /** False for an encoding no register of the catalogue has (IMPLEMENTATION DEFINED or unallocated). */
  readonly named: boolean;
  /** Defined only by Armv8-R AArch64; an A-profile CPU does not have it. */
  readonly armv8rOnly: boolean;
}

function parseRow(line: string): SysRegInfo {
  const [name, hex, access, el, features, profile] = line.split(" ") as [
    string,
    string,
    string,
    string,
    string,
    string?,
  ];
  const key = Number.parseInt(hex, 16);
  const readable = access.includes("r");
  const writable = access.includes("w");
  return {
    name,
    encoding: Object.freeze(encodingFromKey(key)),
    key,
    access: readable && writable ? "read-write" : readable ? "read" : "write",
    readable,
    writable,
    minEl: Number(el) as ExceptionLevel,
    features: Object.freeze(features === "-" ? [] : features.split(",").map((f) => parseFeatureName(f))),
    named: true,
    armv8rOnly: profile === "R",
  };
}

/** Every register of the catalogue, in encoding order. */
export const SYSREG_CATALOGUE: readonly SysRegInfo[] = Object.freeze(
  CATALOGUE_ROWS.split("\n").map((line) => Object.freeze(parseRow(line))),
);

const byName = new Map<string, SysRegInfo>();
const byKey = new Map<number, SysRegInfo[]>();
for (const info of SYSREG_CATALOGUE) {
  byName.set(info.name, info);
  const list = byKey.get(info.key);
  if (list === undefined) byKey.set(info.key, [info]);
  else list.push(info);
}
// Where one encoding has a read name and a different write name (DBGDTRRX_EL0 / DBGDTRTX_EL0), the
// readable one is listed first so that it is the encoding's primary name.
for (const list of byKey.values()) list.sort((a, b) => Number(b.readable) - Number(a.readable));

/** The primary register of every 16-bit encoding key: one array index per lookup on the CPU's path. */
const primaryByKey: (SysRegInfo | undefined)[] = Array.from({ length: 1 << 16 }, (_, k) => byKey.get(k)?.[0]);

/** Checks that an encoding lies in the MRS/MSR space (op0 2 or 3) and that every field fits its bits. */
export function checkRegisterEncoding(e: SysRegEncoding): void {
  const fits = (v: number, bits: number) => Number.isInteger(v) && v >= 0 && v < 1 << bits;
  if (!(fits(e.op0, 2) && fits(e.op1, 3) && fits(e.crn, 4) && fits(e.crm, 4) && fits(e.op2, 3))) {
    throw new InvalidEncodingError(
      `encoding (${e.op0}, ${e.op1}, ${e.crn}, ${e.crm}, ${e.op2}) does not fit op0:2 op1:3 CRn:4 CRm:4 op2:3 bits`,
    );
  }
  if (e.op0 < 2) {
    throw new InvalidEncodingError(
      `${formatGenericName(e)} is in op0=${e.op0}, the space of PSTATE and SYS instructions, not of MRS/MSR registers`,
    );
  }
}

/** The architectural lowest EL of an unnamed encoding, from op1 (the conventional EL of the space). */
function lowestElOfOp1(op1: number): ExceptionLevel {
  if (op1 === 3) return 0;
  if (op1 === 4 || op1 === 5) return 2;
  if (op1 === 6) return 3;
  return 1;
}

function unnamed(e: SysRegEncoding): SysRegInfo {
  return {
    name: formatGenericName(e),
    encoding: Object.freeze({ ...e }),
    key: encodingKey(e),
    access: "read-write",
    readable: true,
    writable: true,
    minEl: lowestElOfOp1(e.op1),
    features: [],
    named: false,
    armv8rOnly: false,
  };
}

/** The registers at an encoding key: usually one; two where reads and writes have different names. */
export function sysRegsAtKey(key: number): readonly SysRegInfo[] {
  return byKey.get(key) ?? [];
}

/** The register at an encoding (its readable name first), or undefined when LLVM names none there. */
export function findSysRegByEncoding(e: SysRegEncoding | number): SysRegInfo | undefined {
  return primaryByKey[typeof e === "number" ? e : encodingKey(e)];
}

/**
 * The register a text names: a catalogue name in any case (`fpmr`), or a generic spelling
 * (`S3_3_C4_C4_2`) which yields the named register at that encoding. Undefined when neither; a generic
 * spelling of an unnamed encoding is also undefined here (see lookupSysReg).
 */
export function findSysReg(text: string): SysRegInfo | undefined {
  const upper = text.trim().toUpperCase();
  const named = byName.get(upper);
  if (named !== undefined) return named;
  const generic = parseGenericName(upper);
  return generic === null ? undefined : findSysRegByEncoding(generic);
}

/**
 * The register a text names, like findSysReg, but a generic spelling of an encoding LLVM does not
 * name yields an unnamed entry (`named: false`, e.g. IMPLEMENTATION DEFINED registers). Throws
 * UnknownSysRegError (with a suggestion) for anything else, and InvalidEncodingError for an op0 outside
 * the MRS/MSR space.
 */
export function lookupSysReg(text: string): SysRegInfo {
  const found = findSysReg(text);
  if (found !== undefined) return found;
  const generic = parseGenericName(text);
  if (generic !== null) {
    checkRegisterEncoding(generic);
    return unnamed(generic);
  }
  throw new UnknownSysRegError(text, suggestSysReg(text));
}

/** The encoding a name or generic spelling stands for; throws like lookupSysReg. */
export function parseSysRegEncoding(text: string): SysRegEncoding {
  return lookupSysReg(text).encoding;
}

/** The closest catalogue name to a misspelt one, when one is reasonably close. */
export function suggestSysReg(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  // A name without its level (`SCTLR`) most likely means the EL1 register, then the others.
  for (const suffix of ["_EL1", "_EL0", "_EL2", "_EL3"]) if (byName.has(upper + suffix)) return upper + suffix;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(upper.length / 4)) + 1;
  for (const name of byName.keys()) {
    if (Math.abs(name.length - upper.length) >= bestDistance) continue;
    const d = editDistance(upper, name, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
