/**
 * A VM's ID registers, as KVM keeps them per VM: every register of the ID space (op0=3, op1 in
 * {0,1,3}, CRn=0, CRm 0-7, op2 0-7) starts at the host's sanitised value; userspace may write a
 * writable field to a safe lower value before the VM first runs (EINVAL otherwise, nothing
 * changed); after the first run only a write of the current value succeeds (EBUSY otherwise).
 */
import {
  checkIdRegisterWrite,
  encodingFromKey,
  ID_REGISTER_ENCODINGS,
  ID_SPACE_KEYS,
  type IdRegisterValues,
  UnsafeIdRegisterWriteError,
  writableMask,
} from "@a64vm/sysreg";
import { InvalidRegisterValueError, UnknownRegisterError, VmBusyError } from "../errors";
import { sysRegId } from "../kvm/reg-id";

const NAME_BY_KEY = new Map(ID_REGISTER_ENCODINGS.map((r) => [r.key, r.name]));
const KEY_BY_NAME = new Map(ID_REGISTER_ENCODINGS.map((r) => [r.name, r.key]));

export interface IdRegisterWriteOptions {
  /** KVM_CAP_ARM_WRITABLE_IMP_ID_REGS: MIDR, REVIDR and AIDR become writable. */
  readonly implementationIdsWritable?: boolean;
}

export class VmIdRegisters {
  /** Values by encoding key; every key of the ID space is present (unallocated ones read as zero). */
  readonly #values = new Map<number, bigint>();
  readonly #host = new Map<number, bigint>();
  #locked = false;
  #version = 0;
  readonly #options: IdRegisterWriteOptions;

  constructor(hostSanitised: IdRegisterValues, options: IdRegisterWriteOptions = {}) {
    this.#options = options;
    for (const key of ID_SPACE_KEYS) {
      const name = NAME_BY_KEY.get(key);
      const value = name === undefined ? 0n : (hostSanitised[name] ?? 0n);
      this.#values.set(key, value);
      this.#host.set(key, value);
    }
  }

  /** After the VM's first run, ID registers can no longer change. */
  lock(): void {
    this.#locked = true;
  }

  /** Bumped by every accepted change, so derived data (the feature set) can be cached. */
  get version(): number {
    return this.#version;
  }

  get locked(): boolean {
    return this.#locked;
  }

  static keyOf(name: string): number | undefined {
    return KEY_BY_NAME.get(name.toUpperCase());
  }

  static nameOf(key: number): string | undefined {
    return NAME_BY_KEY.get(key);
  }

  has(key: number): boolean {
    return this.#values.has(key);
  }

  get(key: number): bigint {
    const value = this.#values.get(key);
    if (value === undefined) throw new UnknownRegisterError(sysRegId(encodingFromKey(key)), "not an ID register");
    return value;
  }

  /** The host's (limit) value of the register. */
  hostValue(key: number): bigint {
    return this.#host.get(key) ?? 0n;
  }

  /** Values by register name (allocated registers only), for featuresOf and snapshots. */
  values(): Record<string, bigint> {
    const out: Record<string, bigint> = {};
    for (const [key, name] of NAME_BY_KEY) out[name] = this.#values.get(key) ?? 0n;
    return out;
  }

  /** Userspace write (KVM_SET_ONE_REG); throws and changes nothing unless it is accepted. */
  set(key: number, value: bigint): void {
    this.#check(key, value);
    this.#values.set(key, value);
    this.#version++;
  }

  /**
   * Clears `mask` in both the value and the limit of a register, as KVM's sanitised read does for a
   * vCPU feature that was not requested: the bits read 0 and no later write can set them again.
   */
  lowerLimit(name: string, mask: bigint): void {
    const key = KEY_BY_NAME.get(name.toUpperCase());
    if (key === undefined) throw new InvalidRegisterValueError(`'${name}' is not an ID register`);
    if (this.#locked) throw new VmBusyError(`${name}: the VM has run, ID registers are fixed`);
    this.#host.set(key, this.hostValue(key) & ~mask);
    this.#values.set(key, this.get(key) & ~mask);
    this.#version++;
  }

  /** Several writes by register name, all checked before any is applied: all or nothing. */
  setMany(entries: readonly (readonly [string, bigint])[]): void {
    const writes = entries.map(([name, value]) => {
      const key = KEY_BY_NAME.get(name.toUpperCase());
      if (key === undefined) throw new InvalidRegisterValueError(`'${name}' is not an ID register`);
      this.#check(key, value);
      return [key, value] as const;
    });
    for (const [key, value] of writes) this.#values.set(key, value);
    this.#version++;
  }

  #check(key: number, value: bigint): void {
    const id = sysRegId(encodingFromKey(key));
    const current = this.get(key);
    if (value === current) return;
    if (this.#locked) {
      throw new VmBusyError(
        `${NAME_BY_KEY.get(key) ?? `ID register 0x${key.toString(16)}`}: the VM has run, ID registers are fixed`,
      );
    }
    const name = NAME_BY_KEY.get(key);
    if (name === undefined) {
      throw new InvalidRegisterValueError(`register 0x${id.toString(16)}: unallocated ID register, reads as zero`);
    }
    try {
      checkIdRegisterWrite(name, this.hostValue(key), value, this.#options);
    } catch (error) {
      if (error instanceof UnsafeIdRegisterWriteError) throw new InvalidRegisterValueError(error.message);
      throw error;
    }
  }

  /** KVM_ARM_GET_REG_WRITABLE_MASKS: the writable bits of each of the 192 ID-space registers. */
  writableMasks(): Map<number, bigint> {
    const masks = new Map<number, bigint>();
    for (const key of ID_SPACE_KEYS) {
      const name = NAME_BY_KEY.get(key);
      masks.set(key, name === undefined ? 0n : writableMask(name, this.#options));
    }
    return masks;
  }

  /** Every ID-space key, in encoding order. */
  keys(): readonly number[] {
    return ID_SPACE_KEYS;
  }
}
