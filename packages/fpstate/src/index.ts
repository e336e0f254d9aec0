export * from "./errors";
export { FpRegisterSet, kindsOf, transferAll } from "./fp-register-set";
export { FP_FEATURES, type FpHostCapabilities, type FpVmConfig, hostLayout, vmLayout } from "./host";
export { type FpLayout, vectorBankBits } from "./layout";
export { FPMR_DEFINED_MASK_HI, FPMR_DEFINED_MASK_LO, FpmrRegister } from "./parts/fpmr";
export { FPCR_DEFINED_MASK, FPSR_DEFINED_MASK, FpsimdRegisters } from "./parts/fpsimd";
export { SmeState, SVCR_SM, SVCR_ZA } from "./parts/sme";
export { PREDICATE_REGISTER_COUNT, SveRegisters } from "./parts/sve";
export { VECTOR_REGISTER_COUNT, VectorBank } from "./parts/vector-bank";
export { ZT0_BITS, Zt0Register } from "./parts/zt0";
export {
  FP_STATE_KIND_NAMES,
  FP_STATE_KINDS,
  type FpParts,
  type FpStateKind,
  type FpStateKindName,
  fpStateKind,
} from "./state-kinds";
export { VcpuFpState } from "./vcpu-fp-state";
export {
  checkVectorLength,
  isVectorLength,
  MAX_VECTOR_BITS,
  MIN_VECTOR_BITS,
  VECTOR_GRANULE_BITS,
  VectorLengthSet,
} from "./vector-length";
