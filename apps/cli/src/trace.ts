/**
 * `a64vm run --trace exits|traps`: one line on stderr per vCPU exit or per trapped system-register
 * access, in a stable format (fields separated by single spaces, numbers in hex with 0x):
 *
 *   exit vcpu=N pc=0x%016x mmio read|write addr=0x%x size=N [data=0x%x]
 *   exit vcpu=N pc=0x%016x hvc PSCI_FUNCTION (0x%08x)      PSCI call, handled by the hypervisor
 *   exit vcpu=N pc=0x%016x sysreg read|write REGISTER       emulated ID register access
 *   exit vcpu=N pc=0x%016x idle | system-event off|reset | internal-error esr=0x%08x far=0x%x: MESSAGE
 *   trap vcpu=N pc=0x%016x read|write REGISTER -> EL2|UNDEF by CONTROL[,CONTROL]|none: ROUTE
 *
 * The PC of an exit is where the guest resumes (after an HVC, at the faulting access otherwise);
 * the PC of a trap is the accessing instruction. CONTROL and ROUTE are named as `a64vm
 * explain-trap` names them. The end of a scheduling quantum is not an exit and is not traced.
 */
import { TrapAction } from "@a64vm/cpu";
import { PsciFunction, type TracedExit, type TracedTrap, type VirtMachine } from "@a64vm/hypervisor";
import { describeRoute, encodingByKey, explainTrap } from "@a64vm/traps";
import { UsageError } from "./errors";

export type TraceKind = "exits" | "traps";

/** Parses `--trace`: `exits`, `traps`, or both separated by a comma. */
export function parseTraceKinds(text: string): ReadonlySet<TraceKind> {
  const kinds = new Set<TraceKind>();
  for (const part of text.split(",")) {
    const kind = part.trim();
    if (kind !== "exits" && kind !== "traps")
      throw new UsageError(`--trace '${text}': use exits, traps or exits,traps`);
    kinds.add(kind);
  }
  return kinds;
}

const PSCI_NAMES = new Map<number, string>(
  Object.entries(PsciFunction).map(([name, id]) => [id, name.startsWith("SMCCC") ? name : `PSCI_${name}`]),
);

const hex = (v: bigint | number) => `0x${v.toString(16)}`;
const pc16 = (pc: bigint) => `0x${pc.toString(16).padStart(16, "0")}`;

function registerName(key: number): string {
  return (
    encodingByKey(key)?.name ?? `S${key >> 14}_${(key >> 11) & 7}_C${(key >> 7) & 15}_C${(key >> 3) & 15}_${key & 7}`
  );
}

/** One `exit` line. */
export function formatExit(vcpu: number, pc: bigint, exit: TracedExit): string {
  const head = `exit vcpu=${vcpu} pc=${pc16(pc)}`;
  switch (exit.kind) {
    case "mmio": {
      const access = `${exit.isWrite ? "write" : "read"} addr=${hex(exit.address)} size=${exit.size}`;
      return `${head} mmio ${access}${exit.isWrite ? ` data=${hex(exit.data)}` : ""}`;
    }
    case "hvc": {
      const fn = Number(exit.function);
      return `${head} hvc ${PSCI_NAMES.get(fn) ?? "UNKNOWN"} (0x${fn.toString(16).padStart(8, "0")})`;
    }
    case "sysreg":
      return `${head} sysreg ${exit.isRead ? "read" : "write"} ${registerName(exit.key)}`;
    case "system-event":
      return `${head} system-event ${exit.event}`;
    case "internal-error":
      return `${head} internal-error esr=0x${exit.esr.toString(16).padStart(8, "0")} far=${hex(exit.far)}: ${exit.message}`;
    default:
      return `${head} ${exit.kind}`;
  }
}

/** One `trap` line; `controls` names what fired (as explain-trap does). */
export function formatTrap(vcpu: number, pc: bigint, trap: TracedTrap, controls: readonly string[]): string {
  const to = trap.action === TrapAction.UNDEF ? "UNDEF" : "EL2";
  const by = controls.length > 0 ? controls.join(",") : "none";
  const route = trap.route === 0 ? "not routed" : describeRoute(trap.route);
  return `trap vcpu=${vcpu} pc=${pc16(pc)} ${trap.isRead ? "read" : "write"} ${registerName(trap.key)} -> ${to} by ${by}: ${route}`;
}

/**
 * Hooks every vCPU of `machine` so each exit and/or trap becomes a line for `emit`. The controls
 * that fire for an access are worked out once per register and direction.
 */
export function traceMachine(machine: VirtMachine, kinds: ReadonlySet<TraceKind>, emit: (line: string) => void): void {
  const controls = new Map<number, readonly string[]>();
  const firing = (vcpuIndex: number, trap: TracedTrap): readonly string[] => {
    const cacheKey = trap.key * 2 + (trap.isRead ? 0 : 1);
    let names = controls.get(cacheKey);
    if (names === undefined) {
      const entry = encodingByKey(trap.key);
      const policy = machine.vm.vcpus[vcpuIndex]?.trapPolicy;
      names =
        entry === undefined || policy === null || policy === undefined
          ? []
          : explainTrap(policy.configuration, entry, !trap.isRead).firing.map((f) => f.control);
      controls.set(cacheKey, names);
    }
    return names;
  };
  for (const vcpu of machine.vm.vcpus) {
    if (kinds.has("exits")) vcpu.onExit = (index, pc, exit) => emit(formatExit(index, pc, exit));
    if (kinds.has("traps")) vcpu.onTrap = (index, pc, trap) => emit(formatTrap(index, pc, trap, firing(index, trap)));
  }
}
