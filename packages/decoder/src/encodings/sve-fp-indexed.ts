/**
 * SVE floating-point multiply (-add) by indexed element, complex multiply-add by element, the
 * widening half/BF16 multiply-add (bottom/top), BF16 dot product and the FP matrix multiplies.
 */
import type { FeatureName } from "@a64vm/sysreg";
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const SVE2 = { cls: "sve", feature: "FEAT_SVE2" } as const;
const with_ = (feature: FeatureName) => ({ cls: "sve", feature: ["FEAT_SVE", feature] }) as const;
const B16B16 = { cls: "sve", feature: ["FEAT_SVE2", "FEAT_SVE_B16B16"] } as const;
/** BFMLSLB/BFMLSLT arrived with SVE2.1 (not with the B16B16 non-widening forms). */
const SVE2P1_BF = { cls: "sve", feature: "FEAT_SVE2p1" } as const;

/** Widening multiply-add: [bits 15:13 + 12 (indexed) or 15:11 (vectors), mnemonic, BF16?]. */
const WIDENING = [
  ["0100", "100000", "FMLAL", "0"],
  ["0110", "101000", "FMLSL", "0"],
] as const;

function widening(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [indexed, vectors, stem] of WIDENING) {
    for (const [t, suffix] of [
      ["0", "B"],
      ["1", "T"],
    ] as const) {
      const name = `${stem}${suffix}`;
      const mn = name.toLowerCase();
      const vectorBits = `${vectors.slice(0, 5)}${t}`;
      lines.push(
        simd(
          `${name}_zzzi`,
          `01100100 10 1 index:5 ${indexed} il:1 ${t} zn:5 zda:5`,
          `${mn} {d:zs}, {n:zh}, {m:Xlh}`,
          SVE2,
        ),
        simd(`${name}_zzz`, `01100100 10 1 zm:5 ${vectorBits} zn:5 zda:5`, `${mn} {d:zs}, {n:zh}, {m:zh}`, SVE2),
        simd(
          `BF${name.slice(1)}_zzzi`,
          `01100100 11 1 index:5 ${indexed} il:1 ${t} zn:5 zda:5`,
          `bf${mn.slice(1)} {d:zs}, {n:zh}, {m:Xlh}`,
          stem === "FMLAL" ? with_("FEAT_BF16") : SVE2P1_BF,
        ),
        simd(
          `BF${name.slice(1)}_zzz`,
          `01100100 11 1 zm:5 ${vectorBits} zn:5 zda:5`,
          `bf${mn.slice(1)} {d:zs}, {n:zh}, {m:zh}`,
          stem === "FMLAL" ? with_("FEAT_BF16") : SVE2P1_BF,
        ),
      );
    }
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_FP_INDEXED: readonly EncodingLine[] = [
  simd("FMLA_zzzi",  "01100100 size:2 1 index:5 000000 zn:5 zda:5", "fmla {d:zI}, {n:zI}, {m:Xs}", SVE),
  simd("FMLS_zzzi",  "01100100 size:2 1 index:5 000001 zn:5 zda:5", "fmls {d:zI}, {n:zI}, {m:Xs}", SVE),
  simd("FMUL_zzi",   "01100100 size:2 1 index:5 001000 zn:5 zd:5", "fmul {d:zI}, {n:zI}, {m:Xs}", SVE),
  simd("BFMLA_zzzi", "01100100 0 i3h:1 1 index:5 000010 zn:5 zda:5", "bfmla {d:zh}, {n:zh}, {m:Xs}", B16B16),
  simd("BFMLS_zzzi", "01100100 0 i3h:1 1 index:5 000011 zn:5 zda:5", "bfmls {d:zh}, {n:zh}, {m:Xs}", B16B16),
  simd("BFMUL_zzi",  "01100100 0 i3h:1 1 index:5 001010 zn:5 zd:5", "bfmul {d:zh}, {n:zh}, {m:Xs}", B16B16),
  simd("FCMLA_zzzi", "01100100 1 size0:1 1 index:5 0001 rot:2 zn:5 zda:5", "fcmla {d:zN}, {n:zN}, {m:Xc}, #{rotc}", SVE),
  simd("BFDOT_zzzi", "01100100 01 1 index:5 010000 zn:5 zda:5", "bfdot {d:zs}, {n:zh}, {m:Xh2}", with_("FEAT_BF16")),
  simd("BFDOT_zzz",  "01100100 01 1 zm:5 100000 zn:5 zda:5", "bfdot {d:zs}, {n:zh}, {m:zh}", with_("FEAT_BF16")),
  simd("BFMMLA_zzz", "01100100 01 1 zm:5 111001 zn:5 zda:5", "bfmmla {d:zs}, {n:zh}, {m:zh}", with_("FEAT_BF16")),
  simd("FMMLA_s",    "01100100 10 1 zm:5 111001 zn:5 zda:5", "fmmla {d:zs}, {n:zs}, {m:zs}", with_("FEAT_F32MM")),
  simd("FMMLA_d",    "01100100 11 1 zm:5 111001 zn:5 zda:5", "fmmla {d:zd}, {n:zd}, {m:zd}", with_("FEAT_F64MM")),
  ...widening(),
];
