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

const SVE2P1 = { cls: "sve", feature: "FEAT_SVE2p1" } as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [bits, eq, name] of WHILE) {
    const mn = name.toLowerCase();
    lines.push(
      simd(
        `${name}_pair`,
        `00100101 size:2 1 rm:5 0101 ${bits} rn:5 1 pd:3 ${eq}`,
        `${mn} {pdpair}, {n:x}, {m:x}`,
        SVE2P1,
      ),
      simd(
        `${name}_pn`,
        `00100101 size:2 1 rm:5 01 vl:1 0 ${bits} rn:5 1 ${eq} pnd:3`,
        `${mn} pn{pn8}.{T}, {n:x}, {m:x}, vlx{vlx}`,
        SVE2P1,
      ),
    );
  }
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

/** PSEL: the element size and index share i1 (23), tszh (22) and tszl (20:18). */
const pselTsz = (w: number): boolean => (((w >>> 19) & 8) | ((w >>> 18) & 7)) !== 0;

// biome-ignore format: one aligned line per encoding
export const SVE_PRED: readonly EncodingLine[] = [
  ...generate(),
  simd("PTRUE",      "00100101 size:2 011000 111000 pattern:5 0 pd:4", "ptrue {pd:pT}{ptpattern}", SVE),
  simd("PTRUES",     "00100101 size:2 011001 111000 pattern:5 0 pd:4", "ptrues {pd:pT}{ptpattern}", SVE),
  simd("PFALSE",     "00100101 00 011000 111001 000000 pd:4", "pfalse {pd:pb}", SVE),
  simd("PTEST",      "00100101 01 010000 11 pg:4 0 pn:4 0 0000", "ptest {g4:p}, {pn:pb}", SVE),
  simd("RDFFR_p",    "00100101 0 0 011000 111100 0 pg:4 0 pd:4", "rdffr {pd:pb}, {pn:pz}", SVE),
  simd("RDFFRS_p",   "00100101 0 1 011000 111100 0 pg:4 0 pd:4", "rdffrs {pd:pb}, {pn:pz}", SVE),
  simd("RDFFR",      "00100101 00 011001 111100 00000 0 pd:4", "rdffr {pd:pb}", SVE),
  simd("SETFFR",     "00100101 00 101100 100100 0000000000", "setffr", SVE),
  simd("WRFFR",      "00100101 00 101000 100100 0 pn:4 00000", "wrffr {pn:pb}", SVE),
  simd("PFIRST",     "00100101 01 011000 110000 0 pg:4 0 pdn:4", "pfirst {pd:pb}, {pn:p}, {pd:pb}", SVE),
  simd("PNEXT",      "00100101 size:2 011001 110001 0 pg:4 0 pdn:4", "pnext {pd:pT}, {pn:p}, {pd:pT}", SVE),
  simd("CNTP",       "00100101 size:2 100000 10 pg:4 0 pn:4 rd:5", "cntp {d:x}, {g4:p}, {pn:pT}", SVE),
  simd("PSEL",       "00100101 i1:1 tszh:1 1 tszl:3 rv:2 01 pn:4 0 pm:4 0 pd:4", "psel {pd:p}, {g4:p}, {psel}", { cls: "sve", feature: "FEAT_SVE2p1", when: pselTsz }),
];
