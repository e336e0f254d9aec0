/**
 * A guest conformance test: the guest's output on a64vm must equal the output computed from the
 * VM's own feature set and ID registers, and with `--against qemu`, on a host built from a QEMU CPU
 * model's ID registers, equal what qemu-system-aarch64 prints for the same guest.
 */
import type { MachineOptions, VirtMachine } from "@a64vm/hypervisor";
import { qemuCpuOf } from "../hosts";
import {
  type CaseOutcome,
  type CaseSpec,
  type ConformanceTest,
  failed,
  passed,
  type RunContext,
  type Variation,
  type VariationContext,
} from "../model";
import { findQemuSystem, runOnQemu } from "./qemu";
import { abnormalEnd, guestPath, runGuest } from "./run";

export interface GuestTestDefinition {
  readonly id: string;
  readonly title: string;
  /** The guest ELF, apps/conformance/guests/NAME.elf. */
  readonly guest: string;
  readonly variations: (context: VariationContext) => readonly Variation[];
  readonly machine?: MachineOptions;
  /** What the guest must print on this VM (the machine after the run: its ID registers and features). */
  readonly expected: (machine: VirtMachine, spec: CaseSpec) => string;
}

export function guestTest(definition: GuestTestDefinition): ConformanceTest {
  return {
    id: definition.id,
    title: definition.title,
    variations: definition.variations,
    async run(spec: CaseSpec, context: RunContext): Promise<CaseOutcome> {
      const { machine, result, output } = runGuest(definition.guest, spec.host, spec.features, definition.machine);
      const abnormal = abnormalEnd(result);
      if (abnormal !== null) return failed(abnormal, undefined, output);
      const expected = definition.expected(machine, spec);
      if (output !== expected) return failed("the guest's output differs from the VM's feature set", expected, output);
      return context.againstQemu ? againstQemu(definition.guest, spec, output, definition.machine?.smp ?? 1) : passed;
    },
  };
}

/** The same guest on QEMU, for the full feature set of a host that is a QEMU CPU model; passed otherwise. */
export async function againstQemu(guest: string, spec: CaseSpec, output: string, smp: number): Promise<CaseOutcome> {
  const cpu = qemuCpuOf(spec.host);
  if (cpu === undefined || spec.features !== "") return passed;
  const qemu = findQemuSystem();
  if (qemu === null) return failed("--against qemu: qemu-system-aarch64 not found (apt-get install qemu-system-arm)");
  const run = await runOnQemu(qemu, guestPath(guest), cpu, smp);
  if (run.status !== 0) return failed(`qemu -cpu ${cpu} exited with status ${run.status}`, output, run.output);
  if (run.output !== output) return failed(`qemu -cpu ${cpu} prints something else than a64vm`, run.output, output);
  return passed;
}
