import { FEATURE_NAMES, FeatureSet } from "@a64vm/sysreg";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configure } from "../src/configure";
import { CONTROL_REGISTERS } from "../src/controls";
import { TRAPPABLE_ENCODINGS } from "../src/encodings";
import { satisfies } from "../src/requirement";
import { REASON, ROUTE, routeHandler, routeKind, routeReason } from "../src/route";
import { TrapRouter } from "../src/router";

const HOST = FeatureSet.all();
const arbVm = fc.subarray([...FEATURE_NAMES]).map((names) => FeatureSet.of(...names));
const arbControls = fc.array(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), {
  minLength: CONTROL_REGISTERS.length,
  maxLength: CONTROL_REGISTERS.length,
});

describe("routing properties over random VM feature sets", () => {
  it("routes every encoding whose feature is absent to UNDEF, never to a handler", () => {
    fc.assert(
      fc.property(arbVm, (vm) => {
        const router = new TrapRouter(configure(HOST, vm));
        for (const e of TRAPPABLE_ENCODINGS) {
          if (satisfies(e.feature, vm)) continue;
          for (const write of [false, true]) {
            const r = router.route(e.key, write);
            if (routeKind(r) !== ROUTE.UNDEF || routeReason(r) !== REASON.FEATURE_ABSENT) return false;
          }
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it("routes every present, emulated encoding to its own handler (outside a nested guest)", () => {
    fc.assert(
      fc.property(arbVm, (vm) => {
        const config = configure(HOST, vm);
        const router = new TrapRouter(config);
        for (const e of TRAPPABLE_ENCODINGS) {
          if (!satisfies(e.feature, vm) || e.handler === "none") continue;
          for (const write of [false, true]) {
            if (write ? e.access === "ro" : e.access === "wo") continue;
            const r = router.route(e.key, write);
            if (routeReason(r) === REASON.FINE_GRAINED_UNDEF) continue;
            expect(routeKind(r)).toBe(ROUTE.LOCAL);
            expect(routeHandler(r)).toBe(e.handler);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("forwards only for a nested VM running its guest hypervisor's guest, whatever that hypervisor's controls", () => {
    fc.assert(
      fc.property(arbVm, arbControls, fc.boolean(), (vm, controls, running) => {
        const router = new TrapRouter(configure(HOST, vm));
        if (router.nested) {
          CONTROL_REGISTERS.forEach((r, i) => {
            router.setGuestControl(r, controls[i]!);
          });
          if (running) router.enterNestedGuest();
        }
        const forwards = TRAPPABLE_ENCODINGS.some(
          (e) =>
            routeKind(router.route(e.key, false)) === ROUTE.FORWARD ||
            routeKind(router.route(e.key, true)) === ROUTE.FORWARD,
        );
        if (!router.nested || !running) expect(forwards).toBe(false);
        expect(router.nested).toBe(vm.has("EL2"));
      }),
      { numRuns: 60 },
    );
  });

  it("forwards a nested guest's present, trapped access whenever the guest hypervisor traps everything", () => {
    const vm = HOST;
    const router = new TrapRouter(configure(HOST, vm));
    router.enterNestedGuest();
    // Every trap bit set and every enable bit clear: each coarse condition of a single-direction kind fires.
    router.setGuestControl("HCR_EL2", (1n << 64n) - 1n);
    for (const e of TRAPPABLE_ENCODINGS.filter((x) => x.coarse.includes("TID3"))) {
      expect(routeKind(router.route(e.key, false))).toBe(ROUTE.FORWARD);
    }
  });
});

describe("the nested-guest memo", () => {
  it("always agrees with evaluating the guest hypervisor's controls, across control changes", () => {
    const router = new TrapRouter(configure(HOST));
    router.enterNestedGuest();
    fc.assert(
      fc.property(
        arbControls,
        fc.array(fc.nat({ max: TRAPPABLE_ENCODINGS.length - 1 }), { minLength: 50, maxLength: 50 }),
        (controls, picks) => {
          CONTROL_REGISTERS.forEach((r, i) => {
            router.setGuestControl(r, controls[i]!);
          });
          for (const p of picks) {
            const e = TRAPPABLE_ENCODINGS[p]!;
            for (const write of [false, true]) {
              expect(router.route(e.key, write)).toBe(router.evaluate(e.key, write));
              expect(router.route(e.key, write)).toBe(router.evaluate(e.key, write));
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
