/**
 * SME2 (and SVE2.1) multi-vector contiguous loads and stores: LD1, LDNT1, ST1 and STNT1 of two or
 * four consecutive Z registers under a predicate-as-counter PN8-PN15.
 */
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";

const SME2 = { cls: "sme", feature: "FEAT_SME2" } as const;
const MSIZE = ["b", "h", "w", "d"] as const;
const ELEMENT = ["b", "h", "s", "d"] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let msz = 0; msz < 4; msz++) {
    const m = msz.toString(2).padStart(2, "0");
    const e = ELEMENT[msz]!;
    for (const [s, op, pred] of [
      ["0", "ld", "{pnz}"],
      ["1", "st", "{pnc}"],
    ] as const) {
      for (const [nt, prefix] of [
        ["0", `${op}1`],
        ["1", `${op}nt1`],
      ] as const) {
        const mn = `${prefix}${MSIZE[msz]}`;
        const upper = mn.toUpperCase();
        lines.push(
          simd(
            `${upper}_x2_imm`,
            `10100000 01 ${s} 0 imm4:4 0 ${m} pn:3 rn:5 zt:4 ${nt}`,
            `${mn} {t:Zp2${e}}, ${pred}, [{n:xsp}{off:vl4:2}]`,
            SME2,
          ),
          simd(
            `${upper}_x4_imm`,
            `10100000 01 ${s} 0 imm4:4 1 ${m} pn:3 rn:5 zt:3 0 ${nt}`,
            `${mn} {t:Zp4${e}}, ${pred}, [{n:xsp}{off:vl4:4}]`,
            SME2,
          ),
          simd(
            `${upper}_x2_ss`,
            `10100000 00 ${s} rm:5 0 ${m} pn:3 rn:5 zt:4 ${nt}`,
            `${mn} {t:Zp2${e}}, ${pred}, [{n:xsp}{rmz:${msz}}]`,
            SME2,
          ),
          simd(
            `${upper}_x4_ss`,
            `10100000 00 ${s} rm:5 1 ${m} pn:3 rn:5 zt:3 0 ${nt}`,
            `${mn} {t:Zp4${e}}, ${pred}, [{n:xsp}{rmz:${msz}}]`,
            SME2,
          ),
        );
      }
    }
  }
  return lines;
}

export const SME2_LDST: readonly EncodingLine[] = generate();
