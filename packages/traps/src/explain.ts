// Why an access traps: for one encoding and one VM, the controls that trap it, the rule and feature
// behind each, and what the hypervisor then does, in words (what `a64vm explain-trap` prints).
import { COARSE_TRAPS, type CoarseTrap } from "./coarse-traps";
import type { ControlBit, TrapConfiguration } from "./configure";
import { type ControlRegister, controlLayout } from "./controls";
import type { TrappableEncoding } from "./encodings";
import { FGT_GROUP_REGISTERS } from "./fine-groups";
import { findEncoding } from "./lookup";
import { describeRequirement, satisfies } from "./requirement";
import { describeRoute } from "./route";
import { TrapRouter } from "./router";

/** What a guest's access does on this VM. */
export type TrapOutcome =
  /** Runs without a trap. */
  | "native"
  /** UNDEFINED in hardware: the host lacks the feature, or the direction is not allowed. */
  | "hardware-undef"
  /** Traps to the hypervisor, which routes it. */
  | "trapped"
  /** The VM lacks the feature but no control on this host traps it: the guest reaches the host's register. */
  | "unguarded";

/** One control that traps the access. */
export interface FiringControl {
  /** "HCRX_EL2.EnFPM" */
  readonly control: string;
  readonly kind: "coarse" | "fine";
  /** The configured field bits that fire it, with the rule and its reason. */
  readonly bits: readonly ControlBit[];
  /** In words: "HCRX_EL2.EnFPM is 0 (an enable bit: traps when clear) — FEAT_FPMR not advertised: ...". */
  readonly words: string;
}

export interface TrapExplanation {
  readonly entry: TrappableEncoding;
  readonly isWrite: boolean;
  readonly feature: string;
  readonly hostHasFeature: boolean;
  readonly vmHasFeature: boolean;
  readonly outcome: TrapOutcome;
  readonly firing: readonly FiringControl[];
  /** The packed route of the trapped access (for a non-nested vCPU); 0 when it does not trap. */
  readonly route: number;
  /** One sentence. */
  readonly summary: string;
}

function bitsOf(config: TrapConfiguration, register: ControlRegister, fields: readonly string[]): ControlBit[] {
  return config.bits.filter((b) => b.register === register && fields.includes(b.field));
}

function coarseFires(config: TrapConfiguration, t: CoarseTrap, isWrite: boolean): boolean {
  if (t.behaviour === (isWrite ? "read" : "write")) return false;
  if (t.cptr !== undefined && t.cptr !== config.cptrLayout) return false;
  if (!config.available[t.register]) return false;
  const value = config.values[t.register];
  const layout = controlLayout(t.register, config.cptrLayout);
  for (const name of t.whenSet) {
    const f = layout.fields.find((x) => x.name === name)!;
    const width = BigInt(f.msb - f.lsb + 1);
    if (((value >> BigInt(f.lsb)) & ((1n << width) - 1n)) !== (1n << width) - 1n) return false;
  }
  for (const name of t.whenClear) {
    const f = layout.fields.find((x) => x.name === name)!;
    if (((value >> BigInt(f.lsb)) & 1n) !== 0n) return false;
  }
  return true;
}

function coarseWords(t: CoarseTrap, bits: readonly ControlBit[]): string {
  const what = [
    ...t.whenSet.map((f) => `${t.register}.${f} is set`),
    ...t.whenClear.map((f) => `${t.register}.${f} is clear`),
  ];
  const why = bits.map((b) => `${b.register}.${b.field} = ${b.value}: ${b.reason}`);
  return `${what.join(" and ")} (${t.behaviour === "rw" ? "reads and writes" : `${t.behaviour}s`}) — ${why.join("; ")}`;
}

/** Explains an access to `target` (a name, generic name or entry) on the VM `config` describes. */
export function explainTrap(
  config: TrapConfiguration,
  target: string | TrappableEncoding,
  isWrite = false,
): TrapExplanation {
  const entry = typeof target === "string" ? findEncoding(target) : target;
  const feature = describeRequirement(entry.feature);
  const hostHasFeature = satisfies(entry.feature, config.host);
  const vmHasFeature = satisfies(entry.feature, config.vm);
  const firing: FiringControl[] = [];
  const seen = new Set<string>();
  for (const name of entry.coarse) {
    for (const t of COARSE_TRAPS.filter((x) => x.name === name)) {
      if (seen.has(name) || !coarseFires(config, t, isWrite)) continue;
      seen.add(name);
      const bits = bitsOf(config, t.register, [...t.whenSet, ...t.whenClear]);
      // A RES0 field of a feature the host lacks does nothing, whatever its value.
      if (bits.some((b) => b.state !== "vm-has" && b.state !== "vm-lacks")) continue;
      const fields = [...t.whenSet, ...t.whenClear].map((f) => `${t.register}.${f}`).join("+");
      firing.push({ control: fields, kind: "coarse", bits, words: coarseWords(t, bits) });
    }
  }
  if (entry.fine !== null) {
    const regs = FGT_GROUP_REGISTERS[entry.fine.group];
    const register = isWrite ? regs.write : regs.read;
    if (register !== null && config.available[register]) {
      const bit = config.bits.find((b) => b.register === register && b.field === entry.fine!.field);
      if (bit?.traps === true) {
        const polarity = entry.fine.field.startsWith("n") ? "an enable bit: traps when clear" : "traps when set";
        firing.push({
          control: `${register}.${bit.field}`,
          kind: "fine",
          bits: [bit],
          words: `${register}.${bit.field} = ${bit.value} (${polarity}) — ${bit.reason}`,
        });
      }
    }
  }
  const directionAllowed = isWrite ? entry.access !== "ro" : entry.access !== "wo";
  const access = `${isWrite ? "a write to" : "a read of"} ${entry.name}`;
  let outcome: TrapOutcome;
  let route = 0;
  let summary: string;
  if (!directionAllowed) {
    outcome = "hardware-undef";
    summary = `${access} is UNDEFINED: the ${entry.kind} is ${entry.access === "ro" ? "read-only" : "write-only"}`;
  } else if (!hostHasFeature) {
    outcome = "hardware-undef";
    summary = `${access} is UNDEFINED in hardware: the host lacks ${feature}`;
  } else if (firing.length > 0) {
    outcome = "trapped";
    route = new TrapRouter(config).route(entry.key, isWrite);
    summary = `${access} traps to EL2 (${firing.map((f) => f.control).join(", ")}) and is ${describeRoute(route)}`;
  } else if (!vmHasFeature) {
    outcome = "unguarded";
    summary = `${access} is not trapped although the VM lacks ${feature}: no control on this host catches it`;
  } else {
    outcome = "native";
    summary = `${access} runs without a trap${feature === "always" ? "" : ` (${feature} advertised)`}`;
  }
  return { entry, isWrite, feature, hostHasFeature, vmHasFeature, outcome, firing, route, summary };
}
