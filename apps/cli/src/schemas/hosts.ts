import { z } from "zod";
import { hex } from "./common";

/** `a64vm hosts --json` */
export const hostsJson = z.strictObject({
  hosts: z.array(
    z.strictObject({
      name: z.string().describe("what --host takes"),
      description: z.string(),
      midr: hex,
      source: z.string().describe("where the ID register values come from"),
      deviations: z.array(z.string()).describe("where the profile knowingly differs from its source"),
    }),
  ),
});
