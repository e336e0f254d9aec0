/**
 * KVM/arm64 ONE_REG register IDs: `0x6000_0000_0000_0000 | size | class | index`
 * (linux/arch/arm64/include/uapi/asm/kvm.h, as facts). IDs are bigints at the API boundary
 * because they use all 64 bits.
 */
import { encodingFromKey, encodingKey, type SysRegEncoding } from "@a64vm/sysreg";

export const KVM_REG_ARM64 = 0x6000_0000_0000_0000n;
const SIZE_SHIFT = 52n;
const CLASS_MASK = 0xffff_0000n;

/** Register sizes, as log2 of the byte count in bits 52-55. */
export const KvmRegSize = {
  U8: 0n,
  U16: 1n,
  U32: 2n,
  U64: 3n,
  U128: 4n,
  U256: 5n,
  U512: 6n,
  U1024: 7n,
  U2048: 8n,
} as const;
export type KvmRegSize = (typeof KvmRegSize)[keyof typeof KvmRegSize];

/** Register classes (bits 16-31). */
export const KvmRegClass = {
  CORE: 0x0010n << 16n,
  SYSREG: 0x0013n << 16n,
  FW: 0x0014n << 16n,
  SVE: 0x0015n << 16n,
  FW_FEAT_BMAP: 0x0016n << 16n,
} as const;

export function regSizeBytes(id: bigint): number {
  return 1 << Number((id >> SIZE_SHIFT) & 0xfn);
}

function make(size: bigint, cls: bigint, index: bigint): bigint {
  return KVM_REG_ARM64 | (size << SIZE_SHIFT) | cls | index;
}

/** Byte offsets of the fields of `struct kvm_regs` (user_pt_regs, sp_el1, elr_el1, spsr[5], fp_regs). */
export const KVM_REGS_OFFSET = {
  x: (n: number) => 8 * n,
  sp: 248,
  pc: 256,
  pstate: 264,
  spEl1: 272,
  elrEl1: 280,
  spsr: (n: number) => 288 + 8 * n,
  /** user_fpsimd_state is 16-byte aligned (it holds __uint128_t), so it starts at 336, not 328. */
  v: (n: number) => 336 + 16 * n,
  fpsr: 848,
  fpcr: 852,
} as const;

/** A core register (class 0x0010): the index is the offset in struct kvm_regs divided by 4. */
export function coreRegId(offset: number, size: KvmRegSize): bigint {
  return make(size, KvmRegClass.CORE, BigInt(offset / 4));
}

export const CoreReg = {
  x: (n: number) => coreRegId(KVM_REGS_OFFSET.x(n), KvmRegSize.U64),
  sp: coreRegId(KVM_REGS_OFFSET.sp, KvmRegSize.U64),
  pc: coreRegId(KVM_REGS_OFFSET.pc, KvmRegSize.U64),
  pstate: coreRegId(KVM_REGS_OFFSET.pstate, KvmRegSize.U64),
  spEl1: coreRegId(KVM_REGS_OFFSET.spEl1, KvmRegSize.U64),
  elrEl1: coreRegId(KVM_REGS_OFFSET.elrEl1, KvmRegSize.U64),
  spsr: (n: number) => coreRegId(KVM_REGS_OFFSET.spsr(n), KvmRegSize.U64),
  v: (n: number) => coreRegId(KVM_REGS_OFFSET.v(n), KvmRegSize.U128),
  fpsr: coreRegId(KVM_REGS_OFFSET.fpsr, KvmRegSize.U32),
  fpcr: coreRegId(KVM_REGS_OFFSET.fpcr, KvmRegSize.U32),
} as const;

/** A system register by encoding (class 0x0013); FPMR (3,3,4,4,2) is 0x6030_0000_0013_DA22. */
export function sysRegId(encoding: SysRegEncoding): bigint {
  return make(KvmRegSize.U64, KvmRegClass.SYSREG, BigInt(encodingKey(encoding)));
}

/** Firmware pseudo-registers (class 0x0014). */
export const FwReg = {
  PSCI_VERSION: make(KvmRegSize.U64, KvmRegClass.FW, 0n),
  SMCCC_ARCH_WORKAROUND_1: make(KvmRegSize.U64, KvmRegClass.FW, 1n),
  SMCCC_ARCH_WORKAROUND_2: make(KvmRegSize.U64, KvmRegClass.FW, 2n),
  SMCCC_ARCH_WORKAROUND_3: make(KvmRegSize.U64, KvmRegClass.FW, 3n),
} as const;

/** SVE registers (class 0x0015): Z (2048-bit slices), P and FFR (256-bit slices), and the VL set. */
export const SveReg = {
  z: (n: number, slice = 0) => make(KvmRegSize.U2048, KvmRegClass.SVE, BigInt((n << 5) | slice)),
  p: (n: number, slice = 0) => make(KvmRegSize.U256, KvmRegClass.SVE, 0x400n | BigInt((n << 5) | slice)),
  ffr: (slice = 0) => make(KvmRegSize.U256, KvmRegClass.SVE, 0x600n | BigInt(slice)),
  VLS: make(KvmRegSize.U512, KvmRegClass.SVE, 0xffffn),
} as const;

/** What a register ID names, decoded; `null` when the ID is not of a shape KVM/arm64 defines. */
export type DecodedRegId =
  | { readonly kind: "core"; readonly offset: number; readonly size: number }
  | { readonly kind: "sysreg"; readonly encoding: SysRegEncoding }
  | { readonly kind: "fw"; readonly index: number }
  | { readonly kind: "sve-z"; readonly n: number; readonly slice: number }
  | { readonly kind: "sve-p"; readonly n: number; readonly slice: number }
  | { readonly kind: "sve-ffr"; readonly slice: number }
  | { readonly kind: "sve-vls" };

export function decodeRegId(id: bigint): DecodedRegId | null {
  if (id >> 60n !== 6n || ((id >> 56n) & 0xfn) !== 0n) return null;
  const size = regSizeBytes(id);
  const cls = id & CLASS_MASK;
  const index = Number(id & 0xffffn);
  if ((id & 0x000f_ffff_0000_0000n) !== 0n) return null;
  switch (cls) {
    case KvmRegClass.CORE:
      return { kind: "core", offset: index * 4, size };
    case KvmRegClass.SYSREG:
      return size === 8 ? { kind: "sysreg", encoding: encodingFromKey(index) } : null;
    case KvmRegClass.FW:
      return size === 8 ? { kind: "fw", index } : null;
    case KvmRegClass.SVE:
      if (index === 0xffff) return size === 64 ? { kind: "sve-vls" } : null;
      if (index < 0x400) return size === 256 ? { kind: "sve-z", n: index >> 5, slice: index & 31 } : null;
      if (index < 0x600) return size === 32 ? { kind: "sve-p", n: (index >> 5) & 15, slice: index & 31 } : null;
      if (index < 0x620) return size === 32 ? { kind: "sve-ffr", slice: index & 31 } : null;
      return null;
    default:
      return null;
  }
}

/** The 16-hex-digit spelling KVM tools print: 0x603000000013da22. */
export function formatRegId(id: bigint): string {
  return `0x${id.toString(16).padStart(16, "0")}`;
}
