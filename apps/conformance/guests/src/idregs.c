/* Prints MIDR/MPIDR/REVIDR, every ID register of the space KVM exposes (op0=3, op1=0, CRn=0,
   CRm 1-7: the AArch32 and AArch64 feature registers) and AIDR/CTR/DCZID/CLIDR, one per line,
   so a VM's advertised values (or a host profile) can be compared field by field. */
#include "runtime.h"

#define ID(name, enc) guest_printf("%-18s 0x%016lx\n", name, READ_SYSREG(enc))

void guest_main(u64 dtb) {
  (void)dtb;
  ID("MIDR_EL1", S3_0_C0_C0_0);
  ID("MPIDR_EL1", S3_0_C0_C0_5);
  ID("REVIDR_EL1", S3_0_C0_C0_6);
  ID("ID_PFR0_EL1", S3_0_C0_C1_0);
  ID("ID_PFR1_EL1", S3_0_C0_C1_1);
  ID("ID_DFR0_EL1", S3_0_C0_C1_2);
  ID("ID_AFR0_EL1", S3_0_C0_C1_3);
  ID("ID_MMFR0_EL1", S3_0_C0_C1_4);
  ID("ID_MMFR1_EL1", S3_0_C0_C1_5);
  ID("ID_MMFR2_EL1", S3_0_C0_C1_6);
  ID("ID_MMFR3_EL1", S3_0_C0_C1_7);
  ID("ID_ISAR0_EL1", S3_0_C0_C2_0);
  ID("ID_ISAR1_EL1", S3_0_C0_C2_1);
  ID("ID_ISAR2_EL1", S3_0_C0_C2_2);
  ID("ID_ISAR3_EL1", S3_0_C0_C2_3);
  ID("ID_ISAR4_EL1", S3_0_C0_C2_4);
  ID("ID_ISAR5_EL1", S3_0_C0_C2_5);
  ID("ID_MMFR4_EL1", S3_0_C0_C2_6);
  ID("ID_ISAR6_EL1", S3_0_C0_C2_7);
  ID("MVFR0_EL1", S3_0_C0_C3_0);
  ID("MVFR1_EL1", S3_0_C0_C3_1);
  ID("MVFR2_EL1", S3_0_C0_C3_2);
  ID("ID_PFR2_EL1", S3_0_C0_C3_4);
  ID("ID_DFR1_EL1", S3_0_C0_C3_5);
  ID("ID_MMFR5_EL1", S3_0_C0_C3_6);
  ID("ID_AA64PFR0_EL1", S3_0_C0_C4_0);
  ID("ID_AA64PFR1_EL1", S3_0_C0_C4_1);
  ID("ID_AA64PFR2_EL1", S3_0_C0_C4_2);
  ID("ID_AA64ZFR0_EL1", S3_0_C0_C4_4);
  ID("ID_AA64SMFR0_EL1", S3_0_C0_C4_5);
  ID("ID_AA64FPFR0_EL1", S3_0_C0_C4_7);
  ID("ID_AA64DFR0_EL1", S3_0_C0_C5_0);
  ID("ID_AA64DFR1_EL1", S3_0_C0_C5_1);
  ID("ID_AA64DFR2_EL1", S3_0_C0_C5_2);
  ID("ID_AA64AFR0_EL1", S3_0_C0_C5_4);
  ID("ID_AA64AFR1_EL1", S3_0_C0_C5_5);
  ID("ID_AA64ISAR0_EL1", S3_0_C0_C6_0);
  ID("ID_AA64ISAR1_EL1", S3_0_C0_C6_1);
  ID("ID_AA64ISAR2_EL1", S3_0_C0_C6_2);
  ID("ID_AA64ISAR3_EL1", S3_0_C0_C6_3);
  ID("ID_AA64MMFR0_EL1", S3_0_C0_C7_0);
  ID("ID_AA64MMFR1_EL1", S3_0_C0_C7_1);
  ID("ID_AA64MMFR2_EL1", S3_0_C0_C7_2);
  ID("ID_AA64MMFR3_EL1", S3_0_C0_C7_3);
  ID("ID_AA64MMFR4_EL1", S3_0_C0_C7_4);
  ID("AIDR_EL1", S3_1_C0_C0_7);
  ID("CTR_EL0", S3_3_C0_C0_1);
  ID("DCZID_EL0", S3_3_C0_C0_7);
  ID("CLIDR_EL1", S3_1_C0_C0_1);
}
