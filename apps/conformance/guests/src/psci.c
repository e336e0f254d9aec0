/* PSCI over HVC: the version, which functions FEATURES reports, and a second vCPU brought up with
   CPU_ON (it records its context ID and turns itself off with CPU_OFF) watched through AFFINITY_INFO.
   Needs two vCPUs (a64vm --smp 2, qemu -smp 2); ends with SYSTEM_OFF from the runtime. */
#include "runtime.h"

#define VERSION 0x84000000ul
#define CPU_OFF 0x84000002ul
#define CPU_ON 0xc4000003ul
#define AFFINITY_INFO 0xc4000004ul
#define SYSTEM_OFF 0x84000008ul
#define SYSTEM_RESET 0x84000009ul
#define FEATURES 0x8400000aul
#define UNKNOWN_FUNCTION 0x8400001ful

volatile u64 secondary_context;
static u8 secondary_stack[4096] __attribute__((aligned(16)));
u8 *const secondary_stack_top = secondary_stack + sizeof secondary_stack;

void secondary_main(u64 context) {
  secondary_context = context;
  __asm__ volatile("dsb sy" ::: "memory");
  psci_call(CPU_OFF, 0, 0, 0);
  for (;;) __asm__ volatile("wfi");
}

/* CPU_ON entry: MMU off, x0 = context ID; a stack of its own, then C. */
__asm__(".global secondary_entry\n"
        "secondary_entry:\n"
        "  adrp x1, secondary_stack_top\n"
        "  ldr x1, [x1, :lo12:secondary_stack_top]\n"
        "  mov sp, x1\n"
        "  bl secondary_main\n"
        "1: wfi\n  b 1b\n");
extern char secondary_entry[];

static int call(u64 function, u64 a1, u64 a2, u64 a3) { return (int)psci_call(function, a1, a2, a3); }

void guest_main(u64 dtb) {
  (void)dtb;
  guest_printf("PSCI_VERSION 0x%x\n", (unsigned)psci_call(VERSION, 0, 0, 0));
  static const u64 functions[] = {VERSION, CPU_OFF, CPU_ON, AFFINITY_INFO, SYSTEM_OFF, SYSTEM_RESET, FEATURES,
                                  UNKNOWN_FUNCTION};
  for (unsigned i = 0; i < sizeof functions / sizeof functions[0]; i++)
    guest_printf("FEATURES(0x%lx) %d\n", functions[i], call(FEATURES, functions[i], 0, 0));
  guest_printf("AFFINITY_INFO(1) before CPU_ON %d\n", call(AFFINITY_INFO, 1, 0, 0));
  guest_printf("CPU_ON(1) %d\n", call(CPU_ON, 1, (u64)secondary_entry, 0x5a));
  int spins = 0;
  while (secondary_context == 0 && spins < 100000000) spins++; /* QEMU starts vCPU 1 asynchronously */
  guest_printf("vCPU 1 ran with context 0x%lx\n", secondary_context);
  int state = -1;
  for (spins = 0; spins < 100000 && state != 1; spins++) state = call(AFFINITY_INFO, 1, 0, 0);
  guest_printf("AFFINITY_INFO(1) after its CPU_OFF %d\n", state);
  guest_printf("CPU_ON(0), already on %d\n", call(CPU_ON, 0, (u64)secondary_entry, 0));
  guest_printf("CPU_ON(7), no such vCPU %d\n", call(CPU_ON, 7, (u64)secondary_entry, 0));
}
