import { defineCore } from "../define";
import { ARMV8_0_AARCH32_REGISTERS } from "./armv8-aarch32";

// Source: Arm Cortex-A72 MPCore Processor TRM (Arm document 100095), r0p3, "AArch64 register
// summary"; the same values as QEMU's cortex-a72 model.
export const CORTEX_A72 = defineCore({
  name: "cortex-a72",
  description: "Arm Cortex-A72 r0p3 (Armv8.0; Raspberry Pi 4, AWS Graviton 1)",
  midr: 0x410f_d083n,
  source: "Arm Cortex-A72 MPCore Processor TRM (Arm 100095) r0p3, AArch64 register summary",
  registers: {
    ...ARMV8_0_AARCH32_REGISTERS,
    ID_MMFR0_EL1: 0x1020_1105n,
    ID_AA64PFR0_EL1: 0x0000_2222n,
    ID_AA64DFR0_EL1: 0x1030_5106n,
    ID_AA64ISAR0_EL1: 0x0001_1120n,
    ID_AA64MMFR0_EL1: 0x0000_1124n,
    CTR_EL0: 0x8444_c004n,
    CLIDR_EL1: 0x0a20_0023n,
    DCZID_EL0: 0x4n,
  },
});
