import { FeatureSet } from "@a64vm/sysreg";
import { expect, it } from "vitest";
import {
  PhysicalCpuFp,
  PhysicalFpUnit,
  restoreFpState,
  SnapshotMismatchError,
  StateNotAdvertisedError,
  serialiseFpState,
  VcpuFpState,
  VectorLengthSet,
} from "../src/index";

it("the README example does what the README says", () => {
  const host = {
    features: FeatureSet.of("FP", "AdvSIMD", "SVE", "SME", "SME2", "FPMR"),
    sveLengths: VectorLengthSet.powersOfTwoUpTo(512),
    smeLengths: VectorLengthSet.powersOfTwoUpTo(512),
  };
  const vcpu = VcpuFpState.create(host, { features: FeatureSet.of("FP", "AdvSIMD", "SVE"), vl: 256 });
  vcpu.fpsimd.writeV(0, 1, 2, 3, 4);
  expect(vcpu.fpsimd.getV(0)).toBe(0x00000004_00000003_00000002_00000001n);
  expect(vcpu.sve.getZ(0).subarray(16)).toEqual(new Uint8Array(16));
  expect(() => vcpu.fpmr).toThrow(StateNotAdvertisedError);

  const cpu = new PhysicalCpuFp(new PhysicalFpUnit(host));
  cpu.vcpuLoad(vcpu);
  expect(cpu.owner).toBe("free");
  expect(cpu.guestEnter().cptrE2h1).toBe(0);
  expect(cpu.handleTrap("fp")).toBe("resume");
  expect(cpu.guestEnter().cptrE2h1).toBe((0b11 << 20) | (0b11 << 16));
  expect(cpu.handleTrap("sme")).toBe("undef");
  cpu.vcpuPut();
  expect(cpu.stats.guestPartRestores).toEqual({ fpsimd: 1, sve: 1, sme: 0, zt0: 0, fpmr: 0 });

  const bytes = serialiseFpState(vcpu);
  const wider = VcpuFpState.create(host, { features: FeatureSet.of("FP", "AdvSIMD", "SVE"), vl: 512 });
  expect(() => restoreFpState(wider, bytes)).toThrow(SnapshotMismatchError);
  expect(() => restoreFpState(wider, bytes)).toThrow(/sve: vl 256 in the snapshot, 512 at the destination/);
});
