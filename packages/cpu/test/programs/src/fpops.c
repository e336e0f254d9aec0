/* Floating point: arithmetic in every rounding mode (FPCR.RMode), conversions, sqrt, fused multiply-add. */
#include "rt.h"

static double fsqrt(double v) { double r; __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(v)); return r; }

static void set_rmode(u64 mode) {
  u64 fpcr;
  __asm__ volatile("mrs %0, fpcr" : "=r"(fpcr));
  fpcr = (fpcr & ~(3ul << 22)) | (mode << 22);
  __asm__ volatile("msr fpcr, %0" ::"r"(fpcr));
}

static volatile double dv[] = {1.0, 3.0, -2.5, 1e308, 1e-308, 0.1, 7.0, -0.0, 123456789.123, 2.0};
static volatile float fv[] = {1.0f, 3.0f, -2.5f, 3e38f, 1e-38f, 0.1f, 7.0f, -0.0f, 16777217.0f, 2.0f};

int main(void) {
  for (u64 mode = 0; mode < 4; mode++) {
    set_rmode(mode);
    u64 h = 0;
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 10; j++) {
        double a = dv[i], b = dv[j];
        float fa = fv[i], fb = fv[j];
        h = h * 31 + bits_of_double(a + b);
        h = h * 31 + bits_of_double(a * b);
        h = h * 31 + bits_of_double(b != 0 ? a / b : a);
        h = h * 31 + bits_of_float(fa + fb);
        h = h * 31 + bits_of_float(fa * fb);
        h = h * 31 + bits_of_float(fb != 0 ? fa / fb : fa);
      }
      h = h * 31 + (u64)(i64)dv[i];
      h = h * 31 + bits_of_double(fsqrt(dv[i] < 0 ? -dv[i] : dv[i]));
    }
    puts_("mode ");
    put_u(mode);
    putch(' ');
    put_x(h);
    putch('\n');
  }
  set_rmode(0);
  volatile i64 big = 0x7fffffffffffff01l;
  kv("scvtf big", bits_of_double((double)big));
  kv("fcvtzs sat", (u64)(i64)(dv[3]));
  kv("fcvtzu neg", (u64)(dv[2] < 0 ? 0 : (u64)dv[2]));
  kv("f2d", bits_of_double((double)fv[5]));
  kv("d2f", bits_of_float((float)dv[5]));
  double s = 0;
  for (int i = 1; i < 2000; i++) s += 1.0 / (double)i * (i & 1 ? 1 : -1);
  kv("series", bits_of_double(s));
  return 0;
}
