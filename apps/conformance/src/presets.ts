/**
 * Named runs. `ci` is what `pnpm test` runs (apps/conformance/test/ci-suite.test.ts): a few hosts
 * from old to new plus the two QEMU hosts, one random restriction per test and host, `--against qemu`,
 * sized for a few minutes on two cores. Cases that fail on a known a64vm defect are left out, each
 * with the defect named, and listed by the run, so the gap stays visible until it is fixed.
 */
import { matches } from "./matrix";

export interface KnownGap {
  /** Substrings or globs over "test@host:variation". */
  readonly cases: readonly string[];
  /** Cases the globs match that still run (the variation avoids the defect). */
  readonly unless?: string;
  readonly defect: string;
}

/** True when a known gap leaves this case out. */
export function leftOut(gap: KnownGap, key: string): boolean {
  return gap.cases.some((c) => matches(key, c)) && !(gap.unless !== undefined && matches(key, gap.unless));
}

export interface Preset {
  readonly hosts: readonly string[];
  readonly seed: number;
  readonly random: number;
  readonly against?: "qemu";
  readonly knownGaps: readonly KnownGap[];
}

export const PRESETS: Readonly<Record<string, Preset>> = {
  ci: {
    hosts: ["cortex-a72", "neoverse-v2", "fujitsu-monaka", "max", "qemu-cortex-a72", "qemu-max"],
    seed: 1,
    random: 1,
    against: "qemu",
    knownGaps: [
      {
        cases: ["guest/cpacr-traps@*"],
        defect:
          "a64vm's core ignores CPACR_EL1.FPEN/ZEN/SMEN: FP, FPMR, ZCR_EL1, SMCR_EL1 and SVCR accesses run instead of trapping with EC 0x07/0x19/0x1D",
      },
      {
        // The hosts of this preset with FEAT_RNG; their -RNG variations still run every other register.
        cases: ["neoverse-v2", "fujitsu-monaka", "max", "qemu-max"].map((h) => `guest/feature-regs@${h}:*`),
        unless: "*:-RNG",
        defect: "a64vm's core does not implement RNDR/RNDRRS: they UNDEF on a VM that advertises FEAT_RNG",
      },
      {
        cases: ["guest/idregs@qemu-max:full"],
        defect:
          "a new VM rewrites ID_PFR0_EL1.RAS and CSV2 of a host file from its AArch64 features (QEMU's 0x11020131 reads 0x21010131), so it differs from qemu -cpu max",
      },
    ],
  },
};
