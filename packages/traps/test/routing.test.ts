import { encodingKey, FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { COARSE_TRAPS } from "../src/coarse-traps";
import { configure } from "../src/configure";
import { InvalidArgumentError, NotNestedError } from "../src/errors";
import { findEncoding } from "../src/lookup";
import { describeRoute, REASON, ROUTE, routeDetail, routeHandler, routeKind, routeReason } from "../src/route";
import { TrapRouter } from "../src/router";

const ALL = FeatureSet.all();
const FPMR = encodingKey({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2 });
const key = (name: string) => findEncoding(name).key;

describe("the FPMR entry", () => {
  it("traps through HCRX_EL2 with mask EnFPM and value 0: it fires when EnFPM is CLEAR", () => {
    const entry = findEncoding("FPMR");
    expect(entry.key).toBe(0xda22);
    expect(entry.coarse).toContain("ENFPM");
    const enfpm = COARSE_TRAPS.find((t) => t.name === "ENFPM")!;
    expect(enfpm).toMatchObject({ register: "HCRX_EL2", whenSet: [], whenClear: ["EnFPM"], behaviour: "rw" });
  });

  it("is forwarded to a guest hypervisor whose HCRX_EL2.EnFPM is clear, and handled locally when it is set", () => {
    const router = new TrapRouter(configure(ALL));
    router.enterNestedGuest();
    router.setGuestControl("HCRX_EL2", 0n);
    const forwarded = router.route(FPMR, false);
    expect(routeKind(forwarded)).toBe(ROUTE.FORWARD);
    expect(COARSE_TRAPS[routeDetail(forwarded)]!.name).toBe("ENFPM");
    router.setGuestControl("HCRX_EL2", 1n << 23n);
    expect(routeKind(router.route(FPMR, true))).toBe(ROUTE.LOCAL);
    expect(routeHandler(router.route(FPMR, true))).toBe("fp");
  });

  it("routes to UNDEF when the VM lacks FEAT_FPMR, for reads and writes", () => {
    const router = new TrapRouter(configure(ALL, ALL.without("FPMR")));
    for (const write of [false, true]) {
      expect(routeKind(router.route(FPMR, write))).toBe(ROUTE.UNDEF);
      expect(routeReason(router.route(FPMR, write))).toBe(REASON.FEATURE_ABSENT);
    }
  });
});

describe("routing follows KVM's order", () => {
  const router = new TrapRouter(configure(ALL, ALL.without("GCS")));

  it("1. an encoding with no entry is handled locally, and with no handler UNDEFs", () => {
    const r = router.route(encodingKey({ op0: 3, op1: 0, crn: 4, crm: 2, op2: 7 }), false);
    expect([routeKind(r), routeReason(r)]).toEqual([ROUTE.UNDEF, REASON.NO_ENTRY]);
  });

  it("2. a register whose feature the VM lacks UNDEFs, even for a nested guest whose controls would forward it", () => {
    expect(routeReason(router.route(key("GCSPR_EL0"), false))).toBe(REASON.FEATURE_ABSENT);
    router.enterNestedGuest();
    router.setGuestControl("HCRX_EL2", 0n);
    expect(routeKind(router.route(key("GCSPR_EL0"), false))).toBe(ROUTE.UNDEF);
    router.exitNestedGuest();
  });

  it("3. without a nested guest running, a present register is handled locally by its handler", () => {
    expect(routeHandler(router.route(key("ID_AA64PFR0_EL1"), false))).toBe("id-register");
    expect(routeHandler(router.route(key("SCTLR_EL1"), true))).toBe("vm-register");
    expect(routeHandler(router.route(key("TLBI_VMALLE1IS"), true))).toBe("tlbi");
  });

  it("4. a nested guest's access is forwarded when the guest hypervisor's own coarse control asks for it", () => {
    router.enterNestedGuest();
    router.setGuestControl("HCR_EL2", 1n << 18n); // TID3
    expect(routeKind(router.route(key("ID_AA64PFR0_EL1"), false))).toBe(ROUTE.FORWARD);
    // TVM traps writes only
    router.setGuestControl("HCR_EL2", 1n << 26n);
    expect(routeKind(router.route(key("SCTLR_EL1"), true))).toBe(ROUTE.FORWARD);
    expect(routeKind(router.route(key("SCTLR_EL1"), false))).toBe(ROUTE.LOCAL);
    router.exitNestedGuest();
  });

  it("4'. ... or its fine-grained bit asks for it, with the bit's polarity", () => {
    router.enterNestedGuest();
    router.setGuestControl("HCR_EL2", 0n);
    router.setGuestControl("HFGRTR_EL2", 1n << 29n); // SCTLR_EL1: positive, traps when set
    expect(routeReason(router.route(key("SCTLR_EL1"), false))).toBe(REASON.FINE_GRAINED_TRAP);
    expect(routeKind(router.route(key("SCTLR_EL1"), true))).toBe(ROUTE.LOCAL); // HFGWTR not set
    router.setGuestControl("HFGRTR_EL2", 0n); // nPOR_EL0 clear: negative, traps when clear
    expect(routeKind(router.route(key("POR_EL0"), false))).toBe(ROUTE.FORWARD);
    router.setGuestControl("HFGRTR_EL2", 1n << 59n);
    expect(routeKind(router.route(key("POR_EL0"), false))).toBe(ROUTE.LOCAL);
    router.exitNestedGuest();
  });

  it("5. otherwise local, and UNDEF without a handler (the IMPLEMENTATION DEFINED space)", () => {
    const r = router.route(encodingKey({ op0: 3, op1: 0, crn: 15, crm: 2, op2: 0 }), false);
    expect([routeKind(r), routeReason(r)]).toEqual([ROUTE.UNDEF, REASON.NO_HANDLER]);
  });

  it("UNDEFs a write to a read-only register and a read of a write-only one", () => {
    expect(routeReason(router.route(key("MIDR_EL1"), true))).toBe(REASON.NOT_WRITABLE);
    expect(routeReason(router.route(key("OSLAR_EL1"), false))).toBe(REASON.NOT_READABLE);
  });

  it("UNDEFs a register whose fine-grained bit is in the VM's UNDEF set", () => {
    const config = configure(ALL, ALL.without("S1POE"));
    expect(config.undef.HFGRTR_EL2 & (1n << 59n)).not.toBe(0n);
    expect(routeKind(new TrapRouter(config).route(key("POR_EL0"), false))).toBe(ROUTE.UNDEF);
  });

  it("picks the CPTR_EL2 condition by the guest hypervisor's E2H", () => {
    const r = new TrapRouter(configure(ALL));
    r.enterNestedGuest();
    r.setGuestControl("HCR_EL2", 1n << 34n); // E2H=1: FPEN low bit clear traps
    r.setGuestControl("CPTR_EL2", 0n);
    expect(COARSE_TRAPS[routeDetail(r.route(key("FPCR"), false))]!).toMatchObject({ name: "TFP", cptr: "E2H=1" });
    r.setGuestControl("CPTR_EL2", 3n << 20n);
    expect(routeKind(r.route(key("FPCR"), false))).toBe(ROUTE.LOCAL);
    r.setGuestControl("HCR_EL2", 0n); // E2H=0: TFP (bit 10) set traps
    r.setGuestControl("CPTR_EL2", 1n << 10n);
    expect(COARSE_TRAPS[routeDetail(r.route(key("FPCR"), false))]!).toMatchObject({ name: "TFP", cptr: "E2H=0" });
  });

  it("never forwards for a VM without EL2: it has no guest hypervisor", () => {
    const flat = new TrapRouter(configure(ALL, ALL.without("EL2")));
    expect(flat.nested).toBe(false);
    expect(() => flat.enterNestedGuest()).toThrow(NotNestedError);
    expect(() => flat.setGuestControl("HCR_EL2", 1n)).toThrow(NotNestedError);
  });

  it("describes routes in words", () => {
    expect(describeRoute(router.route(key("ID_AA64PFR0_EL1"), false))).toBe(
      "handled locally by the id-register handler",
    );
    expect(describeRoute(router.route(key("GCSPR_EL0"), false))).toBe("UNDEF: the VM does not advertise the feature");
  });
});

describe("bad input", () => {
  it("rejects a guest control value that is not 64-bit unsigned, changing nothing", () => {
    const router = new TrapRouter(configure(ALL));
    router.setGuestControl("HCR_EL2", 1n << 18n);
    expect(() => router.setGuestControl("HCR_EL2", -1n)).toThrow(InvalidArgumentError);
    expect(() => router.setGuestControl("HCR_EL2", 1n << 64n)).toThrow(/not a 64-bit unsigned number/);
    expect(router.guestControl("HCR_EL2")).toBe(1n << 18n);
  });

  it("rejects an encoding whose fields do not fit", () => {
    const router = new TrapRouter(configure(ALL));
    expect(() => router.routeEncoding({ op0: 3, op1: 8, crn: 0, crm: 0, op2: 0 }, false)).toThrow(InvalidArgumentError);
    expect(routeHandler(router.routeEncoding({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2 }, false))).toBe("fp");
  });
});
