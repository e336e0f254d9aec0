import { z } from "zod";
import { featureName, hex, hostSummary } from "./common";

/** `a64vm baseline HOST1 HOST2 ... --json` */
export const baselineJson = z.strictObject({
  hosts: z.array(hostSummary).min(2),
  features: z.array(featureName).describe("what a VM may have on every host, closed under dependencies"),
  count: z.number().int().nonnegative(),
  dropped: z.array(z.strictObject({ feature: featureName, reason: z.string() })),
  midr: hex.nullable().describe("the common MIDR, or null when the hosts differ"),
  idRegisters: z.record(z.string(), hex).describe("register name -> the value the guest sees on any of the hosts"),
  changes: z
    .array(z.strictObject({ host: z.string(), register: z.string(), from: hex, to: hex }))
    .describe("the writes (KVM_SET_ONE_REG) each host needs before the VM first runs"),
  conflicts: z
    .array(z.strictObject({ host: z.string(), register: z.string(), message: z.string() }))
    .describe("values KVM would refuse; the command then exits 1"),
  violations: z.array(z.strictObject({ message: z.string(), constraint: z.string() })),
});
