import { ConfigurationLockedError, StateLiveInRegistersError, StateNotAdvertisedError } from "./errors";
import { FpRegisterSet, transferAll } from "./fp-register-set";
import { FP_FEATURES, type FpHostCapabilities, type FpVmConfig, vmLayout } from "./host";
import type { FpLayout } from "./layout";
import type { FpmrRegister } from "./parts/fpmr";
import type { FpsimdRegisters } from "./parts/fpsimd";
import type { SmeState } from "./parts/sme";
import type { SveRegisters } from "./parts/sve";
import type { Zt0Register } from "./parts/zt0";
import { type FpStateKindName, fpStateKind } from "./state-kinds";

/**
 * The FP state of one vCPU, shaped by its VM's feature set: only the kinds the VM advertises exist.
 * The part getters are the register API (they throw StateNotAdvertisedError for a kind the VM lacks);
 * `registers` is the whole set, for the ownership manager and snapshots.
 */
export class VcpuFpState {
  readonly host: FpHostCapabilities;
  #registers: FpRegisterSet;
  #hasRun = false;
  #live = false;

  private constructor(host: FpHostCapabilities, layout: FpLayout) {
    this.host = host;
    this.#registers = new FpRegisterSet(layout);
  }

  /** A zeroed FP state for a VM on `host`; throws InconsistentFeaturesError / vector-length errors. */
  static create(host: FpHostCapabilities, config: FpVmConfig): VcpuFpState {
    return new VcpuFpState(host, vmLayout(host, config));
  }

  get layout(): FpLayout {
    return this.#registers.layout;
  }

  get registers(): FpRegisterSet {
    return this.#registers;
  }

  /** Names of the kinds of state this vCPU has. */
  get kinds(): FpStateKindName[] {
    return this.#registers.kinds.map((k) => k.name);
  }

  has(kind: FpStateKindName): boolean {
    return this.#registers.has(kind);
  }

  get fpsimd(): FpsimdRegisters {
    return this.#registers.fpsimd ?? notAdvertised("fpsimd");
  }
  get sve(): SveRegisters {
    return this.#registers.sve ?? notAdvertised("sve");
  }
  get sme(): SmeState {
    return this.#registers.sme ?? notAdvertised("sme");
  }
  get zt0(): Zt0Register {
    return this.#registers.zt0 ?? notAdvertised("zt0");
  }
  get fpmr(): FpmrRegister {
    return this.#registers.fpmr ?? notAdvertised("fpmr");
  }

  /**
   * The length Z, P and FFR have now, in bits: SVL in streaming mode, otherwise VL (128 when the VM has no
   * SVE, where only V is reachable). The structures hold the longer of the two.
   */
  get vectorLengthInUse(): number {
    const sme = this.#registers.sme;
    if (sme?.streaming) return sme.svl;
    return this.#registers.layout.vl || 128;
  }

  /** True once the vCPU has entered the guest: from then on the configuration is fixed. */
  get hasRun(): boolean {
    return this.#hasRun;
  }

  /** True while the state is loaded in a physical CPU's registers (guest-owned). */
  get isLive(): boolean {
    return this.#live;
  }

  /**
   * Restricts the VM's FP features and/or vector lengths before the first run. State of every kind that
   * disappears is dropped (unreachable through the register API and snapshots); kinds that stay keep
   * their values, cut to the new vector lengths. Throws ConfigurationLockedError after the first run or
   * when the change would add a feature or lengthen a vector.
   */
  restrict(config: FpVmConfig): void {
    if (this.#hasRun)
      throw new ConfigurationLockedError("FP features and vector lengths are fixed once the vCPU has run");
    this.assertNotLive("restrict the FP configuration");
    const old = this.#registers.layout;
    // Lengths left out keep their current value rather than growing back to the host's maximum.
    const keepVl = config.vl === undefined && config.features.has("FEAT_SVE") && old.vl !== 0;
    const keepSvl = config.svl === undefined && config.features.has("FEAT_SME") && old.svl !== 0;
    const layout = vmLayout(this.host, {
      ...config,
      ...(keepVl ? { vl: old.vl } : {}),
      ...(keepSvl ? { svl: old.svl } : {}),
    });
    const added = layout.features.intersect(FP_FEATURES).difference(old.features);
    if (added.size > 0) throw new ConfigurationLockedError(`restricting cannot add ${added.names().join(", ")}`);
    if (layout.vl > old.vl)
      throw new ConfigurationLockedError(`SVE vector length ${layout.vl} exceeds the current ${old.vl}`);
    if (layout.svl > old.svl)
      throw new ConfigurationLockedError(`SME streaming vector length ${layout.svl} exceeds the current ${old.svl}`);
    const next = new FpRegisterSet(layout);
    transferAll(this.#registers, next);
    this.#registers = next;
  }

  /** Zeroes every part (vCPU reset). */
  reset(): void {
    if (this.#live) throw new StateLiveInRegistersError("reset the FP state");
    this.#registers.reset();
  }

  /** Throws StateLiveInRegistersError while the state is in a physical CPU's registers. */
  assertNotLive(operation: string): void {
    if (this.#live) throw new StateLiveInRegistersError(operation);
  }

  /** @internal Called by the ownership manager. */
  _setLive(live: boolean): void {
    this.#live = live;
  }

  /** @internal Called by the ownership manager on the first guest entry. */
  _markRun(): void {
    this.#hasRun = true;
  }
}

function notAdvertised(kind: FpStateKindName): never {
  throw new StateNotAdvertisedError(kind, fpStateKind(kind).requires);
}
