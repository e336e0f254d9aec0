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
    knownGaps: [],
  },
};
