import { FpOwnershipError } from "./errors";
import { FpRegisterSet } from "./fp-register-set";
import type { FpLayout } from "./layout";
import type { PhysicalFpUnit } from "./physical-unit";
import { FP_STATE_KIND_NAMES, type FpStateKindName } from "./state-kinds";
import {
  FP_TRAP_CONTROL_BY_CLASS,
  type FpTrapClass,
  type FpTrapConfiguration,
  fpTrapConfiguration,
} from "./trap-controls";
import type { VcpuFpState } from "./vcpu-fp-state";

/** Who owns a physical CPU's FP registers, as KVM's per-CPU fp_owner. */
export type FpOwner = "free" | "host" | "guest";

/** When the host's FP state is saved on vcpuLoad: at once (current kernels) or on the guest's first FP trap. */
export type HostSavePolicy = "eager" | "lazy";

/** What a guest FP trap resolves to. */
export type FpTrapOutcome = "resume" | "undef";

type PerKind = { [K in FpStateKindName]: number };
type Transitions = { [F in FpOwner]: { [T in FpOwner]: number } };

/** Counters of every event, owner transition and part moved by one physical CPU's manager. */
export interface FpSwitchStats {
  vcpuLoads: number;
  vcpuPuts: number;
  guestEntries: number;
  traps: { [C in FpTrapClass]: number };
  undefTraps: number;
  hostKernelFpUses: number;
  hostSaves: number;
  hostRestores: number;
  guestSaves: number;
  guestRestores: number;
  hostPartSaves: PerKind;
  hostPartRestores: PerKind;
  guestPartSaves: PerKind;
  guestPartRestores: PerKind;
  transitions: Transitions;
}

function perKind(): PerKind {
  const out = {} as PerKind;
  for (const name of FP_STATE_KIND_NAMES) out[name] = 0;
  return out;
}

function newStats(): FpSwitchStats {
  const row = () => ({ free: 0, host: 0, guest: 0 });
  return {
    vcpuLoads: 0,
    vcpuPuts: 0,
    guestEntries: 0,
    traps: { fp: 0, sve: 0, sme: 0 },
    undefTraps: 0,
    hostKernelFpUses: 0,
    hostSaves: 0,
    hostRestores: 0,
    guestSaves: 0,
    guestRestores: 0,
    hostPartSaves: perKind(),
    hostPartRestores: perKind(),
    guestPartSaves: perKind(),
    guestPartRestores: perKind(),
    transitions: { free: row(), host: row(), guest: row() },
  };
}

/** Which physical CPU each vCPU is loaded on. */
const loadedOn = new WeakMap<VcpuFpState, PhysicalCpuFp>();

/** What a VM layout needs at every switch, computed once per layout: traps, and which trap classes it handles. */
interface SwitchPlan {
  readonly trapsWhileNotOwned: FpTrapConfiguration;
  readonly trapsWhileOwned: FpTrapConfiguration;
  readonly handles: { readonly [C in FpTrapClass]: boolean };
}

const plans = new WeakMap<FpLayout, SwitchPlan>();

function switchPlan(vcpu: VcpuFpState): SwitchPlan {
  const layout = vcpu.layout;
  let plan = plans.get(layout);
  if (plan === undefined) {
    const handles = (trap: FpTrapClass) =>
      vcpu.has("fpsimd") && layout.features.has(FP_TRAP_CONTROL_BY_CLASS[trap].feature);
    plan = {
      trapsWhileNotOwned: fpTrapConfiguration(layout.features, false),
      trapsWhileOwned: fpTrapConfiguration(layout.features, true),
      handles: { fp: handles("fp"), sve: handles("sve"), sme: handles("sme") },
    };
    plans.set(layout, plan);
  }
  return plan;
}

/** What the physical registers hold, whoever owns them: a free CPU may still hold the host's values. */
type RegisterContents = "host" | "guest" | "none";

/**
 * The FP ownership state machine of one physical CPU, modelled on KVM/arm64's: the host's state is saved
 * on vcpuLoad (eager) or on the guest's first FP trap (lazy); the guest's state is loaded only when the
 * guest traps on an FP/SIMD, SVE or SME access, and saved back on vcpuPut (also the path of an exit to
 * userspace) or when the host kernel needs the FP unit. Only the kinds the VM has are moved.
 */
export class PhysicalCpuFp {
  readonly unit: PhysicalFpUnit;
  readonly policy: HostSavePolicy;
  /** The host's saved FP context: one structure holding every part the host has, FPMR included. */
  readonly hostState: FpRegisterSet;
  readonly stats: FpSwitchStats = newStats();
  #owner: FpOwner = "host";
  #contents: RegisterContents = "host";
  #hostStateSaved = false;
  #vcpu: VcpuFpState | null = null;
  #plan: SwitchPlan | null = null;

  constructor(unit: PhysicalFpUnit, options: { hostSave?: HostSavePolicy } = {}) {
    this.unit = unit;
    this.policy = options.hostSave ?? "eager";
    this.hostState = new FpRegisterSet(unit.registers.layout);
  }

  get owner(): FpOwner {
    return this.#owner;
  }

  get loadedVcpu(): VcpuFpState | null {
    return this.#vcpu;
  }

  /** True when the host's live state is in `hostState` rather than in the registers. */
  get hostStateSaved(): boolean {
    return this.#hostStateSaved;
  }

  /** Makes `vcpu` the one running on this CPU (KVM's vcpu_load). */
  vcpuLoad(vcpu: VcpuFpState): void {
    if (this.#vcpu !== null) throw new FpOwnershipError("vcpuLoad: another vCPU is loaded on this CPU");
    if (loadedOn.has(vcpu)) throw new FpOwnershipError("vcpuLoad: the vCPU is loaded on another CPU");
    if (vcpu.isLive) throw new FpOwnershipError("vcpuLoad: the vCPU's FP state is already live");
    this.stats.vcpuLoads++;
    this.#vcpu = vcpu;
    loadedOn.set(vcpu, this);
    this.#plan = switchPlan(vcpu);
    if (this.policy === "eager" && this.#owner === "host") {
      this.#saveHost();
      this.#setOwner("free");
    }
  }

  /** Entering the guest: returns the FP traps to run it with (CPTR_EL2 bits as data). */
  guestEnter(): FpTrapConfiguration {
    const vcpu = this.#requireVcpu("guestEnter");
    this.stats.guestEntries++;
    vcpu._markRun();
    return this.#owner === "guest" ? this.#plan!.trapsWhileOwned : this.#plan!.trapsWhileNotOwned;
  }

  /** The traps the loaded vCPU runs with now. */
  get trapConfiguration(): FpTrapConfiguration {
    this.#requireVcpu("trapConfiguration");
    return this.#owner === "guest" ? this.#plan!.trapsWhileOwned : this.#plan!.trapsWhileNotOwned;
  }

  /**
   * A guest FP/SIMD, SVE or SME access trapped to EL2. When the VM advertises the class, the host's state
   * is saved if still live, the guest's is loaded and the traps are lifted ("resume"); otherwise the access
   * is UNDEF and nothing moves.
   */
  handleTrap(trap: FpTrapClass): FpTrapOutcome {
    const vcpu = this.#requireVcpu("handleTrap");
    const advertised = this.#plan!.handles[trap];
    if (advertised === undefined) throw new FpOwnershipError(`handleTrap: unknown trap class '${String(trap)}'`);
    if (advertised && this.#owner === "guest")
      throw new FpOwnershipError(`handleTrap: spurious ${trap} trap, the guest already owns the FP registers`);
    this.stats.traps[trap]++;
    if (!advertised) {
      this.stats.undefTraps++;
      return "undef";
    }
    if (this.#owner === "host") this.#saveHost();
    this.#restoreGuest(vcpu);
    this.#setOwner("guest");
    return "resume";
  }

  /**
   * The host kernel needs the FP unit (kernel-mode NEON, a softirq): whoever owns the registers has its
   * state saved and they become free. Without a loaded vCPU the host's state comes back at once (the
   * return to userspace); with one, it comes back on vcpuPut.
   */
  hostKernelFpUse(): void {
    this.stats.hostKernelFpUses++;
    if (this.#owner === "guest") this.#saveGuest(this.#vcpu!);
    else if (this.#owner === "host") this.#saveHost();
    this.#setOwner("free");
    this.#contents = "none";
    if (this.#vcpu === null) this.#restoreHost();
  }

  /** Stops running the vCPU on this CPU (KVM's vcpu_put; also what an exit to userspace does). */
  vcpuPut(): void {
    const vcpu = this.#requireVcpu("vcpuPut");
    this.stats.vcpuPuts++;
    if (this.#owner === "guest") {
      this.#saveGuest(vcpu);
      this.#setOwner("free");
    }
    if (this.#hostStateSaved) this.#restoreHost();
    this.#vcpu = null;
    loadedOn.delete(vcpu);
  }

  #requireVcpu(operation: string): VcpuFpState {
    if (this.#vcpu === null) throw new FpOwnershipError(`${operation}: no vCPU is loaded on this CPU`);
    return this.#vcpu;
  }

  #setOwner(next: FpOwner): void {
    this.stats.transitions[this.#owner][next]++;
    this.#owner = next;
  }

  #saveHost(): void {
    const { unit, hostState, stats } = this;
    for (const k of hostState.kinds) {
      unit.read(k, hostState);
      stats.hostPartSaves[k.name]++;
    }
    stats.hostSaves++;
    this.#hostStateSaved = true;
  }

  /** Gives the registers back to the host; skips the copy when they still hold the host's values. */
  #restoreHost(): void {
    if (this.#contents !== "host") {
      const { unit, hostState, stats } = this;
      for (const k of hostState.kinds) {
        unit.write(k, hostState);
        stats.hostPartRestores[k.name]++;
      }
      stats.hostRestores++;
      this.#contents = "host";
    }
    this.#hostStateSaved = false;
    this.#setOwner("host");
  }

  #restoreGuest(vcpu: VcpuFpState): void {
    const { unit, stats } = this;
    const state = vcpu.registers;
    for (const k of state.kinds) {
      unit.write(k, state);
      stats.guestPartRestores[k.name]++;
    }
    stats.guestRestores++;
    this.#contents = "guest";
    vcpu._setLive(true);
  }

  #saveGuest(vcpu: VcpuFpState): void {
    const { unit, stats } = this;
    const state = vcpu.registers;
    for (const k of state.kinds) {
      unit.read(k, state);
      stats.guestPartSaves[k.name]++;
    }
    stats.guestSaves++;
    vcpu._setLive(false);
  }
}
