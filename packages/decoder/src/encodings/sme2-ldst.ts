/**
 * SME2 (and SVE2.1) multi-vector contiguous loads and stores: LD1, LDNT1, ST1 and STNT1 of two or
 * four Z registers under a predicate-as-counter PN8-PN15, consecutive or (SME2 only) strided.
 */
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";
import { sme } from "./sme-line";

const SME2 = { cls: "sme", feature: "FEAT_SME2" } as const;
const MSIZE = ["b", "h", "w", "d"] as const;
const ELEMENT = ["b", "h", "s", "d"] as const;

/** One load/store form: msz bits, element, store bit, non-temporal bit, mnemonic. */
interface Form {
  readonly msz: number;
  readonly m: string;
  readonly e: string;
  readonly s: "0" | "1";
  readonly nt: "0" | "1";
  readonly mn: string;
}

function forms(): Form[] {
  const out: Form[] = [];
  for (let msz = 0; msz < 4; msz++) {
    for (const s of ["0", "1"] as const) {
      for (const nt of ["0", "1"] as const) {
        const mn = `${s === "0" ? "ld" : "st"}${nt === "0" ? "1" : "nt1"}${MSIZE[msz]}`;
        out.push({ msz, m: msz.toString(2).padStart(2, "0"), e: ELEMENT[msz]!, s, nt, mn });
      }
    }
  }
  return out;
}

function consecutive({ msz, m, e, s, nt, mn }: Form): EncodingLine[] {
  const upper = mn.toUpperCase();
  const pred = s === "0" ? "{pnz}" : "{pnc}";
  return [
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
  ];
}

/** The strided forms: { z0, z8 } or { z0, z4, z8, z12 }, the first register T:Zt (bit 4, low bits). */
function strided({ msz, m, e, s, nt, mn }: Form): EncodingLine[] {
  const upper = mn.toUpperCase();
  const pred = s === "0" ? "{pn8:pn}/z" : "{pn8:pn}";
  const lsl = msz === 0 ? "" : `, lsl #${msz}`;
  return [
    sme(
      `${upper}_strided_x2_imm`,
      `10100001 01 ${s} 0 imm4:4 0 ${m} pn:3 rn:5 t:1 ${nt} zt:3`,
      `${mn} {S2:t.zt:${e}}, ${pred}, [{xsp:rn}{off:vl4:2}]`,
      "FEAT_SME2",
    ),
    sme(
      `${upper}_strided_x4_imm`,
      `10100001 01 ${s} 0 imm4:4 1 ${m} pn:3 rn:5 t:1 ${nt} 0 zt:2`,
      `${mn} {S4:t.zt:${e}}, ${pred}, [{xsp:rn}{off:vl4:4}]`,
      "FEAT_SME2",
    ),
    sme(
      `${upper}_strided_x2_ss`,
      `10100001 00 ${s} rm:5 0 ${m} pn:3 rn:5 t:1 ${nt} zt:3`,
      `${mn} {S2:t.zt:${e}}, ${pred}, [{xsp:rn}, {x:rm}${lsl}]`,
      "FEAT_SME2",
    ),
    sme(
      `${upper}_strided_x4_ss`,
      `10100001 00 ${s} rm:5 1 ${m} pn:3 rn:5 t:1 ${nt} 0 zt:2`,
      `${mn} {S4:t.zt:${e}}, ${pred}, [{xsp:rn}, {x:rm}${lsl}]`,
      "FEAT_SME2",
    ),
  ];
}

export const SME2_LDST: readonly EncodingLine[] = [...forms().flatMap(consecutive), ...forms().flatMap(strided)];
