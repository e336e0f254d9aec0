/* The smallest useful guest: prints through the PL011, does integer and FP work, powers off. */
#include "runtime.h"

static u64 fib(u64 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

void guest_main(u64 dtb) {
  (void)dtb;
  guest_printf("hello from an a64vm guest at EL%u\n", (unsigned)((READ_SYSREG(CurrentEL) >> 2) & 3));
  guest_printf("fib(20) = %lu\n", fib(20));
  volatile double x = 1.0;
  for (int i = 0; i < 10; i++) x = x * 1.5 + 0.25;
  guest_printf("fp: x * 1000 = %ld\n", (i64)(x * 1000.0));
  u64 psci = psci_call(0x84000000ul, 0, 0, 0); /* PSCI_VERSION */
  guest_printf("PSCI version %lu.%lu\n", psci >> 16, psci & 0xffff);
}
