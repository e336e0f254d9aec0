/**
 * Debian's arm64 busybox under a64vm and qemu-aarch64: byte-identical stdout and the same exit
 * status for each applet.
 */
import { createHash } from "node:crypto";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { runA64vm, runQemu } from "./user-runner";

const ok = haveTools("qemu-aarch64", "busybox-arm64");
const busybox = findTool("busybox-arm64") ?? "";

/** Deterministic text: numbers and words from a small LCG. */
function corpus(lines: number): string {
  let s = 12345;
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push(
      `${s % 1000} word${(s >>> 8) % 37} ${((s >>> 4) % 97) / 8} ${createHash("md5").update(String(s)).digest("hex").slice(0, 12)}`,
    );
  }
  return `${out.join("\n")}\n`;
}

const TEXT = corpus(1000);
const SORTED_WORDS = `${TEXT.trim()
  .split("\n")
  .map((l) => l.split(" ")[1])
  .sort()
  .join("\n")}\n`;

const CASES: readonly (readonly [string, readonly string[], string])[] = [
  ["md5sum", ["md5sum"], TEXT],
  ["sha1sum", ["sha1sum"], TEXT],
  ["sha256sum", ["sha256sum"], TEXT],
  ["sha512sum", ["sha512sum"], TEXT],
  ["sort -n", ["sort", "-n"], TEXT],
  ["sort -k2,2 -r", ["sort", "-k2,2", "-r"], TEXT],
  ["uniq -c", ["uniq", "-c"], SORTED_WORDS],
  [
    "awk FP",
    ["awk", '{ s += $3 * 1.5; p = p * 0.999 + $1 / 7 } END { printf "%.6f %.9g %e %d\\n", s, p, s / NR, int(p) }'],
    TEXT,
  ],
  [
    "sh loops and arithmetic",
    [
      "sh",
      "-c",
      "i=0; s=1; while [ $i -lt 200 ]; do s=$(( (s * 31 + i) % 1000003 )); i=$((i+1)); done; echo $s; exit 7",
    ],
    "",
  ],
  ["expr", ["expr", "123456789", "*", "987", "%", "1000007"], ""],
  ["dc", ["dc", "-e", "2 100 ^ p 20 k 2 v p 7 3 / p"], ""],
  ["wc", ["wc"], TEXT],
  ["base64", ["base64"], TEXT.slice(0, 20000)],
  ["od", ["od", "-A", "x", "-t", "x1z"], TEXT.slice(0, 4000)],
  ["tr", ["tr", "a-z0-9", "A-Z9-0"], TEXT],
  ["sed", ["sed", "-e", "s/word\\([0-9]*\\)/W<\\1>/g", "-e", "/^9/d"], TEXT],
  ["cut", ["cut", "-c", "3-9"], TEXT],
  ["seq", ["seq", "-s", ",", "1", "7", "5000"], ""],
  ["factor", ["factor", "4294967297", "600851475143", "1000000007", "18446744073709551615"], ""],
  ["false exit status", ["false"], ""],
];

describe.skipIf(!ok)("busybox applets under a64vm and qemu-aarch64", () => {
  it.each(CASES)("%s: identical stdout and exit status", (_name, args, stdin) => {
    const ours = runA64vm(busybox, args, stdin);
    const theirs = runQemu(busybox, args, stdin);
    expect(ours.stderr).toBe(theirs.stderr);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.status).toBe(theirs.status);
  });

  it.each([
    ["gzip", "gunzip"],
    ["bzip2", "bunzip2"],
  ])("%s compresses to the same bytes and %s restores the input", (pack, unpack) => {
    const packed = runA64vm(busybox, [pack, "-c", ...(pack === "gzip" ? ["-n", "-9"] : [])], TEXT);
    expect(packed.stdout).toBe(runQemu(busybox, [pack, "-c", ...(pack === "gzip" ? ["-n", "-9"] : [])], TEXT).stdout);
    const unpacked = runA64vm(busybox, [unpack, "-c"], packed.stdout);
    expect(unpacked.status).toBe(0);
    expect(unpacked.stdout).toBe(TEXT);
  });
});
