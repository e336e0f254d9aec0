import { defineCore } from "../define";

// Derived, not transcribed: the Neoverse V2 Core TRM (Arm document 102375) r0p1 describes the ID
// fields in prose, and no register-value table was at hand. Neoverse V2 is the N2's generation
// (Armv9.0), so these are N2's values without MTE: no MTE in ID_AA64PFR1, no tag-cache types in
// CLIDR, no TminLine in CTR. MIDR r0p1 is what AWS Graviton 4 and Google Axion report; GIC = 1.
export const NEOVERSE_V2 = defineCore({
  name: "neoverse-v2",
  description: "Arm Neoverse V2 r0p1 (Armv9.0 + SVE2 128-bit; NVIDIA Grace, AWS Graviton 4, Google Axion)",
  midr: 0x410f_d4f1n,
  source: "derived from Neoverse N2's published values by the Neoverse V2 TRM (Arm 102375) r0p1 field descriptions",
  registers: {
    ID_PFR0_EL1: 0x2111_0131n,
    ID_PFR1_EL1: 0x1001_0000n,
    ID_PFR2_EL1: 0x0000_0011n,
    ID_DFR0_EL1: 0x1601_1099n,
    ID_AFR0_EL1: 0n,
    ID_MMFR0_EL1: 0x1020_1105n,
    ID_MMFR1_EL1: 0x4000_0000n,
    ID_MMFR2_EL1: 0x0126_0000n,
    ID_MMFR3_EL1: 0x0212_2211n,
    ID_MMFR4_EL1: 0x0102_1110n,
    ID_ISAR0_EL1: 0x0210_1110n,
    ID_ISAR1_EL1: 0x1311_2111n,
    ID_ISAR2_EL1: 0x2123_2042n,
    ID_ISAR3_EL1: 0x0111_2131n,
    ID_ISAR4_EL1: 0x0001_0142n,
    ID_ISAR5_EL1: 0x1101_1121n,
    ID_ISAR6_EL1: 0x0111_1111n,
    MVFR0_EL1: 0x1011_0222n,
    MVFR1_EL1: 0x1321_1111n,
    MVFR2_EL1: 0x0000_0043n,
    ID_AA64PFR0_EL1: 0x1201_1111_2111_1112n,
    // BTI, SSBS2; MTE not implemented.
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0021n,
    ID_AA64ZFR0_EL1: 0x0000_1101_0011_0021n,
    ID_AA64DFR0_EL1: 0x0000_11f2_1030_5619n,
    ID_AA64ISAR0_EL1: 0x1221_1111_1021_2120n,
    ID_AA64ISAR1_EL1: 0x0011_1111_0121_1052n,
    ID_AA64MMFR0_EL1: 0x0000_0222_0010_1125n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x1221_0111_1210_1011n,
    CTR_EL0: 0xb444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
