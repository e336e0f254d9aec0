// Every coarse-grained trap condition, one row each: it forwards a nested guest's access exactly when
// the guest hypervisor's control is in its trap state (fields SET for trap bits, CLEAR for enable bits).
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { COARSE_TRAPS, type CoarseTrap } from "../src/coarse-traps";
import { configure } from "../src/configure";
import { controlLayout } from "../src/controls";
import { TRAPPABLE_ENCODINGS } from "../src/encodings";
import { REASON, ROUTE, routeDetail, routeKind, routeReason } from "../src/route";
import { TrapRouter } from "../src/router";

// Without FEAT_E2H0 so that HCR_EL2.NV1 exists for the guest hypervisor (KVM: NV2 and not E2H0).
const ALL = FeatureSet.all().without("E2H0");
const E2H = 1n << 34n;

function fieldBits(t: CoarseTrap, names: readonly string[], lowOnly: boolean): bigint {
  const layout = controlLayout(t.register, t.cptr ?? "E2H=1");
  let m = 0n;
  for (const n of names) {
    const f = layout.fields.find((x) => x.name === n)!;
    m |= lowOnly ? 1n << BigInt(f.lsb) : ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
  }
  return m;
}

/** The guest control value that fires the trap, and one that does not. */
function values(t: CoarseTrap): { fire: bigint; quiet: bigint } {
  const set = fieldBits(t, t.whenSet, false);
  const clear = fieldBits(t, t.whenClear, false);
  return { fire: set, quiet: clear | (t.whenSet.length > 0 ? set & ~fieldBits(t, t.whenSet.slice(-1), false) : 0n) };
}

const USED = COARSE_TRAPS.filter((t) => TRAPPABLE_ENCODINGS.some((e) => e.coarse.includes(t.name)));

describe.each(USED.map((t) => [`${t.name}${t.cptr ? ` (${t.cptr})` : ""}`, t] as const))("coarse trap %s", (_n, t) => {
  const entry =
    TRAPPABLE_ENCODINGS.find((e) => e.coarse.includes(t.name) && e.coarse.length === 1) ??
    TRAPPABLE_ENCODINGS.find((e) => e.coarse.includes(t.name))!;
  const write = t.behaviour === "write" || (t.behaviour === "rw" && entry.access === "wo");

  function routeWith(value: bigint): number {
    const router = new TrapRouter(configure(ALL));
    router.enterNestedGuest();
    // The guest hypervisor's HCR_EL2.E2H picks the CPTR_EL2 layout the condition applies to.
    const hcrE2h = t.cptr === "E2H=0" ? 0n : E2H;
    if (t.register === "HCR_EL2") router.setGuestControl("HCR_EL2", value | hcrE2h);
    else {
      router.setGuestControl("HCR_EL2", hcrE2h);
      // Other controls that also cover the entry are put in their quiet state.
      router.setGuestControl("HCRX_EL2", (1n << 64n) - 1n);
      router.setGuestControl("CPTR_EL2", t.cptr === "E2H=0" ? 0n : 0x33300000n);
      router.setGuestControl(t.register, value);
    }
    return router.route(entry.key, write);
  }

  it(`forwards ${entry.name} when ${t.register}.${[...t.whenSet, ...t.whenClear].join("/")} is in its trap state`, () => {
    const { fire } = values(t);
    const r = routeWith(fire);
    expect(routeKind(r)).toBe(ROUTE.FORWARD);
    expect(routeReason(r)).toBe(REASON.COARSE_TRAP);
    expect(COARSE_TRAPS[routeDetail(r)]!.name).toBe(t.name);
  });

  it("does not forward it when the control is in its quiet state", () => {
    const { quiet } = values(t);
    const r = routeWith(quiet);
    expect(routeKind(r) === ROUTE.FORWARD && COARSE_TRAPS[routeDetail(r)]!.name === t.name).toBe(false);
  });
});
