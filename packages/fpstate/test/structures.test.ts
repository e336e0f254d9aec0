import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import {
  FP_STATE_KINDS,
  FpStateError,
  InconsistentFeaturesError,
  InvalidVectorLengthError,
  RegisterIndexError,
  RegisterValueError,
  StateNotAdvertisedError,
  SVCR_SM,
  SVCR_ZA,
  UnsupportedVectorLengthError,
  VcpuFpState,
  VectorLengthSet,
} from "../src/index";
import { EVERYTHING, FPSIMD_ONLY, FULL_HOST, WIDEST_HOST, WITH_FPMR, WITH_SVE } from "./hosts";

describe("the shape of a vCPU's FP state follows the VM's features", () => {
  it("has only FP/SIMD state for a VM with FP and AdvSIMD", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY });
    expect(s.kinds).toEqual(["fpsimd"]);
    expect(() => s.sve).toThrow(StateNotAdvertisedError);
    expect(() => s.sme).toThrow(StateNotAdvertisedError);
    expect(() => s.zt0).toThrow(StateNotAdvertisedError);
    expect(() => s.fpmr).toThrow(/does not advertise FEAT_FPMR/);
  });

  it("has every kind for a VM with SVE, SME2 and FPMR", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: EVERYTHING });
    expect(s.kinds).toEqual(FP_STATE_KINDS.map((k) => k.name));
    expect(s.sve.vl).toBe(1024); // the bank is as wide as the longest length (SVL 1024 > VL 512)
    expect(s.layout.vl).toBe(512);
    expect(s.layout.svl).toBe(1024);
    expect(s.sme.rows).toBe(128);
  });

  it("has no FP state at all for a VM without FEAT_FP", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: FeatureSet.EMPTY });
    expect(s.kinds).toEqual([]);
    expect(s.registers.fpsimd).toBeNull();
  });

  it("gives ZT0 only with SME2 and FFR only with SVE or SME_FA64", () => {
    const sme1 = VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY.with("SME") });
    expect(sme1.kinds).toEqual(["fpsimd", "sve", "sme"]);
    expect(sme1.sve.hasFfr).toBe(false);
    expect(sme1.layout.vl).toBe(0);
    const fa64 = VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY.with("SME", "SME_FA64") });
    expect(fa64.sve.hasFfr).toBe(true);
  });

  it("refuses SVE without FP/AdvSIMD and ZT0 without SME", () => {
    expect(() => VcpuFpState.create(FULL_HOST, { features: FeatureSet.of("SVE") })).toThrow(InconsistentFeaturesError);
    expect(() => VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY.with("SME2") })).toThrow(/needs sme/);
  });

  it("refuses features the host lacks", () => {
    const host = { ...FULL_HOST, features: FULL_HOST.features.without("FPMR") };
    expect(() => VcpuFpState.create(host, { features: WITH_FPMR })).toThrow(/FEAT_FPMR, which the host lacks/);
  });
});

describe("vector lengths", () => {
  it("default to the host's maximum and accept any length the host supports", () => {
    expect(VcpuFpState.create(FULL_HOST, { features: WITH_SVE }).layout.vl).toBe(512);
    expect(VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 256 }).layout.vl).toBe(256);
  });

  it("refuse a length above the host's maximum or outside its set", () => {
    const e = (() => {
      try {
        VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 1024 });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(UnsupportedVectorLengthError);
    expect((e as UnsupportedVectorLengthError).supported).toEqual([128, 256, 512]);
    expect(() => VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 384 })).toThrow(/supported: 128, 256, 512/);
  });

  it("refuse lengths that are not multiples of 128 in 128..2048", () => {
    for (const bad of [0, 64, 100, 2176, 129, Number.NaN]) {
      expect(() => VcpuFpState.create(WIDEST_HOST, { features: WITH_SVE, vl: bad })).toThrow(InvalidVectorLengthError);
    }
    expect(() => VectorLengthSet.of(4096)).toThrow(InvalidVectorLengthError);
  });

  it("refuse a length for a feature the VM lacks", () => {
    expect(() => VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY, vl: 256 })).toThrow(InconsistentFeaturesError);
  });

  it("size every structure correctly at every length from 128 to 2048", () => {
    for (let vl = 128; vl <= 2048; vl += 128) {
      const s = VcpuFpState.create(WIDEST_HOST, { features: FPSIMD_ONLY.with("SVE", "SME"), vl, svl: vl });
      expect(s.sve.z.length).toBe((32 * vl) / 32);
      expect(s.sve.zBytes).toBe(vl / 8);
      expect(s.sve.pBytes).toBe(vl / 64);
      expect(s.sve.getP(15).length).toBe(vl / 64);
      expect(s.sve.getFfr().length).toBe(vl / 64);
      expect(s.sme.za.length * 4).toBe((vl / 8) * (vl / 8));
      expect(s.sme.getZaRow(vl / 8 - 1).length).toBe(vl / 8);
      expect(() => s.sme.getZaRow(vl / 8)).toThrow(RegisterIndexError);
    }
  });

  it("uses SVL for Z/P/FFR in streaming mode and VL otherwise", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: EVERYTHING, vl: 256, svl: 512 });
    expect(s.vectorLengthInUse).toBe(256);
    s.sme.svcr = SVCR_SM;
    expect(s.vectorLengthInUse).toBe(512);
    expect(VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY.with("SME") }).vectorLengthInUse).toBe(128);
  });

  it("VectorLengthSet answers membership, maximum and upTo", () => {
    const set = VectorLengthSet.of(128, 256, 512, 1536);
    expect(set.max).toBe(1536);
    expect(set.has(384)).toBe(false);
    expect(set.upTo(600).lengths()).toEqual([128, 256, 512]);
    expect(set.upTo(2048).lengths()).toEqual([128, 256, 512, 1536]);
    expect(VectorLengthSet.EMPTY.max).toBe(0);
  });
});

describe("V registers alias the low 128 bits of Z", () => {
  it("reads Z's low 128 bits through V", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 256 });
    const z = new Uint8Array(32).map((_, i) => i + 1);
    s.sve.setZ(7, z);
    expect(s.fpsimd.getBytes(7)).toEqual(z.subarray(0, 16));
    expect(s.fpsimd.getLo64(7)).toBe(0x0807060504030201n);
    expect(s.fpsimd.getHi64(7)).toBe(0x100f0e0d0c0b0a09n);
  });

  it("zeroes Z above bit 127 on every FP/SIMD write, as the V[] setter does", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 512 });
    const writes: ((n: number) => void)[] = [
      (n) => s.fpsimd.writeV(n, 1, 2, 3, 4),
      (n) => s.fpsimd.setWord(n, 2, 0xdead),
      (n) => s.fpsimd.setV(n, 5n),
      (n) => s.fpsimd.setBytes(n, new Uint8Array(16).fill(9)),
    ];
    for (const write of writes) {
      s.sve.setZ(3, new Uint8Array(64).fill(0xaa));
      s.sve.setZ(4, new Uint8Array(64).fill(0xbb));
      write(3);
      expect(s.sve.getZ(3).subarray(16)).toEqual(new Uint8Array(48));
      expect(s.sve.getZ(4)).toEqual(new Uint8Array(64).fill(0xbb)); // neighbours untouched
    }
    s.sve.setZ(3, new Uint8Array(64).fill(0xaa));
    s.fpsimd.setWord(3, 0, 7);
    expect(s.fpsimd.getV(3)).toBe(0xaaaaaaaa_aaaaaaaa_aaaaaaaa_00000007n); // a word write keeps the other V words
  });

  it("keeps V registers 128 bits apart without SVE, and exposes f64/u64 views on the same memory", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY });
    expect(s.fpsimd.strideWords).toBe(4);
    s.fpsimd.f64[s.fpsimd.wordIndex(2) / 2] = 1.5;
    expect(s.fpsimd.getLo64(2)).toBe(0x3ff8000000000000n);
    s.fpsimd.u64[s.fpsimd.wordIndex(31) / 2 + 1] = 0x1234n;
    expect(s.fpsimd.getWord(31, 2)).toBe(0x1234);
  });
});

describe("register values", () => {
  it("ignore writes to RES0 bits of FPSR, FPCR and FPMR", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: WITH_FPMR });
    s.fpsimd.fpsr = 0xffffffff;
    s.fpsimd.fpcr = 0xffffffff;
    s.fpmr.value = 0xffff_ffff_ffff_ffffn;
    expect(s.fpsimd.fpsr).toBe(0xf800009f);
    expect(s.fpsimd.fpcr).toBe(0x07ffbf07);
    expect(s.fpmr.value).toBe(0x3f_ff7fc1ffn);
  });

  it("rejects bad indices, sizes and values with typed errors that change nothing", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: EVERYTHING });
    expect(s.sve.zBytes).toBe(128); // Z storage spans the longer of VL (512) and SVL (1024)
    s.sve.setZ(0, new Uint8Array(128).fill(1));
    const before = s.sve.getZ(0);
    const cases: [() => void, abstract new (...args: never[]) => FpStateError][] = [
      [() => s.fpsimd.getWord(32, 0), RegisterIndexError],
      [() => s.fpsimd.getWord(0, 4), RegisterIndexError],
      [() => s.fpsimd.setV(-1, 0n), RegisterIndexError],
      [() => s.fpsimd.setV(0, 1n << 128n), RegisterValueError],
      [() => s.sve.setZ(0, new Uint8Array(64)), RegisterValueError],
      [() => s.sve.setP(16, new Uint8Array(8)), RegisterIndexError],
      [() => s.sve.setZWord(0, 32, 1), RegisterIndexError],
      [() => (s.fpmr.value = 1n << 64n), RegisterValueError],
      [() => (s.fpmr.value = -1n), RegisterValueError],
      [() => (s.sme.svcr = 4), RegisterValueError],
      [() => s.zt0.setBytes(new Uint8Array(65)), RegisterValueError],
    ];
    for (const [act, type] of cases) {
      expect(act).toThrow(type);
      expect(act).toThrow(FpStateError);
    }
    expect(s.sve.getZ(0)).toEqual(before);
    expect(s.fpmr.value).toBe(0n);
    expect(s.sme.svcr).toBe(0);
  });

  it("zeroes ZA when SVCR.ZA is cleared", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: EVERYTHING });
    s.sme.svcr = SVCR_ZA;
    s.sme.setZaRow(5, new Uint8Array(128).fill(3));
    expect(s.sme.getZaRow(5)[0]).toBe(3);
    s.sme.svcr = 0;
    expect(s.sme.za.every((w) => w === 0)).toBe(true);
  });
});
