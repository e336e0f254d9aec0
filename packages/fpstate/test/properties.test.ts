import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeFpSnapshot,
  type FpOwner,
  FpOwnershipError,
  type FpTrapClass,
  PhysicalCpuFp,
  PhysicalFpUnit,
  restoreFpState,
  StateNotAdvertisedError,
  serialiseFpState,
  VcpuFpState,
} from "../src/index";
import { randomState, svcrArb, vmConfigArb, words } from "./arbitraries";
import { FULL_HOST, WIDEST_HOST } from "./hosts";

describe("save/restore round trips (property)", () => {
  it("a snapshot restored into a fresh vCPU of the same configuration serialises to the same bytes", () => {
    fc.assert(
      fc.property(vmConfigArb, fc.integer(), svcrArb, (config, seed, svcr) => {
        const a = randomState(config, seed, svcr);
        const bytes = serialiseFpState(a);
        const b = VcpuFpState.create(WIDEST_HOST, config);
        restoreFpState(b, bytes);
        expect(sameBytes(serialiseFpState(b), bytes)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("loading a guest into the physical registers and saving it back changes nothing", () => {
    fc.assert(
      fc.property(vmConfigArb, fc.integer(), fc.integer(), svcrArb, (config, seed, hostSeed, svcr) => {
        const unit = new PhysicalFpUnit(WIDEST_HOST);
        const cpu = new PhysicalCpuFp(unit);
        const hostBefore = snapshotOfUnit(unit, hostSeed);
        const vcpu = randomState(config, seed, svcr);
        const before = serialiseFpState(vcpu);
        cpu.vcpuLoad(vcpu);
        cpu.guestEnter();
        expect(cpu.handleTrap("fp")).toBe("resume");
        cpu.hostKernelFpUse();
        expect(cpu.handleTrap("fp")).toBe("resume");
        cpu.vcpuPut();
        expect(sameBytes(serialiseFpState(vcpu), before)).toBe(true);
        expect(sameBytes(snapshotOfUnit(unit), hostBefore)).toBe(true); // and the host got its registers back
      }),
      { numRuns: 100 },
    );
  });
});

/** Fills the unit from a seed (when given) and returns a copy of every word it holds. */
function snapshotOfUnit(unit: PhysicalFpUnit, seed?: number): Uint8Array {
  const r = unit.registers;
  if (seed !== undefined) {
    const next = words(seed);
    for (let i = 0; i < r.sve!.z.length; i++) r.sve!.z[i] = next();
    r.sve!.p.forEach((_, i) => {
      r.sve!.p[i] = next();
    });
    r.fpsimd!.fpsr = next();
    r.fpmr!.setWords(next(), next());
    r.sme!.svcr = 2;
    for (let i = 0; i < r.sme!.za.length; i += 7) r.sme!.za[i] = next();
  }
  const parts = [r.sve!.z, r.sve!.p, r.sve!.ffr, r.sme!.za, r.zt0!.words, r.fpmr!.words];
  const scalars = Uint32Array.of(r.fpsimd!.fpsr, r.fpsimd!.fpcr, r.sme!.svcr);
  return Buffer.concat([...parts, scalars].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

/** Byte equality without vitest's element-by-element diffing (the arrays reach tens of kilobytes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

type Event =
  | { type: "load"; vcpu: number }
  | { type: "put" }
  | { type: "enter" }
  | { type: "trap"; trap: FpTrapClass }
  | { type: "kernel" }
  | { type: "write"; value: number };

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ type: fc.constant("load" as const), vcpu: fc.integer({ min: 0, max: 2 }) }),
  fc.constant({ type: "put" as const }),
  fc.constant({ type: "enter" as const }),
  fc.record({ type: fc.constant("trap" as const), trap: fc.constantFrom<FpTrapClass>("fp", "sve", "sme") }),
  fc.constant({ type: "kernel" as const }),
  fc.record({ type: fc.constant("write" as const), value: fc.integer({ min: 1, max: 0x7fffffff }) }),
);

describe("ownership invariants under random event sequences (property)", () => {
  it("keeps one owner, never loses guest or host data, and refuses invalid events without change", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("eager", "lazy") as fc.Arbitrary<"eager" | "lazy">,
        fc.array(eventArb, { maxLength: 60 }),
        (policy, events) => {
          const unit = new PhysicalFpUnit(FULL_HOST);
          const cpu = new PhysicalCpuFp(unit, { hostSave: policy });
          const vcpus = [
            VcpuFpState.create(FULL_HOST, {
              features: FULL_HOST.features.without("SVE", "SME", "SME2", "SME_FA64", "FPMR"),
            }),
            VcpuFpState.create(FULL_HOST, { features: FULL_HOST.features.without("SME", "SME2", "SME_FA64"), vl: 256 }),
            VcpuFpState.create(FULL_HOST, { features: FULL_HOST.features }),
          ];
          const hostMarker = 0xf00d0000;
          unit.registers.fpsimd!.writeV(0, hostMarker, 1, 2, 3);
          unit.registers.fpmr!.setWords(0x1ff, 0x3f);
          const expected = vcpus.map(() => 0); // each vCPU's V0 word 0 as its guest last wrote it
          let loaded: number | null = null;
          for (const e of events) {
            const statsBefore = JSON.stringify(cpu.stats);
            const owner: FpOwner = cpu.owner;
            let invalid = false;
            try {
              switch (e.type) {
                case "load":
                  invalid = loaded !== null;
                  cpu.vcpuLoad(vcpus[e.vcpu]!);
                  loaded = e.vcpu;
                  break;
                case "put":
                  invalid = loaded === null;
                  cpu.vcpuPut();
                  loaded = null;
                  break;
                case "enter":
                  invalid = loaded === null;
                  expect(cpu.guestEnter().fp).toBe(cpu.owner !== "guest");
                  break;
                case "trap": {
                  const vm = loaded === null ? null : vcpus[loaded]!.layout.features;
                  const feature = { fp: "FEAT_FP", sve: "FEAT_SVE", sme: "FEAT_SME" }[e.trap];
                  invalid = vm === null || (owner === "guest" && vm.has(feature));
                  const outcome = cpu.handleTrap(e.trap);
                  expect(outcome).toBe(vm!.has(feature) ? "resume" : "undef");
                  if (outcome === "resume") expect(cpu.owner).toBe("guest");
                  break;
                }
                case "kernel":
                  cpu.hostKernelFpUse();
                  // the kernel's own use of the registers, between saving their owner and giving them back
                  if (loaded !== null) unit.registers.fpsimd!.writeV(0, 0xdeadbeef, 0, 0, 0);
                  break;
                case "write":
                  // the guest can write only while it owns the registers
                  if (cpu.owner === "guest" && loaded !== null) {
                    unit.registers.fpsimd!.writeV(0, e.value, 0, 0, 0);
                    expected[loaded] = e.value;
                  }
                  break;
              }
              expect(invalid).toBe(false);
            } catch (err) {
              if (!(err instanceof FpOwnershipError)) throw err;
              expect(invalid).toBe(true);
              expect(JSON.stringify(cpu.stats)).toBe(statsBefore);
              expect(cpu.owner).toBe(owner);
            }
            // invariants
            const live = vcpus.filter((v) => v.isLive);
            expect(live.length).toBe(cpu.owner === "guest" ? 1 : 0);
            if (cpu.owner === "guest") expect(live[0]).toBe(cpu.loadedVcpu);
            expect(cpu.stats.guestRestores - cpu.stats.guestSaves).toBe(cpu.owner === "guest" ? 1 : 0);
            if (cpu.hostStateSaved) expect(cpu.owner).not.toBe("host");
            if (loaded === null) {
              expect(cpu.owner).toBe("host");
              expect(unit.registers.fpsimd!.getWord(0, 0)).toBe(hostMarker);
              expect(unit.registers.fpmr!.value).toBe(0x3f_000001ffn);
            }
            for (let i = 0; i < vcpus.length; i++)
              if (!vcpus[i]!.isLive) expect(vcpus[i]!.fpsimd.getWord(0, 0)).toBe(expected[i]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("restriction before the first run (property)", () => {
  it("leaves exactly the restricted kinds, with kept values unchanged and removed state nowhere", () => {
    fc.assert(
      fc.property(vmConfigArb, vmConfigArb, fc.integer(), svcrArb, (config, narrower, seed, svcr) => {
        const s = randomState(config, seed, svcr);
        const features = narrower.features.intersect(config.features);
        const target = {
          features,
          ...(features.has("SVE") ? { vl: Math.min(config.vl!, narrower.vl ?? config.vl!) } : {}),
          ...(features.has("SME") ? { svl: Math.min(config.svl!, narrower.svl ?? config.svl!) } : {}),
        };
        const v5Before = s.fpsimd.getV(5);
        const fpmrBefore = s.has("fpmr") ? s.fpmr.value : undefined;
        s.restrict(target);
        const kinds = VcpuFpState.create(WIDEST_HOST, target).kinds;
        expect(s.kinds).toEqual(kinds);
        for (const gone of ["sve", "sme", "zt0", "fpmr"] as const)
          if (!kinds.includes(gone)) expect(() => s[gone]).toThrow(StateNotAdvertisedError);
        expect(s.fpsimd.getV(5)).toBe(v5Before);
        if (s.has("fpmr")) expect(s.fpmr.value).toBe(fpmrBefore);
        const sections = describeFpSnapshot(serialiseFpState(s)).sections.map((x) => x.kind);
        expect(sections).toEqual(kinds);
      }),
      { numRuns: 150 },
    );
  });
});
