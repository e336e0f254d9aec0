/**
 * The AArch32 feature registers shared, value for value, by the Armv8.0 cores Cortex-A53, A57
 * and A72 (their TRMs, "AArch32 identification registers"); each core states what differs.
 */
export const ARMV8_0_AARCH32_REGISTERS = {
  ID_PFR0_EL1: 0x0000_0131n,
  ID_PFR1_EL1: 0x0001_1011n,
  ID_DFR0_EL1: 0x0301_0066n,
  ID_AFR0_EL1: 0n,
  ID_MMFR0_EL1: 0x1010_1105n,
  ID_MMFR1_EL1: 0x4000_0000n,
  ID_MMFR2_EL1: 0x0126_0000n,
  ID_MMFR3_EL1: 0x0210_2211n,
  ID_ISAR0_EL1: 0x0210_1110n,
  ID_ISAR1_EL1: 0x1311_2111n,
  ID_ISAR2_EL1: 0x2123_2042n,
  ID_ISAR3_EL1: 0x0111_2131n,
  ID_ISAR4_EL1: 0x0001_1142n,
  ID_ISAR5_EL1: 0x0001_1121n,
  MVFR0_EL1: 0x1011_0222n,
  MVFR1_EL1: 0x1211_1111n,
  MVFR2_EL1: 0x0000_0043n,
} as const;

/**
 * The AArch32 feature registers of the Armv8.2 cores of the Cortex-A76 generation (Cortex-A76,
 * Neoverse-N1); the later cores restate theirs in full.
 */
export const ARMV8_2_AARCH32_REGISTERS = {
  ID_PFR0_EL1: 0x1001_0131n,
  // GIC [31:28] = 1: the GICv3 system-register interface (the TRM's value with the CPU interface enabled).
  ID_PFR1_EL1: 0x1001_0000n,
  ID_PFR2_EL1: 0x0000_0011n,
  ID_DFR0_EL1: 0x0401_0088n,
  ID_AFR0_EL1: 0n,
  ID_MMFR0_EL1: 0x1020_1105n,
  ID_MMFR1_EL1: 0x4000_0000n,
  ID_MMFR2_EL1: 0x0126_0000n,
  ID_MMFR3_EL1: 0x0212_2211n,
  ID_MMFR4_EL1: 0x0002_1110n,
  ID_ISAR0_EL1: 0x0210_1110n,
  ID_ISAR1_EL1: 0x1311_2111n,
  ID_ISAR2_EL1: 0x2123_2042n,
  ID_ISAR3_EL1: 0x0111_2131n,
  ID_ISAR4_EL1: 0x0001_0142n,
  ID_ISAR5_EL1: 0x0101_1121n,
  ID_ISAR6_EL1: 0x0000_0010n,
  MVFR0_EL1: 0x1011_0222n,
  MVFR1_EL1: 0x1321_1111n,
  MVFR2_EL1: 0x0000_0043n,
} as const;
