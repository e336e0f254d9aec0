/* Half precision (FEAT_FP16): scalar _Float16 and float16x8_t intrinsics in every FPCR rounding mode, with FPSR flags. */
#include "rt.h"
#include <arm_neon.h>

static u64 get_fpsr(void) { u64 v; __asm__ volatile("mrs %0, fpsr" : "=r"(v)); return v; }
static void set_fpsr(u64 v) { __asm__ volatile("msr fpsr, %0" : : "r"(v)); }
static void set_fpcr(u64 v) { __asm__ volatile("msr fpcr, %0" : : "r"(v)); }

static unsigned short hbits(_Float16 h) {
  union { _Float16 h; unsigned short u; } x = { h };
  return x.u;
}

static u64 lanes(float16x8_t v) { return vgetq_lane_u64(vreinterpretq_u64_f16(v), 0) ^ (vgetq_lane_u64(vreinterpretq_u64_f16(v), 1) << 1); }

static volatile _Float16 in[8] = {1.0f16, 3.0f16, 0.1f16, 65504.0f16, 6.1e-5f16, -2.5f16, 1e-7f16, 1000.0f16};

int main(void) {
  static const char *modes[4] = {"rn", "rp", "rm", "rz"};
  for (int mode = 0; mode < 4; mode++) {
    for (int fz16 = 0; fz16 < 2; fz16++) {
      set_fpcr((u64)mode << 22 | (u64)fz16 << 19);
      set_fpsr(0);
      u64 acc = 0;
      for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
          _Float16 a = in[i], b = in[j];
          acc = acc * 31 + hbits(a + b);
          acc = acc * 31 + hbits(a - b);
          acc = acc * 31 + hbits(a * b);
          acc = acc * 31 + hbits(a / b);
          acc = acc * 31 + hbits(a * b + in[(i + j) & 7]);
          acc = acc * 31 + (a < b) + 2 * (a == b);
          acc = acc * 31 + (u64)(int)(a * b);
        }
      puts_(modes[mode]);
      puts_(fz16 ? " fz16" : "     ");
      kv(" scalar", acc);
      kv("  fpsr", get_fpsr());
      set_fpsr(0);
      float16x8_t x = vld1q_f16((const float16_t *)in);
      float16x8_t y = vrev64q_f16(x);
      float16x8_t s = vaddq_f16(x, y);
      s = vfmaq_f16(s, x, y);
      s = vdivq_f16(s, vsubq_f16(x, y));
      s = vmaxnmq_f16(s, vsqrtq_f16(vabsq_f16(x)));
      s = vminq_f16(s, vpaddq_f16(x, y));
      s = vrndxq_f16(vmulq_f16(s, y));
      uint16x8_t ge = vcgeq_f16(s, x);
      int16x8_t ints = vcvtq_s16_f16(s);
      float16x8_t back = vcvtq_f16_s16(vaddq_s16(ints, vreinterpretq_s16_u16(ge)));
      kv("  vector", lanes(s));
      kv("  back", lanes(back));
      kv("  fpsr", get_fpsr());
    }
  }
  set_fpcr(0);
  float f = 1.0f / 3.0f;
  double d = 1e-9;
  _Float16 hf = (_Float16)f, hd = (_Float16)d;
  kv("cvt", (u64)hbits(hf) << 16 | hbits(hd));
  kv("widen", (u64)bits_of_float((float)hf) << 32 | bits_of_float((float)hd));
  return 0;
}
