/**
 * Live migration figures: the `hello` guest (little memory traffic) and the counter guest (stores
 * to 64 pages in turn) migrated at several points over links of several speeds. One JSON line per
 * migration: rounds with their pages, the stop-and-copy, downtime in guest instructions and ms,
 * and whether the output matched an unmigrated run.
 */
import { liveMigrate } from "../src/index";
import { type GuestName, machineWith, uninterrupted } from "../test/state-guests";

const CASES: readonly { guest: GuestName; at: number; instructionsPerPage: number }[] = [
  { guest: "hello", at: 1, instructionsPerPage: 256 },
  { guest: "hello", at: 100_000, instructionsPerPage: 256 },
  { guest: "hello", at: 150_000, instructionsPerPage: 256 },
  { guest: "counter", at: 30_000, instructionsPerPage: 64 },
  { guest: "counter", at: 30_000, instructionsPerPage: 4 },
  { guest: "counter", at: 30_000, instructionsPerPage: 2 },
  { guest: "counter", at: 90_000, instructionsPerPage: 2 },
];

for (const { guest, at, instructionsPerPage } of CASES) {
  const sink = { out: "" };
  const source = machineWith(guest, "neoverse-v2", sink);
  source.run(at);
  const outcome = liveMigrate(
    source,
    "neoverse-v2",
    (b) => {
      sink.out += String.fromCharCode(b);
    },
    { instructionsPerPage },
  );
  if (outcome.kind !== "migrated") throw new Error(`${guest} at ${at}: the guest stopped during pre-copy`);
  outcome.machine.run(10_000_000);
  const r = outcome.report;
  console.log(
    JSON.stringify({
      guest,
      at,
      instructionsPerPage,
      rounds: r.rounds.map((x) => x.pagesSent),
      converged: r.converged,
      finalPages: r.finalPages,
      pagesSent: r.pagesSent,
      downtimeInstructions: r.downtimeInstructions,
      downtimeMs: Number(r.downtimeMs.toFixed(1)),
      sameOutput: sink.out === uninterrupted(guest, "neoverse-v2"),
    }),
  );
}
