/** Every encoding line the decoder compiles, in Arm ARM encoding-index order. */
import { BASE_BRANCH, BASE_COMPARE_BRANCH } from "./base-branch";
import { BASE_DP_IMM } from "./base-dp-imm";
import { BASE_DP_REG } from "./base-dp-reg";
import { BASE_LDST } from "./base-ldst";
import { BASE_SYSTEM } from "./base-system";
import type { EncodingLine } from "./format";
import { FP_SIMD_ENCODINGS } from "./simd-index";

export const ALL_ENCODINGS: readonly EncodingLine[] = [
  ...BASE_DP_IMM,
  ...BASE_DP_REG,
  ...BASE_BRANCH,
  ...BASE_COMPARE_BRANCH,
  ...BASE_SYSTEM,
  ...BASE_LDST,
  ...FP_SIMD_ENCODINGS,
];
