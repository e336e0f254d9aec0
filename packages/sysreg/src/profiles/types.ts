/** ID register values by canonical name; the same shape as the feature model's IdRegisterValues (a register not given reads as zero). */
export type IdRegisterValues = Readonly<Record<string, bigint>>;

/** A host CPU: a real core as its Technical Reference Manual describes it, `max`, or a custom host file. */
export interface CpuProfile {
  /** QEMU's CPU name for real cores (`cortex-a72`, `neoverse-v2`), `max`, or the name a host file gives. */
  readonly name: string;
  /** One line for humans: the core, its revision and where it ships. */
  readonly description: string;
  /** MIDR_EL1: implementer, variant, architecture, part number, revision. */
  readonly midr: bigint;
  /** Where the values come from (TRM document number and section, or the file a custom host came from). */
  readonly source: string;
  /** Every host register of `HOST_ID_REGISTERS`, zero where the core implements nothing. */
  readonly idRegisters: IdRegisterValues;
  /**
   * Features.json constraints (in Arm's notation) that the core's published values are known to
   * violate: real silicon does not always follow the model. Empty for every profile but those whose
   * source and shipping parts agree on the deviation.
   */
  readonly deviations: readonly string[];
}
