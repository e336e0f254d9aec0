export { type HostWarning, type ParsedHost, readCustomHost } from "./custom-host";
export {
  HostConstraintError,
  HostFileSyntaxError,
  MalformedRegisterValueError,
  UnknownHostError,
  UnknownHostRegisterError,
} from "./errors";
export {
  HOST_ID_REGISTER_NAMES,
  HOST_ID_REGISTERS,
  type HostRegister,
  hostRegisterByEncoding,
  hostRegisterByName,
} from "./host-registers";
export { HOST_PROFILE_NAMES, HOST_PROFILES, hostProfile } from "./registry";
export type { CpuProfile } from "./types";
