/** Pieces shared by the shapes of several commands' `--json` output. */
import { z } from "zod";

/** A 64-bit (or narrower) value as lowercase hex with a 0x prefix: JSON numbers cannot hold 64 bits. */
export const hex = z.string().regex(/^0x[0-9a-f]+$/, "lowercase hex with a 0x prefix");

/** A feature's canonical name. */
export const featureName = z.string().regex(/^FEAT_[A-Za-z0-9_]+$/, "a FEAT_* name");

/** A host as a command reports it: a built-in profile or a custom host file. */
export const hostSummary = z.strictObject({
  name: z.string(),
  midr: hex,
  source: z.string(),
  warnings: z.array(z.string()).describe("what a custom host file got wrong but was accepted"),
});

/** A system register encoding: op0, op1, CRn, CRm, op2. */
export const encoding = z.strictObject({
  op0: z.number().int().min(0).max(3),
  op1: z.number().int().min(0).max(7),
  crn: z.number().int().min(0).max(15),
  crm: z.number().int().min(0).max(15),
  op2: z.number().int().min(0).max(7),
});
