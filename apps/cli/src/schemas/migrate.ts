import { z } from "zod";

const count = z.number().int().nonnegative();

/** `a64vm migrate GUEST --from A --to B --json`: a live migration's figures and the guest's output. */
export const migrateJson = z.strictObject({
  from: z.string().describe("the source host"),
  to: z.string().describe("the destination host"),
  at: count.describe("the instruction at which pre-copy started"),
  rounds: z
    .array(z.strictObject({ pagesSent: count, guestInstructions: count.describe("run by the guest meanwhile") }))
    .describe("the pre-copy rounds, while the guest kept running"),
  finalPages: count.describe("pages sent while the guest was stopped"),
  pagesSent: count.describe("pages sent in all"),
  bytesSent: count,
  registers: count.describe("vCPU registers moved at the stop-and-copy"),
  converged: z.boolean().describe("false when the round limit ended pre-copy"),
  stoppedAt: count.describe("the source's instruction count at the stop-and-copy"),
  downtime: z.strictObject({
    instructions: count.describe("guest instructions the final copy took on the modelled link"),
    ms: z.number().nonnegative().describe("wall time of the stop-and-copy"),
  }),
  output: z.string().describe("the guest's UART output, before and after the migration"),
});

export type MigrateJson = z.infer<typeof migrateJson>;
