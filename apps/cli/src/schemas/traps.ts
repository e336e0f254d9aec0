import { z } from "zod";
import { encoding, featureName } from "./common";

const hex64 = z.string().regex(/^0x[0-9a-f]{16}$/, "16 hex digits with a 0x prefix");

/** `a64vm traps --json`: the VM's trap-control registers, field by field. */
export const trapsJson = z.strictObject({
  host: z.string().describe('the host name, or "features" when --features alone describes it'),
  vmFeatures: z.array(featureName),
  cptrLayout: z.string().describe("which CPTR_EL2 layout applies (E2H=0 or E2H=1)"),
  registers: z.array(
    z.strictObject({
      register: z.string(),
      available: z.boolean().describe("false when the host lacks the register"),
      value: hex64,
      undef: hex64.describe("bits whose accesses UNDEF"),
      fields: z.array(
        z.strictObject({
          field: z.string(),
          msb: z.number().int().min(0).max(63),
          lsb: z.number().int().min(0).max(63),
          value: z.number().int().nonnegative(),
          traps: z.boolean(),
          kind: z.string(),
          feature: z.string().describe("the requirement behind the bit, in words"),
          state: z.string(),
          reason: z.string(),
        }),
      ),
    }),
  ),
});

/** `a64vm explain-trap TARGET --json`: one access, whether it traps, why, and where it goes. */
export const explainTrapJson = z.strictObject({
  host: z.string(),
  target: z.string(),
  encoding: encoding.extend({ key: z.number().int().nonnegative() }),
  access: z.enum(["read", "write"]),
  feature: z.string().describe('the FEAT_* the target needs, or "always"'),
  hostHasFeature: z.boolean(),
  vmHasFeature: z.boolean(),
  outcome: z.enum(["native", "hardware-undef", "trapped", "unguarded"]),
  firing: z.array(z.strictObject({ control: z.string(), kind: z.string(), why: z.string() })),
  route: z
    .object({ kind: z.enum(["local", "undef", "forward"]), handler: z.string(), why: z.string() })
    .nullable()
    .describe("null when the access does not trap"),
  summary: z.string(),
});
