import type { FeatureSet } from "@a64vm/sysreg";
import type { FpLayout } from "./layout";
import { FpmrRegister } from "./parts/fpmr";
import { FpsimdRegisters } from "./parts/fpsimd";
import { SmeState } from "./parts/sme";
import { SveRegisters } from "./parts/sve";
import type { VectorBank } from "./parts/vector-bank";
import { Zt0Register } from "./parts/zt0";

/** The part structure of each kind of FP state. Adding a kind: a field here and an entry in FP_STATE_KINDS. */
export interface FpParts {
  fpsimd: FpsimdRegisters;
  sve: SveRegisters;
  sme: SmeState;
  zt0: Zt0Register;
  fpmr: FpmrRegister;
}

export type FpStateKindName = keyof FpParts;

/** A set of parts, each present or null: what a transfer reads from and writes to (FpRegisterSet is one). */
export type FpPartsView = { readonly [K in FpStateKindName]: FpParts[K] | null };

/** One kind of FP state: which features make it exist, how to build it, and how to move it. */
export interface FpStateKind<K extends FpStateKindName = FpStateKindName> {
  readonly name: K;
  /** What the part holds, for messages and documentation. */
  readonly title: string;
  /** The features that advertise it, as a reader would say it. */
  readonly requires: string;
  /** The feature rule: does a VM with these features have this state? */
  readonly advertised: (features: FeatureSet) => boolean;
  /** Kinds that must exist whenever this one does (checked when a layout is built). */
  readonly needs: readonly FpStateKindName[];
  readonly create: (layout: FpLayout, bank: VectorBank) => FpParts[K];
  /** Copies this kind's architectural state from one register set to another (both have the kind). */
  readonly transfer: (from: FpPartsView, to: FpPartsView) => void;
}

function kind<K extends FpStateKindName>(k: FpStateKind<K>): FpStateKind<K> {
  return k;
}

/**
 * Every kind of FP state, in save/restore order. A kind exists for a VM exactly when its feature rule
 * holds for the VM's (host-limited) feature set: nothing else allocates, saves, restores or serialises it.
 */
export const FP_STATE_KINDS = [
  kind({
    name: "fpsimd",
    title: "FP/SIMD registers V0-V31, FPSR, FPCR",
    requires: "FEAT_FP and FEAT_AdvSIMD",
    advertised: (f) => f.has("FEAT_FP") && f.has("FEAT_AdvSIMD"),
    needs: [],
    create: (_layout, bank) => new FpsimdRegisters(bank),
    // With SVE on both sides the V registers travel inside Z; moving them again would zero Z's upper bits.
    transfer: (from, to) => to.fpsimd!.copyFrom(from.fpsimd!, from.sve === null || to.sve === null),
  }),
  kind({
    name: "sve",
    title: "SVE registers Z0-Z31, P0-P15, FFR",
    requires: "FEAT_SVE or FEAT_SME",
    advertised: (f) => f.has("FEAT_SVE") || f.has("FEAT_SME"),
    needs: ["fpsimd"],
    create: (layout, bank) =>
      new SveRegisters(bank, layout.features.has("FEAT_SVE") || layout.features.has("FEAT_SME_FA64")),
    transfer: (from, to) => to.sve!.copyFrom(from.sve!),
  }),
  kind({
    name: "sme",
    title: "SME state SVCR and ZA",
    requires: "FEAT_SME",
    advertised: (f) => f.has("FEAT_SME"),
    needs: ["fpsimd", "sve"],
    create: (layout) => new SmeState(layout.svl),
    transfer: (from, to) => to.sme!.copyFrom(from.sme!),
  }),
  kind({
    name: "zt0",
    title: "SME2 lookup table ZT0",
    requires: "FEAT_SME2",
    advertised: (f) => f.has("FEAT_SME2"),
    needs: ["sme"],
    create: () => new Zt0Register(),
    transfer: (from, to) => to.zt0!.copyFrom(from.zt0!),
  }),
  kind({
    name: "fpmr",
    title: "FP8 mode register FPMR",
    requires: "FEAT_FPMR",
    advertised: (f) => f.has("FEAT_FPMR"),
    needs: ["fpsimd"],
    create: () => new FpmrRegister(),
    transfer: (from, to) => to.fpmr!.copyFrom(from.fpmr!),
  }),
] as const satisfies readonly FpStateKind[];

/** Names of every kind, in order. */
export const FP_STATE_KIND_NAMES: readonly FpStateKindName[] = FP_STATE_KINDS.map((k) => k.name);

/** The descriptor of a kind. */
export function fpStateKind(name: FpStateKindName): FpStateKind {
  return FP_STATE_KINDS.find((k) => k.name === name)!;
}
