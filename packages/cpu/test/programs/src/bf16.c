/* BFloat16 (FEAT_BF16) through arm_neon.h: conversions in every rounding mode, BFDOT, BFMMLA and BFMLALB/T. */
#include "rt.h"
#include <arm_neon.h>

static u64 get_fpsr(void) { u64 v; __asm__ volatile("mrs %0, fpsr" : "=r"(v)); return v; }
static void set_fpsr(u64 v) { __asm__ volatile("msr fpsr, %0" : : "r"(v)); }
static void set_fpcr(u64 v) { __asm__ volatile("msr fpcr, %0" : : "r"(v)); }

static u64 q64(float32x4_t v) {
  uint64x2_t u = vreinterpretq_u64_f32(v);
  return vgetq_lane_u64(u, 0) ^ (vgetq_lane_u64(u, 1) * 31);
}

static volatile float in[8] = {1.0f, 3.14159274f, -0.1f, 65504.0f, 1e-38f, -2.5e30f, 7.0e-45f, 1000.0078f};

int main(void) {
  static const char *modes[4] = {"rn", "rp", "rm", "rz"};
  for (int mode = 0; mode < 4; mode++) {
    for (int fz = 0; fz < 2; fz++) {
      set_fpcr((u64)mode << 22 | (u64)fz << 24);
      set_fpsr(0);
      float32x4_t a = {in[0], in[1], in[2], in[3]}, b = {in[4], in[5], in[6], in[7]};
      bfloat16x8_t ab = vcvtq_high_bf16_f32(vcvtq_low_bf16_f32(a), b);
      bfloat16x8_t ba = vcvtq_high_bf16_f32(vcvtq_low_bf16_f32(b), a);
      float32x4_t acc = vdupq_n_f32(0.5f);
      acc = vbfdotq_f32(acc, ab, ba);
      acc = vbfmmlaq_f32(acc, ab, ba);
      acc = vbfmlalbq_f32(acc, ab, ba);
      acc = vbfmlaltq_f32(acc, ba, ab);
      acc = vbfmlalbq_laneq_f32(acc, ab, ba, 3);
      acc = vbfdotq_laneq_f32(acc, ba, ab, 1);
      bfloat16_t s = vcvth_bf16_f32(in[mode + 1]);
      puts_(modes[mode]);
      puts_(fz ? " fz" : "   ");
      kv(" convert", vgetq_lane_u64(vreinterpretq_u64_bf16(ab), 0) ^ vgetq_lane_u64(vreinterpretq_u64_bf16(ab), 1));
      kv("   scalar", vget_lane_u16(vreinterpret_u16_bf16(vdup_n_bf16(s)), 0));
      kv("   accumulate", q64(acc));
      kv("   fpsr", get_fpsr());
    }
  }
  return 0;
}
