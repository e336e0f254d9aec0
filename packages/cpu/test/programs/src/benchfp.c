/* FP benchmark: a damped oscillator and a dot product in double precision. */
#include "rt.h"

static double xs[1024], ys[1024];

int main(void) {
  for (int i = 0; i < 1024; i++) {
    xs[i] = (double)i * 0.001 + 0.5;
    ys[i] = 1.0 / ((double)i + 1.0);
  }
  double pos = 1.0, vel = 0.0, dot = 0.0;
  for (int round = 0; round < 1500; round++) {
    for (int i = 0; i < 1024; i++) {
      double f = -pos * 0.25 - vel * 0.01;
      vel += f * 0.001;
      pos += vel * 0.001;
      dot += xs[i] * ys[(i + round) & 1023];
    }
  }
  kv("pos", bits_of_double(pos));
  kv("dot", bits_of_double(dot));
  return 0;
}
