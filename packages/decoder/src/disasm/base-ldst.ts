/** Disassembly of base loads and stores. */
import { type FormatterTable, memOffset, r } from "./format";

type Fields = Readonly<Record<string, number>>;

/** PRFM operation names by Rt: type (PLD/PLI/PST), target (L1/L2/L3/SLC), policy (KEEP/STRM). */
export function prefetchOp(rt: number): string {
  const type = ["pld", "pli", "pst", ""][(rt >> 3) & 3]!;
  const level = ["l1", "l2", "l3", "slc"][(rt >> 1) & 3]!;
  if (type === "") return `#${rt}`;
  return `${type}${level}${rt & 1 ? "strm" : "keep"}`;
}

/** FP/SIMD register letter of a load/store by size:opc<1>. */
function fpLetter(size: number, opc1: number): string {
  return opc1 ? "q" : ["b", "h", "s", "d"][size]!;
}

function scaled(mn: string, rt: (f: Fields) => string, scale: (f: Fields) => number) {
  return (_: unknown, f: Fields): string => `${mn} ${rt(f)}, ${memOffset(f.rn!, f.imm12! << scale(f))}`;
}

const wt = (f: Fields): string => r(0, f.rt!);
const signedTarget = (f: Fields): string => r(f.opc0 ? 0 : 1, f.rt!);
const sizedTarget = (f: Fields): string => r(f.size0!, f.rt!);

export const BASE_LDST_FORMAT: FormatterTable = {
  STRB_uoff: scaled("strb", wt, () => 0),
  LDRB_uoff: scaled("ldrb", wt, () => 0),
  LDRSB_uoff: scaled("ldrsb", signedTarget, () => 0),
  STRH_uoff: scaled("strh", wt, () => 1),
  LDRH_uoff: scaled("ldrh", wt, () => 1),
  LDRSH_uoff: scaled("ldrsh", signedTarget, () => 1),
  STR_uoff: scaled("str", sizedTarget, (f) => 2 + f.size0!),
  LDR_uoff: scaled("ldr", sizedTarget, (f) => 2 + f.size0!),
  LDRSW_uoff: scaled(
    "ldrsw",
    (f) => r(1, f.rt!),
    () => 2,
  ),
  PRFM_uoff: (_, f) => `prfm ${prefetchOp(f.rt!)}, ${memOffset(f.rn!, f.imm12! << 3)}`,
  STR_fp_uoff: scaled(
    "str",
    (f) => `${fpLetter(f.size!, f.opc1!)}${f.rt!}`,
    (f) => (f.opc1 ? 4 : f.size!),
  ),
  LDR_fp_uoff: scaled(
    "ldr",
    (f) => `${fpLetter(f.size!, f.opc1!)}${f.rt!}`,
    (f) => (f.opc1 ? 4 : f.size!),
  ),
};
