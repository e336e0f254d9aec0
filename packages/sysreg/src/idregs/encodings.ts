import { encodingKey, type SysRegEncoding } from "../registers/encoding";

/** An ID register of the space KVM exposes (op0=3, op1 in {0,1,3}, CRn=0, CRm 0-7, op2 0-7). */
export interface IdRegisterEncoding {
  readonly name: string;
  readonly encoding: SysRegEncoding;
  /** The packed encoding key (`encodingKey`), the index of its KVM ONE_REG id. */
  readonly key: number;
}

function reg(name: string, op1: number, crm: number, op2: number): IdRegisterEncoding {
  const encoding = { op0: 3, op1, crn: 0, crm, op2 };
  return { name, encoding, key: encodingKey(encoding) };
}

/** The allocated registers of the ID space, in encoding order. */
export const ID_REGISTER_ENCODINGS: readonly IdRegisterEncoding[] = [
  reg("MIDR_EL1", 0, 0, 0),
  reg("MPIDR_EL1", 0, 0, 5),
  reg("REVIDR_EL1", 0, 0, 6),
  reg("ID_PFR0_EL1", 0, 1, 0),
  reg("ID_PFR1_EL1", 0, 1, 1),
  reg("ID_DFR0_EL1", 0, 1, 2),
  reg("ID_AFR0_EL1", 0, 1, 3),
  reg("ID_MMFR0_EL1", 0, 1, 4),
  reg("ID_MMFR1_EL1", 0, 1, 5),
  reg("ID_MMFR2_EL1", 0, 1, 6),
  reg("ID_MMFR3_EL1", 0, 1, 7),
  reg("ID_ISAR0_EL1", 0, 2, 0),
  reg("ID_ISAR1_EL1", 0, 2, 1),
  reg("ID_ISAR2_EL1", 0, 2, 2),
  reg("ID_ISAR3_EL1", 0, 2, 3),
  reg("ID_ISAR4_EL1", 0, 2, 4),
  reg("ID_ISAR5_EL1", 0, 2, 5),
  reg("ID_MMFR4_EL1", 0, 2, 6),
  reg("ID_ISAR6_EL1", 0, 2, 7),
  reg("MVFR0_EL1", 0, 3, 0),
  reg("MVFR1_EL1", 0, 3, 1),
  reg("MVFR2_EL1", 0, 3, 2),
  reg("ID_PFR2_EL1", 0, 3, 4),
  reg("ID_DFR1_EL1", 0, 3, 5),
  reg("ID_MMFR5_EL1", 0, 3, 6),
  reg("ID_AA64PFR0_EL1", 0, 4, 0),
  reg("ID_AA64PFR1_EL1", 0, 4, 1),
  reg("ID_AA64PFR2_EL1", 0, 4, 2),
  reg("ID_AA64ZFR0_EL1", 0, 4, 4),
  reg("ID_AA64SMFR0_EL1", 0, 4, 5),
  reg("ID_AA64FPFR0_EL1", 0, 4, 7),
  reg("ID_AA64DFR0_EL1", 0, 5, 0),
  reg("ID_AA64DFR1_EL1", 0, 5, 1),
  reg("ID_AA64DFR2_EL1", 0, 5, 2),
  reg("ID_AA64AFR0_EL1", 0, 5, 4),
  reg("ID_AA64AFR1_EL1", 0, 5, 5),
  reg("ID_AA64ISAR0_EL1", 0, 6, 0),
  reg("ID_AA64ISAR1_EL1", 0, 6, 1),
  reg("ID_AA64ISAR2_EL1", 0, 6, 2),
  reg("ID_AA64ISAR3_EL1", 0, 6, 3),
  reg("ID_AA64MMFR0_EL1", 0, 7, 0),
  reg("ID_AA64MMFR1_EL1", 0, 7, 1),
  reg("ID_AA64MMFR2_EL1", 0, 7, 2),
  reg("ID_AA64MMFR3_EL1", 0, 7, 3),
  reg("ID_AA64MMFR4_EL1", 0, 7, 4),
  reg("CCSIDR_EL1", 1, 0, 0),
  reg("CLIDR_EL1", 1, 0, 1),
  reg("CCSIDR2_EL1", 1, 0, 2),
  reg("GMID_EL1", 1, 0, 4),
  reg("SMIDR_EL1", 1, 0, 6),
  reg("AIDR_EL1", 1, 0, 7),
  reg("CTR_EL0", 3, 0, 1),
  reg("DCZID_EL0", 3, 0, 7),
];

/** Every encoding key of the ID space, allocated or not: 3 x 8 x 8 = 192 (what KVM_ARM_GET_REG_WRITABLE_MASKS covers). */
export const ID_SPACE_KEYS: readonly number[] = [0, 1, 3].flatMap((op1) =>
  Array.from({ length: 64 }, (_, i) => encodingKey({ op0: 3, op1, crn: 0, crm: i >> 3, op2: i & 7 })),
);
