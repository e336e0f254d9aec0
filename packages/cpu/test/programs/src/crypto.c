/*
 * The crypto extension through arm_neon.h intrinsics: AES-128 (FIPS-197 C.1), SHA-1 and SHA-256
 * of "abc" (FIPS 180-4), SM4 (GB/T 32907 example 1) as known answers, and SHA-512, SHA3, SM3 and
 * PMULL over evolving data.
 */
#include "rt.h"
#include <arm_neon.h>

static void q(const char *k, uint8x16_t v) {
  puts_(k);
  putch('=');
  uint64x2_t x = vreinterpretq_u64_u8(v);
  put_x(vgetq_lane_u64(x, 1));
  putch(':');
  put_x(vgetq_lane_u64(x, 0));
  putch('\n');
}

static u32 be32(const unsigned char *p) { return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3]; }

/* AES-128 key expansion: SubWord from AESE with a zero round key on a word replicated to all columns. */
static void aes_expand(const unsigned char key[16], uint8x16_t rk[11]) {
  u32 w[44];
  for (int i = 0; i < 4; i++) w[i] = (u32)key[4 * i] | (u32)key[4 * i + 1] << 8 | (u32)key[4 * i + 2] << 16 | (u32)key[4 * i + 3] << 24;
  u32 rcon = 1;
  for (int i = 4; i < 44; i++) {
    u32 t = w[i - 1];
    if (i % 4 == 0) {
      uint8x16_t s = vaeseq_u8(vreinterpretq_u8_u32(vdupq_n_u32(t)), vdupq_n_u8(0));
      t = vgetq_lane_u32(vreinterpretq_u32_u8(s), 0);
      t = (t >> 8 | t << 24) ^ rcon;
      rcon = (rcon << 1) ^ ((rcon >> 7) * 0x11b);
    }
    w[i] = w[i - 4] ^ t;
  }
  for (int r = 0; r < 11; r++) rk[r] = vreinterpretq_u8_u32(vld1q_u32(w + 4 * r));
}

static void aes(void) {
  unsigned char key[16], pt[16];
  for (int i = 0; i < 16; i++) { key[i] = (unsigned char)i; pt[i] = (unsigned char)(i * 0x11); }
  uint8x16_t rk[11];
  aes_expand(key, rk);
  uint8x16_t s = vld1q_u8(pt);
  for (int r = 0; r < 9; r++) s = vaesmcq_u8(vaeseq_u8(s, rk[r]));
  s = veorq_u8(vaeseq_u8(s, rk[9]), rk[10]);
  q("aes128.ct", s);
  uint8x16_t p = s;
  for (int r = 10; r > 1; r--) p = vaesimcq_u8(vaesdq_u8(p, r == 10 ? rk[10] : vaesimcq_u8(rk[r])));
  p = veorq_u8(vaesdq_u8(p, vaesimcq_u8(rk[1])), rk[0]);
  q("aes128.pt", p);
}

static uint32x4_t be_words(const u32 *w) {
  return vld1q_u32(w);
}

static void sha1(void) {
  u32 m[16] = {0x61626380};
  m[15] = 24;
  const u32 k[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};
  const u32 h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
  uint32x4_t abcd = vld1q_u32(h), msg[4];
  u32 e0 = h[4];
  for (int i = 0; i < 4; i++) msg[i] = be_words(m + 4 * i);
  for (int t = 0; t < 20; t++) {
    uint32x4_t wk = vaddq_u32(msg[t % 4], vdupq_n_u32(k[t / 5]));
    u32 e1 = vsha1h_u32(vgetq_lane_u32(abcd, 0));
    if (t < 5) abcd = vsha1cq_u32(abcd, e0, wk);
    else if (t < 10 || t >= 15) abcd = vsha1pq_u32(abcd, e0, wk);
    else abcd = vsha1mq_u32(abcd, e0, wk);
    e0 = e1;
    if (t < 16) msg[t % 4] = vsha1su1q_u32(vsha1su0q_u32(msg[t % 4], msg[(t + 1) % 4], msg[(t + 2) % 4]), msg[(t + 3) % 4]);
  }
  abcd = vaddq_u32(abcd, vld1q_u32(h));
  q("sha1.abcd", vreinterpretq_u8_u32(abcd));
  kv("sha1.e", e0 + h[4]);
}

/* The first 32 bits of the fractional part of cube roots (K) and square roots (H) of primes. */
static u32 frac32(double x) { return (u32)((x - (double)(u64)x) * 4294967296.0); }
static double sqrt_(double x) {
  double r;
  __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
  return r;
}
static double cbrt_(double p) {
  double x = 4;
  for (int i = 0; i < 40; i++) x -= (x * x * x - p) / (3 * x * x);
  return x;
}

static void sha256(void) {
  u32 k[64], h[8];
  int n = 0;
  for (u32 p = 2; n < 64; p++) {
    int prime = 1;
    for (u32 d = 2; d * d <= p; d++) if (p % d == 0) prime = 0;
    if (!prime) continue;
    if (n < 8) h[n] = frac32(sqrt_((double)p));
    k[n++] = frac32(cbrt_((double)p));
  }
  u32 m[16] = {0x61626380};
  m[15] = 24;
  uint32x4_t abcd = vld1q_u32(h), efgh = vld1q_u32(h + 4), msg[4];
  for (int i = 0; i < 4; i++) msg[i] = be_words(m + 4 * i);
  for (int t = 0; t < 16; t++) {
    uint32x4_t wk = vaddq_u32(msg[t % 4], vld1q_u32(k + 4 * t));
    if (t < 12) msg[t % 4] = vsha256su1q_u32(vsha256su0q_u32(msg[t % 4], msg[(t + 1) % 4]), msg[(t + 2) % 4], msg[(t + 3) % 4]);
    uint32x4_t save = abcd;
    abcd = vsha256hq_u32(abcd, efgh, wk);
    efgh = vsha256h2q_u32(efgh, save, wk);
  }
  q("sha256.abcd", vreinterpretq_u8_u32(vaddq_u32(abcd, vld1q_u32(h))));
  q("sha256.efgh", vreinterpretq_u8_u32(vaddq_u32(efgh, vld1q_u32(h + 4))));
}

static void sm4(void) {
  static const unsigned char key[16] = {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef,
                                        0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10};
  const u32 fk[4] = {0xa3b1bac6, 0x56aa3350, 0x677d9197, 0xb27022dc};
  u32 mk[4], ck[32];
  for (int i = 0; i < 4; i++) mk[i] = be32(key + 4 * i) ^ fk[i];
  for (int i = 0; i < 32; i++) {
    u32 c = 0;
    for (int j = 0; j < 4; j++) c = c << 8 | (u32)(((4 * i + j) * 7) & 0xff);
    ck[i] = c;
  }
  uint32x4_t rk[8], k = vld1q_u32(mk);
  for (int i = 0; i < 8; i++) k = rk[i] = vsm4ekeyq_u32(k, vld1q_u32(ck + 4 * i));
  u32 pt[4];
  for (int i = 0; i < 4; i++) pt[i] = be32(key + 4 * i);
  uint32x4_t s = vld1q_u32(pt);
  for (int i = 0; i < 8; i++) s = vsm4eq_u32(s, rk[i]);
  q("sm4.ct", vreinterpretq_u8_u32(s));
  q("sm4.rk0", vreinterpretq_u8_u32(rk[0]));
}

static void evolving(void) {
  uint64x2_t a = {0x0123456789abcdefull, 0xfedcba9876543210ull};
  uint64x2_t b = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull};
  uint64x2_t c = {0xa4093822299f31d0ull, 0x082efa98ec4e6c89ull};
  uint32x4_t s = vreinterpretq_u32_u64(a), t = vreinterpretq_u32_u64(b), u = vreinterpretq_u32_u64(c);
  for (int i = 0; i < 64; i++) {
    a = vsha512hq_u64(a, b, c);
    b = vsha512h2q_u64(b, c, a);
    c = vsha512su1q_u64(vsha512su0q_u64(c, a), b, a);
    a = veor3q_u64(a, b, vrax1q_u64(c, a));
    b = vbcaxq_u64(b, a, c);
    c = vxarq_u64(c, b, 23);
    s = vsm3partw2q_u32(vsm3partw1q_u32(s, t, u), t, u);
    t = vsm3ss1q_u32(s, t, u);
    u = vsm3tt1aq_u32(u, t, s, 0);
    u = vsm3tt1bq_u32(u, t, s, 1);
    s = vsm3tt2aq_u32(s, u, t, 2);
    s = vsm3tt2bq_u32(s, u, t, 3);
    poly128_t p = vmull_p64(vgetq_lane_u64(a, 0), vgetq_lane_u64(c, 1));
    poly128_t p2 = vmull_high_p64(vreinterpretq_p64_u64(b), vreinterpretq_p64_u64(a));
    poly16x8_t p8 = vmull_p8(vreinterpret_p8_u64(vget_low_u64(c)), vreinterpret_p8_u64(vget_high_u64(b)));
    a = veorq_u64(a, vreinterpretq_u64_p128(p));
    b = veorq_u64(b, vreinterpretq_u64_p128(p2));
    c = vaddq_u64(c, vreinterpretq_u64_p16(p8));
    t = veorq_u32(t, vreinterpretq_u32_u64(a));
  }
  q("sha512/sha3.a", vreinterpretq_u8_u64(a));
  q("sha512/sha3.b", vreinterpretq_u8_u64(b));
  q("sha512/sha3.c", vreinterpretq_u8_u64(c));
  q("sm3.s", vreinterpretq_u8_u32(s));
  q("sm3.t", vreinterpretq_u8_u32(t));
  q("sm3.u", vreinterpretq_u8_u32(u));
}

int main(void) {
  aes();
  sha1();
  sha256();
  sm4();
  evolving();
  return 0;
}
