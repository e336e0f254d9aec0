/** AT_HWCAP/AT_HWCAP2 bits (arch/arm64 uapi hwcap.h) derived from a feature set. */
import type { FeatureSet } from "@a64vm/sysreg";

const HWCAP_BITS: readonly (readonly [string, number])[] = [
  ["FEAT_FP", 0],
  ["FEAT_AdvSIMD", 1],
  ["FEAT_AES", 3],
  ["FEAT_PMULL", 4],
  ["FEAT_SHA1", 5],
  ["FEAT_SHA256", 6],
  ["FEAT_CRC32", 7],
  ["FEAT_LSE", 8],
  ["FEAT_FP16", 9],
  ["FEAT_FP16", 10],
  ["FEAT_RDM", 12],
  ["FEAT_JSCVT", 13],
  ["FEAT_FCMA", 14],
  ["FEAT_LRCPC", 15],
  ["FEAT_DPB", 16],
  ["FEAT_SHA3", 17],
  ["FEAT_SM3", 18],
  ["FEAT_SM4", 19],
  ["FEAT_DotProd", 20],
  ["FEAT_SHA512", 21],
  ["FEAT_SVE", 22],
  ["FEAT_FHM", 23],
  ["FEAT_DIT", 24],
  ["FEAT_LSE2", 25],
  ["FEAT_LRCPC2", 26],
  ["FEAT_FlagM", 27],
  ["FEAT_SSBS", 28],
  ["FEAT_SB", 29],
  ["FEAT_PAuth", 30],
  ["FEAT_PAuth", 31],
];

const HWCAP2_BITS: readonly (readonly [string, number])[] = [
  ["FEAT_DPB2", 0],
  ["FEAT_SVE2", 1],
  ["FEAT_FlagM2", 7],
  ["FEAT_FRINTTS", 8],
  ["FEAT_I8MM", 13],
  ["FEAT_BF16", 14],
  ["FEAT_RNG", 16],
  ["FEAT_BTI", 17],
  ["FEAT_MTE", 18],
  ["FEAT_ECV", 19],
  ["FEAT_AFP", 20],
  ["FEAT_RPRES", 21],
  ["FEAT_SME", 23],
  ["FEAT_WFxT", 31],
  ["FEAT_MOPS", 43],
  ["FEAT_HBC", 44],
  ["FEAT_CSSC", 34],
  ["FEAT_FPMR", 48],
];

function bits(features: FeatureSet, table: readonly (readonly [string, number])[]): bigint {
  let v = 0n;
  for (const [name, bit] of table) if (features.has(name)) v |= 1n << BigInt(bit);
  return v;
}

export function hwcap(features: FeatureSet): bigint {
  return bits(features, HWCAP_BITS);
}

export function hwcap2(features: FeatureSet): bigint {
  return bits(features, HWCAP2_BITS);
}
