/** Base class of every error @a64vm/hypervisor throws: a stable errno-like `code` and one line. */
export class HypervisorError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A register ID that is malformed, unknown, or not visible for this VM (KVM answers ENOENT). */
export class UnknownRegisterError extends HypervisorError {
  readonly id: bigint;
  constructor(id: bigint, why: string) {
    super("ENOENT", `register 0x${id.toString(16)}: ${why}`);
    this.id = id;
  }
}

/** A value or size that the register cannot take (KVM answers EINVAL); nothing was changed. */
export class InvalidRegisterValueError extends HypervisorError {
  constructor(message: string) {
    super("EINVAL", message);
  }
}

/** A change that is no longer allowed because the VM has run (KVM answers EBUSY). */
export class VmBusyError extends HypervisorError {
  constructor(message: string) {
    super("EBUSY", message);
  }
}
