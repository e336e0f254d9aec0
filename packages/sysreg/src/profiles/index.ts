export {
  type Baseline,
  type BaselineChange,
  type BaselineConflict,
  baselineOf,
  type DroppedFeature,
} from "./baseline";
export {
  type CustomHostOptions,
  type HostWarning,
  type ParsedHost,
  parseCustomHost,
  readCustomHost,
} from "./custom-host";
export {
  HostConstraintError,
  HostFileSyntaxError,
  MalformedRegisterValueError,
  UnknownHostError,
  UnknownHostRegisterError,
} from "./errors";
export { hostFeatures, withImpliedFeatures } from "./host-features";
export {
  HOST_ID_REGISTER_NAMES,
  HOST_ID_REGISTERS,
  type HostRegister,
  hostRegisterByEncoding,
  hostRegisterByName,
} from "./host-registers";
export { largestConsistentFeatureSet } from "./max";
export { HOST_PROFILE_NAMES, HOST_PROFILES, hostProfile } from "./registry";
export type { CpuProfile } from "./types";
