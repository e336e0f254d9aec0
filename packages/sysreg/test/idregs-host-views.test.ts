/**
 * idRegistersFor from a host's values changes only what the feature set asks for: the AArch32
 * views of a host (QEMU's `max` reports ID_PFR0_EL1 = 0x11020131 beside an AArch64 RASv1p1) reach
 * the VM as the host gives them, as KVM passes them through.
 */
import { describe, expect, it } from "vitest";
import { featuresOf, hostProfile, idRegistersFor, withoutFeature } from "../src/index";

describe("a host's own ID register views", () => {
  const host = { ...hostProfile("neoverse-n2").idRegisters, ID_PFR0_EL1: 0x1102_0131n };

  it("are kept when the VM advertises exactly the host's features", () => {
    const values = idRegistersFor(featuresOf(host), host);
    expect(values.ID_PFR0_EL1).toBe(0x1102_0131n);
    for (const [name, value] of Object.entries(host)) expect(values[name], name).toBe(value);
  });

  it("change only in the fields of the features a restriction removes", () => {
    const values = idRegistersFor(withoutFeature(featuresOf(host), "FEAT_SVE").set, host);
    expect(values.ID_PFR0_EL1).toBe(0x1102_0131n);
    expect((values.ID_AA64PFR0_EL1! >> 32n) & 0xfn).toBe(0n);
  });
});
