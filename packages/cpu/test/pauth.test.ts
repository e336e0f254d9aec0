/**
 * Pointer authentication: ComputePAC (QARMA5) against the QARMA-64 published test vector, which the
 * Arm ARM's PACGA reproduces with APGAKeyHi = w0 and APGAKeyLo = k0, and the sign/authenticate/strip
 * rules on a vCPU at EL1 with chosen keys.
 */
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { computePac, pacResult } from "../src/exec/pauth";
import { EC, SYSREG } from "../src/index";
import { machine, RAM_BASE } from "./machine";

const P = 0xfb623599da6e8127n;
const T = 0x477d469dec0b8762n;
const W0 = 0x84be85ce9804e94bn;
const K0 = 0xec2802d4e0a488e9n;
const words = (v: bigint) => [Number(v & 0xffffffffn) | 0, Number(v >> 32n) | 0] as const;

/** Armv8.3 pointer authentication alone: no EPAC, PAuth2 or FPAC. */
const PAUTH1 = FeatureSet.all().without(
  "FEAT_EPAC",
  "FEAT_PAuth2",
  "FEAT_FPAC",
  "FEAT_FPACCOMBINE",
  "FEAT_CONSTPACFIELD",
);
/** Armv8.6 PAuth2 without the faulting forms. */
const PAUTH2 = PAUTH1.with("FEAT_PAuth2");

const ENC = {
  msr_apgakeyhi_x2: 0xd5182322,
  msr_apgakeylo_x3: 0xd5182303,
  pacga_x0_x0_x1: 0x9ac13000,
  msr_apiakeyhi_x2: 0xd5182122,
  msr_apiakeylo_x3: 0xd5182103,
  pacia_x4_x1: 0xdac10024,
  autia_x4_x1: 0xdac11024,
  xpaci_x4: 0xdac143e4,
  braa_x4_x1: 0xd71f0881,
  autdb_x4_x1: 0xdac11c24,
} as const;

/** EL1 with 48-bit TTBR0 addresses, TBI0 for data only and every key enabled, as Linux sets EL0 up. */
function pauthMachine(code: readonly number[], features = FeatureSet.all()) {
  const m = machine(code, { features });
  m.cpu.sysregs.set(SYSREG.TCR_EL1, 16n | (1n << 37n) | (1n << 51n));
  m.cpu.sysregs.set(
    SYSREG.SCTLR_EL1,
    m.cpu.sysregs.get(SYSREG.SCTLR_EL1)! | (1n << 31n) | (1n << 30n) | (1n << 27n) | (1n << 13n),
  );
  m.cpu.setX(2, W0);
  m.cpu.setX(3, K0);
  return m;
}

describe("ComputePAC (QARMA5)", () => {
  it("encrypts the QARMA-64 test vector P with tweak T under w0:k0 to c003b93999b33765", () => {
    const [dl, dh] = words(P);
    const [tl, th] = words(T);
    const [wl, wh] = words(W0);
    const [kl, kh] = words(K0);
    computePac(dl, dh, tl, th, wl, wh, kl, kh);
    expect(pacResult()).toBe(0xc003b93999b33765n);
  });

  it("PACGA returns its top 32 bits with the key in APGAKeyHi:APGAKeyLo", () => {
    const { cpu } = pauthMachine([ENC.msr_apgakeyhi_x2, ENC.msr_apgakeylo_x3, ENC.pacga_x0_x0_x1]);
    cpu.setX(0, P);
    cpu.setX(1, T);
    cpu.run(3);
    expect(cpu.getX(0)).toBe(0xc003b93900000000n);
  });
});

describe("ERETAA", () => {
  it("returns to EL0 at ELR_EL1 authenticated against the EL1 stack pointer", () => {
    // mov x1, sp; msr apiakeyhi/lo; pacia x4, x1; msr elr_el1, x4; msr spsr_el1, xzr; eretaa
    const code = [
      0x910003e1,
      ENC.msr_apiakeyhi_x2,
      ENC.msr_apiakeylo_x3,
      ENC.pacia_x4_x1,
      0xd5184024,
      0xd518401f,
      0xd69f0bff,
    ];
    const { cpu } = pauthMachine(code);
    cpu.sp = 0x4008_0000n;
    cpu.setX(4, 0x4000_1000n);
    cpu.run(code.length);
    expect(cpu.el).toBe(0);
    expect(cpu.pc).toBe(0x4000_1000n);
  });
});

describe("PACIA/AUTIA/XPACI on 48-bit addresses", () => {
  const pointer = 0x0000_7fff_1234_5678n;
  const run = (extra: readonly number[], ptr = pointer, features = FeatureSet.all()) => {
    const m = pauthMachine([ENC.msr_apiakeyhi_x2, ENC.msr_apiakeylo_x3, ENC.pacia_x4_x1, ...extra], features);
    m.cpu.setX(4, ptr);
    m.cpu.setX(1, 0x1122334455667788n);
    m.cpu.run(3 + extra.length);
    return m.cpu;
  };

  it("puts a PAC in bits 63:56 and 54:48 of an instruction pointer and keeps the address and bit 55", () => {
    const signed = run([]).getX(4);
    expect(signed & 0x0000_ffff_ffff_ffffn).toBe(pointer);
    expect((signed >> 55n) & 1n).toBe(0n);
    expect(signed).not.toBe(pointer);
  });

  it("authenticates back to the original pointer", () => {
    expect(run([ENC.autia_x4_x1]).getX(4)).toBe(pointer);
  });

  it("strips the PAC with XPACI", () => {
    expect(run([ENC.xpaci_x4]).getX(4)).toBe(pointer);
  });

  it("leaves error code 0b01 (key A) in bits 62:61 when the PAC was tampered with (FEAT_PAuth without PAuth2)", () => {
    const m = pauthMachine([ENC.msr_apiakeyhi_x2, ENC.msr_apiakeylo_x3, ENC.pacia_x4_x1], PAUTH1);
    m.cpu.setX(4, pointer);
    m.cpu.setX(1, 0x1122334455667788n);
    m.cpu.run(3);
    const tampered = m.cpu.getX(4) ^ (1n << 50n);
    const failed = run([ENC.autia_x4_x1], 0n, PAUTH1);
    failed.setX(4, tampered);
    failed.pc = failed.pc - 4n;
    failed.run(1);
    expect(failed.getX(4)).toBe(pointer | (0b01n << 61n));
  });

  it("leaves the pointer unchanged while SCTLR_EL1.EnIA is clear", () => {
    const m = machine([ENC.pacia_x4_x1]);
    m.cpu.setX(4, pointer);
    m.cpu.run(1);
    expect(m.cpu.getX(4)).toBe(pointer);
  });

  it("is UNDEF (EC 0x00) on a vCPU without FEAT_PAuth, while PACIASP stays a NOP", () => {
    const m = pauthMachine([ENC.pacia_x4_x1], FeatureSet.all().without("FEAT_PAuth"));
    m.cpu.run(1);
    expect(Number(m.cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).toBe(EC.UNKNOWN);
    const hint = pauthMachine([0xd503233f], FeatureSet.all().without("FEAT_PAuth"));
    hint.cpu.setX(30, pointer);
    hint.cpu.run(1);
    expect(hint.cpu.getX(30)).toBe(pointer);
  });
});

/**
 * The later variants (Arm ARM, AddPAC and Auth pseudocode): EPAC writes a zero PAC into a pointer
 * whose PAC field is not an extension of bit 55; PAuth2 XORs the PAC into the field on signing and
 * out of it on authentication, so a wrong PAC leaves a non-canonical pointer; FEAT_FPAC makes that a
 * PAC fail exception (EC 0x1C, ISS<1> data key, ISS<0> key B) on AUT*, and FEAT_FPACCOMBINE on the
 * combined forms (BRAA, RETAA, LDRAA, ERETAA) too.
 */
describe("EPAC, PAuth2, FPAC and FPACCOMBINE", () => {
  const pointer = 0x0000_7fff_1234_5678n;
  const field = 0x7f7f_0000_0000_0000n; // bits 62:56 and 54:48: 48-bit VA, no TBI for instruction pointers
  const modifier = 0x1122334455667788n;
  function signed(features: FeatureSet, ptr = pointer) {
    const m = pauthMachine([ENC.msr_apiakeyhi_x2, ENC.msr_apiakeylo_x3, ENC.pacia_x4_x1], features);
    m.cpu.setX(4, ptr);
    m.cpu.setX(1, modifier);
    m.cpu.run(3);
    return m.cpu.getX(4);
  }
  /** Runs `word` on X4 = value (X1 the modifier) after loading the IA key; returns the core. */
  function authenticate(features: FeatureSet, word: number, value: bigint) {
    const m = pauthMachine([ENC.msr_apiakeyhi_x2, ENC.msr_apiakeylo_x3, word], features);
    m.cpu.setX(4, value);
    m.cpu.setX(1, modifier);
    m.cpu.run(3);
    return m.cpu;
  }

  it("EPAC signs a pointer with a non-extension field as the pointer with a zero field", () => {
    const odd = pointer | (1n << 50n);
    expect(signed(PAUTH1.with("FEAT_EPAC"), odd)).toBe(pointer);
    expect(signed(PAUTH1, odd)).not.toBe(pointer);
  });

  it("PAuth2 signs by XOR, so signing a pointer with a non-extension field and authenticating restores it", () => {
    const odd = pointer | (1n << 50n);
    const sig = signed(PAUTH2, odd);
    expect(sig & ~field).toBe(odd & ~field);
    expect(authenticate(PAUTH2, ENC.autia_x4_x1, sig).getX(4)).toBe(odd);
  });

  it("PAuth2 authenticates a tampered pointer to the pointer with the tampering left in the field", () => {
    const sig = signed(PAUTH2);
    expect(authenticate(PAUTH2, ENC.autia_x4_x1, sig).getX(4)).toBe(pointer);
    expect(authenticate(PAUTH2, ENC.autia_x4_x1, sig ^ (1n << 50n)).getX(4)).toBe(pointer ^ (1n << 50n));
  });

  it("FPAC: a failed AUTIA takes EC 0x1C with ISS 0 (key IA) at the AUTIA, leaving X4", () => {
    const tampered = signed(PAUTH2) ^ (1n << 50n);
    const cpu = authenticate(PAUTH2.with("FEAT_FPAC"), ENC.autia_x4_x1, tampered);
    const esr = cpu.sysregs.get(SYSREG.ESR_EL1)!;
    expect(Number(esr >> 26n)).toBe(EC.PAC_FAIL);
    expect(esr & 0x1ffffffn).toBe(0n);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 8));
    expect(cpu.getX(4)).toBe(tampered);
  });

  it("FPAC: a failed AUTDB reports ISS 0b11 (data key B)", () => {
    const cpu = authenticate(PAUTH2.with("FEAT_FPAC"), ENC.autdb_x4_x1, pointer | (1n << 50n));
    expect(Number(cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).toBe(EC.PAC_FAIL);
    expect(cpu.sysregs.get(SYSREG.ESR_EL1)! & 0x1ffffffn).toBe(3n);
  });

  it("FPAC leaves BRAA's failure to the branch; FPACCOMBINE faults at the BRAA", () => {
    const tampered = signed(PAUTH2) ^ (1n << 50n);
    const fpac = authenticate(PAUTH2.with("FEAT_FPAC"), ENC.braa_x4_x1, tampered);
    expect(Number(fpac.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).not.toBe(EC.PAC_FAIL);
    const combined = authenticate(PAUTH2.with("FEAT_FPAC", "FEAT_FPACCOMBINE"), ENC.braa_x4_x1, tampered);
    expect(Number(combined.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).toBe(EC.PAC_FAIL);
    expect(combined.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 8));
  });
});
