export { ABANDON, EC, Exit, type ExitCode } from "./core/constants";
export { Cpu, type CpuOptions, ExceptionRecord, MmioExit } from "./core/cpu";
export {
  type AddressTranslator,
  DirtyPageLog,
  MmioRange,
  PAGE_SIZE,
  PageMapping,
  PERM_EXEC,
  PERM_READ,
  PERM_RWX,
  PERM_WRITE,
  PhysicalBus,
  RamRegion,
} from "./core/memory";
export { SYSREG, SystemRegisterFile } from "./core/sysregs";
export {
  ALLOW_ALL,
  TrapAction,
  type TrapActionCode,
  type TrapPolicy,
  Trappable,
  type TrappableKind,
} from "./core/trap-policy";
export * from "./errors";
export { UserAddressSpace } from "./linux/address-space";
export { type ElfImage, type ElfSegment, parseElf } from "./linux/elf";
export { hwcap, hwcap2 } from "./linux/hwcaps";
export {
  IMPLEMENTED_FEATURES,
  type RunObserver,
  UserProcess,
  type UserProgramOptions,
  type UserRunResult,
} from "./linux/process";
export { LinuxSyscalls, ProcessExit } from "./linux/syscalls";
