/** SVE checked pointer arithmetic (FEAT_CPA): ADDPT/SUBPT (unpredicated and predicated), MLAPT, MADPT. */
import type { EncodingLine } from "./format";
import { sve } from "./sve-line";

const CPA = { feature: ["FEAT_SVE", "FEAT_CPA"] } as const;

// biome-ignore format: one aligned line per encoding
export const SVE_CPA: readonly EncodingLine[] = [
  sve("ADDPT_zzz", "00000100 111 zm:5 000010 zn:5 zd:5", "addpt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("SUBPT_zzz", "00000100 111 zm:5 000011 zn:5 zd:5", "subpt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("ADDPT_zpzz", "00000100 11000100000 pg:3 zm:5 zdn:5", "addpt {d:zd}, {g:pm}, {d:zd}, {n:zd}", CPA),
  sve("SUBPT_zpzz", "00000100 11000101000 pg:3 zm:5 zdn:5", "subpt {d:zd}, {g:pm}, {d:zd}, {n:zd}", CPA),
  sve("MLAPT", "01000100 110 zm:5 110100 zn:5 zda:5", "mlapt {d:zd}, {n:zd}, {m:zd}", CPA),
  sve("MADPT", "01000100 110 zm:5 110110 za:5 zdn:5", "madpt {d:zd}, {m:zd}, {n:zd}", CPA),
];
