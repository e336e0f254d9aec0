import { encodingKey, type SysRegEncoding } from "../registers/encoding";

/** A register that a host description carries: its canonical name and encoding. */
export interface HostRegister {
  readonly name: string;
  readonly encoding: SysRegEncoding;
}

function reg(name: string, op0: number, op1: number, crn: number, crm: number, op2: number): HostRegister {
  return { name, encoding: { op0, op1, crn, crm, op2 } };
}

/**
 * The identification registers a host profile describes: the named feature registers of the ID
 * space KVM exposes to userspace (op0=3, op1=0, CRn=0, CRm 1-7), the feature-discovery registers
 * outside it that Features.json reads (PMSIDR, TRBIDR, PMMIR, MPAMIDR, TRCDEVARCH), and the implementation and
 * cache-geometry registers a VMM copies from its host (REVIDR, AIDR, CTR, CLIDR, DCZID). MIDR is the
 * profile's `midr`; MPIDR is per vCPU.
 */
export const HOST_ID_REGISTERS: readonly HostRegister[] = [
  // AArch32 feature registers (CRm 1-3): a guest with AArch32 EL0 reads them.
  reg("ID_PFR0_EL1", 3, 0, 0, 1, 0),
  reg("ID_PFR1_EL1", 3, 0, 0, 1, 1),
  reg("ID_DFR0_EL1", 3, 0, 0, 1, 2),
  reg("ID_AFR0_EL1", 3, 0, 0, 1, 3),
  reg("ID_MMFR0_EL1", 3, 0, 0, 1, 4),
  reg("ID_MMFR1_EL1", 3, 0, 0, 1, 5),
  reg("ID_MMFR2_EL1", 3, 0, 0, 1, 6),
  reg("ID_MMFR3_EL1", 3, 0, 0, 1, 7),
  reg("ID_ISAR0_EL1", 3, 0, 0, 2, 0),
  reg("ID_ISAR1_EL1", 3, 0, 0, 2, 1),
  reg("ID_ISAR2_EL1", 3, 0, 0, 2, 2),
  reg("ID_ISAR3_EL1", 3, 0, 0, 2, 3),
  reg("ID_ISAR4_EL1", 3, 0, 0, 2, 4),
  reg("ID_ISAR5_EL1", 3, 0, 0, 2, 5),
  reg("ID_MMFR4_EL1", 3, 0, 0, 2, 6),
  reg("ID_ISAR6_EL1", 3, 0, 0, 2, 7),
  reg("MVFR0_EL1", 3, 0, 0, 3, 0),
  reg("MVFR1_EL1", 3, 0, 0, 3, 1),
  reg("MVFR2_EL1", 3, 0, 0, 3, 2),
  reg("ID_PFR2_EL1", 3, 0, 0, 3, 4),
  reg("ID_DFR1_EL1", 3, 0, 0, 3, 5),
  reg("ID_MMFR5_EL1", 3, 0, 0, 3, 6),
  // AArch64 feature registers (CRm 4-7).
  reg("ID_AA64PFR0_EL1", 3, 0, 0, 4, 0),
  reg("ID_AA64PFR1_EL1", 3, 0, 0, 4, 1),
  reg("ID_AA64PFR2_EL1", 3, 0, 0, 4, 2),
  reg("ID_AA64ZFR0_EL1", 3, 0, 0, 4, 4),
  reg("ID_AA64SMFR0_EL1", 3, 0, 0, 4, 5),
  reg("ID_AA64FPFR0_EL1", 3, 0, 0, 4, 7),
  reg("ID_AA64DFR0_EL1", 3, 0, 0, 5, 0),
  reg("ID_AA64DFR1_EL1", 3, 0, 0, 5, 1),
  reg("ID_AA64DFR2_EL1", 3, 0, 0, 5, 2),
  reg("ID_AA64AFR0_EL1", 3, 0, 0, 5, 4),
  reg("ID_AA64AFR1_EL1", 3, 0, 0, 5, 5),
  reg("ID_AA64ISAR0_EL1", 3, 0, 0, 6, 0),
  reg("ID_AA64ISAR1_EL1", 3, 0, 0, 6, 1),
  reg("ID_AA64ISAR2_EL1", 3, 0, 0, 6, 2),
  reg("ID_AA64ISAR3_EL1", 3, 0, 0, 6, 3),
  reg("ID_AA64MMFR0_EL1", 3, 0, 0, 7, 0),
  reg("ID_AA64MMFR1_EL1", 3, 0, 0, 7, 1),
  reg("ID_AA64MMFR2_EL1", 3, 0, 0, 7, 2),
  reg("ID_AA64MMFR3_EL1", 3, 0, 0, 7, 3),
  reg("ID_AA64MMFR4_EL1", 3, 0, 0, 7, 4),
  // Feature-discovery registers outside the ID space that Features.json reads (SPE, TRBE, PMU, MPAM, ETE).
  reg("PMSIDR_EL1", 3, 0, 9, 9, 7),
  reg("TRBIDR_EL1", 3, 0, 9, 11, 7),
  reg("PMMIR_EL1", 3, 0, 9, 14, 6),
  reg("MPAMIDR_EL1", 3, 0, 10, 4, 4),
  reg("TRCDEVARCH", 2, 1, 7, 15, 6),
  // Implementation and cache-geometry registers.
  reg("REVIDR_EL1", 3, 0, 0, 0, 6),
  reg("AIDR_EL1", 3, 1, 0, 0, 7),
  reg("CTR_EL0", 3, 3, 0, 0, 1),
  reg("CLIDR_EL1", 3, 1, 0, 0, 1),
  reg("DCZID_EL0", 3, 3, 0, 0, 7),
];

/** Names of `HOST_ID_REGISTERS`, in table order. */
export const HOST_ID_REGISTER_NAMES: readonly string[] = HOST_ID_REGISTERS.map((r) => r.name);

const byName = new Map<string, HostRegister>();
const byKey = new Map<number, HostRegister>();
for (const r of HOST_ID_REGISTERS) {
  byName.set(r.name, r);
  byKey.set(encodingKey(r.encoding), r);
}

/** The host register with this canonical name (exact, upper case), if it is one. */
export function hostRegisterByName(name: string): HostRegister | undefined {
  return byName.get(name);
}

/** The host register with this encoding, if it is one. */
export function hostRegisterByEncoding(encoding: SysRegEncoding): HostRegister | undefined {
  return byKey.get(encodingKey(encoding));
}

/** Every host register, zero unless `given` sets it: the complete table a profile holds. */
export function completeIdRegisters(given: Readonly<Record<string, bigint>>): IdRegisterValuesMutable {
  const out: IdRegisterValuesMutable = {};
  for (const r of HOST_ID_REGISTERS) out[r.name] = given[r.name] ?? 0n;
  return out;
}

type IdRegisterValuesMutable = Record<string, bigint>;
