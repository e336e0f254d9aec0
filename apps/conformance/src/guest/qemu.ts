/** Runs a conformance guest on qemu-system-aarch64 -M virt, the differential oracle of `--against qemu`. */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** qemu-system-aarch64: $A64VM_QEMU_SYSTEM_AARCH64, else the first on PATH; null when absent. */
export function findQemuSystem(): string | null {
  const override = process.env.A64VM_QEMU_SYSTEM_AARCH64;
  const candidates =
    override !== undefined && override !== ""
      ? [override]
      : (process.env.PATH ?? "")
          .split(delimiter)
          .filter((d) => d !== "")
          .map((d) => join(d, "qemu-system-aarch64"));
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  return null;
}

export interface QemuRun {
  readonly output: string;
  /** The exit status: 0 after the guest's PSCI SYSTEM_OFF. */
  readonly status: number;
}

/** The guest's UART output on QEMU (CRLF as LF); rejects when QEMU cannot run or times out. */
export function runOnQemu(qemu: string, elf: string, cpu: string, smp = 1, timeoutMs = 60_000): Promise<QemuRun> {
  const args = [
    "-M",
    "virt",
    "-cpu",
    cpu,
    "-smp",
    String(smp),
    "-m",
    "128M",
    "-nographic",
    "-monitor",
    "none",
    "-serial",
    "stdio",
  ];
  return new Promise((resolve, reject) => {
    execFile(qemu, [...args, "-kernel", elf], { encoding: "utf8", timeout: timeoutMs }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      if (error !== null && status === -1) {
        reject(new Error(`qemu-system-aarch64 -cpu ${cpu}: ${error.message.split("\n")[0]} ${stderr}`.trim()));
        return;
      }
      resolve({ output: stdout.replace(/\r\n/g, "\n"), status });
    });
  });
}
