/**
 * SVE2 cryptographic extensions: AES rounds and mix columns, SM4, RAX1 (SHA3), and the multi-vector
 * AES rounds and 128-bit polynomial multiplies of FEAT_SVE_AES2.
 */
import type { EncodingLine } from "./format";
import { sve } from "./sve-line";

const AES = { feature: ["FEAT_SVE2", "FEAT_SVE_AES"] } as const;
const SM4 = { feature: ["FEAT_SVE2", "FEAT_SVE_SM4"] } as const;
const SHA3 = { feature: ["FEAT_SVE2", "FEAT_SVE_SHA3"] } as const;
const AES2 = { feature: ["FEAT_SVE2", "FEAT_SVE_AES2"] } as const;

/** Multi-vector AES (bit 16 = mix columns, bit 10 = decrypt). */
const AES_MULTI = [
  ["0", "0", "AESE"],
  ["0", "1", "AESD"],
  ["1", "0", "AESEMC"],
  ["1", "1", "AESDIMC"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [mc, d, name] of AES_MULTI) {
    const mn = name.toLowerCase();
    lines.push(
      sve(
        `${name}_x2`,
        `01000101 001 i2:2 0 1 ${mc} 11101 ${d} zm:5 zdn2:4 0`,
        `${mn} {d:Zp2b}, {d:Zp2b}, {n:zq}[{=i2}]`,
        AES2,
      ),
      sve(
        `${name}_x4`,
        `01000101 001 i2:2 1 1 ${mc} 11101 ${d} zm:5 zdn4:3 00`,
        `${mn} {d:Zp4b}, {d:Zp4b}, {n:zq}[{=i2}]`,
        AES2,
      ),
    );
  }
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE2_CRYPTO: readonly EncodingLine[] = [
  ...generate(),
  sve("AESE_sve",    "01000101 00 1 00010 111000 zm:5 zdn:5", "aese {d:zb}, {d:zb}, {n:zb}", AES),
  sve("AESD_sve",    "01000101 00 1 00010 111001 zm:5 zdn:5", "aesd {d:zb}, {d:zb}, {n:zb}", AES),
  sve("AESMC_sve",   "01000101 00 1 00000 111000 00000 zdn:5", "aesmc {d:zb}, {d:zb}", AES),
  sve("AESIMC_sve",  "01000101 00 1 00000 111001 00000 zdn:5", "aesimc {d:zb}, {d:zb}", AES),
  sve("SM4E_sve",    "01000101 00 1 00011 111000 zm:5 zdn:5", "sm4e {d:zs}, {d:zs}, {n:zs}", SM4),
  sve("SM4EKEY_sve", "01000101 00 1 zm:5 111100 zn:5 zd:5", "sm4ekey {d:zs}, {n:zs}, {m:zs}", SM4),
  sve("RAX1_sve",    "01000101 00 1 zm:5 111101 zn:5 zd:5", "rax1 {d:zd}, {n:zd}, {m:zd}", SHA3),
  sve("PMULL_pair", "01000101 001 zm:5 111110 zn:5 zd2:4 0", "pmull {d:Zp2q}, {n:zd}, {m:zd}", AES2),
  sve("PMLAL_pair", "01000101 001 zm:5 111111 zn:5 zd2:4 0", "pmlal {d:Zp2q}, {n:zd}, {m:zd}", AES2),
];
