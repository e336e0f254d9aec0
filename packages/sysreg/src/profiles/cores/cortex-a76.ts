import { defineCore } from "../define";
import { ARMV8_2_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A76 Core TRM (Arm document 100798), r4p1, "AArch64 registers by functional
// group"; the same values as QEMU's cortex-a76 model, with GIC = 1 (GICv3 CPU interface enabled).
export const CORTEX_A76 = defineCore({
  name: "cortex-a76",
  description: "Arm Cortex-A76 r4p1 (Armv8.2; Raspberry Pi 5, Snapdragon 855)",
  midr: 0x414f_d0b1n,
  source: "Arm Cortex-A76 Core TRM (Arm 100798) r4p1, AArch64 registers by functional group",
  registers: {
    ...ARMV8_2_AARCH32_REGISTERS,
    // CSV3, CSV2; RAS; GICv3; FP16 in FP and AdvSIMD; EL0 AArch32+AArch64, EL1-EL3 AArch64.
    ID_AA64PFR0_EL1: 0x1100_0000_1111_1112n,
    // SSBS (PSTATE.SSBS, no MSR form).
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0010n,
    ID_AA64DFR0_EL1: 0x0000_0000_1030_5408n,
    ID_AA64ISAR0_EL1: 0x0000_1000_1021_1120n,
    ID_AA64ISAR1_EL1: 0x0000_0000_0010_0001n,
    ID_AA64MMFR0_EL1: 0x0000_0000_0010_1122n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x0000_0000_0000_1011n,
    CTR_EL0: 0x8444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
