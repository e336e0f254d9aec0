/** AdvSIMD vector two-register misc forms and the scalar FP extensions (FRINTTS, JSCVT): the forms the core executes beyond simd.ts / the base decoders. */
import type { FeatureSet } from "@a64vm/sysreg";
import { decodeFpEstimate } from "./fp-estimate";
import { decodeSimdMiscConvert } from "./simd-misc-convert";
import { decodeFcvtRoundedGpr } from "./simd-misc-fcvt-gpr";
import { decodeFmovUpper } from "./simd-misc-fmov";
import { decodeSimdMiscFp } from "./simd-misc-fp";
import { decodeSimdMiscFrint } from "./simd-misc-frint";
import { decodeSimdMiscInt } from "./simd-misc-int";

/** The features whose every group 1-2 instruction this file completes (added to IMPLEMENTED_FEATURES). */
export const SIMD_MISC_FEATURES: readonly string[] = ["FEAT_FRINTTS", "FEAT_JSCVT"];

/** The handler id for a word the base decoders UNDEF, or -1 when the word is not one of this file's forms. */
export function decodeSimdMisc(w: number, _f: FeatureSet): number {
  const integer = decodeSimdMiscInt(w);
  if (integer !== -1) return integer;
  const fp = decodeSimdMiscFp(w);
  if (fp !== -1) return fp;
  const frint = decodeSimdMiscFrint(w);
  if (frint !== -1) return frint;
  const convert = decodeSimdMiscConvert(w);
  if (convert !== -1) return convert;
  const estimate = decodeFpEstimate(w);
  if (estimate !== -1) return estimate;
  const fmov = decodeFmovUpper(w);
  if (fmov !== -1) return fmov;
  return decodeFcvtRoundedGpr(w);
}
