/**
 * SVE predicate counts and predicate moves: INCP/DECP and the saturating SQINCP/UQINCP/SQDECP/UQDECP,
 * CNTP and PEXT of a predicate-as-counter (SVE2.1), and PMOV between predicates and vector bits.
 */
import type { EncodingLine } from "./format";
import { sizes } from "./simd-line";
import { sve } from "./sve-line";

const SVE = { feature: "FEAT_SVE" } as const;
const SVE2P1 = { feature: "FEAT_SVE2p1" } as const;
const hsd = { ...SVE, when: sizes(1, 2, 3) };

/** Saturating increments by predicate count (bits 17:16 = D:U). */
const SATURATING_COUNT = [
  ["00", "SQINCP", true],
  ["01", "UQINCP", false],
  ["10", "SQDECP", true],
  ["11", "UQDECP", false],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [du, name, signed] of SATURATING_COUNT) {
    const mn = name.toLowerCase();
    lines.push(
      sve(`${name}_z`, `00100101 size:2 1010 ${du} 10000 00 pm:4 zdn:5`, `${mn} {d:zT}, {pn:pT}`, {
        ...SVE,
        when: sizes(1, 2, 3),
      }),
      sve(`${name}_x`, `00100101 size:2 1010 ${du} 10001 1 0 pm:4 rdn:5`, `${mn} {d:x}, {pn:pT}`, SVE),
      sve(
        `${name}_w`,
        `00100101 size:2 1010 ${du} 10001 0 0 pm:4 rdn:5`,
        signed ? `${mn} {d:x}, {pn:pT}, {d:w}` : `${mn} {d:w}, {pn:pT}`,
        SVE,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_PRED_COUNT: readonly EncodingLine[] = [
  ...generate(),
  sve("INCP_z",     "00100101 size:2 101100 10000 00 pm:4 zdn:5", "incp {d:zT}, {pn:pT}", hsd),
  sve("DECP_z",     "00100101 size:2 101101 10000 00 pm:4 zdn:5", "decp {d:zT}, {pn:pT}", hsd),
  sve("INCP_x",     "00100101 size:2 101100 10001 00 pm:4 rdn:5", "incp {d:x}, {pn:pT}", SVE),
  sve("DECP_x",     "00100101 size:2 101101 10001 00 pm:4 rdn:5", "decp {d:x}, {pn:pT}", SVE),
  sve("CNTP_pn",    "00100101 size:2 100000 10000 vl:1 1 pn:4 rd:5", "cntp {d:x}, pn{=pn}.{T}, {vlx10}", SVE2P1),
  sve("PEXT",       "00100101 size:2 1 00000 011100 i2:2 pnn:3 1 pd:4", "pext {pd:pT}, pn{pnn5}[{=i2}]", SVE2P1),
  sve("PEXT_pair",  "00100101 size:2 1 00000 011101 0 i1:1 pnn:3 1 pd:4", "pext {pdpair4}, pn{pnn5}[{=i1}]", SVE2P1),
  sve("PMOV_zp",    "00000101 s3:2 1 01 s1:2 1 001110 0 pn:4 zd:5", "pmov {d:zr}{pmovi}, {pn:p}.{pmovT}", { ...SVE2P1, when: (w) => ((w >>> 17) & 0x63) !== 0 }),
  sve("PMOV_pz",    "00000101 s3:2 1 01 s1:2 0 001110 zn:5 0 pd:4", "pmov {pd:p}.{pmovT}, {n:zr}{pmovi}", { ...SVE2P1, when: (w) => ((w >>> 17) & 0x63) !== 0 }),
];
