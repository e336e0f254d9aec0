export { FdtFormatError, type FdtNode, fdtNode, findFdtNode, parseFdt, prop, serializeFdt } from "./board/fdt";
export { MachineError, type MachineOptions, type MachineResult, VirtMachine } from "./board/machine";
export { Pl011, type Pl011State } from "./board/pl011";
export {
  type PowerState,
  PSCI_VERSION_1_1,
  type PsciEffect,
  PsciFirmware,
  PsciFunction,
  type PsciResult,
  PsciReturn,
  SMCCC_VERSION_1_1,
} from "./board/psci";
export { VIRT, type VirtBoardConfig, virtDeviceTree, virtDeviceTreeBlob } from "./board/virt";
export { HypervisorError, InvalidRegisterValueError, UnknownRegisterError, VmBusyError } from "./errors";
export {
  CoreReg,
  coreRegId,
  type DecodedRegId,
  decodeRegId,
  FwReg,
  formatRegId,
  KVM_REG_ARM64,
  KVM_REGS_OFFSET,
  KvmRegClass,
  KvmRegSize,
  regSizeBytes,
  SveReg,
  sysRegId,
} from "./kvm/reg-id";
export {
  decodeSnapshot,
  encodeSnapshot,
  readSnapshotFile,
  SNAPSHOT_FORMAT_VERSION,
  SnapshotCorruptError,
  SnapshotError,
  SnapshotFormatError,
  type SnapshotSealOptions,
  type SnapshotSection,
  SnapshotTruncatedError,
  SnapshotVersionError,
  writeFileAtomic,
} from "./snapshot/container";
export {
  decodeVmSnapshot,
  encodeVmSnapshot,
  isFpRegister,
  readVmSnapshotFile,
  restoreVmSnapshot,
  type VmSnapshot,
  writeVmSnapshot,
} from "./snapshot/vm-snapshot";
export type { HandledExit, TracedExit, TracedTrap, VcpuExit } from "./vm/exits";
export { GuestImageError, type LoadedImage, loadGuestElf, placeDeviceTree } from "./vm/guest-loader";
export { type Host, hostOf } from "./vm/host";
export { type IdRegisterWriteOptions, VmIdRegisters } from "./vm/id-registers";
export {
  type LiveMigrationOptions,
  type LiveMigrationOutcome,
  type LiveMigrationReport,
  liveMigrate,
  type PrecopyRound,
} from "./vm/live-migration";
export {
  captureMachineState,
  checkMigration,
  type Destination,
  type MachineState,
  type MigrationCheck,
  MigrationRefusedError,
  type VcpuState,
} from "./vm/machine-state";
export { type MigrationReport, migrateMachine } from "./vm/migration";
export { type TrapCounts, VmTrapPolicy } from "./vm/trap-policy";
export { type FinalizableFeature, Vcpu, type VcpuInit } from "./vm/vcpu";
export {
  HIDDEN_FIELDS,
  type HideableVcpuFeature,
  InvalidVcpuFeaturesError,
  PSCI_VERSIONS,
  type PsciVersionName,
  type ResolvedVcpuFeatures,
  VCPU_FEATURE_OF,
  type VcpuFeatures,
  VcpuFinalizeError,
} from "./vm/vcpu-features";
export { VCPU_SYSREGS, type VcpuRegisterCondition, type VcpuSysreg, visibleSysregs } from "./vm/vcpu-sysregs";
export { FeatureNotOnHostError, type FeatureRestriction, Vm, type VmOptions } from "./vm/vm";
export { missingOnHost, type VmFeatureSet, vmFeatureSet } from "./vm/vm-features";
