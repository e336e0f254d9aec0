/* A long deterministic guest for migration: 24 rounds of integer mixing, double-precision arithmetic
   and writes across 64 KiB of memory, printing a digest of each round. Its output is the same on
   every host and must not change when the VM moves between hosts mid-run. */
#include "runtime.h"

#define ROUNDS 24
#define WORDS (64 * 1024 / 8)

static u64 memory[WORDS];

void guest_main(u64 dtb) {
  (void)dtb;
  u64 x = 0x9e3779b97f4a7c15ul;
  double acc = 1.0;
  for (int round = 0; round < ROUNDS; round++) {
    for (int i = 0; i < 600; i++) {
      x = x * 6364136223846793005ul + 1442695040888963407ul;
      u64 slot = (x >> 20) % WORDS;
      memory[slot] ^= x;
      acc = acc * 1.0000001 + (double)(x >> 44) * 1e-9;
    }
    u64 digest = 0;
    for (int k = 0; k < WORDS; k += 64) digest = digest * 31 + memory[k];
    guest_printf("round %2d: x %016lx memory %016lx acc %ld\n", round, x, digest, (i64)(acc * 1e6));
  }
}
