import { defineCore } from "../define";
import { ARMV8_0_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A57 MPCore Processor TRM (Arm DDI 0488), r1p0, "AArch64 register summary";
// the same values as QEMU's cortex-a57 model.
export const CORTEX_A57 = defineCore({
  name: "cortex-a57",
  description: "Arm Cortex-A57 r1p0 (Armv8.0; AMD Opteron A1100, NVIDIA Tegra X1)",
  midr: 0x411f_d070n,
  source: "Arm Cortex-A57 MPCore Processor TRM (Arm DDI 0488) r1p0, AArch64 register summary",
  registers: {
    ...ARMV8_0_AARCH32_REGISTERS,
    ID_AA64PFR0_EL1: 0x0000_2222n,
    ID_AA64DFR0_EL1: 0x1030_5106n,
    ID_AA64ISAR0_EL1: 0x0001_1120n,
    // 44-bit PA.
    ID_AA64MMFR0_EL1: 0x0000_1124n,
    CTR_EL0: 0x8444_c004n,
    CLIDR_EL1: 0x0a20_0023n,
    DCZID_EL0: 0x4n,
  },
});
