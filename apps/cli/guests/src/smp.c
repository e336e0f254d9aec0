/* Several CPUs through PSCI: CPU 0 starts each secondary with CPU_ON (context ID = its number),
   each reports its MPIDR, EL and a computed value, waits to be released, and turns itself off
   with CPU_OFF; CPU 0 follows every power state with AFFINITY_INFO. Everything printed is
   independent of how the CPUs interleave, so it is the same on every run and every machine. */
#include "runtime.h"

#define PSCI_VERSION 0x84000000ul
#define PSCI_CPU_OFF 0x84000002ul
#define PSCI_CPU_ON 0xc4000003ul
#define PSCI_AFFINITY_INFO 0xc4000004ul
#define PSCI_INVALID_PARAMETERS ((u64)-2l)
#define PSCI_ALREADY_ON ((u64)-4l)

#define MAX_CPUS 8
#define STACK_BYTES 4096

/* Written by one CPU, read by another: each secondary owns its own slot. */
struct report {
  volatile u64 started;
  volatile u64 released;
  volatile u64 context;
  volatile u64 mpidr;
  volatile u64 el;
  volatile u64 value;
};

static struct report reports[MAX_CPUS];
u8 secondary_stacks[MAX_CPUS][STACK_BYTES] __attribute__((aligned(16)));
u64 secondary_vbar;

void secondary_entry(void);
void secondary_main(u64 cpu);

/* A secondary enters at EL1h with the MMU off and x0 = context ID: a stack of its own, the
   primary's vectors, FP/SIMD without traps, then C. */
__asm__(".text\n"
        ".global secondary_entry\n"
        ".balign 4\n"
        "secondary_entry:\n"
        "  ldr x1, =secondary_stacks\n"
        "  add x2, x0, #1\n"
        "  add x1, x1, x2, lsl #12\n"
        "  mov sp, x1\n"
        "  ldr x1, =secondary_vbar\n"
        "  ldr x1, [x1]\n"
        "  msr vbar_el1, x1\n"
        "  mov x1, #(3 << 20)\n"
        "  msr cpacr_el1, x1\n"
        "  isb\n"
        "  bl secondary_main\n"
        "1: wfi\n"
        "  b 1b\n");

static u64 collatz_steps(u64 n) {
  u64 steps = 0;
  while (n != 1) {
    n = (n & 1) ? 3 * n + 1 : n / 2;
    steps++;
  }
  return steps;
}

/* The longest Collatz chain below 1000 * cpu: different work on every CPU. */
static u64 work(u64 cpu) {
  u64 best = 0;
  for (u64 n = 1; n < 1000 * cpu; n++) {
    u64 s = collatz_steps(n);
    if (s > best) best = s;
  }
  return best;
}

void secondary_main(u64 cpu) {
  struct report *r = &reports[cpu];
  r->context = cpu;
  r->mpidr = READ_SYSREG(mpidr_el1) & 0xff;
  r->el = (READ_SYSREG(CurrentEL) >> 2) & 3;
  r->value = work(cpu);
  __asm__ volatile("dmb sy" ::: "memory");
  r->started = 1;
  while (!r->released) {
  }
  psci_call(PSCI_CPU_OFF, 0, 0, 0);
  for (;;) __asm__ volatile("wfi");
}

static const char *affinity_name(u64 state) {
  switch (state) {
  case 0:
    return "ON";
  case 1:
    return "OFF";
  case 2:
    return "ON_PENDING";
  default:
    return "?";
  }
}

static u64 affinity(u64 cpu) { return psci_call(PSCI_AFFINITY_INFO, cpu, 0, 0); }

void guest_main(u64 dtb) {
  (void)dtb;
  secondary_vbar = READ_SYSREG(vbar_el1);
  u64 version = psci_call(PSCI_VERSION, 0, 0, 0);
  guest_printf("smp: PSCI %lu.%lu, boot CPU MPIDR.Aff0 = %lu\n", version >> 16, version & 0xffff,
               READ_SYSREG(mpidr_el1) & 0xff);
  guest_printf("AFFINITY_INFO(0) = %s, AFFINITY_INFO(1) = %s\n", affinity_name(affinity(0)),
               affinity_name(affinity(1)));

  u64 cpus = 1;
  for (u64 cpu = 1; cpu < MAX_CPUS; cpu++) {
    u64 ret = psci_call(PSCI_CPU_ON, cpu, (u64)secondary_entry, cpu);
    if (ret == PSCI_INVALID_PARAMETERS) {
      guest_printf("CPU_ON(%lu) = INVALID_PARAMETERS: no such CPU\n", cpu);
      break;
    }
    if (ret != 0) {
      guest_printf("CPU_ON(%lu) failed: %ld\n", cpu, (i64)ret);
      return;
    }
    cpus++;
  }
  guest_printf("started %lu secondary CPUs\n", cpus - 1);

  for (u64 cpu = 1; cpu < cpus; cpu++) {
    while (!reports[cpu].started) {
    }
    __asm__ volatile("dmb sy" ::: "memory");
    struct report *r = &reports[cpu];
    u64 again = psci_call(PSCI_CPU_ON, cpu, (u64)secondary_entry, cpu);
    guest_printf("cpu %lu: context %lu, MPIDR.Aff0 %lu, EL%lu, longest Collatz chain below %lu: %lu steps; "
                 "AFFINITY_INFO = %s, CPU_ON again = %s\n",
                 cpu, r->context, r->mpidr, r->el, 1000 * cpu, r->value, affinity_name(affinity(cpu)),
                 again == PSCI_ALREADY_ON ? "ALREADY_ON" : "?");
  }

  for (u64 cpu = 1; cpu < cpus; cpu++) {
    reports[cpu].released = 1;
    while (affinity(cpu) != 1) {
    }
    guest_printf("cpu %lu: CPU_OFF, AFFINITY_INFO = %s\n", cpu, affinity_name(affinity(cpu)));
  }
  guest_printf("smp: done on %lu CPUs\n", cpus);
}
