/** Why KVM_RUN returned, as the VMM sees it. */
export type VcpuExit =
  /** A device access outside RAM: complete a read with `completeMmioRead`, then run again. */
  | {
      readonly kind: "mmio";
      readonly address: bigint;
      readonly size: number;
      readonly isWrite: boolean;
      readonly data: bigint;
    }
  /** PSCI SYSTEM_OFF or SYSTEM_RESET. */
  | { readonly kind: "system-event"; readonly event: "off" | "reset" }
  /** The instruction budget ran out. */
  | { readonly kind: "budget" }
  /** WFI/WFE with nothing pending, or the vCPU is powered off (PSCI CPU_OFF). */
  | { readonly kind: "idle" }
  /** Something the hypervisor cannot handle: the faulting state, decoded. */
  | {
      readonly kind: "internal-error";
      readonly message: string;
      readonly esr: number;
      readonly pc: bigint;
      readonly far: bigint;
    };

/** An exit the hypervisor handles itself, never returned to the VMM: seen only by a trace. */
export type HandledExit =
  /** HVC: a PSCI call (function ID in x0). */
  | { readonly kind: "hvc"; readonly function: bigint }
  /** A trapped system-register access emulated from the VM's state (the ID registers). */
  | { readonly kind: "sysreg"; readonly key: number; readonly isRead: boolean };

/** What `Vcpu.onExit` sees: every exit but the end of a run's budget. */
export type TracedExit = VcpuExit | HandledExit;

/** A trapped system-register access, as `Vcpu.onTrap` sees it (the trap policy's decision and route). */
export interface TracedTrap {
  readonly key: number;
  readonly isRead: boolean;
  /** The core's TrapAction: UNDEF or TRAP_EL2. */
  readonly action: number;
  /** The @a64vm/traps route (0 for none). */
  readonly route: number;
}
