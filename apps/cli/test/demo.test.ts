/** The README's main job: `a64vm demo` tells the FPMR story from real guest runs. */
import { describe, expect, it } from "vitest";
import { a64vm } from "./run-cli";

describe("a64vm demo", () => {
  const run = a64vm(["demo"]);

  it("exits 0 with nothing on stderr and no colour codes under NO_COLOR", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("shows FPMR readable with FEAT_FPMR, HCRX_EL2.EnFPM set, and the Arm ARM's FP8 results", () => {
    expect(run.stdout).toContain("$ a64vm run apps/cli/guests/fpmr-demo.elf --host fujitsu-monaka\n");
    expect(run.stdout).toContain("| MSR FPMR, #E4M3: read back 0x1");
    expect(run.stdout).toContain("HCRX_EL2.EnFPM = 1");
    // E4M3 1, 2, 3, 0.5, -1, 448, 2^-9 and NaN widen to these FP16 encodings.
    expect(run.stdout).toContain("| F1CVTL v0.8h, v1.8b (E4M3 -> FP16): 3c00 4000 4200 3800 bc00 5f00 1800 7e00");
    // 1, -2.5, 448, 500 (overflow: NaN), 2^-9, 1000 (NaN), 0.3 (nearest 0.3125), -0 narrow to E4M3; OFC|IXC.
    expect(run.stdout).toContain("| FCVTN v0.8b, v1.4s, v2.4s (FP32 -> E4M3): 38 c2 7e 7f 01 7f 2a 80 FPSR=0x14");
  });

  it("shows FPMR and FP8 UNDEF inside the guest with -FPMR, FP8 gone with it, and EnFPM clear", () => {
    expect(run.stdout).toContain("| MRS FPMR: UNDEF (ESR_EL1 EC=0x00)");
    expect(run.stdout).toContain("| F1CVTL v0.8h, v1.8b: UNDEF (ESR_EL1 EC=0x00)");
    expect(run.stdout).toContain("| FCVTN v0.8b, v1.4s, v2.4s: UNDEF (ESR_EL1 EC=0x00)");
    expect(run.stdout).toMatch(/the VM lacks these host features: .*FEAT_FP8.*FEAT_FPMR/);
    expect(run.stdout).toContain("HCRX_EL2.EnFPM = 0");
  });

  it("shows a live migration with its rounds, pages and downtime, identical output, and a refused one", () => {
    expect(run.stdout).toContain("3. A guest migrated live between two Neoverse V2 hosts at instruction 100000");
    expect(run.stdout).toMatch(
      /\d+ pre-copy rounds? while the guest ran \(\d+(, \d+)* pages\), then stop-and-copy of \d+ pages?/,
    );
    expect(run.stdout).toMatch(/downtime \d+ guest instructions \([\d.]+ ms\); powered-off;/);
    expect(run.stdout).toContain("output identical to an unmigrated run: yes");
    expect(run.stdout).toMatch(/refused: host neoverse-v2 lacks FEAT_FPMR, FEAT_FP8/);
  });
});

describe("a64vm migrate", () => {
  it("refuses before running when the destination lacks a feature, exit 1 and one line", () => {
    const r = a64vm(["migrate", "apps/cli/guests/fpmr-demo.elf", "--from", "fujitsu-monaka", "--to", "neoverse-v2"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^a64vm: host neoverse-v2 lacks .*FEAT_FPMR.*migration refused\n$/);
  });
});
