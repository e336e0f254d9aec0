#!/usr/bin/env bash
# Builds the bare-metal guests (apps/*/guests/src/*.c) with clang-22 and ld.lld-22 into
# apps/*/guests/*.elf. The ELFs are committed so the CLI and the conformance app run without a
# toolchain; `--check` rebuilds into a temporary folder and fails if a committed ELF differs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runtime="$root/tooling/guest-runtime"
CLANG=${A64VM_CLANG:-clang-22}
LLD=${A64VM_LLD:-ld.lld-22}
check=0
[ "${1:-}" = "--check" ] && check=1

cflags=(--target=aarch64-none-elf -march=armv8-a -O2 -ffreestanding -fno-builtin -nostdlib -fno-pic
  -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mstrict-align
  -ffile-prefix-map="$root"=. -I "$runtime" -Wall -Wextra -Werror)
status=0
for src in "$root"/apps/*/guests/src/*.c; do
  app_guests=$(dirname "$(dirname "$src")")
  name=$(basename "$src" .c)
  work=$(mktemp -d)
  "$CLANG" "${cflags[@]}" -c "$runtime/start.S" -o "$work/start.o"
  "$CLANG" "${cflags[@]}" -c "$runtime/runtime.c" -o "$work/runtime.o"
  "$CLANG" "${cflags[@]}" -c "$src" -o "$work/$name.o"
  "$LLD" -T "$runtime/guest.ld" --build-id=none -z max-page-size=4096 -static -nostdlib "$work/start.o" "$work/runtime.o" "$work/$name.o" -o "$work/$name.elf"
  target="$app_guests/$name.elf"
  if [ $check -eq 1 ]; then
    if ! cmp -s "$work/$name.elf" "$target"; then
      echo "stale: ${target#"$root"/} (run tooling/scripts/build-guests.sh)" >&2
      status=1
    fi
  else
    cp "$work/$name.elf" "$target"
    echo "built ${target#"$root"/}"
  fi
  rm -rf "$work"
done
exit $status
