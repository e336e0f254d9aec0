/** SME: ZA tile slice loads and stores, LDR/STR of ZA, and the outer products (FMOPA, BFMOPA, SMOPA ...). */
import type { FeatureName } from "@a64vm/sysreg";
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";

const SME = { cls: "sme", feature: "FEAT_SME" } as const;
const sme = (feature: FeatureName) => ({ cls: "sme", feature }) as const;

const SLICE = ["b", "h", "w", "d"] as const;

function tileTransfers(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let msz = 0; msz < 4; msz++) {
    const m = msz.toString(2).padStart(2, "0");
    const letter = SLICE[msz]!;
    const lsl = `{rm:${msz}}`;
    lines.push(
      simd(
        `LD1${letter.toUpperCase()}_za`,
        `1110000 0 ${m} 0 rm:5 v:1 rs:2 pg:3 rn:5 0 tile:4`,
        `ld1${letter} {zaslice:${msz}}, {g:pz}, [{n:xsp}${lsl}]`,
        SME,
      ),
      simd(
        `ST1${letter.toUpperCase()}_za`,
        `1110000 0 ${m} 1 rm:5 v:1 rs:2 pg:3 rn:5 0 tile:4`,
        `st1${letter} {zaslice:${msz}}, {g:p}, [{n:xsp}${lsl}]`,
        SME,
      ),
    );
  }
  lines.push(
    simd(
      "LD1Q_za",
      "1110000 1 11 0 rm:5 v:1 rs:2 pg:3 rn:5 0 tile:4",
      "ld1q {zaslice:4}, {g:pz}, [{n:xsp}{rm:4}]",
      SME,
    ),
    simd("ST1Q_za", "1110000 1 11 1 rm:5 v:1 rs:2 pg:3 rn:5 0 tile:4", "st1q {zaslice:4}, {g:p}, [{n:xsp}{rm:4}]", SME),
    simd("LDR_za", "1110000 1 00 0 00000 0 rv:2 000 rn:5 0 imm4:4", "ldr za[{zav}], [{n:xsp}{zavl}]", SME),
    simd("STR_za", "1110000 1 00 1 00000 0 rv:2 000 rn:5 0 imm4:4", "str za[{zav}], [{n:xsp}{zavl}]", SME),
  );
  return lines;
}

/** Integer outer products: [bit 24, bit 21, mnemonic stem]. */
const INTEGER_OUTER = [
  ["0", "0", "SMOP"],
  ["0", "1", "SUMOP"],
  ["1", "0", "USMOP"],
  ["1", "1", "UMOP"],
] as const;

function outerProducts(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [s, suffix] of [
    ["0", "A"],
    ["1", "S"],
  ] as const) {
    const op = suffix.toLowerCase();
    lines.push(
      simd(
        `FMOP${suffix}_s`,
        `10000000 100 zm:5 pm:3 pn:3 zn:5 ${s} 00 zada:2`,
        `fmop${op} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zs}, {m:zs}`,
        SME,
      ),
      simd(
        `FMOP${suffix}_d`,
        `10000000 110 zm:5 pm:3 pn:3 zn:5 ${s} 0 zada:3`,
        `fmop${op} {zat:d3}, {pn3:pm}, {pm3:pm}, {n:zd}, {m:zd}`,
        sme("FEAT_SME_F64F64"),
      ),
      simd(
        `BFMOP${suffix}_s`,
        `10000001 100 zm:5 pm:3 pn:3 zn:5 ${s} 00 zada:2`,
        `bfmop${op} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zh}, {m:zh}`,
        SME,
      ),
      simd(
        `FMOP${suffix}_hs`,
        `10000001 101 zm:5 pm:3 pn:3 zn:5 ${s} 00 zada:2`,
        `fmop${op} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zh}, {m:zh}`,
        SME,
      ),
    );
    for (const [u0, u1, stem] of INTEGER_OUTER) {
      const mn = `${stem.toLowerCase()}${op}`;
      lines.push(
        simd(
          `${stem}${suffix}_s`,
          `1010000 ${u0} 1 0 ${u1} zm:5 pm:3 pn:3 zn:5 ${s} 00 zada:2`,
          `${mn} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zb}, {m:zb}`,
          SME,
        ),
        simd(
          `${stem}${suffix}_d`,
          `1010000 ${u0} 1 1 ${u1} zm:5 pm:3 pn:3 zn:5 ${s} 0 zada:3`,
          `${mn} {zat:d3}, {pn3:pm}, {pm3:pm}, {n:zh}, {m:zh}`,
          sme("FEAT_SME_I16I64"),
        ),
      );
    }
    lines.push(
      simd(
        `SMOP${suffix}_hs`,
        `1010000 0 100 zm:5 pm:3 pn:3 zn:5 ${s} 10 zada:2`,
        `smop${op} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zh}, {m:zh}`,
        sme("FEAT_SME2"),
      ),
      simd(
        `UMOP${suffix}_hs`,
        `1010000 1 100 zm:5 pm:3 pn:3 zn:5 ${s} 10 zada:2`,
        `umop${op} {zat:s2}, {pn3:pm}, {pm3:pm}, {n:zh}, {m:zh}`,
        sme("FEAT_SME2"),
      ),
    );
  }
  return lines;
}

export const SME_ENCODINGS: readonly EncodingLine[] = [...tileTransfers(), ...outerProducts()];
