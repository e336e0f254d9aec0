/* Integer benchmark: xorshift, multiply-accumulate, division and a byte-table checksum. */
#include "rt.h"

static unsigned char table[4096];

int main(void) {
  u64 s = 88172645463325252ul, acc = 0;
  for (int i = 0; i < 4096; i++) table[i] = (unsigned char)(i * 131 + 7);
  for (int round = 0; round < 3000; round++) {
    for (int i = 0; i < 1000; i++) {
      s ^= s << 13;
      s ^= s >> 7;
      s ^= s << 17;
      acc += (s * 2654435761u) ^ (acc >> 3);
      acc += table[(s >> 20) & 4095];
      if ((i & 15) == 0) acc += s / ((acc & 0xffff) | 1);
    }
  }
  kv("acc", acc);
  return 0;
}
