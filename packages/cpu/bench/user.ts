/**
 * Guest MIPS of `a64vm user` beside qemu-aarch64 on the same binaries in the same run:
 * busybox sha256sum of 8 MiB, and the clang -O2 integer and FP benchmark programs.
 * qemu's rate is our retired-instruction count divided by its wall time (same binary, same work).
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTool } from "@a64vm/tooling/tools";
import { UserProcess } from "../src/index";

const qemu = findTool("qemu-aarch64");
const busybox = findTool("busybox-arm64");
const programs = join(import.meta.dirname, "..", "test", "programs", "bin");
const dir = mkdtempSync(join(tmpdir(), "a64vm-bench-"));
const input = join(dir, "input");
const bytes = new Uint8Array(8 << 20);
for (let i = 0, s = 1; i < bytes.length; i++) {
  s = (Math.imul(s, 1103515245) + 12345) >>> 0;
  bytes[i] = s >>> 24;
}
writeFileSync(input, bytes);

function ours(
  program: string,
  args: string[],
): { instructions: number; seconds: number; cpuSeconds: number; stdout: string } {
  const out = join(dir, "out");
  const fds: [number, number, number] = [openSync(input, "r"), openSync(out, "w"), 2];
  const guest = new UserProcess(new Uint8Array(readFileSync(program)), {
    argv: [program, ...args],
    env: [],
    stdio: fds,
  });
  const cpu0 = process.cpuUsage();
  const r = guest.run();
  const cpuSeconds = process.cpuUsage(cpu0).user / 1e6;
  closeSync(fds[0]);
  closeSync(fds[1]);
  return { instructions: r.instructions, seconds: r.seconds, cpuSeconds, stdout: readFileSync(out, "latin1") };
}

function theirs(program: string, args: string[]): { seconds: number; stdout: string } {
  const t0 = performance.now();
  const run = spawnSync(qemu!, [program, ...args], {
    input: readFileSync(input),
    encoding: "latin1",
    maxBuffer: 1 << 26,
  });
  return { seconds: (performance.now() - t0) / 1000, stdout: run.stdout };
}

const cases: [string, string, string[]][] = [];
if (busybox !== null) cases.push(["busybox sha256sum 8MiB", busybox, ["sha256sum"]]);
cases.push(["clang -O2 integer", join(programs, "benchint-O2"), []]);
cases.push(["clang -O2 FP", join(programs, "benchfp-O2"), []]);

for (const [name, program, args] of cases) {
  const a = ours(program, args);
  const row: Record<string, unknown> = {
    bench: name,
    instructions: a.instructions,
    seconds: Number(a.seconds.toFixed(3)),
    mips: Number((a.instructions / a.seconds / 1e6).toFixed(1)),
    mipsCpuTime: Number((a.instructions / a.cpuSeconds / 1e6).toFixed(1)),
  };
  if (qemu !== null) {
    const q = theirs(program, args);
    row.qemuSeconds = Number(q.seconds.toFixed(3));
    row.qemuMips = Number((a.instructions / q.seconds / 1e6).toFixed(1));
    row.ratio = Number((q.seconds / a.seconds).toFixed(3));
    row.sameOutput = q.stdout === a.stdout;
  }
  console.log(JSON.stringify(row));
}
rmSync(dir, { recursive: true, force: true });
