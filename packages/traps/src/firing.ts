// Which of a VM's configured trap controls catch an access: the coarse conditions and the
// fine-grained bit of its table entry, evaluated on the values configure() computed.
import { COARSE_TRAPS, type CoarseTrap } from "./coarse-traps";
import type { ControlBit, TrapConfiguration } from "./configure";
import { type ControlRegister, controlLayout } from "./controls";
import type { TrappableEncoding } from "./encodings";
import { FGT_GROUP_REGISTERS } from "./fine-groups";

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

/** The controls of `config` that trap this access (empty when it runs untrapped). */
export function firingControls(config: TrapConfiguration, entry: TrappableEncoding, isWrite: boolean): FiringControl[] {
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
  return firing;
}
