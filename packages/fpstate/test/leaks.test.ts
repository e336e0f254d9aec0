import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FP_TRAP_CONTROL_BY_CLASS,
  type FpVmConfig,
  PhysicalCpuFp,
  PhysicalFpUnit,
  SVCR_ZA,
  serialiseFpState,
  type VcpuFpState,
  VcpuFpState as VcpuFpStateClass,
} from "../src/index";
import { FPSIMD_ONLY, FULL_HOST, WITH_SVE } from "./hosts";

/** The host's secret: every word of its Z, P, FFR, ZA, ZT0 and FPMR holds it (FPMR keeps its defined bits). */
const PATTERN = 0xa5a5a5a5;
const PATTERN_HALF = 0xa5a5;
const FPMR_PATTERN_LO = (PATTERN & 0xff7fc1ff) >>> 0;

function fillHostSecrets(unit: PhysicalFpUnit): void {
  const r = unit.registers;
  r.sve!.z.fill(PATTERN);
  r.sve!.p.fill(PATTERN_HALF);
  r.sve!.ffr.fill(PATTERN_HALF);
  r.fpsimd!.fpsr = PATTERN;
  r.fpsimd!.fpcr = PATTERN;
  r.sme!.svcr = SVCR_ZA;
  r.sme!.za.fill(PATTERN);
  r.zt0!.words.fill(PATTERN);
  r.fpmr!.setWords(PATTERN, PATTERN);
}

/** What the guest can read while it owns the registers: only the parts its VM has, at its vector lengths. */
function guestVisibleWords(unit: PhysicalFpUnit, vcpu: VcpuFpState): number[] {
  const r = unit.registers;
  const out: number[] = [r.fpsimd!.fpsr, r.fpsimd!.fpcr];
  for (let n = 0; n < 32; n++) for (let i = 0; i < 4; i++) out.push(r.fpsimd!.getWord(n, i));
  if (vcpu.has("sve")) {
    const vlWords = vcpu.registers.sve!.vl / 32;
    for (let n = 0; n < 32; n++) for (let i = 0; i < vlWords; i++) out.push(r.sve!.getZWord(n, i));
    const pHalves = vcpu.registers.sve!.pStrideHalves;
    for (let n = 0; n < 16; n++) for (let j = 0; j < pHalves; j++) out.push(r.sve!.p[r.sve!.pHalfIndex(n) + j]!);
    if (vcpu.registers.sve!.hasFfr) for (let j = 0; j < pHalves; j++) out.push(r.sve!.ffr[j]!);
  }
  if (vcpu.has("fpmr")) out.push(r.fpmr!.lo, r.fpmr!.hi);
  return out;
}

/** What userspace can read: every register accessor of the vCPU and its snapshot bytes. */
function userspaceVisible(vcpu: VcpuFpState): { words: number[]; bytes: Uint8Array } {
  const out: number[] = [vcpu.fpsimd.fpsr, vcpu.fpsimd.fpcr];
  const chunks: Uint8Array[] = [serialiseFpState(vcpu)];
  for (let n = 0; n < 32; n++) chunks.push(vcpu.fpsimd.getBytes(n));
  if (vcpu.has("sve")) {
    for (let n = 0; n < 32; n++) chunks.push(vcpu.sve.getZ(n));
    for (let n = 0; n < 16; n++) chunks.push(vcpu.sve.getP(n));
    chunks.push(vcpu.sve.getFfr());
  }
  if (vcpu.has("fpmr")) out.push(vcpu.fpmr.lo, vcpu.fpmr.hi);
  return { words: out, bytes: Buffer.concat(chunks) };
}

function containsPattern(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 0xa5 && bytes[i + 1] === 0xa5) return true;
  return false;
}

const looksSecret = (w: number) =>
  w === PATTERN ||
  w === PATTERN_HALF ||
  w === FPMR_PATTERN_LO ||
  (w & 0xffff) === PATTERN_HALF ||
  w >>> 16 === PATTERN_HALF;

const TRAPS = { "trap-fp": "fp", "trap-sve": "sve", "trap-sme": "sme" } as const;

type Step = "enter" | "trap-fp" | "trap-sve" | "trap-sme" | "kernel" | "write" | "put-load";

function runCycles(config: FpVmConfig, policy: "eager" | "lazy", steps: readonly Step[], seed: number) {
  const unit = new PhysicalFpUnit(FULL_HOST);
  fillHostSecrets(unit);
  const cpu = new PhysicalCpuFp(unit, { hostSave: policy });
  const vcpu = VcpuFpStateClass.create(FULL_HOST, config);
  let value = seed & 0x0fffffff;
  cpu.vcpuLoad(vcpu);
  const check = () => {
    if (cpu.owner === "guest") expect(guestVisibleWords(unit, vcpu).filter(looksSecret)).toEqual([]);
    if (!vcpu.isLive) {
      const seen = userspaceVisible(vcpu);
      expect(seen.words.filter(looksSecret)).toEqual([]);
      expect(containsPattern(seen.bytes)).toBe(false);
    }
  };
  for (const step of steps) {
    switch (step) {
      case "enter":
        cpu.guestEnter();
        break;
      case "trap-fp":
      case "trap-sve":
      case "trap-sme": {
        const trap = TRAPS[step];
        // an owned guest does not trap on what it has; it still traps (to UNDEF) on what it lacks
        if (cpu.owner !== "guest" || !vcpu.layout.features.has(FP_TRAP_CONTROL_BY_CLASS[trap].feature))
          cpu.handleTrap(trap);
        break;
      }
      case "kernel":
        cpu.hostKernelFpUse();
        break;
      case "write":
        if (cpu.owner === "guest") {
          value = (Math.imul(value + 1, 0x9e3779b1) & 0x7f7f7f7f) >>> 0; // no byte is ever 0xa5
          unit.registers.fpsimd!.writeV(value & 31, value, value ^ 1, value ^ 2, value ^ 3);
        }
        break;
      case "put-load":
        cpu.vcpuPut();
        expect(unit.registers.fpmr!.lo).toBe(FPMR_PATTERN_LO); // the host's FPMR is the host's again
        expect(unit.registers.sme!.za[0]).toBe(PATTERN);
        cpu.vcpuLoad(vcpu);
        break;
    }
    check();
  }
  cpu.vcpuPut();
  check();
  return cpu;
}

const stepArb = fc.constantFrom<Step>("enter", "trap-fp", "trap-sve", "trap-sme", "kernel", "write", "put-load");

describe("no host FP data reaches a guest or userspace", () => {
  const vms: [string, FpVmConfig][] = [
    ["an FP/SIMD-only VM (no SVE, SME or FPMR)", { features: FPSIMD_ONLY }],
    ["an SVE VM at a shorter VL than the host's (no SME or FPMR)", { features: WITH_SVE, vl: 256 }],
  ];
  for (const [name, config] of vms) {
    for (const policy of ["eager", "lazy"] as const) {
      it(`${name}, ${policy} host save, over many random load/put/trap cycles`, () => {
        fc.assert(
          fc.property(fc.array(stepArb, { minLength: 20, maxLength: 120 }), fc.integer(), (steps, seed) => {
            const cpu = runCycles(config, policy, steps, seed);
            expect(cpu.stats.guestPartRestores.fpmr + cpu.stats.guestPartSaves.fpmr).toBe(0);
            expect(cpu.stats.guestPartRestores.sme + cpu.stats.guestPartRestores.zt0).toBe(0);
          }),
          { numRuns: 30 },
        );
      });
    }
  }

  it("a fixed long run of 1000 cycles with every event", () => {
    const steps: Step[] = [];
    for (let i = 0; i < 1000; i++)
      steps.push("enter", "trap-sve", "trap-fp", "write", "kernel", "trap-sme", "trap-fp", "write", "put-load");
    const cpu = runCycles({ features: FPSIMD_ONLY }, "eager", steps, 7);
    expect(cpu.stats.guestRestores).toBe(2000);
    expect(cpu.stats.undefTraps).toBe(2000);
  });
});
