import { defineCore } from "../define";
import { ARMV8_0_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A53 MPCore Processor TRM (Arm DDI 0500), r0p4, "AArch64 register summary"
// and "AArch32 register summary"; the same values as QEMU's cortex-a53 model.
export const CORTEX_A53 = defineCore({
  name: "cortex-a53",
  description: "Arm Cortex-A53 r0p4 (Armv8.0, in-order; Raspberry Pi 3, many SoCs)",
  midr: 0x410f_d034n,
  source: "Arm Cortex-A53 MPCore Processor TRM (Arm DDI 0500) r0p4, AArch64 and AArch32 register summaries",
  registers: {
    ...ARMV8_0_AARCH32_REGISTERS,
    // EL0-EL3 AArch64 and AArch32; FP and AdvSIMD implemented; GIC CPU interface disabled (GICv2 systems).
    ID_AA64PFR0_EL1: 0x0000_2222n,
    ID_AA64DFR0_EL1: 0x1030_5106n,
    // AES+PMULL, SHA1, SHA256, CRC32 (the Cryptographic Extension option).
    ID_AA64ISAR0_EL1: 0x0001_1120n,
    // 40-bit PA, 16-bit ASID, mixed endian, 4K and 64K granules.
    ID_AA64MMFR0_EL1: 0x0000_1122n,
    CTR_EL0: 0x8444_8004n,
    CLIDR_EL1: 0x0a20_0023n,
    DCZID_EL0: 0x4n,
  },
});
