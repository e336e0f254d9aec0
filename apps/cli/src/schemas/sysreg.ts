import { z } from "zod";
import { encoding, featureName, hex } from "./common";

const register = z.strictObject({
  name: z.string(),
  named: z.boolean().describe("false for an encoding LLVM 22 has no name for"),
  generic: z.string().describe("S<op0>_<op1>_C<n>_C<m>_<op2>"),
  encoding,
  key: hex,
  kvmRegId: hex.describe("the KVM ONE_REG id"),
  access: z.enum(["read-write", "read", "write"]),
  minEl: z.number().int().min(0).max(3),
  features: z.array(featureName),
});

/** `a64vm sysreg --json`: the catalogue. */
export const sysregCatalogueJson = z.strictObject({
  registers: z.array(register),
  count: z.number().int().nonnegative(),
});

/** `a64vm sysreg NAME [--value V] --json`: one register, its field layouts, and the value decoded. */
export const sysregJson = register.extend({
  layouts: z.array(
    z.strictObject({
      variant: z.string().nullable(),
      fields: z.array(
        z.strictObject({
          name: z.string(),
          msb: z.number().int().min(0).max(63),
          lsb: z.number().int().min(0).max(63),
          signed: z.boolean(),
          values: z.array(z.strictObject({ value: z.number().int(), name: z.string() })),
        }),
      ),
    }),
  ),
  value: z
    .object({
      raw: hex,
      text: z.string().nullable().describe("the one-line rendering, null without a field layout"),
      layout: z.string().nullable(),
      fields: z.array(
        z.strictObject({
          name: z.string(),
          msb: z.number().int(),
          lsb: z.number().int(),
          value: hex,
          signedValue: z.string().regex(/^-?\d+$/),
          valueName: z.string().nullable(),
        }),
      ),
      res0Set: hex.nullable(),
      res1Clear: hex.nullable(),
    })
    .nullable()
    .describe("null without --value"),
});
