import { defineCore } from "../define";

// Source: Arm Neoverse V1 Core TRM (Arm document 101427), r1p2, "AArch64 registers by functional
// group" and "ID_AA64ISAR1_EL1" (its field list: the summary table has a wrong value, as QEMU also
// found); GIC = 1 (GICv3 CPU interface enabled).
export const NEOVERSE_V1 = defineCore({
  name: "neoverse-v1",
  description: "Arm Neoverse V1 r1p2 (Armv8.4 + SVE 256-bit; AWS Graviton 3)",
  midr: 0x411f_d402n,
  source: "Arm Neoverse V1 Core TRM (Arm 101427) r1p2, AArch64 registers by functional group",
  registers: {
    ID_PFR0_EL1: 0x2111_0131n,
    ID_PFR1_EL1: 0x1001_0000n,
    ID_PFR2_EL1: 0x0000_0011n,
    ID_DFR0_EL1: 0x1501_1099n,
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
    ID_ISAR6_EL1: 0x0110_0111n,
    MVFR0_EL1: 0x1011_0222n,
    MVFR1_EL1: 0x1321_1111n,
    MVFR2_EL1: 0x0000_0043n,
    // CSV3, CSV2, DIT, AMU, MPAM, SEL2, SVE, RASv1p1, GICv3.
    ID_AA64PFR0_EL1: 0x1101_1101_2111_1112n,
    ID_AA64PFR1_EL1: 0x0000_0000_0000_0020n,
    // SVE: I8MM, BF16, SVEver = 0 (SVE, not SVE2).
    ID_AA64ZFR0_EL1: 0x0000_1000_0010_0000n,
    ID_AA64DFR0_EL1: 0x0000_01f2_1030_5519n,
    // RNDR, TLBIOS/RANGE, FlagM, FHM, DotProd, SM3/SM4, SHA3/512, RDM, LSE, CRC32, AES.
    ID_AA64ISAR0_EL1: 0x1011_1111_1021_2120n,
    // I8MM, DGH, BF16, LRCPC2, FCMA, JSCVT, PAuth2 with QARMA5 (APA = 3, GPA = 1), DPB2.
    ID_AA64ISAR1_EL1: 0x0011_1000_0121_1032n,
    ID_AA64MMFR0_EL1: 0x0000_0000_0010_1125n,
    ID_AA64MMFR1_EL1: 0x0000_0000_1021_2122n,
    ID_AA64MMFR2_EL1: 0x0220_0111_0210_1011n,
    CTR_EL0: 0xb444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
  // Neoverse V1 is an Armv8.4 core (DIT, LSE2, ... need v8Ap4) without TLBI OS/range, TTL or Secure
  // EL2: ID_AA64ISAR0.TLB, ID_AA64MMFR2.TTL and ID_AA64PFR0.SEL2 read 0 in the TRM and on AWS
  // Graviton 3 silicon (register dumps published in lelegard/arm-cpusysregs, collect/graviton3-*).
  deviations: [
    "v8Ap4 --> FEAT_TLBIOS",
    "v8Ap4 --> FEAT_TLBIRANGE",
    "v8Ap4 --> FEAT_TTL",
    "!FEAT_RME && FEAT_EL3 --> FEAT_Secure",
  ],
});
