/**
 * AdvSIMD loads and stores of multiple structures (LD1-4/ST1-4 of whole registers) and of single
 * structures (one lane, or replicated to all lanes: LD1R-LD4R), each with a post-index form
 * (Rm = 31 means "by the transfer size").
 */
import type { EncodingGuard, EncodingLine } from "./format";
import { simd } from "./simd-line";

const LS = { cls: "load-store", feature: "FEAT_AdvSIMD" } as const;

/** LD2/LD3/LD4 and their stores have no 1d arrangement. */
const noOneD: EncodingGuard = (w) => ((w >>> 10) & 3) !== 3 || ((w >>> 30) & 1) === 1;

/** Multiple structures: [opcode, mnemonic number, register count]. */
const MULTIPLE = [
  ["0000", 4, 4],
  ["0010", 1, 4],
  ["0100", 3, 3],
  ["0110", 1, 3],
  ["0111", 1, 1],
  ["1000", 2, 2],
  ["1010", 1, 2],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [l, prefix] of [
    [0, "ST"],
    [1, "LD"],
  ] as const) {
    const mn = prefix.toLowerCase();
    for (const [opcode, n, count] of MULTIPLE) {
      const name = `${prefix}${n}_mult${n === 1 ? count : ""}`;
      const options = n === 1 ? LS : { ...LS, when: noOneD };
      lines.push(
        simd(
          name,
          `0 q:1 0011000 ${l} 000000 ${opcode} size:2 rn:5 rt:5`,
          `${mn}${n} {t:M${count}}, [{n:xsp}]`,
          options,
        ),
        simd(
          `${name}_post`,
          `0 q:1 0011001 ${l} 0 rm:5 ${opcode} size:2 rn:5 rt:5`,
          `${mn}${n} {t:M${count}}, [{n:xsp}]{post:${count * 8}q}`,
          options,
        ),
      );
    }
    for (const r of [0, 1]) {
      for (const half of [0, 1]) {
        const n = half * 2 + r + 1;
        const op0 = `${half}`;
        const forms = [
          ["b", `00${op0} s:1 size:2`, 1],
          ["h", `01${op0} s:1 size:2=x0`, 2],
          ["s", `10${op0} s:1 size:2=00`, 4],
          ["d", `10${op0} 0 size:2=01`, 8],
        ] as const;
        for (const [element, bits, bytes] of forms) {
          const name = `${prefix}${n}_${element}`;
          const syntax = `${mn}${n} {t:S${n}${element}}, [{n:xsp}]`;
          lines.push(
            simd(name, `0 q:1 0011010 ${l} ${r} 00000 ${bits} rn:5 rt:5`, syntax, LS),
            simd(`${name}_post`, `0 q:1 0011011 ${l} ${r} rm:5 ${bits} rn:5 rt:5`, `${syntax}{post:${n * bytes}}`, LS),
          );
        }
        if (l === 1) {
          const name = `LD${n}R`;
          const syntax = `ld${n}r {t:R${n}}, [{n:xsp}]`;
          lines.push(
            simd(name, `0 q:1 0011010 1 ${r} 00000 11${op0} 0 size:2 rn:5 rt:5`, syntax, LS),
            simd(`${name}_post`, `0 q:1 0011011 1 ${r} rm:5 11${op0} 0 size:2 rn:5 rt:5`, `${syntax}{post:${n}e}`, LS),
          );
        }
      }
    }
  }
  return lines;
}

export const SIMD_LDST: readonly EncodingLine[] = generate();
