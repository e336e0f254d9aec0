import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

describe("a64vm reglist", () => {
  it("lists FPMR (0x603000000013da22) for a VM on a host with FEAT_FPMR", () => {
    const run = a64vm(["reglist", "--host", "fujitsu-monaka", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ count: number; features: string[]; registers: { name: string }[] }>(run);
    expect(doc.registers).toContainEqual({ id: "0x603000000013da22", name: "FPMR" });
    expect(doc.count).toBe(doc.registers.length);
  });

  it("drops FPMR with --features -FPMR and says on stderr that FP8 went with it", () => {
    const run = a64vm(["reglist", "--host", "fujitsu-monaka", "--features", "-FPMR", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ count: number; features: string[]; registers: { name: string }[] }>(run);
    expect(doc.registers.map((r: { name: string }) => r.name)).not.toContain("FPMR");
    expect(doc.features).not.toContain("FEAT_FP8");
    expect(run.stderr).toContain("also hides FEAT_FP8");
  });

  it("refuses a feature the host lacks with exit 2, naming host and feature", () => {
    const run = a64vm(["reglist", "--host", "cortex-a72", "--features", "+FPMR"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("a64vm: host cortex-a72 does not implement FEAT_FPMR\n");
  });
});
