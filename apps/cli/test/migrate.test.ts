/** `a64vm migrate`: live pre-copy migration at instruction N, output identical to `a64vm run`. */
import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

const HELLO = "apps/cli/guests/hello.elf";

describe("a64vm migrate", () => {
  const plain = a64vm(["run", HELLO, "--host", "neoverse-v2"]);

  it.each(["1", "50000", "150000"])(
    "at instruction %s prints what an unmigrated run prints, figures on stderr",
    (at) => {
      const r = a64vm(["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", at]);
      expect(r.status).toBe(0);
      expect(plain.status).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toMatch(
        /^a64vm: live migration neoverse-v2 -> neoverse-v2: \d+ pre-copy rounds?, then stop-and-copy at instruction \d+\n/,
      );
      expect(r.stderr).toMatch(/ {2}round 1: \d+ pages while the guest ran \d+ instructions\n/);
      expect(r.stderr).toMatch(/sent \d+ pages \(\d+ bytes\) in all; downtime \d+ guest instructions, [\d.]+ ms\n$/);
    },
  );

  it("--json prints one document with the rounds, pages, downtime and the guest's output", () => {
    const r = a64vm(["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "20000", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const doc = json<{
      rounds: { pagesSent: number; guestInstructions: number }[];
      finalPages: number;
      pagesSent: number;
      bytesSent: number;
      stoppedAt: number;
      converged: boolean;
      downtime: { instructions: number; ms: number };
      output: string;
    }>(r);
    expect(doc.output).toBe(plain.stdout);
    expect(doc.rounds.length).toBeGreaterThanOrEqual(1);
    expect(doc.pagesSent).toBe(doc.rounds.reduce((n, x) => n + x.pagesSent, doc.finalPages));
    expect(doc.bytesSent).toBe(doc.pagesSent * 4096);
    expect(doc.stoppedAt).toBeGreaterThan(20_000);
    expect(doc.converged).toBe(true);
    expect(doc.downtime.instructions).toBe(doc.finalPages * 256);
    expect(doc.downtime.ms).toBeGreaterThan(0);
  });

  it("follows the link model: a slower link lets the guest run longer per round", () => {
    const fast = json<{ rounds: { guestInstructions: number }[] }>(
      a64vm(["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "20000", "--json"]),
    );
    const slow = json<{ rounds: { pagesSent: number; guestInstructions: number }[] }>(
      a64vm([
        ...["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "20000", "--json"],
        ...["--instructions-per-page", "1024"],
      ]),
    );
    expect(slow.rounds[0]!.guestInstructions).toBe(slow.rounds[0]!.pagesSent * 1024);
    expect(slow.rounds[0]!.guestInstructions).toBeGreaterThan(fast.rounds[0]!.guestInstructions);
  });

  it("refuses a destination without FPMR with one line, exit 1, and no guest output", () => {
    const r = a64vm([
      ...["migrate", "apps/cli/guests/fpmr-demo.elf", "--from", "fujitsu-monaka", "--to", "neoverse-v2"],
      ...["--at", "5000", "--json"],
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^a64vm: host neoverse-v2 lacks .*FEAT_FPMR.*migration refused\n$/);
  });

  it("fails with one line when the guest powers off before the migration point or during pre-copy", () => {
    const early = a64vm(["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "5000000"]);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(
      /^a64vm: the guest stopped \(powered-off\) before instruction 5000000: nothing to migrate\n$/,
    );
    const during = a64vm([
      ...["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--at", "191000"],
      ...["--instructions-per-page", "100000"],
    ]);
    expect(during.status).toBe(1);
    expect(during.stderr).toMatch(/during pre-copy round 1, before the stop-and-copy: nothing was migrated/);
  });

  it("exits 2 for a link option that is not a positive count", () => {
    const r = a64vm(["migrate", HELLO, "--from", "neoverse-v2", "--to", "neoverse-v2", "--max-rounds", "0"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--max-rounds '0'/);
  });
});
