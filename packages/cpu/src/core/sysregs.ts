/**
 * The vCPU's system-register file: 64-bit values keyed by @a64vm/sysreg encoding keys
 * (`op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2`), stored as lo/hi 32-bit pairs.
 */
import { encodingKey } from "@a64vm/sysreg";

/** Builds the packed key of an encoding from its five fields. */
export function key(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return encodingKey({ op0, op1, crn, crm, op2 });
}

/** Encoding keys of the registers the core itself reads or writes. */
export const SYSREG = {
  MIDR_EL1: key(3, 0, 0, 0, 0),
  MPIDR_EL1: key(3, 0, 0, 0, 5),
  REVIDR_EL1: key(3, 0, 0, 0, 6),
  SCTLR_EL1: key(3, 0, 1, 0, 0),
  CPACR_EL1: key(3, 0, 1, 0, 2),
  TTBR0_EL1: key(3, 0, 2, 0, 0),
  TTBR1_EL1: key(3, 0, 2, 0, 1),
  TCR_EL1: key(3, 0, 2, 0, 2),
  APIAKEYLO_EL1: key(3, 0, 2, 1, 0),
  APIAKEYHI_EL1: key(3, 0, 2, 1, 1),
  APIBKEYLO_EL1: key(3, 0, 2, 1, 2),
  APIBKEYHI_EL1: key(3, 0, 2, 1, 3),
  APDAKEYLO_EL1: key(3, 0, 2, 2, 0),
  APDAKEYHI_EL1: key(3, 0, 2, 2, 1),
  APDBKEYLO_EL1: key(3, 0, 2, 2, 2),
  APDBKEYHI_EL1: key(3, 0, 2, 2, 3),
  APGAKEYLO_EL1: key(3, 0, 2, 3, 0),
  APGAKEYHI_EL1: key(3, 0, 2, 3, 1),
  SPSR_EL1: key(3, 0, 4, 0, 0),
  ELR_EL1: key(3, 0, 4, 0, 1),
  SP_EL0: key(3, 0, 4, 1, 0),
  SPSEL: key(3, 0, 4, 2, 0),
  CURRENTEL: key(3, 0, 4, 2, 2),
  DAIF: key(3, 3, 4, 2, 1),
  NZCV: key(3, 3, 4, 2, 0),
  FPCR: key(3, 3, 4, 4, 0),
  FPSR: key(3, 3, 4, 4, 1),
  FPMR: key(3, 3, 4, 4, 2),
  ESR_EL1: key(3, 0, 5, 2, 0),
  FAR_EL1: key(3, 0, 6, 0, 0),
  MAIR_EL1: key(3, 0, 10, 2, 0),
  VBAR_EL1: key(3, 0, 12, 0, 0),
  CONTEXTIDR_EL1: key(3, 0, 13, 0, 1),
  TPIDR_EL1: key(3, 0, 13, 0, 4),
  TPIDR_EL0: key(3, 3, 13, 0, 2),
  TPIDRRO_EL0: key(3, 3, 13, 0, 3),
  CNTFRQ_EL0: key(3, 3, 14, 0, 0),
  CNTVCT_EL0: key(3, 3, 14, 0, 2),
  CNTPCT_EL0: key(3, 3, 14, 0, 1),
  RNDR: key(3, 3, 2, 4, 0),
  RNDRRS: key(3, 3, 2, 4, 1),
  DCZID_EL0: key(3, 3, 0, 0, 7),
  CTR_EL0: key(3, 3, 0, 0, 1),
  SP_EL1: key(3, 4, 4, 1, 0),
  HCR_EL2: key(3, 4, 1, 1, 0),
  SCTLR_EL2: key(3, 4, 1, 0, 0),
  SPSR_EL2: key(3, 4, 4, 0, 0),
  ELR_EL2: key(3, 4, 4, 0, 1),
  ESR_EL2: key(3, 4, 5, 2, 0),
  FAR_EL2: key(3, 4, 6, 0, 0),
  HPFAR_EL2: key(3, 4, 6, 0, 4),
  VBAR_EL2: key(3, 4, 12, 0, 0),
  TPIDR_EL2: key(3, 4, 13, 0, 2),
  ID_AA64PFR0_EL1: key(3, 0, 0, 4, 0),
  ID_AA64PFR1_EL1: key(3, 0, 0, 4, 1),
  ID_AA64ISAR0_EL1: key(3, 0, 0, 6, 0),
  ID_AA64ISAR1_EL1: key(3, 0, 0, 6, 1),
  ID_AA64MMFR0_EL1: key(3, 0, 0, 7, 0),
} as const;

/** A growable map from encoding key to a 64-bit value held as a lo/hi pair of int32. */
export class SystemRegisterFile {
  private readonly slots = new Map<number, number>();
  private values = new Int32Array(128);
  private count = 0;

  /** Declares a register with its reset value; declaring it again resets it. */
  define(k: number, value = 0n): void {
    let slot = this.slots.get(k);
    if (slot === undefined) {
      slot = this.count++;
      if (slot * 2 >= this.values.length) {
        const grown = new Int32Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.slots.set(k, slot);
    }
    this.values[slot * 2] = Number(value & 0xffffffffn) | 0;
    this.values[slot * 2 + 1] = Number((value >> 32n) & 0xffffffffn) | 0;
  }

  has(k: number): boolean {
    return this.slots.has(k);
  }

  /** The slot index of a key (for the core's hot paths), or -1. */
  slotOf(k: number): number {
    return this.slots.get(k) ?? -1;
  }

  lo(slot: number): number {
    return this.values[slot * 2]!;
  }

  hi(slot: number): number {
    return this.values[slot * 2 + 1]!;
  }

  setPair(slot: number, lo: number, hi: number): void {
    this.values[slot * 2] = lo;
    this.values[slot * 2 + 1] = hi;
  }

  /** The value of a declared register as a BigInt (API use, not hot paths). */
  get(k: number): bigint | undefined {
    const slot = this.slots.get(k);
    if (slot === undefined) return undefined;
    return (BigInt(this.values[slot * 2 + 1]! >>> 0) << 32n) | BigInt(this.values[slot * 2]! >>> 0);
  }

  /** Writes a declared register; returns false when the key is not declared. */
  set(k: number, value: bigint): boolean {
    const slot = this.slots.get(k);
    if (slot === undefined) return false;
    this.setPair(slot, Number(value & 0xffffffffn) | 0, Number((value >> 32n) & 0xffffffffn) | 0);
    return true;
  }

  keys(): number[] {
    return [...this.slots.keys()];
  }
}
