/** AdvSIMD by-element forms and the dot-product, rounding-doubling, FHM, I8MM and complex-number extensions: the forms the core executes beyond simd.ts / the base decoders. */
import { OPCODES, opcodeOf } from "@a64vm/decoder";
import type { FeatureSet } from "@a64vm/sysreg";
import * as dot from "./simd-dot";
import * as float from "./simd-element-float";
import * as int from "./simd-element-int";

/** The features whose every group 1-2 instruction this file completes (added to IMPLEMENTED_FEATURES). */
export const SIMD_ELEMENT_FEATURES: readonly string[] = [
  "FEAT_DotProd",
  "FEAT_RDM",
  "FEAT_I8MM",
  "FEAT_FCMA",
  "FEAT_FHM",
];

/** Handler ids by the decoder's encoding name; the decoder's guards already reject reserved sizes and indexes. */
const BY_NAME = new Map<string, number>([
  ["MUL_elem_v", int.MUL_ELEM],
  ["MLA_elem_v", int.MLA_ELEM],
  ["MLS_elem_v", int.MLS_ELEM],
  ["SMULL_elem_v", int.MULL_ELEM],
  ["UMULL_elem_v", int.MULL_ELEM],
  ["SMLAL_elem_v", int.MLAL_ELEM],
  ["UMLAL_elem_v", int.MLAL_ELEM],
  ["SMLSL_elem_v", int.MLSL_ELEM],
  ["UMLSL_elem_v", int.MLSL_ELEM],
  ["SQDMULL_elem_v", int.SQDMULL_ELEM],
  ["SQDMULL_elem_s", int.SQDMULL_ELEM],
  ["SQDMLAL_elem_v", int.SQDMLAL_ELEM],
  ["SQDMLAL_elem_s", int.SQDMLAL_ELEM],
  ["SQDMLSL_elem_v", int.SQDMLSL_ELEM],
  ["SQDMLSL_elem_s", int.SQDMLSL_ELEM],
  ["SQDMULH_elem_v", int.SQDMULH_ELEM],
  ["SQDMULH_elem_s", int.SQDMULH_ELEM],
  ["SQRDMULH_elem_v", int.SQRDMULH_ELEM],
  ["SQRDMULH_elem_s", int.SQRDMULH_ELEM],
  ["SQRDMLAH_elem_v", int.SQRDMLAH_ELEM],
  ["SQRDMLAH_elem_s", int.SQRDMLAH_ELEM],
  ["SQRDMLSH_elem_v", int.SQRDMLSH_ELEM],
  ["SQRDMLSH_elem_s", int.SQRDMLSH_ELEM],
  ["SQRDMLAH_v", int.SQRDMLAH_VEC],
  ["SQRDMLAH_s", int.SQRDMLAH_VEC],
  ["SQRDMLSH_v", int.SQRDMLSH_VEC],
  ["SQRDMLSH_s", int.SQRDMLSH_VEC],
  ["FMLA_elem_v", float.FMLA_ELEM],
  ["FMLA_elem_s", float.FMLA_ELEM],
  ["FMLA_elem_vh", float.FMLA_ELEM],
  ["FMLA_elem_sh", float.FMLA_ELEM],
  ["FMLS_elem_v", float.FMLS_ELEM],
  ["FMLS_elem_s", float.FMLS_ELEM],
  ["FMLS_elem_vh", float.FMLS_ELEM],
  ["FMLS_elem_sh", float.FMLS_ELEM],
  ["FMUL_elem_v", float.FMUL_ELEM],
  ["FMUL_elem_s", float.FMUL_ELEM],
  ["FMUL_elem_vh", float.FMUL_ELEM],
  ["FMUL_elem_sh", float.FMUL_ELEM],
  ["FMULX_elem_v", float.FMULX_ELEM],
  ["FMULX_elem_s", float.FMULX_ELEM],
  ["FMULX_elem_vh", float.FMULX_ELEM],
  ["FMULX_elem_sh", float.FMULX_ELEM],
  ["FMLAL_elem", float.FMLAL_ELEM],
  ["FMLAL2_elem", float.FMLAL_ELEM],
  ["FMLSL_elem", float.FMLSL_ELEM],
  ["FMLSL2_elem", float.FMLSL_ELEM],
  // Reached only if simd.ts stops claiming the vector forms for FP_VEC3 (which UNDEFs them at run time).
  ["FMLAL_v", float.FMLAL_VEC],
  ["FMLAL2_v", float.FMLAL_VEC],
  ["FMLSL_v", float.FMLSL_VEC],
  ["FMLSL2_v", float.FMLSL_VEC],
  ["FCMLA_v", float.FCMLA_VEC],
  ["FCMLA_vh", float.FCMLA_VEC],
  ["FCMLA_elem_h", float.FCMLA_ELEM],
  ["FCMLA_elem_s", float.FCMLA_ELEM],
  ["FCADD_v", float.FCADD],
  ["FCADD_vh", float.FCADD],
  ["SDOT_v", dot.SDOT],
  ["UDOT_v", dot.UDOT],
  ["USDOT_v", dot.USDOT],
  ["SDOT_elem", dot.SDOT_ELEM],
  ["UDOT_elem", dot.UDOT_ELEM],
  ["USDOT_elem", dot.USDOT_ELEM],
  ["SUDOT_elem", dot.SUDOT_ELEM],
  ["SMMLA_v", dot.SMMLA],
  ["UMMLA_v", dot.UMMLA],
  ["USMMLA_v", dot.USMMLA],
]);

/** The handler id for a word the base decoders UNDEF, or -1 when the word is not one of this file's forms. */
export function decodeSimdElement(w: number, _f: FeatureSet): number {
  const id = opcodeOf(w >>> 0);
  if (id === 0) return -1;
  return BY_NAME.get(OPCODES[id]!.name) ?? -1;
}
