/** Every FP, AdvSIMD, SVE and SME encoding line, in Arm ARM encoding-index order. */
import type { EncodingLine } from "./format";
import { FP_SCALAR } from "./fp-scalar";
import { SIMD_COPY } from "./simd-copy";
import { SIMD_CRYPTO } from "./simd-crypto";
import { SIMD_ELEMENT } from "./simd-element";
import { SIMD_EXTENSION } from "./simd-extension";
import { SIMD_LDST } from "./simd-ldst";
import { SIMD_MISC } from "./simd-misc";
import { SIMD_SHIFT } from "./simd-shift";
import { SIMD_THREE } from "./simd-three";
import { SME_ENCODINGS } from "./sme";
import { SME_TILE_MOVES } from "./sme-tile-moves";
import { SME_ZERO_ZT0 } from "./sme-zero-zt0";
import { SME2_CONVERT } from "./sme2-convert";
import { SME2_LDST } from "./sme2-ldst";
import { SME2_LOOKUP } from "./sme2-lookup";
import { SME2_MULTI_VECTOR } from "./sme2-multi-vector";
import { SME2_OUTER } from "./sme2-outer";
import { SME2_OUTER_QUARTER } from "./sme2-outer-quarter";
import { SME2_ZA_VECTORS } from "./sme2-za-vectors";
import { SVE_BITWISE } from "./sve-bitwise";
import { SVE_COUNT } from "./sve-count";
import { SVE_CPA } from "./sve-cpa";
import { SVE_EXTRACT } from "./sve-extract";
import { SVE_FP } from "./sve-fp";
import { SVE_FP_ARITH } from "./sve-fp-arith";
import { SVE_FP_CONVERT } from "./sve-fp-convert";
import { SVE_FP_INDEXED } from "./sve-fp-indexed";
import { SVE_FP_UNARY } from "./sve-fp-unary";
import { SVE_FP8 } from "./sve-fp8";
import { SVE_INT } from "./sve-int";
import { SVE_INT_IMM } from "./sve-int-imm";
import { SVE_LDST } from "./sve-ldst";
import { SVE_PERM } from "./sve-perm";
import { SVE_PERM_MORE } from "./sve-perm-more";
import { SVE_PRED } from "./sve-pred";
import { SVE_PRED_BREAK } from "./sve-pred-break";
import { SVE_PRED_COUNT } from "./sve-pred-count";
import { SVE2_CRYPTO } from "./sve2-crypto";
import { SVE2_INDEXED } from "./sve2-indexed";
import { SVE2_INT } from "./sve2-int";
import { SVE2_LONG } from "./sve2-long";
import { SVE2_PREDICATED } from "./sve2-predicated";
import { SVE2_WIDEN } from "./sve2-widen";
import { SVE2P1_QUAD } from "./sve2p1-quad";
import { SVE2P3_ENCODINGS } from "./sve2p3";

export const FP_SIMD_ENCODINGS: readonly EncodingLine[] = [
  ...FP_SCALAR,
  ...SIMD_THREE,
  ...SIMD_ELEMENT,
  ...SIMD_SHIFT,
  ...SIMD_MISC,
  ...SIMD_COPY,
  ...SIMD_EXTENSION,
  ...SIMD_CRYPTO,
  ...SIMD_LDST,
  ...SVE_LDST,
  ...SVE_INT,
  ...SVE_PERM,
  ...SVE_FP,
  ...SVE_FP_INDEXED,
  ...SVE_FP_UNARY,
  ...SVE_COUNT,
  ...SVE_EXTRACT,
  ...SVE2_INT,
  ...SVE2_PREDICATED,
  ...SVE2_LONG,
  ...SVE2_CRYPTO,
  ...SVE_BITWISE,
  ...SVE2P1_QUAD,
  ...SVE2P3_ENCODINGS,
  ...SVE_FP8,
  ...SVE_INT_IMM,
  ...SVE_PRED_BREAK,
  ...SVE_FP_CONVERT,
  ...SVE_FP_ARITH,
  ...SVE_PRED_COUNT,
  ...SVE_PERM_MORE,
  ...SVE_CPA,
  ...SVE2_INDEXED,
  ...SVE2_WIDEN,
  ...SVE_PRED,
  ...SME_ENCODINGS,
  ...SME2_LDST,
  ...SME2_OUTER,
  ...SME2_OUTER_QUARTER,
  ...SME2_ZA_VECTORS,
  ...SME_TILE_MOVES,
  ...SME_ZERO_ZT0,
  ...SME2_MULTI_VECTOR,
  ...SME2_LOOKUP,
  ...SME2_CONVERT,
];
