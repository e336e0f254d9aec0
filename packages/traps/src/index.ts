export { COARSE_TRAP_NAMES, COARSE_TRAPS, type CoarseTrap, EC, type TrapBehaviour } from "./coarse-traps";
export {
  CONTROL_REGISTERS,
  type ControlRegister,
  type CptrLayout,
  controlIndex,
  controlLayout,
  definedBits,
  FGT_REGISTERS,
  fieldMask,
  hasField,
  isControlRegister,
} from "./controls";
export { type CoverageGap, checkedLayouts, coverageGaps, coveredBits, overlappingBits } from "./coverage";
export {
  type Access,
  type EncodingKind,
  type FineTrap,
  TRAPPABLE_ENCODINGS,
  type TrappableEncoding,
} from "./encodings";
export {
  FeatureNotOnHostError,
  InvalidArgumentError,
  TrapsError,
  UnknownControlError,
  UnknownEncodingError,
} from "./errors";
export {
  CONTROL_RULES,
  type ControlKind,
  type ControlPolicy,
  type ControlRule,
  CPTR_NVHE_RULES,
  CPTR_VHE_RULES,
  FGT_RULES,
  HCR_RULES,
  HCRX_RULES,
  MDCR_RULES,
} from "./feature-rules";
export { FGT_GROUP_REGISTERS, FGT_GROUPS, type FgtGroup } from "./fine-groups";
export { HANDLERS, type HandlerName, handlerId, handlerName } from "./handlers";
export {
  ALWAYS,
  allOf,
  anyOf,
  describeRequirement,
  feat,
  featuresOf,
  not,
  type Requirement,
  satisfies,
} from "./requirement";
