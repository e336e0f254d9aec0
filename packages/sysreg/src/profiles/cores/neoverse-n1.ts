import { defineCore } from "../define";
import { ARMV8_2_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Neoverse N1 Core TRM (Arm document 100616), r4p1, "AArch64 registers by functional
// group"; the same values as QEMU's neoverse-n1 model, with GIC = 1 (GICv3 CPU interface enabled).
export const NEOVERSE_N1 = defineCore({
  name: "neoverse-n1",
  description: "Arm Neoverse N1 r4p1 (Armv8.2; AWS Graviton 2, Ampere Altra)",
  midr: 0x414f_d0c1n,
  source: "Arm Neoverse N1 Core TRM (Arm 100616) r4p1, AArch64 registers by functional group",
  registers: {
    ...ARMV8_2_AARCH32_REGISTERS,
    ID_AA64PFR0_EL1: 0x1100_0000_1111_1112n,
    // SSBS with the MSR/MRS form (SSBS2).
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0020n,
    // SPE (PMSVer = 1).
    ID_AA64DFR0_EL1: 0x0000_0001_1030_5408n,
    ID_AA64ISAR0_EL1: 0x0000_1000_1021_1120n,
    ID_AA64ISAR1_EL1: 0x0000_0000_0010_0001n,
    // 48-bit PA.
    ID_AA64MMFR0_EL1: 0x0000_0000_0010_1125n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x0000_0000_0000_1011n,
    CTR_EL0: 0x8444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
