/* Atomics: with -march=armv8.1-a these compile to LSE instructions (LDADD, SWP, CAS...). */
#include "rt.h"

static long counter;
static int flag32;

int main(void) {
  for (long i = 0; i < 1000; i++) {
    __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);
    __atomic_fetch_xor(&flag32, (int)i, __ATOMIC_ACQ_REL);
  }
  long expected = counter;
  int swapped = __atomic_compare_exchange_n(&counter, &expected, 42, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  long old = __atomic_exchange_n(&counter, 7, __ATOMIC_SEQ_CST);
  long failed = 99;
  int swapped2 = __atomic_compare_exchange_n(&counter, &failed, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  kv("counter", (u64)counter);
  kv("flag32", (u64)(u32)flag32);
  kv("swapped", (u64)swapped);
  kv("old", (u64)old);
  kv("swapped2", (u64)swapped2);
  kv("failed", (u64)failed);
  return 0;
}
