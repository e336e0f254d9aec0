/**
 * PSCI 1.1 over the HVC conduit (SMC Calling Convention), as the virt board's firmware: function
 * IDs and return codes from Arm DEN0022, the power state of every vCPU, and the effect a call has
 * on the VM (power off, reset, start a vCPU) for the run loop to carry out.
 */

export const PsciFunction = {
  VERSION: 0x8400_0000,
  CPU_SUSPEND_32: 0x8400_0001,
  CPU_SUSPEND_64: 0xc400_0001,
  CPU_OFF: 0x8400_0002,
  CPU_ON_32: 0x8400_0003,
  CPU_ON_64: 0xc400_0003,
  AFFINITY_INFO_32: 0x8400_0004,
  AFFINITY_INFO_64: 0xc400_0004,
  MIGRATE_INFO_TYPE: 0x8400_0006,
  SYSTEM_OFF: 0x8400_0008,
  SYSTEM_RESET: 0x8400_0009,
  FEATURES: 0x8400_000a,
  SMCCC_VERSION: 0x8000_0000,
  SMCCC_ARCH_FEATURES: 0x8000_0001,
} as const;

export const PsciReturn = {
  SUCCESS: 0,
  NOT_SUPPORTED: -1,
  INVALID_PARAMETERS: -2,
  DENIED: -3,
  ALREADY_ON: -4,
  ON_PENDING: -5,
  INTERNAL_FAILURE: -6,
  NOT_PRESENT: -7,
  DISABLED: -8,
  INVALID_ADDRESS: -9,
} as const;

/** PSCI 1.1: major 1 in bits [31:16], minor 1. */
export const PSCI_VERSION_1_1 = 0x0001_0001;
/** SMCCC 1.1. */
export const SMCCC_VERSION_1_1 = 0x0001_0001;
/** MIGRATE_INFO_TYPE: "Trusted OS not present or does not require migration". */
const MIGRATE_INFO_NOT_PRESENT = 2;

export type PowerState = "on" | "off" | "on-pending";

/** What a PSCI call asks of the VM beyond its return value. */
export type PsciEffect =
  | { readonly kind: "none" }
  | { readonly kind: "system-off" }
  | { readonly kind: "system-reset" }
  | { readonly kind: "cpu-off"; readonly cpu: number }
  | { readonly kind: "cpu-on"; readonly cpu: number; readonly entry: bigint; readonly contextId: bigint };

export interface PsciResult {
  /** The value the caller sees in x0 (sign-extended to 64 bits for negative codes). */
  readonly x0: bigint;
  readonly effect: PsciEffect;
}

const NONE: PsciEffect = { kind: "none" };
const ret = (code: number, effect: PsciEffect = NONE): PsciResult => ({ x0: BigInt.asUintN(64, BigInt(code)), effect });

/** The firmware of one VM: the power state of each vCPU, addressed by its MPIDR affinity. */
export class PsciFirmware {
  readonly #mpidrs: readonly bigint[];
  readonly #power: PowerState[];

  constructor(mpidrs: readonly bigint[]) {
    this.#mpidrs = mpidrs;
    this.#power = mpidrs.map((_, i) => (i === 0 ? "on" : "off"));
  }

  powerState(cpu: number): PowerState {
    return this.#power[cpu] ?? "off";
  }

  /** Marks a vCPU running (the run loop calls it when it starts a CPU_ON target). */
  markOn(cpu: number): void {
    this.#power[cpu] = "on";
  }

  snapshot(): PowerState[] {
    return [...this.#power];
  }

  restore(power: readonly PowerState[]): void {
    power.forEach((p, i) => {
      this.#power[i] = p;
    });
  }

  /**
   * Handles a call from vCPU `caller` with x0-x3 as the guest passed them, for a vCPU given PSCI
   * `version` (PSCI_FEATURES exists from 1.0 on).
   */
  call(caller: number, x0: bigint, x1: bigint, x2: bigint, x3: bigint, version = PSCI_VERSION_1_1): PsciResult {
    const fn = Number(x0 & 0xffff_ffffn);
    const is32 = (fn & 0x4000_0000) === 0;
    const arg = (v: bigint) => (is32 ? v & 0xffff_ffffn : v);
    if (fn === PsciFunction.FEATURES && version < 0x1_0000) return ret(PsciReturn.NOT_SUPPORTED);
    switch (fn) {
      case PsciFunction.VERSION:
        return ret(version);
      case PsciFunction.SMCCC_VERSION:
        return ret(SMCCC_VERSION_1_1);
      case PsciFunction.SMCCC_ARCH_FEATURES:
        return ret(PsciReturn.NOT_SUPPORTED);
      case PsciFunction.FEATURES: {
        const queried = Number(x1 & 0xffff_ffffn);
        const supported = new Set<number>(Object.values(PsciFunction));
        supported.delete(PsciFunction.CPU_SUSPEND_32);
        supported.delete(PsciFunction.CPU_SUSPEND_64);
        return ret(supported.has(queried) ? PsciReturn.SUCCESS : PsciReturn.NOT_SUPPORTED);
      }
      case PsciFunction.MIGRATE_INFO_TYPE:
        return ret(MIGRATE_INFO_NOT_PRESENT);
      case PsciFunction.SYSTEM_OFF:
        return ret(PsciReturn.SUCCESS, { kind: "system-off" });
      case PsciFunction.SYSTEM_RESET:
        return ret(PsciReturn.SUCCESS, { kind: "system-reset" });
      case PsciFunction.CPU_OFF:
        this.#power[caller] = "off";
        return ret(PsciReturn.SUCCESS, { kind: "cpu-off", cpu: caller });
      case PsciFunction.CPU_ON_32:
      case PsciFunction.CPU_ON_64: {
        const target = this.#cpuByMpidr(arg(x1));
        if (target < 0) return ret(PsciReturn.INVALID_PARAMETERS);
        if (this.#power[target] === "on") return ret(PsciReturn.ALREADY_ON);
        if (this.#power[target] === "on-pending") return ret(PsciReturn.ON_PENDING);
        this.#power[target] = "on-pending";
        return ret(PsciReturn.SUCCESS, { kind: "cpu-on", cpu: target, entry: arg(x2), contextId: arg(x3) });
      }
      case PsciFunction.AFFINITY_INFO_32:
      case PsciFunction.AFFINITY_INFO_64: {
        if ((x2 & 0xffff_ffffn) !== 0n) return ret(PsciReturn.INVALID_PARAMETERS); // lowest affinity level only
        const target = this.#cpuByMpidr(arg(x1));
        if (target < 0) return ret(PsciReturn.INVALID_PARAMETERS);
        const state = this.#power[target];
        return ret(state === "on" ? 0 : state === "off" ? 1 : 2);
      }
      default:
        return ret(PsciReturn.NOT_SUPPORTED);
    }
  }

  #cpuByMpidr(mpidr: bigint): number {
    const affinity = mpidr & 0xff_00ff_ffffn;
    return this.#mpidrs.findIndex((m) => (m & 0xff_00ff_ffffn) === affinity);
  }
}
