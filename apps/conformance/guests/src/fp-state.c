/* FP/SIMD state across exits: V0-V31, FPCR and FPSR are loaded with a pattern, then the guest makes
   200 UART writes (MMIO exits) and 200 PSCI_VERSION calls (HVC exits), each a chance for the
   hypervisor to switch FP state lazily, all inside one asm block so that no compiled code touches
   the registers; then it stores them and reports every register that changed. */
#include "runtime.h"

#define ROUNDS 200
#define FPCR_SET 0x02400000ul /* DN, RMode = 0b01 (towards +infinity) */
#define FPSR_SET 0x0800009ful /* QC, IDC, IXC, UFC, OFC, DZC, IOC */

static u8 pattern[32 * 16] __attribute__((aligned(16)));
static u8 after[32 * 16] __attribute__((aligned(16)));

void guest_main(u64 dtb) {
  (void)dtb;
  for (int i = 0; i < 32 * 16; i++) pattern[i] = (u8)(i * 7 + 3);
  u64 fpcr, fpsr;
  u8 *in = pattern, *out = after; /* advanced by the loads and stores */
  __asm__ volatile(
      "ld1 {v0.16b-v3.16b}, [%[in]], #64\n ld1 {v4.16b-v7.16b}, [%[in]], #64\n"
      "ld1 {v8.16b-v11.16b}, [%[in]], #64\n ld1 {v12.16b-v15.16b}, [%[in]], #64\n"
      "ld1 {v16.16b-v19.16b}, [%[in]], #64\n ld1 {v20.16b-v23.16b}, [%[in]], #64\n"
      "ld1 {v24.16b-v27.16b}, [%[in]], #64\n ld1 {v28.16b-v31.16b}, [%[in]], #64\n"
      "msr fpcr, %[fpcr_set]\n msr fpsr, %[fpsr_set]\n"
      "mov x9, %[rounds]\n"
      "1: mov w10, #'.'\n str w10, [%[uart]]\n"
      "   mov x0, #0x84000000\n hvc #0\n"
      "   subs x9, x9, #1\n b.ne 1b\n"
      "st1 {v0.16b-v3.16b}, [%[out]], #64\n st1 {v4.16b-v7.16b}, [%[out]], #64\n"
      "st1 {v8.16b-v11.16b}, [%[out]], #64\n st1 {v12.16b-v15.16b}, [%[out]], #64\n"
      "st1 {v16.16b-v19.16b}, [%[out]], #64\n st1 {v20.16b-v23.16b}, [%[out]], #64\n"
      "st1 {v24.16b-v27.16b}, [%[out]], #64\n st1 {v28.16b-v31.16b}, [%[out]], #64\n"
      "mrs %[fpcr], fpcr\n mrs %[fpsr], fpsr\n"
      : [fpcr] "=&r"(fpcr), [fpsr] "=&r"(fpsr), [in] "+r"(in), [out] "+r"(out)
      : [fpcr_set] "r"(FPCR_SET), [fpsr_set] "r"(FPSR_SET),
        [rounds] "i"(ROUNDS), [uart] "r"(0x09000000ul)
      : "x0", "x1", "x2", "x3", "x9", "x10", "memory", "cc", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8",
        "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24",
        "v25", "v26", "v27", "v28", "v29", "v30", "v31");
  guest_printf("\n");
  int intact = 0;
  for (int n = 0; n < 32; n++) {
    int same = 1;
    for (int i = 0; i < 16; i++) same &= after[n * 16 + i] == pattern[n * 16 + i];
    if (same)
      intact++;
    else
      guest_printf("v%d changed\n", n);
  }
  guest_printf("%d of 32 V registers intact after %d MMIO and %d HVC exits\n", intact, ROUNDS, ROUNDS);
  guest_printf("FPCR 0x%08lx FPSR 0x%08lx\n", fpcr, fpsr);
}
