/**
 * The registers the feature-regs guest probes, one source for the guest's generated table
 * (tooling/generators/feature-regs-guest.ts) and the test's expectations: every register a64vm's
 * vCPU keeps that the sysreg catalogue gates on a FEAT_* (PMU and nested-only ones aside), then the
 * read-only random-number registers.
 */
import { VCPU_SYSREGS } from "@a64vm/hypervisor";

export const FEATURE_REG_NAMES: readonly string[] = [
  ...VCPU_SYSREGS.filter((r) => r.condition === "always" && r.info.features.length > 0).map((r) => r.info.name),
  "RNDR",
  "RNDRRS",
];
