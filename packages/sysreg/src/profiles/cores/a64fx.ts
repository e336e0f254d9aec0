import { defineCore } from "../define";

// Source: FUJITSU A64FX Microarchitecture Manual and "A64FX Specification" (Fujitsu, v1.x),
// identification registers; the same values as QEMU's a64fx model. An AArch64-only Armv8.2 core
// with SVE at 128, 256 and 512 bits and no RAS; its AArch32 ID registers read as zero.
export const A64FX = defineCore({
  name: "a64fx",
  description: "FUJITSU A64FX (Armv8.2 + SVE 512-bit, AArch64 only; Fugaku)",
  midr: 0x461f_0010n,
  source: "FUJITSU A64FX Microarchitecture Manual, identification registers",
  registers: {
    // SVE; GICv3; FP16 in FP and AdvSIMD; EL0-EL3 AArch64 only.
    ID_AA64PFR0_EL1: 0x0000_0001_0111_1111n,
    ID_AA64PFR1_EL1: 0n,
    // SVE: the base SVE instructions only (no SVE2, no SVE-specific extensions).
    ID_AA64ZFR0_EL1: 0n,
    ID_AA64DFR0_EL1: 0x0000_0000_1030_5408n,
    ID_AA64ISAR0_EL1: 0x0000_0000_1021_1120n,
    ID_AA64ISAR1_EL1: 0x0000_0000_0001_0001n,
    ID_AA64MMFR0_EL1: 0x0000_0000_0000_1122n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1121_2100n,
    ID_AA64MMFR2_EL1: 0x0000_0000_0000_1011n,
    CTR_EL0: 0x8666_8006n,
    CLIDR_EL1: 0x8000_0023n,
    DCZID_EL0: 0x6n,
  },
  // A64FX implements Armv8.2 without the RAS extension (ID_AA64PFR0_EL1.RAS = 0 in its manual and in
  // QEMU's a64fx model), though v8.2 makes RAS mandatory; IESB then has no RAS to belong to.
  deviations: ["FEAT_IESB --> FEAT_RAS", "v8Ap2 --> FEAT_RAS"],
});
