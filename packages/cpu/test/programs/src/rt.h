/* A tiny freestanding runtime for a64vm test programs: Linux syscalls and formatted output. */
#ifndef A64VM_RT_H
#define A64VM_RT_H
typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;

static inline long sys3(long n, long a, long b, long c) {
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
  return x0;
}

static char outbuf[8192];
static u32 outlen;

static void flush(void) {
  if (outlen) sys3(64, 1, (long)outbuf, outlen);
  outlen = 0;
}

static void putch(char c) {
  if (outlen == sizeof outbuf) flush();
  outbuf[outlen++] = c;
}

static void puts_(const char *s) {
  while (*s) putch(*s++);
}

static void put_u(u64 v) {
  char b[24];
  int i = 0;
  do { b[i++] = (char)('0' + v % 10); v /= 10; } while (v);
  while (i) putch(b[--i]);
}

static void put_i(i64 v) {
  if (v < 0) { putch('-'); put_u((u64)0 - (u64)v); } else put_u((u64)v);
}

static void put_x(u64 v) {
  puts_("0x");
  for (int s = 60; s >= 0; s -= 4) putch("0123456789abcdef"[(v >> s) & 15]);
}

static void kv(const char *k, u64 v) {
  puts_(k);
  putch('=');
  put_x(v);
  putch('\n');
}

static u64 bits_of_double(double d) {
  union { double d; u64 u; } x = { d };
  return x.u;
}

static u32 bits_of_float(float f) {
  union { float f; u32 u; } x = { f };
  return x.u;
}

int main(void);

__attribute__((used, noreturn)) void _start_c(void) {
  int code = main();
  flush();
  sys3(94, code, 0, 0);
  __builtin_unreachable();
}

__asm__(".globl _start\n_start:\n  mov x29, #0\n  bl _start_c\n");

void *memset(void *d, int c, unsigned long n) {
  unsigned char *p = d;
  while (n--) *p++ = (unsigned char)c;
  return d;
}

void *memcpy(void *d, const void *s, unsigned long n) {
  unsigned char *p = d;
  const unsigned char *q = s;
  while (n--) *p++ = *q++;
  return d;
}
#endif
