/**
 * Regenerates apps/conformance/hosts/qemu-*.json: custom host files holding exactly the ID register
 * values qemu-system-aarch64 -M virt gives a guest for each -cpu, as dumped by the conformance app's
 * `idregs` guest. a64vm on such a host advertises what QEMU does, so `--against qemu` compares exactly.
 * Run: node_modules/.bin/tsx tooling/scripts/qemu-hosts.ts (needs qemu-system-aarch64).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../src/repo";
import { findTool } from "../src/tools";

/** QEMU CPU models with a conformance host: `max` (every feature QEMU 7.2 has) and a real core. */
const CPUS = ["max", "cortex-a72"] as const;
/** Lines of the dump that describe the vCPU, not the host (MPIDR is the vCPU's affinity). */
const NOT_HOST = new Set(["MIDR_EL1", "MPIDR_EL1"]);

const qemu = findTool("qemu-system-aarch64");
if (qemu === null) {
  process.stderr.write("qemu-hosts: qemu-system-aarch64 not found (apt-get install qemu-system-arm)\n");
  process.exit(1);
}
const version = execFileSync(qemu, ["--version"], { encoding: "utf8" }).split("\n")[0]!.trim();
const elf = join(repoRoot, "apps", "conformance", "guests", "idregs.elf");

for (const cpu of CPUS) {
  const args = ["-M", "virt", "-cpu", cpu, "-m", "128M", "-nographic", "-monitor", "none", "-serial", "stdio"];
  const dump = execFileSync(qemu, [...args, "-kernel", elf], { encoding: "utf8", timeout: 30_000 });
  const values = new Map<string, string>();
  for (const line of dump.replace(/\r/g, "").split("\n")) {
    const match = /^(\S+)\s+(0x[0-9a-f]{16})$/.exec(line);
    if (match !== null) values.set(match[1]!, match[2]!);
  }
  const midr = values.get("MIDR_EL1");
  if (midr === undefined) throw new Error(`qemu -cpu ${cpu}: no MIDR_EL1 line in the idregs dump:\n${dump}`);
  const idRegisters = Object.fromEntries([...values].filter(([name]) => !NOT_HOST.has(name)));
  const host = {
    name: `qemu-${cpu}`,
    description: `qemu-system-aarch64 -M virt -cpu ${cpu} (${version}), ID registers as its idregs guest reads them`,
    midr: `0x${BigInt(midr).toString(16).padStart(8, "0")}`,
    idRegisters,
  };
  const path = join(repoRoot, "apps", "conformance", "hosts", `qemu-${cpu}.json`);
  writeFileSync(path, `${JSON.stringify(host, null, 2)}\n`);
  process.stdout.write(`wrote ${path.slice(repoRoot.length + 1)} (${values.size} registers)\n`);
}
