import { FpRegisterSet } from "./fp-register-set";
import { type FpHostCapabilities, hostLayout } from "./host";
import { FP_STATE_KIND_NAMES, type FpStateKind, type FpStateKindName } from "./state-kinds";

/** Reads and writes of one part of a physical register file. */
export interface PartAccessCount {
  reads: number;
  writes: number;
}

export type PartAccessCounts = { [K in FpStateKindName]: PartAccessCount };

/** A zeroed counter for every kind. */
export function newPartAccessCounts(): PartAccessCounts {
  const out = {} as PartAccessCounts;
  for (const name of FP_STATE_KIND_NAMES) out[name] = { reads: 0, writes: 0 };
  return out;
}

/**
 * The FP register file of one physical CPU, shaped by the host's features at its full vector lengths,
 * instrumented: every save (read into memory) and restore (write from memory) of a part is counted, so
 * tests can prove which parts a switch touches.
 */
export class PhysicalFpUnit {
  readonly host: FpHostCapabilities;
  /** The live registers. Code running on this CPU (host or guest) reads and writes them directly. */
  readonly registers: FpRegisterSet;
  readonly accesses: PartAccessCounts = newPartAccessCounts();

  constructor(host: FpHostCapabilities) {
    this.host = host;
    this.registers = new FpRegisterSet(hostLayout(host));
  }

  /** Writes one part of the registers from `from` (a restore). */
  write(kind: FpStateKind, from: FpRegisterSet): void {
    this.accesses[kind.name].writes++;
    kind.transfer(from, this.registers);
  }

  /** Reads one part of the registers into `to` (a save). */
  read(kind: FpStateKind, to: FpRegisterSet): void {
    this.accesses[kind.name].reads++;
    kind.transfer(this.registers, to);
  }
}
