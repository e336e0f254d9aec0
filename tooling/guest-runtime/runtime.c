#include "runtime.h"
#include <stdarg.h>

#define UART_BASE 0x09000000ul /* PL011 on the virt board; data register at offset 0 */
#define UART_FR (UART_BASE + 0x18)

#define PSCI_SYSTEM_OFF 0x84000008ul
#define PSCI_SYSTEM_RESET 0x84000009ul

struct exception_frame {
  u64 x[19];
  u64 x30;
  u64 elr;
  u64 spsr;
  u64 pad[2];
};

void uart_putc(char c) {
  while (*(volatile u32 *)UART_FR & (1u << 5)) {
  } /* TXFF: transmit FIFO full */
  *(volatile u32 *)UART_BASE = (u8)c;
}

void uart_puts(const char *s) {
  while (*s) uart_putc(*s++);
}

static void put_unsigned(u64 v, unsigned base, int width, char pad) {
  char buf[32];
  int n = 0;
  do {
    unsigned d = (unsigned)(v % base);
    buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
    v /= base;
  } while (v != 0);
  while (n < width) buf[n++] = pad;
  while (n > 0) uart_putc(buf[--n]);
}

/* printf subset: %s %c %d %u %x %p with l/ll, a width (%016lx, %-18s). */
void guest_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      uart_putc(*fmt);
      continue;
    }
    fmt++;
    char pad = ' ';
    int width = 0, left = 0;
    if (*fmt == '-') {
      left = 1;
      fmt++;
    }
    if (*fmt == '0') {
      pad = '0';
      fmt++;
    }
    while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    int longs = 0;
    while (*fmt == 'l') {
      longs++;
      fmt++;
    }
    switch (*fmt) {
    case 's': {
      const char *str = va_arg(ap, const char *);
      int len = 0;
      while (str[len]) len++;
      if (!left)
        for (int i = len; i < width; i++) uart_putc(' ');
      uart_puts(str);
      if (left)
        for (int i = len; i < width; i++) uart_putc(' ');
      break;
    }
    case 'c':
      uart_putc((char)va_arg(ap, int));
      break;
    case 'd': {
      i64 v = longs ? va_arg(ap, i64) : va_arg(ap, int);
      if (v < 0) {
        uart_putc('-');
        v = -v;
      }
      put_unsigned((u64)v, 10, width, pad);
      break;
    }
    case 'u':
      put_unsigned(longs ? va_arg(ap, u64) : va_arg(ap, unsigned), 10, width, pad);
      break;
    case 'x':
      put_unsigned(longs ? va_arg(ap, u64) : va_arg(ap, unsigned), 16, width, pad);
      break;
    case 'p':
      uart_puts("0x");
      put_unsigned((u64)va_arg(ap, void *), 16, 16, '0');
      break;
    case '%':
      uart_putc('%');
      break;
    default:
      uart_putc('?');
    }
  }
  va_end(ap);
}

u64 psci_call(u64 function, u64 a1, u64 a2, u64 a3) {
  register u64 x0 __asm__("x0") = function;
  register u64 x1 __asm__("x1") = a1;
  register u64 x2 __asm__("x2") = a2;
  register u64 x3 __asm__("x3") = a3;
  __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : "memory");
  return x0;
}

void psci_system_off(void) {
  psci_call(PSCI_SYSTEM_OFF, 0, 0, 0);
  for (;;) __asm__ volatile("wfi");
}

void psci_system_reset(void) {
  psci_call(PSCI_SYSTEM_RESET, 0, 0, 0);
  for (;;) __asm__ volatile("wfi");
}

static volatile int probe_armed;
static volatile u64 probe_esr;

void probe_arm(void) {
  probe_esr = 0;
  probe_armed = 1;
}

u64 probe_result(void) {
  probe_armed = 0;
  return probe_esr;
}

/* Called from the vectors with the vector index (0-15) and the saved frame. */
void guest_exception(u64 kind, struct exception_frame *frame) {
  u64 esr = READ_SYSREG(esr_el1);
  u64 far = READ_SYSREG(far_el1);
  if (probe_armed && (kind == 4 || kind == 0)) { /* synchronous, current EL */
    probe_esr = esr | (1ul << 63);             /* bit 63 marks "taken" even for ESR == 0 */
    probe_armed = 0;
    frame->elr += 4;
    return;
  }
  guest_printf("unhandled exception: vector %u ESR_EL1=0x%lx (EC=0x%x) ELR_EL1=0x%lx FAR_EL1=0x%lx\n", (unsigned)kind,
               esr, (unsigned)ESR_EC(esr), frame->elr, far);
  psci_system_off();
}
