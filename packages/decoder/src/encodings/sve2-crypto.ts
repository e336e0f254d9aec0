/** SVE2 cryptographic extensions: AES rounds and mix columns, SM4, and RAX1 (SHA3). */
import type { EncodingLine } from "./format";
import { sve } from "./sve-line";

const AES = { feature: ["FEAT_SVE2", "FEAT_SVE_AES"] } as const;
const SM4 = { feature: ["FEAT_SVE2", "FEAT_SVE_SM4"] } as const;
const SHA3 = { feature: ["FEAT_SVE2", "FEAT_SVE_SHA3"] } as const;

// biome-ignore format: one aligned line per encoding
export const SVE2_CRYPTO: readonly EncodingLine[] = [
  sve("AESE_sve",    "01000101 00 1 00010 111000 zm:5 zdn:5", "aese {d:zb}, {d:zb}, {n:zb}", AES),
  sve("AESD_sve",    "01000101 00 1 00010 111001 zm:5 zdn:5", "aesd {d:zb}, {d:zb}, {n:zb}", AES),
  sve("AESMC_sve",   "01000101 00 1 00000 111000 00000 zdn:5", "aesmc {d:zb}, {d:zb}", AES),
  sve("AESIMC_sve",  "01000101 00 1 00000 111001 00000 zdn:5", "aesimc {d:zb}, {d:zb}", AES),
  sve("SM4E_sve",    "01000101 00 1 00011 111000 zm:5 zdn:5", "sm4e {d:zs}, {d:zs}, {n:zs}", SM4),
  sve("SM4EKEY_sve", "01000101 00 1 zm:5 111100 zn:5 zd:5", "sm4ekey {d:zs}, {n:zs}, {m:zs}", SM4),
  sve("RAX1_sve",    "01000101 00 1 zm:5 111101 zn:5 zd:5", "rax1 {d:zd}, {n:zd}, {m:zd}", SHA3),
];
