/**
 * A vCPU: the KVM ONE_REG register API over the execution core's state, and the register list
 * the VM's features make visible. State of a feature the VM does not have has no register ID,
 * no list entry and no storage; hiding a feature before the first run resets its state.
 */

import { Cpu, EC, Exit } from "@a64vm/cpu";
import { VcpuFpState, VectorLengthSet } from "@a64vm/fpstate";
import { encodingFromKey, ID_SPACE_KEYS, lookupSysReg } from "@a64vm/sysreg";
import { InvalidRegisterValueError, UnknownRegisterError } from "../errors";
import { CoreReg, decodeRegId, FwReg, KVM_REGS_OFFSET, regSizeBytes, SveReg, sysRegId } from "../kvm/reg-id";
import type { TracedExit, TracedTrap, VcpuExit } from "./exits";
import { VmTrapPolicy } from "./trap-policy";
import {
  InvalidVcpuFeaturesError,
  PSCI_VERSIONS,
  type ResolvedVcpuFeatures,
  resolveVcpuFeatures,
  type VcpuFeatures,
  VcpuFinalizeError,
} from "./vcpu-features";
import { type VcpuSysreg, visibleSysregs } from "./vcpu-sysregs";
import { defineVirtualTimer, isVirtualTimerRegister, readVirtualTimer, writeVirtualTimer } from "./virtual-timer";
import type { Vm } from "./vm";

/** Shortcut options of `createVcpu` (the explicit KVM path is `vcpuInit` + `finalize`). */
export interface VcpuInit {
  /** PSCI version the firmware reports: 0.2, 1.0 or 1.1 (default 1.1). */
  readonly psciVersion?: "0.2" | "1.0" | "1.1";
  /** A PMUv3 (its registers become visible). */
  readonly pmu?: boolean;
  /** The VM's maximum SVE vector length in bits (with FEAT_SVE; default: the host's maximum). */
  readonly sveVectorLength?: number;
}

const BUDGET: VcpuExit = { kind: "budget" };
const IDLE: VcpuExit = { kind: "idle" };
/** KVM_ARM_VCPU_FINALIZE targets: vector lengths are fixed by finalizing. */
export type FinalizableFeature = "sve" | "sme";
/** Z registers travel in 2048-bit slices (KVM_REG_ARM64_SVE_ZREG(n, i)); P and FFR in 256-bit ones. */
const SVE_SLICE_BITS = 2048;

export class Vcpu {
  readonly vm: Vm;
  readonly index: number;
  readonly init: VcpuInit;
  #cpu: Cpu;
  #psciVersion: bigint;
  readonly #spsrAarch32 = [0n, 0n, 0n, 0n];
  #fp: VcpuFpState | null = null;
  #trapPolicy: VmTrapPolicy | null = null;
  /** KVM_ARM_VCPU_INIT features; null for a vCPU created with the `createVcpu` shortcut. */
  #features: ResolvedVcpuFeatures | null = null;
  /** SVE/SME vector lengths (SVE_VLS) chosen before KVM_ARM_VCPU_FINALIZE. */
  #sveLengths: VectorLengthSet | null = null;
  #smeLengths: VectorLengthSet | null = null;
  readonly #finalized = new Set<FinalizableFeature>();
  /** PSCI power state: only vCPU 0 starts on; the others wait for CPU_ON. */
  #poweredOn: boolean;
  /** Called for every exit but a spent budget, with the guest PC (`--trace exits`); null when not tracing. */
  onExit: ((vcpu: number, pc: bigint, exit: TracedExit) => void) | null = null;
  /** Called for every trapped or UNDEF system-register access, with its PC (`--trace traps`). */
  onTrap: ((vcpu: number, pc: bigint, trap: TracedTrap) => void) | null = null;
  /** Instructions this vCPU has executed. */
  instructions = 0;

  constructor(vm: Vm, index: number, init: VcpuInit) {
    this.vm = vm;
    this.index = index;
    this.init = init;
    this.#psciVersion = PSCI_VERSIONS[init.psciVersion ?? "1.1"];
    this.#poweredOn = index === 0;
    this.#cpu = this.#newCore(null);
    const features = vm.vcpuFeatures;
    if (features !== null) this.#adopt(features);
  }

  /**
   * KVM_ARM_VCPU_INIT: the features of this vCPU (a feature left out is off and hidden from the VM's
   * ID registers, register list and guest). Every vCPU of a VM has the same features. With SVE or
   * SME, choose vector lengths (SVE_VLS), then `finalize`. Throws InvalidVcpuFeaturesError.
   */
  vcpuInit(requested: VcpuFeatures): void {
    const host = this.vm.host.features;
    const features = resolveVcpuFeatures(requested, (f) => host.has(f));
    if (this.#features !== null && this.#finalized.size > 0) {
      throw new VcpuFinalizeError("the vCPU is finalized: its features are fixed");
    }
    this.vm.adoptVcpuFeatures(features);
    this.#adopt(features);
  }

  #adopt(features: ResolvedVcpuFeatures): void {
    this.#features = features;
    this.#psciVersion = PSCI_VERSIONS[features.psciVersion];
    this.#sveLengths = features.sve ? this.vm.host.sveLengths : null;
    this.#smeLengths = features.sme ? this.vm.host.smeLengths : null;
    this.#fp = null;
  }

  /** The KVM_ARM_VCPU_INIT features, or null for a vCPU created with the `createVcpu` shortcut. */
  get features(): ResolvedVcpuFeatures | null {
    return this.#features;
  }

  /**
   * KVM_ARM_VCPU_FINALIZE: fixes the vector lengths. Until then the Z/P/FFR registers, the register
   * list and KVM_RUN are refused (EPERM); afterwards SVE_VLS can no longer change.
   */
  finalize(feature: FinalizableFeature): void {
    if (this.#features === null || !this.#features[feature]) {
      throw new InvalidVcpuFeaturesError(`${feature} was not requested at KVM_ARM_VCPU_INIT`);
    }
    if (this.#finalized.has(feature)) throw new VcpuFinalizeError(`${feature} is already finalized`);
    this.#finalized.add(feature);
  }

  /** Throws VcpuFinalizeError while an initialised SVE/SME vCPU awaits KVM_ARM_VCPU_FINALIZE. */
  #requireFinalized(what: string): void {
    const f = this.#features;
    if (f === null) return;
    for (const feature of ["sve", "sme"] as const) {
      if (f[feature] && !this.#finalized.has(feature)) {
        throw new VcpuFinalizeError(`${what} needs KVM_ARM_VCPU_FINALIZE(${feature}) first`);
      }
    }
  }

  /** The vector lengths this vCPU may use: SVE_VLS, or the shortcut's maximum over the host's set. */
  sveVectorLengths(): VectorLengthSet {
    if (!this.vm.features.has("FEAT_SVE")) return VectorLengthSet.EMPTY;
    if (this.#sveLengths !== null) return this.#sveLengths;
    const host = this.vm.host.sveLengths;
    return host.upTo(host.chooseVmMaximum("SVE vector length", this.init.sveVectorLength));
  }

  /**
   * Sets SVE_VLS before KVM_ARM_VCPU_FINALIZE. As under KVM, only the maximum is a choice: the set
   * must hold every length the host supports up to its largest member (the hardware cannot skip one).
   */
  setSveVectorLengths(lengths: VectorLengthSet): void {
    this.#sveLengths = this.#checkedLengths("sve", lengths, this.vm.host.sveLengths);
    this.#fp = null;
  }

  /** The SME streaming vector lengths this vCPU may use (empty without SME). */
  smeVectorLengths(): VectorLengthSet {
    if (!this.vm.features.has("FEAT_SME")) return VectorLengthSet.EMPTY;
    return this.#smeLengths ?? this.vm.host.smeLengths;
  }

  /** The SME streaming vector lengths chosen before finalize, with the same rule as SVE_VLS. */
  setSmeVectorLengths(lengths: VectorLengthSet): void {
    this.#smeLengths = this.#checkedLengths("sme", lengths, this.vm.host.smeLengths);
    this.#fp = null;
  }

  #checkedLengths(feature: FinalizableFeature, lengths: VectorLengthSet, host: VectorLengthSet): VectorLengthSet {
    if (this.#features === null || !this.#features[feature]) {
      throw new UnknownRegisterError(SveReg.VLS, `${feature} was not requested at KVM_ARM_VCPU_INIT`);
    }
    if (this.#finalized.has(feature)) throw new VcpuFinalizeError(`${feature} vector lengths are fixed by finalize`);
    if (lengths.isEmpty) throw new InvalidRegisterValueError(`${feature}: the set of vector lengths is empty`);
    const expected = host.upTo(lengths.max);
    if (lengths.mask !== expected.mask) {
      throw new InvalidRegisterValueError(
        `${feature} vector lengths ${lengths} are not the host's lengths up to ${lengths.max} (${expected})`,
      );
    }
    return lengths;
  }

  get poweredOn(): boolean {
    return this.#poweredOn;
  }

  /** The trap policy in force (from the first run on). */
  get trapPolicy(): VmTrapPolicy | null {
    return this.#trapPolicy;
  }

  /** The execution core (its features are the VM's as of the last reset or first run). */
  get cpu(): Cpu {
    return this.#cpu;
  }

  get psciVersion(): bigint {
    return this.#psciVersion;
  }

  #newCore(trapPolicy: VmTrapPolicy | null): Cpu {
    const cpu = new Cpu({
      features: this.vm.features,
      memory: this.vm.bus,
      hostedEl2: true,
      ...(trapPolicy !== null ? { trapPolicy } : {}),
    });
    cpu.pc = 0n;
    cpu.setPstateElSp(1, 1); // the reset state KVM gives a vCPU: EL1h with DAIF masked
    cpu.daif = 0xf;
    // The whole ID space exists (unallocated encodings read as zero); reads trap to the hypervisor,
    // which answers from the VM's ID registers (HCR_EL2.TID3).
    for (const key of ID_SPACE_KEYS) cpu.sysregs.define(key, this.vm.idRegisters.get(key));
    cpu.sysregs.define(encodingKeyOf("MPIDR_EL1"), 0x8000_0000n | BigInt(this.index));
    defineVirtualTimer(cpu.sysregs);
    // Every register the VM's features make visible exists from reset, as on hardware, not only once written.
    for (const r of this.visibleSysregs()) if (!cpu.sysregs.has(r.info.key)) cpu.sysregs.define(r.info.key);
    return cpu;
  }

  /** SVE state, shaped by the VM's features (created on first use; absent without FEAT_SVE). */
  #sve() {
    if (!this.vm.features.has("FEAT_SVE")) return null;
    if (this.#fp === null) {
      const features = this.vm.features;
      const svl = features.has("FEAT_SME") && this.#smeLengths !== null ? this.#smeLengths.max : undefined;
      this.#fp = VcpuFpState.create(this.vm.host, {
        features,
        vl: this.sveVectorLengths().max,
        ...(svl !== undefined ? { svl } : {}),
      });
    }
    return this.#fp.has("sve") ? this.#fp.sve : null;
  }

  /** Whether this vCPU has a PMUv3: requested at KVM_ARM_VCPU_INIT (or by the shortcut) and not hidden. */
  get hasPmu(): boolean {
    const requested = this.#features !== null ? this.#features.pmu : this.init.pmu === true;
    return requested && this.vm.features.has("FEAT_PMUv3");
  }

  /** The system registers this vCPU has now. */
  visibleSysregs(): VcpuSysreg[] {
    return visibleSysregs({ features: this.vm.features, pmu: this.hasPmu, nested: this.vm.nested });
  }

  /** KVM_GET_REG_LIST: every register ID visible for this vCPU, in ascending order. */
  regList(): bigint[] {
    this.#requireFinalized("KVM_GET_REG_LIST");
    const ids: bigint[] = [];
    for (let n = 0; n < 31; n++) ids.push(CoreReg.x(n));
    ids.push(CoreReg.sp, CoreReg.pc, CoreReg.pstate, CoreReg.spEl1, CoreReg.elrEl1);
    for (let n = 0; n < 5; n++) ids.push(CoreReg.spsr(n));
    if (this.vm.features.has("FEAT_FP")) {
      for (let n = 0; n < 32; n++) ids.push(CoreReg.v(n));
      ids.push(CoreReg.fpsr, CoreReg.fpcr);
    }
    for (const key of ID_SPACE_KEYS) ids.push(sysRegId(encodingFromKey(key)));
    for (const r of this.visibleSysregs()) ids.push(sysRegId(r.info.encoding));
    ids.push(FwReg.PSCI_VERSION);
    if (this.#sve() !== null) {
      const slices = this.#sveSlices();
      for (let i = 0; i < slices; i++) {
        for (let n = 0; n < 32; n++) ids.push(SveReg.z(n, i));
        for (let n = 0; n < 16; n++) ids.push(SveReg.p(n, i));
        ids.push(SveReg.ffr(i));
      }
      ids.push(SveReg.VLS);
    }
    return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** KVM_GET_ONE_REG. Values wider than 64 bits are little-endian bigints. */
  getOneReg(id: bigint): bigint {
    return this.#access(id, null);
  }

  /** KVM_SET_ONE_REG; throws a typed error and changes nothing when the ID or the value is refused. */
  setOneReg(id: bigint, value: bigint): void {
    if (value < 0n || value >= 1n << BigInt(8 * regSizeBytes(id))) {
      throw new InvalidRegisterValueError(`value 0x${value.toString(16)} does not fit register 0x${id.toString(16)}`);
    }
    this.#access(id, value);
  }

  #access(id: bigint, value: bigint | null): bigint {
    const decoded = decodeRegId(id);
    if (decoded === null) throw new UnknownRegisterError(id, "not a KVM/arm64 register ID");
    const cpu = this.#cpu;
    switch (decoded.kind) {
      case "core":
        return this.#core(id, decoded.offset, decoded.size, value);
      case "sysreg": {
        const key = Number(id & 0xffffn);
        if (this.vm.idRegisters.has(key)) {
          if (value !== null) this.vm.idRegisters.set(key, value);
          return this.vm.idRegisters.get(key);
        }
        const visible = this.visibleSysregs().find((r) => r.info.key === key);
        if (visible === undefined) throw new UnknownRegisterError(id, "no such register for this VM's features");
        if (key === CNTVCT_KEY) return this.#virtualCounter(value);
        if (!cpu.sysregs.has(key)) cpu.sysregs.define(key);
        if (value !== null) cpu.sysregs.set(key, value);
        return cpu.sysregs.get(key)!;
      }
      case "fw":
        if (id !== FwReg.PSCI_VERSION) throw new UnknownRegisterError(id, "firmware register not implemented");
        if (value !== null) {
          if (!Object.values(PSCI_VERSIONS).includes(value as 0x2n)) {
            throw new InvalidRegisterValueError(`PSCI version 0x${value.toString(16)} is not 0.2, 1.0 or 1.1`);
          }
          this.#psciVersion = value;
        }
        return this.#psciVersion;
      default:
        return this.#sveAccess(id, decoded, value);
    }
  }

  #core(id: bigint, offset: number, size: number, value: bigint | null): bigint {
    const cpu = this.#cpu;
    const o = KVM_REGS_OFFSET;
    const wrong = () => new UnknownRegisterError(id, `no core register of ${size} bytes at offset ${offset}`);
    if (offset < o.sp && offset % 8 === 0) {
      if (size !== 8) throw wrong();
      const n = offset / 8;
      if (value !== null) cpu.setX(n, value);
      return cpu.getX(n);
    }
    if (offset >= o.v(0) && offset < o.fpsr) {
      if (size !== 16 || (offset - o.v(0)) % 16 !== 0 || !this.vm.features.has("FEAT_FP")) throw wrong();
      const n = (offset - o.v(0)) / 16;
      if (value !== null) cpu.setV(n, value);
      return cpu.getV(n);
    }
    if (offset === o.fpsr || offset === o.fpcr) {
      if (size !== 4 || !this.vm.features.has("FEAT_FP")) throw wrong();
      const field = offset === o.fpsr ? "fpsr" : "fpcr";
      if (value !== null) cpu[field] = Number(value) | 0;
      return BigInt(cpu[field] >>> 0);
    }
    if (size !== 8) throw wrong();
    switch (offset) {
      case o.sp:
        return this.#bankedSp(0, value);
      case o.spEl1:
        return this.#bankedSp(1, value);
      case o.pc:
        if (value !== null) cpu.pc = value;
        return cpu.pc;
      case o.pstate:
        if (value !== null) cpu.restorePstate(Number(value));
        return BigInt(cpu.packedPstate());
      case o.elrEl1:
        return this.#sysreg("ELR_EL1", value);
      case o.spsr(0):
        return this.#sysreg("SPSR_EL1", value);
      default: {
        const n = (offset - o.spsr(1)) / 8;
        if (n < 0 || n > 3 || !Number.isInteger(n)) throw wrong();
        if (value !== null) this.#spsrAarch32[n] = value;
        return this.#spsrAarch32[n]!;
      }
    }
  }

  #bankedSp(el: number, value: bigint | null): bigint {
    const cpu = this.#cpu;
    if (value !== null) cpu.writeSpEl(el, Number(value & 0xffff_ffffn) | 0, Number(value >> 32n) | 0);
    cpu.readSpEl(el);
    return (BigInt(cpu.rhi >>> 0) << 32n) | BigInt(cpu.rlo >>> 0);
  }

  #sysreg(name: string, value: bigint | null): bigint {
    const key = encodingKeyOf(name);
    const regs = this.#cpu.sysregs;
    if (!regs.has(key)) regs.define(key);
    if (value !== null) regs.set(key, value);
    return regs.get(key)!;
  }

  /**
   * KVM_RUN: runs until an exit the VMM must see (MMIO, a system event, idle, the budget) or an
   * internal error. PSCI calls and ID register reads are handled here, as KVM handles them.
   */
  run(budget: number): VcpuExit {
    const exit = this.#run(budget);
    if (this.onExit !== null && exit !== BUDGET) {
      this.onExit(this.index, exit.kind === "internal-error" ? exit.pc : this.#cpu.pc, exit);
    }
    return exit;
  }

  #run(budget: number): VcpuExit {
    this.#requireFinalized("KVM_RUN");
    if (!this.vm.hasRun) this.vm.markRun();
    if (this.#trapPolicy === null) this.#finalise();
    if (!this.#poweredOn) return IDLE;
    const cpu = this.#cpu;
    let remaining = budget;
    while (remaining > 0) {
      const before = cpu.instret;
      const code = cpu.run(remaining);
      const executed = cpu.instret - before;
      this.instructions += executed;
      remaining -= Math.max(1, executed);
      if (code === Exit.BUDGET) return BUDGET;
      if (code === Exit.MMIO) {
        const m = cpu.mmio;
        return {
          kind: "mmio",
          address: BigInt(m.address),
          size: m.size,
          isWrite: m.isWrite,
          data: (BigInt(m.dataHi >>> 0) << 32n) | BigInt(m.dataLo >>> 0),
        };
      }
      if (code === Exit.WAIT) return IDLE;
      if (code === Exit.EXCEPTION) {
        const exit = this.#handleExit();
        if (exit !== null) return exit;
        continue;
      }
      return this.#internalError(`the core stopped with exit code ${code}`);
    }
    return BUDGET;
  }

  /** Completes an MMIO read exit with the device's data; the next run re-executes the load. */
  completeMmioRead(data: bigint): void {
    this.#cpu.completeMmioRead(Number(data & 0xffff_ffffn) | 0, Number((data >> 32n) & 0xffff_ffffn) | 0);
  }

  /** PSCI CPU_ON: the vCPU starts at `entry` at EL1h, MMU off, with x0 = context ID. */
  powerOn(entry: bigint, contextId: bigint): void {
    const cpu = this.#cpu;
    cpu.pc = entry;
    cpu.setX(0, contextId);
    cpu.setPstateElSp(1, 1);
    cpu.daif = 0xf;
    this.#poweredOn = true;
  }

  powerOff(): void {
    this.#poweredOn = false;
  }

  /** Sets the PSCI power state without touching registers (a migrated vCPU keeps its own). */
  setPowered(on: boolean): void {
    this.#poweredOn = on;
  }

  /** The first run fixes the feature set: the core is rebuilt for it, keeping only visible state. */
  #finalise(): void {
    const old = this.#cpu;
    this.#trapPolicy = new VmTrapPolicy(this.vm);
    // The core asks the policy after stepping its PC past the accessing instruction.
    this.#trapPolicy.onTrap = (key, isRead, action, route) =>
      this.onTrap?.(this.index, this.#cpu.pc - 4n, { key, isRead, action, route });
    const cpu = this.#newCore(this.#trapPolicy);
    for (let n = 0; n < 31; n++) cpu.setX(n, old.getX(n));
    for (let n = 0; n < 32; n++) cpu.setV(n, old.getV(n));
    for (const el of [0, 1]) {
      old.readSpEl(el);
      cpu.writeSpEl(el, old.rlo, old.rhi);
    }
    cpu.fpcr = old.fpcr;
    cpu.fpsr = old.fpsr;
    const keep = new Set([
      ...this.visibleSysregs().map((r) => r.info.key),
      encodingKeyOf("ELR_EL1"),
      encodingKeyOf("SPSR_EL1"),
    ]);
    for (const key of old.sysregs.keys()) {
      if (keep.has(key)) {
        if (!cpu.sysregs.has(key)) cpu.sysregs.define(key);
        cpu.sysregs.set(key, old.sysregs.get(key)!);
      }
    }
    cpu.pc = old.pc;
    cpu.setPstateElSp(old.el, old.spSel);
    cpu.daif = old.daif;
    cpu.nzcv = old.nzcv;
    cpu.instret = old.instret;
    this.#cpu = cpu;
  }

  /**
   * CNTVCT_EL0 (KVM_REG_ARM_TIMER_CNT): the core derives the virtual counter from the instructions
   * it has retired, so restoring it on a destination keeps guest time from going backwards.
   */
  #virtualCounter(value: bigint | null): bigint {
    if (value !== null) {
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new InvalidRegisterValueError(`CNTVCT_EL0 0x${value.toString(16)} is beyond the counter's 2^53 range`);
      }
      this.#cpu.instret = Number(value);
    }
    return BigInt(this.#cpu.instret);
  }

  /** An exception taken to (hosted) EL2: emulate it, or return the exit the VMM must see. */
  #handleExit(): VcpuExit | null {
    const cpu = this.#cpu;
    const e = cpu.exception;
    switch (e.ec) {
      case EC.HVC64:
        this.onExit?.(this.index, cpu.pc, { kind: "hvc", function: cpu.getX(0) & 0xffff_ffffn });
        return this.#psciCall();
      case EC.SYSREG: {
        // ISS: Op0 [21:20], Op2 [19:17], Op1 [16:14], CRn [13:10], Rt [9:5], CRm [4:1], direction [0] (1 = read).
        const iss = e.iss;
        const key =
          (((iss >>> 20) & 3) << 14) |
          (((iss >>> 14) & 7) << 11) |
          (((iss >>> 10) & 15) << 7) |
          (((iss >>> 1) & 15) << 3) |
          ((iss >>> 17) & 7);
        const rt = (iss >>> 5) & 31;
        const isRead = (iss & 1) === 1;
        this.onExit?.(this.index, cpu.pc, { kind: "sysreg", key, isRead });
        if (isVirtualTimerRegister(key)) {
          const counter = BigInt(cpu.instret);
          if (isRead) {
            if (rt !== 31) cpu.setX(rt, readVirtualTimer(cpu.sysregs, key, counter));
          } else writeVirtualTimer(cpu.sysregs, key, rt === 31 ? 0n : cpu.getX(rt), counter);
          cpu.pc = cpu.pc + 4n;
          return null;
        }
        if (!isRead || !this.vm.idRegisters.has(key)) {
          return this.#internalError(`no emulation for the trapped access to system register 0x${key.toString(16)}`);
        }
        const value =
          key === encodingKeyOf("MPIDR_EL1") ? 0x8000_0000n | BigInt(this.index) : this.vm.idRegisters.get(key);
        if (rt !== 31) cpu.setX(rt, value);
        cpu.pc = cpu.pc + 4n;
        return null;
      }
      default:
        return this.#internalError(`unhandled exception to EL2 (EC 0x${e.ec.toString(16)})`);
    }
  }

  #psciCall(): VcpuExit | null {
    const cpu = this.#cpu;
    const result = this.vm.psci.call(
      this.index,
      cpu.getX(0),
      cpu.getX(1),
      cpu.getX(2),
      cpu.getX(3),
      Number(this.#psciVersion),
    );
    cpu.setX(0, result.x0);
    const effect = result.effect;
    switch (effect.kind) {
      case "system-off":
        return { kind: "system-event", event: "off" };
      case "system-reset":
        return { kind: "system-event", event: "reset" };
      case "cpu-off":
        this.#poweredOn = false;
        return IDLE;
      case "cpu-on": {
        const target = this.vm.vcpus[effect.cpu];
        if (target !== undefined) {
          target.powerOn(effect.entry, effect.contextId);
          this.vm.psci.markOn(effect.cpu);
        }
        return null;
      }
      default:
        return null;
    }
  }

  #internalError(message: string): VcpuExit {
    const cpu = this.#cpu;
    const e = cpu.exception;
    return {
      kind: "internal-error",
      message,
      esr: ((e.ec << 26) | (e.il << 25) | (e.iss & 0x1ff_ffff)) >>> 0,
      pc: (BigInt(e.pcHi >>> 0) << 32n) | BigInt(e.pcLo >>> 0),
      far: BigInt(e.far),
    };
  }

  /** Slices per Z/P/FFR register: the maximum VL in 2048-bit units (always 1 up to 2048 bits). */
  #sveSlices(): number {
    return Math.ceil(this.sveVectorLengths().max / SVE_SLICE_BITS);
  }

  /**
   * Z, P and FFR at the vCPU's maximum VL, as KVM lays them out: a Z slice is 2048 bits and a P/FFR
   * slice 256 bits; bits beyond the VL read as zero and are ignored on write.
   */
  #sveAccess(id: bigint, decoded: NonNullable<ReturnType<typeof decodeRegId>>, value: bigint | null): bigint {
    if (!this.vm.features.has("FEAT_SVE") || (this.#features !== null && !this.#features.sve)) {
      throw new UnknownRegisterError(id, "SVE registers need FEAT_SVE");
    }
    if (decoded.kind === "sve-vls") return this.#vlsAccess(value);
    if (this.#features !== null && !this.#finalized.has("sve")) {
      throw new VcpuFinalizeError("SVE registers need KVM_ARM_VCPU_FINALIZE(sve) first");
    }
    const sve = this.#sve();
    if (sve === null) throw new UnknownRegisterError(id, "SVE registers need FEAT_SVE");
    const slice = "slice" in decoded ? decoded.slice : 0;
    if (slice >= this.#sveSlices()) {
      throw new UnknownRegisterError(id, `slice ${slice} does not exist at vector length ${this.#fp!.layout.vl}`);
    }
    const zBytes = this.#fp!.layout.vl / 8;
    switch (decoded.kind) {
      case "sve-z": {
        if (value !== null) sve.setZ(decoded.n, withLowBytes(sve.getZ(decoded.n), value, zBytes));
        return lowBytes(sve.getZ(decoded.n), zBytes);
      }
      case "sve-p": {
        if (value !== null) sve.setP(decoded.n, withLowBytes(sve.getP(decoded.n), value, zBytes / 8));
        return lowBytes(sve.getP(decoded.n), zBytes / 8);
      }
      default: {
        if (value !== null) sve.setFfr(withLowBytes(sve.getFfr(), value, zBytes / 8));
        return lowBytes(sve.getFfr(), zBytes / 8);
      }
    }
  }

  /** KVM_REG_ARM64_SVE_VLS: bit (VL/128 - 1) for each vector length the vCPU may use. */
  #vlsAccess(value: bigint | null): bigint {
    if (value !== null) {
      if (value >> 16n !== 0n) {
        throw new InvalidRegisterValueError(`SVE_VLS 0x${value.toString(16)}: vector lengths above 2048 bits`);
      }
      const lengths = VectorLengthSet.of(
        ...Array.from({ length: 16 }, (_, k) => k).flatMap((k) => ((value >> BigInt(k)) & 1n ? [(k + 1) * 128] : [])),
      );
      if (this.#features === null) {
        if (lengths.mask !== this.sveVectorLengths().mask) {
          throw new VcpuFinalizeError("SVE_VLS changes only between KVM_ARM_VCPU_INIT and finalize");
        }
      } else this.setSveVectorLengths(lengths);
    }
    return BigInt(this.sveVectorLengths().mask);
  }
}

/** The first `count` bytes of a register, little-endian, as a bigint. */
function lowBytes(bytes: Uint8Array, count: number): bigint {
  let v = 0n;
  for (let i = count - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

/** A copy of `current` whose first `count` bytes hold `value` (little-endian); bytes above are kept. */
function withLowBytes(current: Uint8Array, value: bigint, count: number): Uint8Array {
  const out = current.slice();
  let v = value;
  for (let i = 0; i < count; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** The encoding key of a register the core keeps, from the sysreg catalogue. */
function encodingKeyOf(name: string): number {
  return lookupSysReg(name).key;
}

const CNTVCT_KEY = encodingKeyOf("CNTVCT_EL0");
