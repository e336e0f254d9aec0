/** The conformance guests' inputs are current: the generated probe table and the QEMU host files. */
import { readFileSync } from "node:fs";
import { hostOf } from "@a64vm/hypervisor";
import { describe, expect, it } from "vitest";
import { featureRegsHeader, featureRegsHeaderPath } from "../../../tooling/generators/feature-regs-guest";
import { conformanceHost, HOST_NAMES, QEMU_HOSTS } from "../src/hosts";

describe("conformance guest inputs", () => {
  it("feature-regs.generated.h is what the generator writes from today's catalogue", () => {
    expect(readFileSync(featureRegsHeaderPath, "utf8")).toBe(featureRegsHeader());
  });

  it("every QEMU host file loads, carries its name, and advertises a consistent feature set", () => {
    for (const name of Object.keys(QEMU_HOSTS)) {
      const profile = conformanceHost(name);
      expect(profile.name).toBe(name);
      expect(HOST_NAMES).toContain(name);
      expect(hostOf(profile).features.has("FEAT_FP")).toBe(true);
    }
    expect(conformanceHost("qemu-max").midr).toBe(0x000f0510n);
    expect(hostOf(conformanceHost("qemu-max")).features.has("FEAT_SVE")).toBe(true);
    expect(hostOf(conformanceHost("qemu-cortex-a72")).features.has("FEAT_SVE")).toBe(false);
  });
});
