import { describe, expect, it } from "vitest";
import {
  describeFpSnapshot,
  FpStateError,
  PhysicalCpuFp,
  PhysicalFpUnit,
  restoreFpState,
  SnapshotFormatError,
  SnapshotMismatchError,
  StateLiveInRegistersError,
  SVCR_SM,
  SVCR_ZA,
  serialiseFpState,
  snapshotFeatures,
  VcpuFpState,
} from "../src/index";
import { EVERYTHING, FPSIMD_ONLY, FULL_HOST, WITH_FPMR, WITH_SVE } from "./hosts";

function sample(features = EVERYTHING, vl?: number) {
  const s = VcpuFpState.create(FULL_HOST, vl === undefined ? { features } : { features, vl });
  s.fpsimd.fpsr = 0x08000001;
  s.fpsimd.fpcr = 0x00c00000;
  s.fpsimd.writeV(31, 1, 2, 3, 4);
  if (s.has("sve"))
    s.sve.setZ(
      0,
      new Uint8Array(s.sve.zBytes).map((_, i) => i),
    );
  if (s.has("sve")) s.sve.setP(15, new Uint8Array(s.sve.pBytes).fill(0x0f));
  if (s.has("sme")) {
    s.sme.svcr = SVCR_SM | SVCR_ZA;
    s.sme.setZaRow(3, new Uint8Array(s.sme.rowWords * 4).fill(0x33));
  }
  if (s.has("zt0")) s.zt0.setWord(15, 0xfeedface);
  if (s.has("fpmr")) s.fpmr.value = 0x2_0000_0042n;
  return s;
}

describe("snapshots are versioned, self-describing and hold only advertised state", () => {
  it("describes its sections with their shapes", () => {
    const d = describeFpSnapshot(serialiseFpState(sample(EVERYTHING)));
    expect(d.version).toBe(1);
    expect(d.features).toBe("+AdvSIMD,+FP,+FPMR,+SME,+SME2,+SME_FA64,+SVE");
    expect(d.sections.map((s) => [s.kind, s.params])).toEqual([
      ["fpsimd", {}],
      ["sve", { vl: 512, bits: 1024, ffr: 1 }],
      ["sme", { svl: 1024 }],
      ["zt0", {}],
      ["fpmr", {}],
    ]);
    expect(snapshotFeatures(serialiseFpState(sample(FPSIMD_ONLY))).names()).toEqual(["FEAT_AdvSIMD", "FEAT_FP"]);
  });

  it("holds FP/SIMD only for an FP/SIMD VM: 8 bytes of FPSR/FPCR and 32 V registers", () => {
    const d = describeFpSnapshot(serialiseFpState(sample(FPSIMD_ONLY)));
    expect(d.sections.map((s) => [s.kind, s.payloadBytes])).toEqual([["fpsimd", 8 + 32 * 16]]);
  });

  it("omits ZA's contents while SVCR.ZA is clear", () => {
    const s = sample(EVERYTHING);
    s.sme.svcr = SVCR_SM;
    const d = describeFpSnapshot(serialiseFpState(s));
    expect(d.sections.find((x) => x.kind === "sme")!.payloadBytes).toBe(4);
  });

  it("round-trips every kind exactly", () => {
    for (const features of [FPSIMD_ONLY, WITH_SVE, WITH_FPMR, EVERYTHING]) {
      const a = sample(features);
      const bytes = serialiseFpState(a);
      const b = VcpuFpState.create(FULL_HOST, { features });
      restoreFpState(b, bytes);
      expect(serialiseFpState(b)).toEqual(bytes);
      expect(b.fpsimd.getWord(31, 3)).toBe(4);
      if (b.has("fpmr")) expect(b.fpmr.value).toBe(0x2_0000_0042n);
      if (b.has("sme")) expect(b.sme.getZaRow(3)[0]).toBe(0x33);
    }
  });
});

describe("restore checks the destination and names what does not fit", () => {
  const mismatch = (from: VcpuFpState, to: VcpuFpState): SnapshotMismatchError => {
    const bytes = serialiseFpState(from);
    const before = serialiseFpState(to);
    try {
      restoreFpState(to, bytes);
    } catch (e) {
      expect(serialiseFpState(to)).toEqual(before); // nothing changed
      expect(e).toBeInstanceOf(SnapshotMismatchError);
      return e as SnapshotMismatchError;
    }
    throw new Error("restore should have failed");
  };

  it("names a feature the destination lacks", () => {
    const e = mismatch(sample(WITH_FPMR), VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY }));
    expect(e.problems).toEqual([
      "fpmr: the snapshot holds FP8 mode register FPMR but the destination does not advertise FEAT_FPMR",
    ]);
  });

  it("names state the destination has but the snapshot lacks", () => {
    const e = mismatch(sample(FPSIMD_ONLY), VcpuFpState.create(FULL_HOST, { features: WITH_SVE }));
    expect(e.problems).toEqual([
      "sve: the destination advertises FEAT_SVE or FEAT_SME but the snapshot holds no SVE registers Z0-Z31, P0-P15, FFR",
    ]);
  });

  it("names a vector length that differs", () => {
    const e = mismatch(sample(WITH_SVE, 512), VcpuFpState.create(FULL_HOST, { features: WITH_SVE, vl: 256 }));
    expect(e.problems).toEqual([
      "sve: vl 512 in the snapshot, 256 at the destination",
      "sve: bits 512 in the snapshot, 256 at the destination",
    ]);
    expect(e.message).toMatch(/does not fit the destination: sve: vl 512/);
  });

  it("names an SVL that differs", () => {
    const small = VcpuFpState.create(FULL_HOST, { features: EVERYTHING, svl: 256 });
    const e = mismatch(sample(EVERYTHING), small);
    expect(e.problems).toContain("sme: svl 1024 in the snapshot, 256 at the destination");
  });

  it("refuses malformed bytes with SnapshotFormatError and changes nothing", () => {
    const good = serialiseFpState(sample(EVERYTHING));
    const dest = VcpuFpState.create(FULL_HOST, { features: EVERYTHING });
    const corrupt: [string, Uint8Array, RegExp][] = [
      ["empty", new Uint8Array(0), /truncated in header/],
      ["bad magic", Uint8Array.from(good, (b, i) => (i === 0 ? b ^ 1 : b)), /bad magic/],
      ["newer version", Uint8Array.from(good, (b, i) => (i === 4 ? 2 : b)), /version 2 is not supported/],
      ["truncated", good.subarray(0, good.length - 1), /truncated in zt0 payload|truncated in fpmr payload/],
      ["trailing", Uint8Array.of(...good, 0), /1 bytes after the last section/],
    ];
    for (const [, bytes, message] of corrupt) {
      expect(() => restoreFpState(dest, bytes)).toThrow(SnapshotFormatError);
      expect(() => restoreFpState(dest, bytes)).toThrow(message);
    }
    const withRes0 = serialiseFpState(sample(FPSIMD_ONLY));
    const fpsrAt = describeFpSnapshot(withRes0).sections[0]!.payloadOffset;
    withRes0[fpsrAt + 1] = 0xff; // FPSR bits 15:8 are RES0
    expect(() => restoreFpState(VcpuFpState.create(FULL_HOST, { features: FPSIMD_ONLY }), withRes0)).toThrow(
      /RES0 bits of FPSR or FPCR/,
    );
    expect(serialiseFpState(dest)).toEqual(serialiseFpState(VcpuFpState.create(FULL_HOST, { features: EVERYTHING })));
    expect(() => restoreFpState(dest, "nope" as unknown as Uint8Array)).toThrow(FpStateError);
  });

  it("refuses to serialise or restore while the state is live in the registers", () => {
    const s = sample(FPSIMD_ONLY);
    const bytes = serialiseFpState(s);
    const cpu = new PhysicalCpuFp(new PhysicalFpUnit(FULL_HOST));
    cpu.vcpuLoad(s);
    cpu.handleTrap("fp");
    expect(() => serialiseFpState(s)).toThrow(StateLiveInRegistersError);
    expect(() => restoreFpState(s, bytes)).toThrow(StateLiveInRegistersError);
    cpu.vcpuPut();
    expect(serialiseFpState(s)).toEqual(bytes);
  });
});
