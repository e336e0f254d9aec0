import { describe, expect, it } from "vitest";
import { a64vm, json } from "./run-cli";

interface TrapsJson {
  host: string;
  cptrLayout: string;
  registers: {
    register: string;
    available: boolean;
    value: string;
    fields: { field: string; value: number; traps: boolean; feature: string; state: string; reason: string }[];
  }[];
}

const FLAT_HOST = "+EL2,+VHE,+HCX,+FGT,+FP,+FPMR,+GCS";

describe("a64vm traps", () => {
  it("prints every control register field by field with the feature that set each bit", () => {
    const run = a64vm(["traps", "--features", FLAT_HOST]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^HCRX_EL2 = 0x[0-9a-f]{16}/m);
    expect(run.stdout).toMatch(/^EnFPM +23 +1 +FEAT_FPMR +FEAT_FPMR advertised: FPMR accessible$/m);
  });

  it("clears HCRX_EL2.EnFPM for a VM without FPMR on a host with it, and says it traps (--json)", () => {
    const run = a64vm(["traps", "--features", FLAT_HOST, "--json"]);
    const withFpmr = json<TrapsJson>(run);
    const hcrx = withFpmr.registers.find((r) => r.register === "HCRX_EL2")!;
    expect(hcrx.fields.find((f) => f.field === "EnFPM")).toMatchObject({
      value: 1,
      traps: false,
      feature: "FEAT_FPMR",
    });
    expect(withFpmr.cptrLayout).toBe("E2H=1");
  });

  it("computes a built-in host profile's registers, marking registers the host lacks", () => {
    const run = a64vm(["traps", "--host", "neoverse-v2", "--features", "-SVE,-SVE2", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<TrapsJson>(run);
    expect(doc.host).toBe("neoverse-v2");
    expect(doc.registers.find((r) => r.register === "HCRX_EL2")!.available).toBe(false);
    const zen = doc.registers.find((r) => r.register === "CPTR_EL2")!.fields.find((f) => f.field === "ZEN")!;
    expect(zen).toMatchObject({ value: 0, traps: true, state: "vm-lacks" });
  });

  it("refuses a VM feature the host lacks with exit 2 and one line on stderr", () => {
    const run = a64vm(["traps", "--host", "neoverse-v2", "--features", "+FPMR"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/neoverse-v2.*FEAT_FPMR|FEAT_FPMR.*neoverse-v2/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a64vm explain-trap", () => {
  it("explains an emulated ID register trapped by HCR_EL2.TID3", () => {
    const run = a64vm(["explain-trap", "--host", "neoverse-v2", "ID_AA64PFR0_EL1"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("traps by HCR_EL2.TID3 (coarse)");
    expect(run.stdout).toContain("handled locally by the id-register handler");
  });

  it("names HCRX_EL2.EnFPM clear and routes FPMR to UNDEF on a max host VM without FPMR (--write, --json)", () => {
    const run = a64vm(["explain-trap", "--host", "max", "--features", "-FPMR", "FPMR", "--write", "--json"]);
    expect(run.status).toBe(0);
    const doc = json<{ outcome: string; firing: { control: string }[]; route: { kind: string }; access: string }>(run);
    expect(doc.access).toBe("write");
    expect(doc.outcome).toBe("trapped");
    expect(doc.firing.map((f) => f.control)).toEqual(["HCRX_EL2.EnFPM"]);
    expect(doc.route.kind).toBe("undef");
  });

  it("lets FPMR run untrapped when the VM advertises it, and calls it UNDEFINED in hardware on a host without it", () => {
    expect(json<{ outcome: string }>(a64vm(["explain-trap", "--host", "max", "FPMR", "--json"])).outcome).toBe(
      "native",
    );
    const lacking = json<{ outcome: string }>(a64vm(["explain-trap", "--host", "neoverse-v2", "FPMR", "--json"]));
    expect(lacking.outcome).toBe("hardware-undef");
  });

  it("explains ZCR_EL1 on a Neoverse V2 VM without SVE: CPTR_EL2.ZEN clear, UNDEF", () => {
    const run = a64vm(["explain-trap", "--host", "neoverse-v2", "--features", "-SVE,-SVE2", "ZCR_EL1"]);
    expect(run.stdout).toContain("traps by CPTR_EL2.ZEN (coarse)");
    expect(run.stdout).toContain("UNDEF: the VM does not advertise the feature");
  });

  it("exits 2 with a suggestion for an unknown register", () => {
    const run = a64vm(["explain-trap", "--host", "neoverse-v2", "FPMRR"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/'FPMRR' is not a trappable system register or instruction \(did you mean FPMR\?\)/);
  });
});
