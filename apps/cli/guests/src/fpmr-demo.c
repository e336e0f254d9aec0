/* The FPMR story in one guest: what ID_AA64PFR2_EL1 advertises, whether FPMR and the FP8
   conversions exist for this VM, and what they compute when they do. */
#include "runtime.h"

static void report(const char *what, u64 esr) {
  guest_printf("%s: UNDEF (ESR_EL1 EC=0x%02x)\n", what, (unsigned)ESR_EC(esr));
}

void guest_main(u64 dtb) {
  (void)dtb;
  /* ID_AA64PFR2_EL1 by its generic name: it is RAZ on CPUs that predate it. */
  u64 pfr2 = READ_SYSREG(S3_0_C0_C4_2);
  unsigned fpmr_field = (unsigned)((pfr2 >> 32) & 0xf);
  guest_printf("ID_AA64PFR2_EL1 = 0x%016lx: FPMR field %u, FPMR %s\n", pfr2, fpmr_field,
               fpmr_field ? "advertised" : "not advertised");

  u64 fpmr = 0;
  u64 esr = PROBE(__asm__ volatile("mrs %0, S3_3_C4_C4_2" : "=r"(fpmr))); /* MRS x, FPMR */
  if (esr) report("MRS FPMR", esr);
  else guest_printf("MRS FPMR: 0x%lx\n", fpmr);

  /* FPMR.F8S1 = 1: the first source operand's FP8 format is E4M3. */
  esr = PROBE(__asm__ volatile("msr S3_3_C4_C4_2, %0" ::"r"(1ul)));
  if (esr) report("MSR FPMR", esr);
  else guest_printf("MSR FPMR, #E4M3: read back 0x%lx\n", READ_SYSREG(S3_3_C4_C4_2));

  /* E4M3 bytes 1.0, 2.0, 3.0, 0.5, -1.0, 448 (largest normal), 2^-9 (smallest subnormal), NaN. */
  u64 in = 0x7f017eb830444038ul, lo = 0, hi = 0;
  esr = PROBE(__asm__ volatile("fmov d1, %2\n\t"
                               ".inst 0x2e217820\n\t" /* F1CVTL v0.8h, v1.8b */
                               "fmov %0, d0\n\t"
                               "mov %1, v0.d[1]"
                               : "=r"(lo), "=r"(hi)
                               : "r"(in)
                               : "v0", "v1"));
  if (esr) {
    report("F1CVTL v0.8h, v1.8b", esr);
  } else {
    guest_printf("F1CVTL v0.8h, v1.8b (E4M3 -> FP16):");
    for (int i = 0; i < 4; i++) guest_printf(" %04x", (unsigned)((lo >> (16 * i)) & 0xffff));
    for (int i = 0; i < 4; i++) guest_printf(" %04x", (unsigned)((hi >> (16 * i)) & 0xffff));
    guest_printf("\n");
  }

  /* FPMR.F8D = E4M3 (and F8S1 still E4M3), OSC = 0: an overflow becomes E4M3's NaN. */
  PROBE(__asm__ volatile("msr S3_3_C4_C4_2, %0" ::"r"(0x41ul)));
  static const float wide[8] = {1.0f, -2.5f, 448.0f, 500.0f, 0.001953125f, 1000.0f, 0.3f, -0.0f};
  u64 narrow = 0, fpsr = 0;
  esr = PROBE(__asm__ volatile("msr fpsr, xzr\n\t"
                               "ldp q1, q2, [%2]\n\t"
                               ".inst 0x0e02f420\n\t" /* FCVTN v0.8b, v1.4s, v2.4s */
                               "fmov %0, d0\n\t"
                               "mrs %1, fpsr"
                               : "=r"(narrow), "=r"(fpsr)
                               : "r"(wide)
                               : "v0", "v1", "v2", "memory"));
  if (esr) {
    report("FCVTN v0.8b, v1.4s, v2.4s", esr);
  } else {
    guest_printf("FCVTN v0.8b, v1.4s, v2.4s (FP32 -> E4M3):");
    for (int i = 0; i < 8; i++) guest_printf(" %02x", (unsigned)((narrow >> (8 * i)) & 0xff));
    guest_printf(" FPSR=0x%lx\n", fpsr);
  }
}
