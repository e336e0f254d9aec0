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
