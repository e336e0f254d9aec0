/* The EL1 virtual timer through its registers (interrupts stay masked): CNTV_CTL_EL0.ISTATUS rises
   once CNTVCT_EL0 passes CNTV_CVAL_EL0 with the timer enabled, CNTV_TVAL_EL0 reads CVAL - CNTVCT
   and a write to it sets CVAL. Only facts independent of the counter's frequency are printed. */
#include "runtime.h"

#define CTL_ENABLE 1u
#define CTL_IMASK 2u
#define CTL_ISTATUS 4u

static u64 ctl(void) { return READ_SYSREG(cntv_ctl_el0); }

void guest_main(u64 dtb) {
  (void)dtb;
  WRITE_SYSREG(cntv_ctl_el0, 0);
  __asm__ volatile("isb");
  guest_printf("CNTV_CTL_EL0 after writing 0: %lu\n", ctl());

  /* A deadline far ahead: not reached. */
  u64 start = READ_SYSREG(cntvct_el0);
  WRITE_SYSREG(cntv_cval_el0, start + (1ul << 40));
  WRITE_SYSREG(cntv_ctl_el0, CTL_ENABLE | CTL_IMASK);
  __asm__ volatile("isb");
  guest_printf("CVAL reads back what was written: %s\n",
               READ_SYSREG(cntv_cval_el0) == start + (1ul << 40) ? "yes" : "no");
  guest_printf("before the deadline: ISTATUS %lu\n", (ctl() & CTL_ISTATUS) >> 2);

  /* A deadline just ahead: ISTATUS must rise once the count passes it; an emulator may take a
     moment to notice, so allow a second of counter time. */
  start = READ_SYSREG(cntvct_el0);
  WRITE_SYSREG(cntv_cval_el0, start + 2000);
  __asm__ volatile("isb");
  u64 give_up = start + 2000 + READ_SYSREG(cntfrq_el0);
  while (!(ctl() & CTL_ISTATUS) && READ_SYSREG(cntvct_el0) < give_up) {
  }
  guest_printf("after the deadline: CNTV_CTL_EL0 = %lu (ENABLE | IMASK | ISTATUS), counter past CVAL: %s\n", ctl(),
               READ_SYSREG(cntvct_el0) >= start + 2000 ? "yes" : "no");
  i64 tval = (i64)(int)READ_SYSREG(cntv_tval_el0);
  guest_printf("TVAL after the deadline is %s\n", tval <= 0 ? "zero or negative" : "positive");

  WRITE_SYSREG(cntv_tval_el0, 100000000);
  __asm__ volatile("isb");
  u64 now = READ_SYSREG(cntvct_el0);
  u64 cval = READ_SYSREG(cntv_cval_el0);
  guest_printf("writing TVAL sets CVAL ahead of the counter: %s\n", cval > now && cval - now <= 100000000 ? "yes" : "no");
  guest_printf("with the deadline ahead: CNTV_CTL_EL0 = %lu\n", ctl());
  WRITE_SYSREG(cntv_ctl_el0, CTL_ISTATUS);
  __asm__ volatile("isb");
  guest_printf("ISTATUS is read-only, ENABLE cleared: CNTV_CTL_EL0 = %lu\n", ctl());
}
