/**
 * guest/feature-regs: every feature-gated system register a64vm's vCPU keeps (and RNDR/RNDRRS) reads
 * and writes when the VM advertises every feature the sysreg catalogue gives it, and UNDEFs (ESR_EL1
 * EC 0x00) when it does not. The guest's table is generated from the same catalogue
 * (tooling/generators/feature-regs-guest.ts).
 */
import { lookupSysReg } from "@a64vm/sysreg";
import { guestTest } from "../guest/differential";
import { FULL, hiding, randomRestrictions } from "../guest/variations";
import { FEATURE_REG_NAMES } from "./feature-regs-table";

/** The features whose registers the test hides one at a time on every host that has them. */
const GATES = [
  "FEAT_FPMR",
  "FEAT_SVE",
  "FEAT_SME",
  "FEAT_PAuth",
  "FEAT_TCR2",
  "FEAT_SCTLR2",
  "FEAT_S1POE",
  "FEAT_GCS",
  "FEAT_RNG",
];

export const guestFeatureRegs = guestTest({
  id: "guest/feature-regs",
  title: "feature-gated system registers work when advertised and UNDEF (EC 0x00) when hidden",
  guest: "feature-regs",
  variations: (context) => [FULL, ...hiding(context, GATES), ...randomRestrictions(context)],
  expected: (machine) =>
    FEATURE_REG_NAMES.map((name) => {
      const info = lookupSysReg(name);
      const outcome = info.features.every((f) => machine.vm.features.has(f)) ? "ok" : "EC 0x00";
      return `${name.padEnd(14)} read ${outcome}${info.writable ? `, write ${outcome}` : ""}\n`;
    }).join(""),
});
