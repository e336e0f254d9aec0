/* Reads and writes (the value read back) every feature-gated system register of the generated table
   and prints, per register, "ok" or the exception class of the exception it took. The guest first
   enables FP, SVE and SME in CPACR_EL1 so that only a missing feature can stop an access. */
#include "feature-regs.generated.h"

static void outcome(u64 result) {
  if (result == 0)
    guest_printf("ok");
  else
    guest_printf("EC 0x%02x", (unsigned)ESR_EC(result));
}

void guest_main(u64 dtb) {
  (void)dtb;
  WRITE_SYSREG(cpacr_el1, (3ul << 20) | (3ul << 16) | (3ul << 24)); /* FPEN, ZEN, SMEN: no traps */
  __asm__ volatile("isb");
  for (int i = 0; i < FEATURE_REG_COUNT; i++) {
    const struct feature_reg *r = &FEATURE_REGS[i];
    u64 value = 0;
    guest_printf("%-14s read ", r->name);
    outcome(r->read(&value));
    if (r->write != 0) {
      guest_printf(", write ");
      outcome(r->write(value));
    }
    guest_printf("\n");
  }
}
