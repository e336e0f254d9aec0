/* Synchronous exception entry and return at EL1: SVC, BRK, an UNDEFINED instruction and an
   alignment fault (an unaligned exclusive load faults whatever SCTLR_EL1.A says). The guest installs
   its own vector table for the duration, records ESR_EL1, ELR_EL1 (as an offset from the instruction
   that raised it), SPSR_EL1 and FAR_EL1, and returns with ERET past the instruction. */
#include "runtime.h"

struct record {
  u64 esr, elr, spsr, far, count;
};
volatile struct record taken;

/* Vector table: the current-EL SPx synchronous entry (offset 0x200) records and steps over the
   instruction unless it is an SVC (whose preferred return address is already the next one). */
__asm__(".balign 0x800\n"
        "test_vectors:\n"
        ".rept 4\n.balign 0x80\nb .\n.endr\n"
        ".balign 0x80\n" /* 0x200: current EL, SPx, synchronous */
        "  stp x0, x1, [sp, #-16]!\n"
        "  adrp x0, taken\n"
        "  add x0, x0, :lo12:taken\n"
        "  mrs x1, esr_el1\n  str x1, [x0, #0]\n"
        "  mrs x1, elr_el1\n  str x1, [x0, #8]\n"
        "  mrs x1, spsr_el1\n str x1, [x0, #16]\n"
        "  mrs x1, far_el1\n  str x1, [x0, #24]\n"
        "  ldr x1, [x0, #32]\n add x1, x1, #1\n str x1, [x0, #32]\n"
        "  mrs x1, esr_el1\n  lsr x1, x1, #26\n  cmp x1, #0x15\n  b.eq 1f\n"
        "  mrs x1, elr_el1\n  add x1, x1, #4\n  msr elr_el1, x1\n"
        "1: ldp x0, x1, [sp], #16\n"
        "  eret\n"
        ".rept 11\n.balign 0x80\nb .\n.endr\n");
extern char test_vectors[];

/* Each raises one exception at a known label with NZCV = 0b0110 (cmp xzr, xzr) and returns the label. */
#define RAISE(insn, operand)                                                                              \
  ({                                                                                                      \
    u64 _at;                                                                                              \
    __asm__ volatile("adr %0, 1f\n cmp xzr, xzr\n1: " insn "\n" : "=&r"(_at) : "r"(operand) : "x2", "cc", "memory"); \
    _at;                                                                                                  \
  })

static void show(const char *what, u64 at, int with_far) {
  guest_printf("%-22s EC 0x%02x ISS 0x%07x IL %u ELR=insn+%u SPSR 0x%lx", what, (unsigned)ESR_EC(taken.esr),
               (unsigned)(taken.esr & 0x1ffffff), (unsigned)((taken.esr >> 25) & 1), (unsigned)(taken.elr - at),
               taken.spsr);
  if (with_far) guest_printf(" FAR=ram+0x%lx", taken.far - 0x40000000ul);
  guest_printf("\n");
}

void guest_main(u64 dtb) {
  (void)dtb;
  u64 saved = READ_SYSREG(vbar_el1);
  WRITE_SYSREG(vbar_el1, (u64)test_vectors);
  __asm__ volatile("isb");
  u64 at;
  at = RAISE("svc #0x42", 0ul);
  show("SVC #0x42", at, 0);
  at = RAISE("brk #0x7", 0ul);
  show("BRK #7", at, 0);
  at = RAISE("udf #0x1234", 0ul);
  show("UDF #0x1234", at, 0);
  at = RAISE("ldxr x2, [%1]", 0x40000001ul);
  show("LDXR unaligned", at, 1);
  WRITE_SYSREG(vbar_el1, saved);
  __asm__ volatile("isb");
  guest_printf("%lu exceptions taken, every one returned\n", taken.count);
}
