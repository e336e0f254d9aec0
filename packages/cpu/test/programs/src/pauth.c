/*
 * Pointer authentication under Linux's random per-process keys: only key-independent facts are
 * printed (sign then authenticate gives the pointer back, XPAC strips, a tampered PAC leaves the
 * key's error code), then a return through a tampered pointer kills the process like on hardware.
 * Built with -mbranch-protection=pac-ret, so every non-leaf function signs and checks its LR.
 */
#include "rt.h"

#define PAC(op, p, m) ({ u64 r_ = (p); __asm__ volatile(op " %0, %1" : "+r"(r_) : "r"(m)); r_; })
#define ONE(op, p) ({ u64 r_ = (p); __asm__ volatile(op " %0" : "+r"(r_)); r_; })

static u64 data_word = 0x1122334455667788;

__attribute__((noinline)) static u64 fib(u64 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

__attribute__((noinline)) static void target(void) { puts_("reached target\n"); }

int main(void) {
  u64 code = (u64)&target, data = (u64)&data_word, mod = 0x0123456789abcdef;
  kv("fib(20) through signed returns", fib(20));
  static const char *names[4] = {"ia", "ib", "da", "db"};
  for (int k = 0; k < 4; k++) {
    u64 p = k < 2 ? code : data, s, a, x, bad;
    switch (k) {
      case 0: s = PAC("pacia", p, mod); a = PAC("autia", s, mod); x = ONE("xpaci", s); bad = PAC("autia", s ^ (1ull << 50), mod); break;
      case 1: s = PAC("pacib", p, mod); a = PAC("autib", s, mod); x = ONE("xpaci", s); bad = PAC("autib", s ^ (1ull << 50), mod); break;
      case 2: s = PAC("pacda", p, mod); a = PAC("autda", s, mod); x = ONE("xpacd", s); bad = PAC("autda", s ^ (1ull << 50), mod); break;
      default: s = PAC("pacdb", p, mod); a = PAC("autdb", s, mod); x = ONE("xpacd", s); bad = PAC("autdb", s ^ (1ull << 50), mod); break;
    }
    puts_(names[k]);
    kv(" address bits kept", (s & 0x007fffffffffffffull & ~(0x7full << 48)) == p);
    kv("   authenticates", a == p);
    kv("   strips", x == p);
    kv("   error bits 62:61, 54:53", (bad >> 61 & 3) << 2 | (bad >> 53 & 3));
    kv("   address after failure", (bad & 0x0000ffffffffffffull) == p);
  }
  u64 z = ONE("paciza", code);
  kv("paciza/autiza", ONE("autiza", z) == code);
  u64 loaded;
  u64 signed_data = ONE("pacdza", data);
  __asm__ volatile("ldraa %0, [%1]" : "=r"(loaded) : "r"(signed_data));
  kv("ldraa", loaded);
  u64 g1, g2;
  __asm__ volatile("pacga %0, %1, %2" : "=r"(g1) : "r"(code), "r"(mod));
  __asm__ volatile("pacga %0, %1, %2" : "=r"(g2) : "r"(code), "r"(mod));
  kv("pacga low half zero and stable", (g1 & 0xffffffffull) == 0 && g1 == g2);
  u64 st = PAC("pacia", code, mod);
  __asm__ volatile("blraa %0, %1" : : "r"(st), "r"(mod) : "x30", "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
                   "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
  flush();
  /* A branch through a pointer whose PAC does not match faults. */
  __asm__ volatile("braa %0, %1" : : "r"(st ^ (1ull << 49)), "r"(mod));
  puts_("not reached\n");
  return 0;
}
