/* FEAT_FP8 under FPMR: for every combination of F8S1, F8S2, F8D, OSC and OSM (with LSCALE, LSCALE2
   and NSCALE cycling through a few values) the guest runs the AdvSIMD FP8 conversions and
   multiply-accumulates on fixed inputs and prints each result register and FPSR, or the exception
   an instruction took (UNDEF without its feature: FEAT_FP8, FP8FMA, FP8DOT2, FP8DOT4). */
#include "runtime.h"

/* FP8 bytes that meet each class of both formats: zeros, normals, E5M2's infinities and NaNs,
   E4M3's largest normals and its NaN, subnormals. */
static const u8 fp8_in[16] = {0x00, 0x38, 0x7b, 0x7c, 0x7e, 0x7f, 0x81, 0xfd,
                              0x01, 0x40, 0x44, 0x3c, 0xc0, 0x77, 0x7d, 0x80};
/* FP32 values for FCVTN: exact, E4M3's 448, a tie above it (464), overflows, subnormal results. */
static const float f32_in[8] = {1.0f, -2.5f, 448.0f, 500.0f, 0.001953125f, 60000.0f, 0.3f, 464.0f};
/* FP16 encodings for FCVTN: 1, -2.5, 448, 65504, the smallest subnormal, +inf, a quiet NaN, ~0.33. */
static const unsigned short f16_in[8] = {0x3c00, 0xc100, 0x5f00, 0x7bff, 0x0001, 0x7c00, 0x7e00, 0x3555};
/* FSCALE's integer scales. */
static const int scales[4] = {3, -2, 130, -150};
/* Accumulators: FP16 (FMLALB, FDOT two-way) and FP32 (FMLALLBB, FDOT four-way). */
static const unsigned short acc_h[8] = {0x3c00, 0xc000, 0x0001, 0x7bff, 0x3555, 0x8000, 0x5640, 0x2e66};
static const float acc_s[4] = {1.0f, -3.0f, 0.001f, 3.0e38f};
static const u8 zero[16];

static u8 out[16];

struct insn {
  const char *name;
  const void *a;
  const void *b;
};

/* Runs the FP8 instruction `k` on v0 = *acc, v1 = *a, v2 = *b, storing v0 to out; returns ESR or 0. */
static u64 run(int k, const void *a, const void *b, u64 *fpsr) {
  const void *acc = k == 8 || k == 10 ? (const void *)acc_h : k == 9 || k == 11 ? (const void *)acc_s : zero;
  u64 f = 0, esr = 0;
#define RUN(word)                                                                                   \
  esr = PROBE(__asm__ volatile("msr fpsr, xzr\n\t"                                                  \
                               "ldr q0, [%4]\n\t"                                                   \
                               "ldr q1, [%1]\n\t"                                                   \
                               "ldr q2, [%2]\n\t"                                                   \
                               ".inst " #word "\n\t"                                                \
                               "str q0, [%3]\n\t"                                                   \
                               "mrs %0, fpsr"                                                       \
                               : "=r"(f)                                                            \
                               : "r"(a), "r"(b), "r"(out), "r"(acc)                                 \
                               : "v0", "v1", "v2", "memory"))
  switch (k) {
  case 0: RUN(0x2e217820); break; /* F1CVTL v0.8h, v1.8b */
  case 1: RUN(0x6e617820); break; /* F2CVTL2 v0.8h, v1.16b */
  case 2: RUN(0x6ea17820); break; /* BF1CVTL2 v0.8h, v1.16b */
  case 3: RUN(0x2ee17820); break; /* BF2CVTL v0.8h, v1.8b */
  case 4: RUN(0x0e02f420); break; /* FCVTN v0.8b, v1.4s, v2.4s */
  case 5: RUN(0x4e02f420); break; /* FCVTN2 v0.16b, v1.4s, v2.4s */
  case 6: RUN(0x0e42f420); break; /* FCVTN v0.8b, v1.4h, v2.4h */
  case 7: RUN(0x6ea2fc20); break; /* FSCALE v0.4s, v1.4s, v2.4s */
  case 8: RUN(0x0ec2fc20); break; /* FMLALB v0.8h, v1.16b, v2.16b */
  case 9: RUN(0x0e02c420); break; /* FMLALLBB v0.4s, v1.16b, v2.16b */
  case 10: RUN(0x4e42fc20); break; /* FDOT v0.8h, v1.16b, v2.16b */
  default: RUN(0x4e02fc20); break; /* FDOT v0.4s, v1.16b, v2.16b */
  }
#undef RUN
  *fpsr = f;
  return esr;
}

static const char *const names[12] = {"F1CVTL",    "F2CVTL2",  "BF1CVTL2", "BF2CVTL", "FCVTN.4S", "FCVTN2.4S",
                                      "FCVTN.4H",  "FSCALE.4S", "FMLALB",  "FMLALLBB", "FDOT.8H", "FDOT.4S"};

/* The second FP8 operand of the multiply-accumulates: fp8_in backwards. */
static u8 fp8_rev[16];

static void operands(int k, const void **a, const void **b) {
  if (k >= 8) {
    *a = fp8_in;
    *b = fp8_rev;
    return;
  }
  *a = k <= 3 ? (const void *)fp8_in : k <= 5 || k == 7 ? (const void *)f32_in : (const void *)f16_in;
  *b = k == 7 ? (const void *)scales : k <= 5 ? (const void *)(f32_in + 4) : (const void *)(f16_in + 4);
}

/* One result line: the register's 16 bytes and FPSR, or the exception the instruction took. */
static void line(int k) {
  u64 fpsr = 0;
  const void *a, *b;
  operands(k, &a, &b);
  u64 esr = run(k, a, b, &fpsr);
  guest_printf("  %-9s", names[k]);
  if (esr) {
    guest_printf(" UNDEF (EC 0x%02x)\n", (unsigned)ESR_EC(esr));
    return;
  }
  for (int j = 0; j < 16; j++) guest_printf(" %02x", out[j]);
  guest_printf(" fpsr %02lx\n", fpsr);
}

void guest_main(u64 dtb) {
  (void)dtb;
  u64 fpsr = 0;
  const void *a, *b;
  for (int i = 0; i < 16; i++) fp8_rev[i] = fp8_in[15 - i];
  operands(0, &a, &b);
  if (run(0, a, b, &fpsr) != 0) {
    for (int k = 0; k < 12; k++) {
      operands(k, &a, &b);
      guest_printf("%s: UNDEF (EC 0x%02x)\n", names[k], (unsigned)ESR_EC(run(k, a, b, &fpsr)));
    }
    return;
  }
  operands(7, &a, &b);
  run(7, a, b, &fpsr);
  guest_printf("%s:", names[7]);
  for (int i = 0; i < 16; i++) guest_printf(" %02x", out[i]);
  guest_printf(" fpsr %02lx\n", fpsr);
  for (int i = 0; i < 32; i++) {
    u64 lscale = (u64)(i % 3) * 7, lscale2 = (u64)(i % 4) * 5;
    u64 nscale = (u64)(u8)(i % 3 == 2 ? -3 : (i % 3) * 4);
    u64 fpmr = (u64)(i & 1) | (u64)((i >> 1) & 1) << 3 | (u64)((i >> 2) & 1) << 6 | (u64)((i >> 3) & 1) << 15 |
               (u64)((i >> 4) & 1) << 14 | lscale << 16 | nscale << 24 | lscale2 << 32;
    __asm__ volatile("msr S3_3_C4_C4_2, %0" ::"r"(fpmr)); /* MSR FPMR */
    guest_printf("FPMR %016lx\n", READ_SYSREG(S3_3_C4_C4_2));
    for (int k = 0; k < 12; k++)
      if (k != 7) line(k);
  }
}
