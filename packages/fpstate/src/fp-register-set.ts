import { InconsistentFeaturesError } from "./errors";
import { type FpLayout, vectorBankBits } from "./layout";
import type { FpmrRegister } from "./parts/fpmr";
import type { FpsimdRegisters } from "./parts/fpsimd";
import type { SmeState } from "./parts/sme";
import type { SveRegisters } from "./parts/sve";
import { VectorBank } from "./parts/vector-bank";
import type { Zt0Register } from "./parts/zt0";
import { FP_STATE_KINDS, type FpParts, type FpStateKind, type FpStateKindName } from "./state-kinds";
import { checkVectorLength } from "./vector-length";

/**
 * One complete set of FP registers shaped by a layout: a vCPU's saved state, the host's saved state,
 * or a physical CPU's register file. A part is null exactly when its kind's feature rule does not hold,
 * so no storage exists for state the layout cannot have.
 */
export class FpRegisterSet {
  readonly layout: FpLayout;
  /** The kinds present, in FP_STATE_KINDS order. */
  readonly kinds: readonly FpStateKind[];
  readonly fpsimd: FpsimdRegisters | null;
  readonly sve: SveRegisters | null;
  readonly sme: SmeState | null;
  readonly zt0: Zt0Register | null;
  readonly fpmr: FpmrRegister | null;

  constructor(layout: FpLayout) {
    this.layout = layout;
    this.kinds = kindsOf(layout);
    const parts: { [K in FpStateKindName]: FpParts[K] | null } = {
      fpsimd: null,
      sve: null,
      sme: null,
      zt0: null,
      fpmr: null,
    };
    const bank = new VectorBank(this.kinds.length > 0 ? vectorBankBits(layout) : 0);
    for (const k of this.kinds) (parts as Record<string, unknown>)[k.name] = k.create(layout, bank);
    this.fpsimd = parts.fpsimd;
    this.sve = parts.sve;
    this.sme = parts.sme;
    this.zt0 = parts.zt0;
    this.fpmr = parts.fpmr;
  }

  has(name: FpStateKindName): boolean {
    return this[name] !== null;
  }

  /** Zeroes every part. */
  reset(): void {
    for (const k of this.kinds) this[k.name]!.reset();
  }
}

/** The kinds a layout has, after checking it is consistent (vector lengths present exactly with SVE/SME). */
export function kindsOf(layout: FpLayout): readonly FpStateKind[] {
  const kinds = FP_STATE_KINDS.filter((k) => k.advertised(layout.features));
  const names = new Set<FpStateKindName>(kinds.map((k) => k.name));
  for (const k of kinds)
    for (const need of k.needs)
      if (!names.has(need))
        throw new InconsistentFeaturesError(`${k.title} (${k.requires}) needs ${need} state, which the features lack`);
  const hasSve = layout.features.has("FEAT_SVE");
  const hasSme = layout.features.has("FEAT_SME");
  if (hasSve) checkVectorLength("SVE vector length", layout.vl);
  else if (layout.vl !== 0)
    throw new InconsistentFeaturesError(`SVE vector length ${layout.vl} given without FEAT_SVE`);
  if (hasSme) checkVectorLength("SME streaming vector length", layout.svl);
  else if (layout.svl !== 0)
    throw new InconsistentFeaturesError(`SME streaming vector length ${layout.svl} given without FEAT_SME`);
  return kinds;
}

/** Copies every kind both sets have from `from` to `to`, in FP_STATE_KINDS order. */
export function transferAll(from: FpRegisterSet, to: FpRegisterSet): void {
  for (const k of to.kinds) if (from.has(k.name)) k.transfer(from, to);
}
