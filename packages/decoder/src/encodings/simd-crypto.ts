/** Cryptographic extension: AES, SHA1, SHA256, SHA512, SHA3, SM3 and SM4. */
import type { FeatureName } from "@a64vm/sysreg";
import type { EncodingLine } from "./format";
import { simd } from "./simd-line";

const crypto = (feature: FeatureName) => ({ cls: "crypto", feature: ["FEAT_AdvSIMD", feature] }) as const;
const AES = crypto("FEAT_AES");
const SHA1 = crypto("FEAT_SHA1");
const SHA256 = crypto("FEAT_SHA256");
const SHA512 = crypto("FEAT_SHA512");
const SHA3 = crypto("FEAT_SHA3");
const SM3 = crypto("FEAT_SM3");
const SM4 = crypto("FEAT_SM4");

// biome-ignore format: one aligned line per encoding
export const SIMD_CRYPTO: readonly EncodingLine[] = [
  // Cryptographic AES
  simd("AESE",       "01001110 00 10100 00100 10 rn:5 rd:5", "aese {d:16b}, {n:16b}", AES),
  simd("AESD",       "01001110 00 10100 00101 10 rn:5 rd:5", "aesd {d:16b}, {n:16b}", AES),
  simd("AESMC",      "01001110 00 10100 00110 10 rn:5 rd:5", "aesmc {d:16b}, {n:16b}", AES),
  simd("AESIMC",     "01001110 00 10100 00111 10 rn:5 rd:5", "aesimc {d:16b}, {n:16b}", AES),
  // Cryptographic three-register SHA
  simd("SHA1C",      "01011110 00 0 rm:5 0 000 00 rn:5 rd:5", "sha1c {d:q}, {n:s}, {m:4s}", SHA1),
  simd("SHA1P",      "01011110 00 0 rm:5 0 001 00 rn:5 rd:5", "sha1p {d:q}, {n:s}, {m:4s}", SHA1),
  simd("SHA1M",      "01011110 00 0 rm:5 0 010 00 rn:5 rd:5", "sha1m {d:q}, {n:s}, {m:4s}", SHA1),
  simd("SHA1SU0",    "01011110 00 0 rm:5 0 011 00 rn:5 rd:5", "sha1su0 {d:4s}, {n:4s}, {m:4s}", SHA1),
  simd("SHA256H",    "01011110 00 0 rm:5 0 100 00 rn:5 rd:5", "sha256h {d:q}, {n:q}, {m:4s}", SHA256),
  simd("SHA256H2",   "01011110 00 0 rm:5 0 101 00 rn:5 rd:5", "sha256h2 {d:q}, {n:q}, {m:4s}", SHA256),
  simd("SHA256SU1",  "01011110 00 0 rm:5 0 110 00 rn:5 rd:5", "sha256su1 {d:4s}, {n:4s}, {m:4s}", SHA256),
  // Cryptographic two-register SHA
  simd("SHA1H",      "01011110 00 10100 00000 10 rn:5 rd:5", "sha1h {d:s}, {n:s}", SHA1),
  simd("SHA1SU1",    "01011110 00 10100 00001 10 rn:5 rd:5", "sha1su1 {d:4s}, {n:4s}", SHA1),
  simd("SHA256SU0",  "01011110 00 10100 00010 10 rn:5 rd:5", "sha256su0 {d:4s}, {n:4s}", SHA256),
  // Cryptographic three-register, imm2 (SM3TT*)
  simd("SM3TT1A",    "11001110 010 rm:5 10 imm2:2 00 rn:5 rd:5", "sm3tt1a {d:4s}, {n:4s}, v{=rm}.s[{=imm2}]", SM3),
  simd("SM3TT1B",    "11001110 010 rm:5 10 imm2:2 01 rn:5 rd:5", "sm3tt1b {d:4s}, {n:4s}, v{=rm}.s[{=imm2}]", SM3),
  simd("SM3TT2A",    "11001110 010 rm:5 10 imm2:2 10 rn:5 rd:5", "sm3tt2a {d:4s}, {n:4s}, v{=rm}.s[{=imm2}]", SM3),
  simd("SM3TT2B",    "11001110 010 rm:5 10 imm2:2 11 rn:5 rd:5", "sm3tt2b {d:4s}, {n:4s}, v{=rm}.s[{=imm2}]", SM3),
  // Cryptographic three-register SHA512 / SM3 / SM4
  simd("SHA512H",    "11001110 011 rm:5 1 0 00 00 rn:5 rd:5", "sha512h {d:q}, {n:q}, {m:2d}", SHA512),
  simd("SHA512H2",   "11001110 011 rm:5 1 0 00 01 rn:5 rd:5", "sha512h2 {d:q}, {n:q}, {m:2d}", SHA512),
  simd("SHA512SU1",  "11001110 011 rm:5 1 0 00 10 rn:5 rd:5", "sha512su1 {d:2d}, {n:2d}, {m:2d}", SHA512),
  simd("RAX1",       "11001110 011 rm:5 1 0 00 11 rn:5 rd:5", "rax1 {d:2d}, {n:2d}, {m:2d}", SHA3),
  simd("SM3PARTW1",  "11001110 011 rm:5 1 1 00 00 rn:5 rd:5", "sm3partw1 {d:4s}, {n:4s}, {m:4s}", SM3),
  simd("SM3PARTW2",  "11001110 011 rm:5 1 1 00 01 rn:5 rd:5", "sm3partw2 {d:4s}, {n:4s}, {m:4s}", SM3),
  simd("SM4EKEY",    "11001110 011 rm:5 1 1 00 10 rn:5 rd:5", "sm4ekey {d:4s}, {n:4s}, {m:4s}", SM4),
  // Cryptographic four-register
  simd("EOR3",       "11001110 0 00 rm:5 0 ra:5 rn:5 rd:5", "eor3 {d:16b}, {n:16b}, {m:16b}, {a:16b}", SHA3),
  simd("BCAX",       "11001110 0 01 rm:5 0 ra:5 rn:5 rd:5", "bcax {d:16b}, {n:16b}, {m:16b}, {a:16b}", SHA3),
  simd("SM3SS1",     "11001110 0 10 rm:5 0 ra:5 rn:5 rd:5", "sm3ss1 {d:4s}, {n:4s}, {m:4s}, {a:4s}", SM3),
  // XAR and the two-register SHA512 / SM4 forms
  simd("XAR",        "11001110 100 rm:5 imm6:6 rn:5 rd:5", "xar {d:2d}, {n:2d}, {m:2d}, #{=imm6}", SHA3),
  simd("SHA512SU0",  "11001110 110000001000 00 rn:5 rd:5", "sha512su0 {d:2d}, {n:2d}", SHA512),
  simd("SM4E",       "11001110 110000001000 01 rn:5 rd:5", "sm4e {d:4s}, {n:4s}", SM4),
];
