/* The a64vm bare-metal guest runtime: UART output, PSCI, and probing of instructions that may
   trap (an armed probe turns the next synchronous exception into a recorded ESR and skips the
   faulting instruction). Runs unchanged on a64vm's virt board and on qemu-system-aarch64 -M virt. */
#ifndef A64VM_GUEST_RUNTIME_H
#define A64VM_GUEST_RUNTIME_H

typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef unsigned char u8;

void uart_putc(char c);
void uart_puts(const char *s);
void guest_printf(const char *fmt, ...);

u64 psci_call(u64 function, u64 a1, u64 a2, u64 a3);
void psci_system_off(void) __attribute__((noreturn));
void psci_system_reset(void) __attribute__((noreturn));

/* Arm a probe: the next synchronous exception is recorded, not fatal. */
void probe_arm(void);
/* Disarm; returns the ESR_EL1 of the exception taken since probe_arm(), or 0 when none was taken. */
u64 probe_result(void);

#define PROBE(stmt) ({ probe_arm(); __asm__ volatile("" ::: "memory"); stmt; __asm__ volatile("" ::: "memory"); probe_result(); })
#define ESR_EC(esr) (((esr) >> 26) & 0x3f)

#define READ_SYSREG(name) ({ u64 _v; __asm__ volatile("mrs %0, " #name : "=r"(_v)); _v; })
#define WRITE_SYSREG(name, v) __asm__ volatile("msr " #name ", %0" ::"r"((u64)(v)))

/* Provided by each guest. */
void guest_main(u64 dtb);

#endif
