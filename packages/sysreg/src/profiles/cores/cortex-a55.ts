import { defineCore } from "../define";
import { ARMV8_2_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A55 Core TRM (Arm document 100442), r2p0, "AArch64 registers by functional
// group" and "AArch32 registers by functional group"; the same values as QEMU's cortex-a55 model,
// with GIC = 1 (GICv3 CPU interface enabled).
export const CORTEX_A55 = defineCore({
  name: "cortex-a55",
  description: "Arm Cortex-A55 r2p0 (Armv8.2, in-order; the little core of most Armv8.2 phones and SoCs)",
  midr: 0x412f_d050n,
  source: "Arm Cortex-A55 Core TRM (Arm 100442) r2p0, AArch64 and AArch32 registers by functional group",
  registers: {
    ...ARMV8_2_AARCH32_REGISTERS,
    // Unlike the A76 generation, AArch32 reaches EL1-EL3: ID_ISAR4.SMC and ID_PFR1 Security/Virtualization.
    ID_PFR1_EL1: 0x1001_1011n,
    ID_ISAR4_EL1: 0x0001_1142n,
    // RAS; GICv3; FP16 in FP and AdvSIMD; EL0-EL3 AArch32 and AArch64.
    ID_AA64PFR0_EL1: 0x0000_0000_1111_2222n,
    // SSBS (PSTATE.SSBS, no MSR form).
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0010n,
    ID_AA64DFR0_EL1: 0x0000_0000_1030_5408n,
    ID_AA64ISAR0_EL1: 0x0000_1000_1021_1120n,
    ID_AA64ISAR1_EL1: 0x0000_0000_0010_0001n,
    ID_AA64MMFR0_EL1: 0x0000_0000_0010_1122n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x0000_0000_0000_1011n,
    CTR_EL0: 0x8444_8004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
