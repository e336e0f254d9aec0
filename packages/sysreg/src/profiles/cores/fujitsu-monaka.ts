import { defineCore } from "../define";

// Source: FUJITSU-MONAKA Specification v2.0 (Fujitsu, 25 Nov 2025; github.com/fujitsu/FUJITSU-MONAKA,
// doc/FUJITSU-MONAKA_specification_v2.0.pdf), chapter 2 "Identification registers description",
// sections 2.1-2.27, every field value as tabulated there; TRCDEVARCH from its chapter 1 feature list. Fields the specification leaves to the
// product configuration ("*": SM4, SM3, AES in ID_AA64ISAR0, SM4 and AES in ID_AA64ZFR0; MIDR
// variant and revision) take the cryptography-enabled configuration and r0p0. An Armv9.3 core with
// FEAT_FPMR, FEAT_FP8, FP8DOT2/DOT4/FMA, LUT and FAMINMAX; no AArch32, no SME, no MTE.
export const FUJITSU_MONAKA = defineCore({
  name: "fujitsu-monaka",
  description: "Fujitsu FUJITSU-MONAKA r0p0 (Armv9.3 + SVE2, FPMR and FP8; AArch64 only)",
  midr: 0x460f_0030n,
  source: "FUJITSU-MONAKA Specification v2.0 (Fujitsu, 2025-11-25), ch. 2 Identification registers",
  registers: {
    // CSV3, CSV2_3, RME, DIT, AMUv1p1, MPAM, SEL2, SVE | RASv1p1, GICv4.1, FP16, EL0-EL3 AArch64 only.
    ID_AA64PFR0_EL1: 0x1311_2111_2311_1111n,
    // NMI, RNG_TRAP, MPAM_frac 1, SSBS2, BTI.
    ID_AA64PFR1_EL1: 0x0000_0010_1001_0021n,
    // FPMR [35:32] = 1.
    ID_AA64PFR2_EL1: 0x0000_0001_0000_0000n,
    // SVE2 with AES+PMULL128, BitPerm, BF16, SHA3, SM4, I8MM.
    ID_AA64ZFR0_EL1: 0x0000_1101_0011_0021n,
    // F8CVT, F8FMA, F8DP4, F8DP2, F8E4M3, F8E5M2.
    ID_AA64FPFR0_EL1: 0x0000_0000_f000_0003n,
    // HPMN0, MTPMU = 0xF, TRBE, TRF, DoubleLock = 0xF | 2 CTX_CMPs, 4 WRPs, 6 BRPs, PMUv3p8, Debugv8p8.
    ID_AA64DFR0_EL1: 0x100f_11f0_1030_581an,
    ID_AA64ISAR0_EL1: 0x1221_1111_1021_2120n,
    // LS64_ACCDATA, XS, I8MM, BF16, SPECRES2, SB, FRINTTS | LRCPC2, FCMA, JSCVT, DPB2.
    ID_AA64ISAR1_EL1: 0x3110_1211_0021_1002n,
    // LUT | CLRBHB, CONSTPACFIELD, HBC, MOPS, PACQARMA3 with FPACCOMBINE, WFxT.
    ID_AA64ISAR2_EL1: 0x0100_0000_1111_5102n,
    // FAMINMAX.
    ID_AA64ISAR3_EL1: 0x0000_0000_0000_0010n,
    // ECV 2, FGT, ExS, 4K/64K at stage 2 | 4K, 64K; 48-bit PA, 16-bit ASID.
    ID_AA64MMFR0_EL1: 0x2100_1221_0000_1125n,
    ID_AA64MMFR1_EL1: 0x1111_1121_1131_2122n,
    ID_AA64MMFR2_EL1: 0x1221_0111_1210_1011n,
    // Spec_FPACC, SDERR, SNERR, MEC, SCTLRX, TCRX.
    ID_AA64MMFR3_EL1: 0x1010_0100_1000_0011n,
    // ETE (ARCHVER 5, ARCHPART 0xA13) revision 2: the specification's feature list has FEAT_ETEv1p2, not v1p3.
    TRCDEVARCH: 0x4772_5a13n,
    CTR_EL0: 0xb444_c004n,
    CLIDR_EL1: 0x8200_0023n,
    DCZID_EL0: 0x4n,
  },
});
