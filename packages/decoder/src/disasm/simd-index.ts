/** Formatters of every FP, AdvSIMD, SVE and SME encoding. */
import type { FormatterTable } from "./format";
import { FP_SCALAR_FORMATTERS } from "./fp-scalar";
import { SIMD_FORMAT } from "./simd";
import { SME_FORMAT } from "./sme";
import { SVE_FORMAT } from "./sve";

export const FP_SIMD_FORMAT: FormatterTable = { ...FP_SCALAR_FORMATTERS, ...SIMD_FORMAT, ...SVE_FORMAT, ...SME_FORMAT };
