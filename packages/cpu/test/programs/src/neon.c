/* AdvSIMD through arm_neon.h intrinsics. */
#include "rt.h"
#include <arm_neon.h>

static unsigned char data[256];

int main(void) {
  for (int i = 0; i < 256; i++) data[i] = (unsigned char)(i * 37 + 11);
  uint8x16_t acc = vdupq_n_u8(0);
  uint32x4_t sum = vdupq_n_u32(0);
  for (int i = 0; i < 256; i += 16) {
    uint8x16_t v = vld1q_u8(data + i);
    acc = veorq_u8(acc, vrev64q_u8(v));
    acc = vaddq_u8(acc, vextq_u8(v, acc, 3));
    uint8x16_t eq = vceqq_u8(v, vdupq_n_u8(data[i + 5]));
    sum = vaddq_u32(sum, vpaddlq_u16(vpaddlq_u8(vandq_u8(v, eq))));
    acc = vmaxq_u8(acc, vshrq_n_u8(v, 2));
    sum = vaddq_u32(sum, vmovl_u16(vget_low_u16(vmovl_u8(vget_low_u8(v)))));
  }
  uint64x2_t a64 = vreinterpretq_u64_u8(acc);
  kv("acc0", vgetq_lane_u64(a64, 0));
  kv("acc1", vgetq_lane_u64(a64, 1));
  kv("sum", (u64)vaddvq_u32(sum));
  kv("maxv", (u64)vmaxvq_u8(acc));
  kv("minv", (u64)vminvq_u8(acc));
  uint16x8_t n = vmovl_u8(vget_high_u8(acc));
  kv("narrow", vget_lane_u64(vreinterpret_u64_u8(vmovn_u16(vshlq_n_u16(n, 3))), 0));
  uint8x16_t tbl = vqtbl1q_u8(acc, vld1q_u8(data + 16));
  kv("tbl", vgetq_lane_u64(vreinterpretq_u64_u8(tbl), 0));
  uint8x16x2_t z = vzipq_u8(acc, tbl);
  kv("zip", vgetq_lane_u64(vreinterpretq_u64_u8(z.val[1]), 1));
  float32x4_t f = vcvtq_f32_u32(sum);
  f = vmulq_f32(f, vdupq_n_f32(0.5f));
  f = vaddq_f32(f, vdupq_n_f32(1.25f));
  kv("fvec", vgetq_lane_u64(vreinterpretq_u64_f32(f), 1));
  kv("cnt", vgetq_lane_u64(vreinterpretq_u64_u8(vcntq_u8(acc)), 0));
  return 0;
}
