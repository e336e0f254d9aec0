import { defineCore } from "../define";
import { ARMV8_2_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A78AE Core TRM (Arm document 101779), r0p3, "AArch64 registers by functional
// group"; the same values as QEMU's cortex-a78ae model, with GIC = 1 (GICv3 CPU interface enabled).
export const CORTEX_A78AE = defineCore({
  name: "cortex-a78ae",
  description:
    "Arm Cortex-A78AE r0p3 (Armv8.2 + v8.3 PAuth, v8.4 LRCPC2/DIT/LSE2, v8.5 SB/SSBS; automotive, split-lock)",
  midr: 0x410f_d423n,
  source: "Arm Cortex-A78AE Core TRM (Arm 101779) r0p3, AArch64 registers by functional group",
  registers: {
    ...ARMV8_2_AARCH32_REGISTERS,
    // CSV3, CSV2; RAS; GICv3; FP16 in FP and AdvSIMD; EL0 AArch32+AArch64, EL1-EL3 AArch64.
    ID_AA64PFR0_EL1: 0x1100_0000_1111_1112n,
    // SSBS (PSTATE.SSBS, no MSR form).
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0010n,
    ID_AA64DFR0_EL1: 0x0000_0001_1030_5408n,
    ID_AA64ISAR0_EL1: 0x0010_1000_1021_1120n,
    ID_AA64ISAR1_EL1: 0x0000_0000_0120_0031n,
    ID_AA64MMFR0_EL1: 0x0000_0000_0010_1125n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x0000_0001_0000_1011n,
    CTR_EL0: 0x9444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
