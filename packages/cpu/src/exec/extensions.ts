/**
 * Decoders asked, in order, for a word the base decoders UNDEF: each file owns a family of forms
 * and answers -1 for words outside it. The decoder's feature tags still gate every answer.
 */
import type { FeatureSet } from "@a64vm/sysreg";
import { UNDEF } from "./branch";
import { decodeIntegerExtension, INTEGER_EXTENSION_FEATURES } from "./int-ext";
import { decodeSimdElement, SIMD_ELEMENT_FEATURES } from "./simd-element";
import { decodeSimdMisc, SIMD_MISC_FEATURES } from "./simd-misc";
import { decodeSimdScalar, SIMD_SCALAR_FEATURES } from "./simd-scalar";

/** The handler id of a word outside the base decoders' forms, or UNDEF. */
export function decodeExtension(w: number, f: FeatureSet): number {
  const op0 = (w >>> 25) & 15;
  if ((op0 & 7) === 7) {
    if (!f.has("FEAT_FP")) return UNDEF;
    const scalar = decodeSimdScalar(w, f);
    if (scalar !== -1) return scalar;
    const element = decodeSimdElement(w, f);
    if (element !== -1) return element;
    const misc = decodeSimdMisc(w, f);
    if (misc !== -1) return misc;
    return UNDEF;
  }
  const integer = decodeIntegerExtension(w, f);
  return integer !== -1 ? integer : UNDEF;
}

/** Features completed by the extension files, for the user-mode runner's default feature set. */
export const EXTENSION_FEATURES: readonly string[] = [
  ...SIMD_SCALAR_FEATURES,
  ...SIMD_ELEMENT_FEATURES,
  ...SIMD_MISC_FEATURES,
  ...INTEGER_EXTENSION_FEATURES,
];
