/** SVE predicate generation and logic: WHILE* comparisons and the predicated predicate logical ops. */
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;

/** WHILE (scalars): bits 11 (U), 10 (lt) and 4 (eq); the SVE2 forms are the non-lt ones. */
const WHILE = [
  ["0 1", "0", "WHILELT", SVE],
  ["0 1", "1", "WHILELE", SVE],
  ["1 1", "0", "WHILELO", SVE],
  ["1 1", "1", "WHILELS", SVE],
  ["0 0", "0", "WHILEGE", SVE2],
  ["0 0", "1", "WHILEGT", SVE2],
  ["1 0", "0", "WHILEHS", SVE2],
  ["1 0", "1", "WHILEHI", SVE2],
] as const;

/** Predicate logical ops: [op:S (23:22), o2 (9), o3 (4), mnemonic]. */
const LOGICAL = [
  ["00", 0, 0, "AND"],
  ["00", 0, 1, "BIC"],
  ["00", 1, 0, "EOR"],
  ["00", 1, 1, "SEL"],
  ["01", 0, 0, "ANDS"],
  ["01", 0, 1, "BICS"],
  ["01", 1, 0, "EORS"],
  ["10", 0, 0, "ORR"],
  ["10", 0, 1, "ORN"],
  ["10", 1, 0, "NOR"],
  ["10", 1, 1, "NAND"],
  ["11", 0, 0, "ORRS"],
  ["11", 0, 1, "ORNS"],
  ["11", 1, 0, "NORS"],
  ["11", 1, 1, "NANDS"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, eq, name, options] of WHILE) {
    lines.push(
      simd(
        `${name}_pp`,
        `00100101 size:2 1 rm:5 000 sf:1 ${bits} rn:5 ${eq} pd:4`,
        `${name.toLowerCase()} {pd:pT}, {n:rsf}, {m:rsf}`,
        options,
      ),
    );
  }
  for (const [opS, o2, o3, name] of LOGICAL) {
    const syntax =
      name === "SEL"
        ? "sel {pd:pb}, {g4:p}, {pn:pb}, {pm:pb}"
        : `${name.toLowerCase()} {pd:pb}, {g4:pz}, {pn:pb}, {pm:pb}`;
    lines.push(simd(`${name}_pppp`, `00100101 ${opS} 00 pm:4 01 pg:4 ${o2} pn:4 ${o3} pd:4`, syntax, SVE));
  }
  return lines;
}

export const SVE_PRED: readonly EncodingLine[] = generate();
