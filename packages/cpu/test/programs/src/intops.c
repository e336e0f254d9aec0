/* Integer semantics: arithmetic, division corner cases, shifts, bit operations, multiply-high, CRC. */
#include "rt.h"

static u64 state = 0x9e3779b97f4a7c15ul;
static u64 next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static i64 sdiv64(i64 a, i64 b) { i64 r; __asm__ volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static u64 udiv64(u64 a, u64 b) { u64 r; __asm__ volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static i32 sdiv32(i32 a, i32 b) { i32 r; __asm__ volatile("sdiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static u32 crc32x(u32 acc, u64 v) { __asm__ volatile("crc32x %w0, %w0, %1" : "+r"(acc) : "r"(v)); return acc; }
static u32 crc32cb(u32 acc, u32 v) { __asm__ volatile("crc32cb %w0, %w0, %w1" : "+r"(acc) : "r"(v)); return acc; }

int main(void) {
  kv("sdiv min/-1", (u64)sdiv64((i64)0x8000000000000000ul, -1));
  kv("sdiv x/0", (u64)sdiv64(1234, 0));
  kv("udiv x/0", udiv64(~0ul, 0));
  kv("sdiv32 min/-1", (u32)sdiv32((i32)0x80000000u, -1));
  kv("sdiv -7/2", (u64)sdiv64(-7, 2));
  u64 acc = 0, mix = 1;
  u32 crc = ~0u, crcc = ~0u;
  for (int i = 0; i < 20000; i++) {
    u64 a = next(), b = next() | 1;
    u32 s = (u32)(next() & 63);
    acc += a * b;
    acc ^= (a >> s) | (b << (63 - s));
    acc += (u64)((i64)a >> s);
    acc ^= (u64)(((unsigned __int128)a * b) >> 64);
    acc += (u64)(((__int128)(i64)a * (i64)b) >> 64);
    acc += udiv64(a, b >> (s & 31)) + (u64)sdiv64((i64)a, (i64)(b >> 40) - 7);
    acc ^= (u64)__builtin_clzl(b) + (u64)__builtin_ctzl(a | 0x8000000000000000ul) + (u64)__builtin_popcountl(a);
    acc += __builtin_bswap64(a) ^ __builtin_bswap32((u32)b) ^ __builtin_bswap16((unsigned short)a);
    mix = mix * 6364136223846793005ul + (a < b ? 1442695040888963407ul : (u64)(i32)(u32)a);
    mix ^= (u64)((i32)a < (i32)b) + ((u32)a / ((u32)b | 1)) + (u64)((i32)a % ((i32)(b >> 33) | 1));
    crc = crc32x(crc, a);
    crcc = crc32cb(crcc, (u32)b);
  }
  kv("acc", acc);
  kv("mix", mix);
  kv("crc32x", crc);
  kv("crc32cb", crcc);
  return (int)(acc & 7);
}
