/* With the guest's own CPACR_EL1.FPEN, ZEN and SMEN clear, an FP instruction and the FP-, SVE- and
   SME-controlled registers trap to EL1 with their architectural exception class (0x07, 0x19, 0x1D),
   or UNDEF (0x00) when the register's feature is not there. Nothing in the disabled window touches
   the FP registers: results are printed after CPACR_EL1 is restored. */
#include "runtime.h"

#define CPACR_FPEN (3ul << 20)
#define CPACR_ZEN (3ul << 16)
#define CPACR_SMEN (3ul << 24)

static const char *const names[] = {"FMOV d0, x0", "MRS FPMR", "MRS ZCR_EL1", "MRS SMCR_EL1", "MRS SVCR"};

void guest_main(u64 dtb) {
  (void)dtb;
  u64 results[5];
  u64 v = 0;
  u64 cpacr = READ_SYSREG(cpacr_el1);
  WRITE_SYSREG(cpacr_el1, cpacr & ~(CPACR_FPEN | CPACR_ZEN | CPACR_SMEN));
  __asm__ volatile("isb");
  results[0] = PROBE(__asm__ volatile("fmov d0, %0" ::"r"(v) : "v0"));
  results[1] = PROBE(__asm__ volatile("mrs %0, S3_3_C4_C4_2" : "=r"(v)));
  results[2] = PROBE(__asm__ volatile("mrs %0, S3_0_C1_C2_0" : "=r"(v)));
  results[3] = PROBE(__asm__ volatile("mrs %0, S3_0_C1_C2_6" : "=r"(v)));
  results[4] = PROBE(__asm__ volatile("mrs %0, S3_3_C4_C2_2" : "=r"(v)));
  WRITE_SYSREG(cpacr_el1, cpacr);
  __asm__ volatile("isb");
  for (int i = 0; i < 5; i++) {
    if (results[i] == 0)
      guest_printf("%-14s no trap\n", names[i]);
    else
      guest_printf("%-14s EC 0x%02x\n", names[i], (unsigned)ESR_EC(results[i]));
  }
}
