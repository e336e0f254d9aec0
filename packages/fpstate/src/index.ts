export * from "./errors";
export { FpRegisterSet, kindsOf, transferAll } from "./fp-register-set";
export { FP_FEATURES, type FpHostCapabilities, type FpVmConfig, hostLayout, vmLayout } from "./host";
export { type FpLayout, vectorBankBits } from "./layout";
export {
  type FpOwner,
  type FpSwitchStats,
  type FpTrapOutcome,
  type HostSavePolicy,
  PhysicalCpuFp,
} from "./ownership";
export { FPMR_DEFINED_MASK_HI, FPMR_DEFINED_MASK_LO, FpmrRegister } from "./parts/fpmr";
export { FPCR_DEFINED_MASK, FPSR_DEFINED_MASK, FpsimdRegisters } from "./parts/fpsimd";
export { SmeState, SVCR_SM, SVCR_ZA } from "./parts/sme";
export { PREDICATE_REGISTER_COUNT, SveRegisters } from "./parts/sve";
export { VECTOR_REGISTER_COUNT, VectorBank } from "./parts/vector-bank";
export { ZT0_BITS, Zt0Register } from "./parts/zt0";
export { newPartAccessCounts, type PartAccessCount, type PartAccessCounts, PhysicalFpUnit } from "./physical-unit";
export {
  describeFpSnapshot,
  FP_SNAPSHOT_MAGIC,
  FP_SNAPSHOT_VERSION,
  type FpSnapshotDescription,
  type FpSnapshotSection,
  restoreFpState,
  serialiseFpState,
  snapshotFeatures,
} from "./snapshot";
export {
  FP_STATE_KIND_NAMES,
  FP_STATE_KINDS,
  type FpParts,
  type FpPartsView,
  type FpStateKind,
  type FpStateKindName,
  fpStateKind,
} from "./state-kinds";
export {
  CPTR_EL2_FP_ENABLE_MASK,
  CPTR_EL2_FP_TRAP_CONTROLS,
  CPTR_EL2_NVHE_RES1,
  FP_TRAP_CONTROL_BY_CLASS,
  type FpTrapClass,
  type FpTrapConfiguration,
  type FpTrapControl,
  fpTrapClassOf,
  fpTrapConfiguration,
} from "./trap-controls";
export { VcpuFpState } from "./vcpu-fp-state";
export {
  checkVectorLength,
  isVectorLength,
  MAX_VECTOR_BITS,
  MIN_VECTOR_BITS,
  VECTOR_GRANULE_BITS,
  VectorLengthSet,
} from "./vector-length";
