import type { FeatureSet } from "@a64vm/sysreg";

/** The three classes of FP trap the CPTR_EL2 controls raise to EL2. */
export type FpTrapClass = "fp" | "sve" | "sme";

/** How one FP trap class is controlled in both CPTR_EL2 layouts and reported in ESR_EL2. */
export interface FpTrapControl {
  readonly trap: FpTrapClass;
  /** The feature a VM must advertise for an access of this class to be handled rather than UNDEF. */
  readonly feature: string;
  /** CPTR_EL2 with HCR_EL2.E2H = 1 (the CPACR_EL1 layout): a 2-bit enable field, 0b11 = no trap from EL0/EL1. */
  readonly enableField: { readonly name: string; readonly lsb: number };
  /** CPTR_EL2 with HCR_EL2.E2H = 0: a trap bit, 1 = trap. */
  readonly trapBit: { readonly name: string; readonly bit: number };
  /** ESR_EL2.EC of the trap. */
  readonly exceptionClass: number;
}

/** The CPTR_EL2 controls of FP/SIMD, SVE and SME accesses, as data. */
export const CPTR_EL2_FP_TRAP_CONTROLS: readonly FpTrapControl[] = [
  {
    trap: "fp",
    feature: "FEAT_FP",
    enableField: { name: "FPEN", lsb: 20 },
    trapBit: { name: "TFP", bit: 10 },
    exceptionClass: 0x07,
  },
  {
    trap: "sve",
    feature: "FEAT_SVE",
    enableField: { name: "ZEN", lsb: 16 },
    trapBit: { name: "TZ", bit: 8 },
    exceptionClass: 0x19,
  },
  {
    trap: "sme",
    feature: "FEAT_SME",
    enableField: { name: "SMEN", lsb: 24 },
    trapBit: { name: "TSM", bit: 12 },
    exceptionClass: 0x1d,
  },
];

/** The control of each trap class. */
export const FP_TRAP_CONTROL_BY_CLASS: { readonly [C in FpTrapClass]: FpTrapControl } = {
  fp: controlOf("fp"),
  sve: controlOf("sve"),
  sme: controlOf("sme"),
};

function controlOf(trap: FpTrapClass): FpTrapControl {
  return CPTR_EL2_FP_TRAP_CONTROLS.find((c) => c.trap === trap)!;
}

/** RES1 bits of CPTR_EL2 when E2H = 0: bits 13, 9 and 7:0 (TZ and TSM read as one without SVE/SME). */
export const CPTR_EL2_NVHE_RES1 = (1 << 13) | (1 << 9) | 0xff;

/** The FP trap configuration a vCPU runs with, as booleans and as CPTR_EL2 bits in both layouts. */
export interface FpTrapConfiguration {
  readonly fp: boolean;
  readonly sve: boolean;
  readonly sme: boolean;
  /** CPTR_EL2 value bits (E2H = 1 layout) for FPEN, ZEN and SMEN; the other bits are not this package's. */
  readonly cptrE2h1: number;
  /** The FP-related part of CPTR_EL2 (E2H = 0 layout): RES1 bits plus TFP, TZ, TSM. */
  readonly cptrE2h0: number;
  /** The CPTR_EL2 bits (E2H = 1 layout) this configuration decides. */
  readonly cptrE2h1Mask: number;
}

/** Mask of the FPEN, ZEN and SMEN fields in the E2H = 1 layout. */
export const CPTR_EL2_FP_ENABLE_MASK = CPTR_EL2_FP_TRAP_CONTROLS.reduce((m, c) => m | (0b11 << c.enableField.lsb), 0);

/**
 * The traps a vCPU runs with. While the guest does not own the FP registers every class traps, so the first
 * access lets the manager switch state; once it owns them, a class stays trapped only when the VM lacks its
 * feature (the trap then becomes UNDEF).
 */
export function fpTrapConfiguration(features: FeatureSet, guestOwnsFp: boolean): FpTrapConfiguration {
  let cptrE2h1 = 0;
  let cptrE2h0 = CPTR_EL2_NVHE_RES1;
  const trapped: Record<FpTrapClass, boolean> = { fp: true, sve: true, sme: true };
  for (const control of CPTR_EL2_FP_TRAP_CONTROLS) {
    const trap = !(guestOwnsFp && features.has(control.feature));
    trapped[control.trap] = trap;
    if (trap) cptrE2h0 |= 1 << control.trapBit.bit;
    else cptrE2h1 |= 0b11 << control.enableField.lsb;
  }
  return {
    ...trapped,
    cptrE2h1: cptrE2h1 >>> 0,
    cptrE2h0: cptrE2h0 >>> 0,
    cptrE2h1Mask: CPTR_EL2_FP_ENABLE_MASK >>> 0,
  };
}

/** The trap class of an ESR_EL2 exception class, or undefined when it is not an FP trap. */
export function fpTrapClassOf(exceptionClass: number): FpTrapClass | undefined {
  return CPTR_EL2_FP_TRAP_CONTROLS.find((c) => c.exceptionClass === exceptionClass)?.trap;
}
