import { z } from "zod";
import { featureName, hex } from "./common";

/** `a64vm reglist --host HOST --json`: KVM_GET_REG_LIST of one vCPU. */
export const reglistJson = z.strictObject({
  host: z.string(),
  features: z.array(featureName).describe("the VM's features"),
  count: z.number().int().nonnegative(),
  registers: z.array(z.strictObject({ id: hex.describe("the 64-bit KVM register ID"), name: z.string() })),
});
