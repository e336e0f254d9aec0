export { COARSE_TRAP_NAMES, COARSE_TRAPS, type CoarseTrap, EC, type TrapBehaviour } from "./coarse-traps";
export {
  type ControlBit,
  type ControlBitState,
  configure,
  controlField,
  type HostFeatures,
  hostFeatures,
  registerRequirement,
  type TrapConfiguration,
} from "./configure";
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
  NotNestedError,
  TrapsError,
  UnknownControlError,
  UnknownEncodingError,
} from "./errors";
export { explainTrap, type FiringControl, type TrapExplanation, type TrapOutcome } from "./explain";
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
export { encodingByKey, findEncoding } from "./lookup";
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
export {
  describeRoute,
  packRoute,
  REASON,
  ROUTE,
  type RouteKind,
  type RouteReason,
  routeDetail,
  routeHandler,
  routeKind,
  routeReason,
} from "./route";
export { createRouter, TrapRouter } from "./router";
export {
  decodeSysRegSyndrome,
  eretSyndrome,
  fpSyndrome,
  hvcSyndrome,
  SMTC,
  smcSyndrome,
  smeSyndrome,
  svcSyndrome,
  sveSyndrome,
  syndrome,
  sysRegSyndrome,
  undefSyndrome,
  WFX,
  wfxSyndrome,
} from "./syndrome";
export { KEY_SPACE, TRAP_CONFIG } from "./trap-config";
