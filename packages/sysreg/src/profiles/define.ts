import { completeIdRegisters, hostRegisterByName } from "./host-registers";
import type { CpuProfile } from "./types";

/** What a core file states: the registers its source gives (any not named read as zero). */
export interface CoreDescription {
  readonly name: string;
  readonly description: string;
  readonly midr: bigint;
  readonly source: string;
  readonly registers: Readonly<Record<string, bigint>>;
  /** Constraints the published values violate (see CpuProfile.deviations), with the evidence beside them. */
  readonly deviations?: readonly string[];
}

/** A frozen profile holding every host register; a name outside HOST_ID_REGISTERS is a bug in the table. */
export function defineCore(core: CoreDescription): CpuProfile {
  for (const name of Object.keys(core.registers)) {
    if (hostRegisterByName(name) === undefined) throw new Error(`${core.name}: ${name} is not a host ID register`);
  }
  return Object.freeze({
    name: core.name,
    description: core.description,
    midr: core.midr,
    source: core.source,
    idRegisters: Object.freeze(completeIdRegisters(core.registers)),
    deviations: Object.freeze([...(core.deviations ?? [])]),
  });
}
