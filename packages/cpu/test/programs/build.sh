#!/bin/sh
# Builds the freestanding test programs (static, -nostdlib) at -O0 and -O2 with clang-22 and ld.lld-22.
# The outputs are committed so tests run without a toolchain.
set -eu
cd "$(dirname "$0")"
CLANG=${A64VM_CLANG:-clang-22}
LLD=${A64VM_LLD:-ld.lld-22}
mkdir -p bin
for src in src/*.c; do
  name=$(basename "$src" .c)
  march=armv8-a+crc
  [ "$name" = atomics ] && march=armv8.1-a+crc
  [ "$name" = crypto ] && march=armv8.4-a+crc+aes+sha2+sha3+sm4
  [ "$name" = fp16 ] && march=armv8.2-a+crc+fp16
  [ "$name" = bf16 ] && march=armv8.6-a+crc+bf16
  extra=
  [ "$name" = pauth ] && march=armv8.3-a+crc && extra=-mbranch-protection=pac-ret
  for opt in O0 O2; do
    $CLANG --target=aarch64-linux-gnu -march=$march -ffreestanding -fno-builtin -nostdlib -static -fno-stack-protector \
      -fno-pic -fno-asynchronous-unwind-tables $extra -$opt -c "$src" -o "bin/$name-$opt.o"
    $LLD -static -e _start "bin/$name-$opt.o" -o "bin/$name-$opt"
    rm "bin/$name-$opt.o"
  done
done
