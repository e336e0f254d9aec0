/**
 * SME2 and later outer products: BMOPA/BMOPS, the non-widening half-precision and FP8 FMOPA forms,
 * and the sparse structured outer products (FTMOPA, STMOPA ...) of FEAT_SME_TMOP.
 */
import type { FeatureName } from "@a64vm/sysreg";
import type { EncodingLine } from "./format";
import { sme } from "./sme-line";

const PREDICATED = "{pn3:pm}, {pm3:pm}";

function predicated(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [s, op] of [
    ["0", "a"],
    ["1", "s"],
  ] as const) {
    const upper = op.toUpperCase();
    lines.push(
      sme(
        `BMOP${upper}`,
        `10000000 100 zm:5 pm:3 pn:3 zn:5 ${s} 10 zada:2`,
        `bmop${op} za{=zada}.s, ${PREDICATED}, {z:zn:s}, {z:zm:s}`,
        "FEAT_SME2",
      ),
      sme(
        `FMOP${upper}_hh`,
        `10000001 100 zm:5 pm:3 pn:3 zn:5 ${s} 100 zada:1`,
        `fmop${op} za{=zada}.h, ${PREDICATED}, {z:zn:h}, {z:zm:h}`,
        "FEAT_SME_F16F16",
      ),
      sme(
        `BFMOP${upper}_hh`,
        `10000001 101 zm:5 pm:3 pn:3 zn:5 ${s} 100 zada:1`,
        `bfmop${op} za{=zada}.h, ${PREDICATED}, {z:zn:h}, {z:zm:h}`,
        "FEAT_SME_B16B16",
      ),
    );
  }
  lines.push(
    sme(
      "FMOPA_fp8_s",
      "10000000 101 zm:5 pm:3 pn:3 zn:5 0 00 zada:2",
      `fmopa za{=zada}.s, ${PREDICATED}, {z:zn:b}, {z:zm:b}`,
      "FEAT_SME_F8F32",
    ),
    sme(
      "FMOPA_fp8_h",
      "10000000 101 zm:5 pm:3 pn:3 zn:5 0 100 zada:1",
      `fmopa za{=zada}.h, ${PREDICATED}, {z:zn:b}, {z:zm:b}`,
      "FEAT_SME_F8F16",
    ),
  );
  return lines;
}

/** [bit 24, bit 21, bits 15:13, accumulator, source element, mnemonic, extra feature]. */
const SPARSE: ReadonlyArray<readonly [string, string, string, "s" | "h", string, string, FeatureName | null]> = [
  ["0", "0", "000", "s", "s", "ftmopa", null],
  ["0", "0", "100", "s", "b", "stmopa", null],
  ["0", "1", "000", "s", "b", "ftmopa", "FEAT_SME_F8F32"],
  ["0", "1", "000", "h", "b", "ftmopa", "FEAT_SME_F8F16"],
  ["0", "1", "100", "s", "b", "sutmopa", null],
  ["1", "0", "000", "s", "h", "bftmopa", null],
  ["1", "0", "000", "h", "h", "ftmopa", "FEAT_SME_F16F16"],
  ["1", "0", "100", "s", "b", "ustmopa", null],
  ["1", "1", "000", "s", "h", "ftmopa", null],
  ["1", "1", "000", "h", "h", "bftmopa", "FEAT_SME_B16B16"],
  ["1", "1", "100", "s", "b", "utmopa", null],
];

function sparse(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [b24, b21, op, acc, src, mn, extra] of SPARSE) {
    const tile = acc === "s" ? "00 zada:2" : "100 zada:1";
    const feature: readonly FeatureName[] = extra === null ? ["FEAT_SME_TMOP"] : ["FEAT_SME_TMOP", extra];
    const name = `${mn.toUpperCase()}_${acc}${src}`;
    lines.push(
      sme(
        name,
        `1000000 ${b24} 01 ${b21} zm:5 ${op} zkh:1 zkl:2 zn:4 i:2 ${tile}`,
        `${mn} za{=zada}.${acc}, {L2:zn:${src}}, {z:zm:${src}}, {zk:zkh.zkl}[{=i}]`,
        feature,
      ),
    );
  }
  // The 16-bit integer forms accumulate into .s tiles with bits 3:2 = 10.
  for (const [b24, mn] of [
    ["0", "stmopa"],
    ["1", "utmopa"],
  ] as const) {
    lines.push(
      sme(
        `${mn.toUpperCase()}_sh`,
        `1000000 ${b24} 01 0 zm:5 100 zkh:1 zkl:2 zn:4 i:2 10 zada:2`,
        `${mn} za{=zada}.s, {L2:zn:h}, {z:zm:h}, {zk:zkh.zkl}[{=i}]`,
        "FEAT_SME_TMOP",
      ),
    );
  }
  return lines;
}

export const SME2_OUTER: readonly EncodingLine[] = [...predicated(), ...sparse()];
