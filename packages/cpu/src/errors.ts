/** Base class of every error @a64vm/cpu throws: a stable `code` plus a one-line message. */
export class CpuError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A memory region that overlaps another or has a bad size/alignment. */
export class MemoryLayoutError extends CpuError {
  constructor(message: string) {
    super("MEMORY_LAYOUT", message);
  }
}

/** A host-side access (loader, syscall) to guest memory that is not mapped. */
export class GuestMemoryError extends CpuError {
  readonly address: number;
  constructor(address: number, message: string) {
    super("GUEST_MEMORY", message);
    this.address = address;
  }
}

/** A file that is not a static AArch64 ELF executable this runner can load. */
export class ElfFormatError extends CpuError {
  constructor(message: string) {
    super("ELF_FORMAT", message);
  }
}

/** A Linux system call the user-mode runner does not implement. */
export class UnimplementedSyscallError extends CpuError {
  readonly number: number;
  constructor(number: number, name: string) {
    super("UNIMPLEMENTED_SYSCALL", `unimplemented syscall ${number} (${name})`);
    this.number = number;
  }
}

/** A register name or value the state API does not accept. */
export class RegisterArgumentError extends CpuError {
  constructor(message: string) {
    super("REGISTER_ARGUMENT", message);
  }
}
