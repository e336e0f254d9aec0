import { readFileSync } from "node:fs";
import { disassemble } from "@a64vm/decoder";
import { type MachineResult, VirtMachine, writeVmSnapshot } from "@a64vm/hypervisor";
import { formatRegisterValue } from "@a64vm/sysreg";
import { CommandFailure, UsageError } from "../errors";
import { loadHost } from "../hosts";
import { type InstructionProgress, progressFor, runWithProgress } from "../progress";
import { parseTraceKinds, traceMachine } from "../trace";
import { reportRestriction } from "../vm-spec";

export interface RunOptions {
  host: string;
  features?: string;
  mem: string;
  smp: string;
  maxInsns: string;
  trace?: string;
  /** With `snapshot`: stop at this instruction, write the snapshot, carry on. */
  snapshotAt?: string;
  snapshot?: string;
}

/** Parses a memory size: bytes, or with a K/M/G suffix. */
export function parseMemorySize(text: string): bigint {
  const m = /^(\d+)([KMG]?)i?B?$/i.exec(text.trim());
  if (m === null) throw new UsageError(`--mem '${text}': use a size such as 128M or 1G`);
  const scale = { "": 1n, K: 1n << 10n, M: 1n << 20n, G: 1n << 30n }[m[2]!.toUpperCase() as "" | "K" | "M" | "G"];
  const bytes = BigInt(m[1]!) * scale;
  if (bytes < 1n << 20n || bytes > 4n << 30n || bytes % 4096n !== 0n) {
    throw new UsageError(`--mem '${text}': between 1M and 4G, a multiple of 4K`);
  }
  return bytes;
}

export function parseCount(name: string, text: string, min: number, max: number): number {
  const n = Number(text.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} '${text}': an integer from ${min} to ${max}`);
  return n;
}

/** Builds the machine a run command asks for and loads the guest; output goes to `write`. */
export function machineFor(guest: string, options: RunOptions, write: (byte: number) => void): VirtMachine {
  let elf: Uint8Array;
  try {
    elf = new Uint8Array(readFileSync(guest));
  } catch (error) {
    throw new UsageError(`cannot read guest '${guest}' (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const host = loadHost(options.host);
  const machine = VirtMachine.create(
    host.profile,
    {
      ramSize: parseMemorySize(options.mem),
      smp: parseCount("--smp", options.smp, 1, 8),
      ...(options.features !== undefined ? { features: options.features } : {}),
    },
    write,
  );
  if (options.features !== undefined && machine.restriction !== null)
    reportRestriction(options.features, machine.restriction);
  machine.load(elf);
  return machine;
}

/** One paragraph on stderr for a guest the hypervisor could not handle: ESR decoded, PC, FAR, instruction. */
export function describeFailure(machine: VirtMachine, result: MachineResult): string {
  if (result.kind !== "internal-error") return result.kind;
  const { exit, vcpu } = result;
  let instruction = "?";
  const ram = machine.vm.ram;
  const at = Number(exit.pc) - ram.base;
  if (at >= 0 && at + 4 <= ram.size)
    instruction = disassemble(new DataView(ram.bytes.buffer).getUint32(at, true), exit.pc);
  return [
    `vCPU ${vcpu}: ${exit.message}`,
    `  ${formatRegisterValue("ESR_EL2", BigInt(exit.esr))}`,
    `  PC = 0x${exit.pc.toString(16)}: ${instruction}`,
    `  FAR = 0x${exit.far.toString(16)}`,
  ].join("\n");
}

/** The action of `a64vm run`, loaded when the command runs. */
export function action(guest: string, options: RunOptions): void {
  const progress = progressFor({});
  const out: number[] = [];
  const flush = () => {
    if (out.length === 0) return;
    progress?.clear();
    process.stdout.write(Uint8Array.from(out.splice(0)));
  };
  const machine = machineFor(guest, options, (b) => {
    out.push(b);
    if (b === 10 || out.length >= 4096) flush();
  });
  let trace = "";
  const flushTrace = () => {
    if (trace.length === 0) return;
    progress?.clear();
    process.stderr.write(trace);
    trace = "";
  };
  if (options.trace !== undefined) {
    traceMachine(machine, parseTraceKinds(options.trace), (line) => {
      trace += `${line}\n`;
      if (trace.length >= 1 << 16) flushTrace();
    });
  }
  const result = runTakingSnapshot(machine, options, flush, progress);
  flush();
  flushTrace();
  requirePowerOff(machine, result);
}

/** Throws the CommandFailure that says why a guest did not power off (run, restore, migrate). */
export function requirePowerOff(machine: VirtMachine, result: MachineResult): void {
  if (result.kind === "powered-off") return;
  if (result.kind === "budget-exhausted") {
    throw new CommandFailure(
      `the guest did not power off within ${result.instructions} instructions (raise --max-insns)`,
    );
  }
  if (result.kind === "all-idle") throw new CommandFailure("every vCPU is idle (WFI) with nothing to wake it");
  if (result.kind === "reset") throw new CommandFailure("the guest asked for a reset (PSCI SYSTEM_RESET)");
  throw new CommandFailure(`the guest stopped: ${describeFailure(machine, result)}`);
}

/**
 * Runs to the budget; with `--snapshot-at N --snapshot FILE` it stops at instruction N, writes the
 * snapshot atomically and carries on, so the output is the same with or without a snapshot.
 */
function runTakingSnapshot(
  machine: VirtMachine,
  options: RunOptions,
  flush: () => void,
  progress: InstructionProgress | null,
): MachineResult {
  const budget = parseCount("--max-insns", options.maxInsns, 1, Number.MAX_SAFE_INTEGER);
  const { snapshotAt, snapshot } = options;
  if (snapshotAt === undefined && snapshot === undefined) return runWithProgress(machine, budget, progress);
  if (snapshotAt === undefined || snapshot === undefined) {
    throw new UsageError("--snapshot-at N and --snapshot FILE go together");
  }
  const at = parseCount("--snapshot-at", snapshotAt, 0, budget);
  const before = runWithProgress(machine, at, progress);
  if (before.kind !== "budget-exhausted") {
    flush();
    throw new CommandFailure(`the guest stopped (${before.kind}) before instruction ${at}: no snapshot written`);
  }
  let bytes: number;
  try {
    bytes = writeVmSnapshot(snapshot, machine);
  } catch (error) {
    throw new CommandFailure(`cannot write snapshot '${snapshot}' (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  process.stderr.write(
    `a64vm: snapshot at instruction ${machine.instructions} written to ${snapshot} (${bytes} bytes)\n`,
  );
  return runWithProgress(machine, budget - machine.instructions, progress);
}
