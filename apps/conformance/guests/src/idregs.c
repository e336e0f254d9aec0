/* Prints every AArch64 ID register in the space KVM exposes (op0=3, op1=0, CRn=0, CRm 4-7) and
   MIDR/MPIDR/CTR/DCZID/CLIDR, one per line, so a host profile can be compared field by field. */
#include "runtime.h"

#define ID(name, enc) guest_printf("%-18s 0x%016lx\n", name, READ_SYSREG(enc))

void guest_main(u64 dtb) {
  (void)dtb;
  ID("MIDR_EL1", S3_0_C0_C0_0);
  ID("MPIDR_EL1", S3_0_C0_C0_5);
  ID("REVIDR_EL1", S3_0_C0_C0_6);
  ID("ID_AA64PFR0_EL1", S3_0_C0_C4_0);
  ID("ID_AA64PFR1_EL1", S3_0_C0_C4_1);
  ID("ID_AA64PFR2_EL1", S3_0_C0_C4_2);
  ID("ID_AA64ZFR0_EL1", S3_0_C0_C4_4);
  ID("ID_AA64SMFR0_EL1", S3_0_C0_C4_5);
  ID("ID_AA64FPFR0_EL1", S3_0_C0_C4_7);
  ID("ID_AA64DFR0_EL1", S3_0_C0_C5_0);
  ID("ID_AA64DFR1_EL1", S3_0_C0_C5_1);
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
  ID("CTR_EL0", S3_3_C0_C0_1);
  ID("DCZID_EL0", S3_3_C0_C0_7);
  ID("CLIDR_EL1", S3_1_C0_C0_1);
}
