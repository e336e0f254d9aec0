import { describe, expect, it } from "vitest";
import {
  ConfigurationLockedError,
  describeFpSnapshot,
  PhysicalCpuFp,
  PhysicalFpUnit,
  StateNotAdvertisedError,
  SVCR_ZA,
  serialiseFpState,
  VcpuFpState,
} from "../src/index";
import { EVERYTHING, FPSIMD_ONLY, FULL_HOST, WITH_FPMR, WITH_SVE } from "./hosts";

function filled(features = EVERYTHING) {
  const s = VcpuFpState.create(FULL_HOST, { features });
  if (s.has("sve")) for (let n = 0; n < 32; n++) s.sve.setZ(n, new Uint8Array(s.sve.zBytes).fill(0xc0 + n));
  if (s.has("sve")) for (let n = 0; n < 16; n++) s.sve.setP(n, new Uint8Array(s.sve.pBytes).fill(0xee));
  if (s.has("sme")) {
    s.sme.svcr = SVCR_ZA;
    s.sme.setZaRow(0, new Uint8Array(s.sme.rowWords * 4).fill(0x77));
  }
  if (s.has("zt0")) s.zt0.setBytes(new Uint8Array(64).fill(0x99));
  if (s.has("fpmr")) s.fpmr.value = 0x1ffn;
  return s;
}

describe("restricting a feature before the first run sanitises its state", () => {
  it("drops FPMR: unreachable through the register API and absent from snapshots", () => {
    const s = filled(WITH_FPMR);
    s.restrict({ features: FPSIMD_ONLY });
    expect(() => s.fpmr).toThrow(StateNotAdvertisedError);
    expect(s.registers.fpmr).toBeNull();
    expect(describeFpSnapshot(serialiseFpState(s)).sections.map((x) => x.kind)).toEqual(["fpsimd"]);
  });

  it("drops SVE but keeps V as the low 128 bits of the old Z, with nothing above them anywhere", () => {
    const s = filled(WITH_SVE);
    s.restrict({ features: FPSIMD_ONLY });
    expect(() => s.sve).toThrow(StateNotAdvertisedError);
    expect(s.fpsimd.getBytes(4)).toEqual(new Uint8Array(16).fill(0xc4));
    expect(s.fpsimd.words.length).toBe(32 * 4); // no storage beyond 128 bits survives
    const bytes = serialiseFpState(s);
    expect(bytes.includes(0xee)).toBe(false); // no predicate pattern in the snapshot
  });

  it("drops SME, ZT0 and ZA contents, and cuts Z to a shorter vector length", () => {
    const s = filled(EVERYTHING);
    s.restrict({ features: WITH_SVE, vl: 256 });
    expect(s.kinds).toEqual(["fpsimd", "sve"]);
    expect(s.sve.zBytes).toBe(32);
    expect(s.sve.getZ(1)).toEqual(new Uint8Array(32).fill(0xc1));
    const bytes = serialiseFpState(s);
    expect(bytes.includes(0x77) || bytes.includes(0x99)).toBe(false);
  });

  it("resets the state of a kind that disappears even if it comes back from a later layout", () => {
    const s = filled(EVERYTHING);
    s.restrict({ features: EVERYTHING.without("SME2") });
    expect(() => s.zt0).toThrow(StateNotAdvertisedError);
    expect(() => s.restrict({ features: EVERYTHING })).toThrow(ConfigurationLockedError); // no way back
  });

  it("keeps the current vector lengths when a restriction leaves them out", () => {
    const s = VcpuFpState.create(FULL_HOST, { features: EVERYTHING, vl: 256, svl: 256 });
    s.restrict({ features: EVERYTHING.without("FPMR") });
    expect([s.layout.vl, s.layout.svl]).toEqual([256, 256]);
  });

  it("refuses to add features or lengthen vectors, and refuses any change after the first run", () => {
    const s = filled(WITH_SVE);
    expect(() => s.restrict({ features: WITH_SVE.with("FPMR") })).toThrow(/cannot add FEAT_FPMR/);
    s.restrict({ features: WITH_SVE, vl: 256 });
    expect(() => s.restrict({ features: WITH_SVE, vl: 512 })).toThrow(/exceeds the current 256/);
    const cpu = new PhysicalCpuFp(new PhysicalFpUnit(FULL_HOST));
    cpu.vcpuLoad(s);
    cpu.guestEnter();
    cpu.vcpuPut();
    expect(() => s.restrict({ features: FPSIMD_ONLY })).toThrow(ConfigurationLockedError);
    expect(s.kinds).toEqual(["fpsimd", "sve"]);
    expect(s.sve.getZ(0)[0]).toBe(0xc0);
  });
});
