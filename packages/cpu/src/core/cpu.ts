/**
 * The A64 execution core: architectural state in typed arrays, a software TLB per access kind,
 * a page-granular predecode cache, exception entry and the run loop. Instruction semantics live
 * in ../exec and reach memory only through the load/store helpers here.
 */
import type { FpmrRegister, FpsimdRegisters } from "@a64vm/fpstate";
import { FeatureSet } from "@a64vm/sysreg";
import { CpuError, RegisterArgumentError } from "../errors";
import { ABANDON, EC, Exit, type ExitCode } from "./constants";
import {
  type AddressTranslator,
  type MmioRange,
  PAGE_SIZE,
  type PageMapping,
  PERM_EXEC,
  PERM_READ,
  PERM_WRITE,
} from "./memory";
import { SYSREG, SystemRegisterFile } from "./sysregs";
import { ALLOW_ALL, type TrapPolicy } from "./trap-policy";

/** Details of the last exception that stopped the core (hosted mode). Reused, never reallocated. */
export class ExceptionRecord {
  ec = 0;
  iss = 0;
  il = 1;
  /** Faulting virtual address for aborts, as a number (exact below 2^53). */
  far = 0;
  /** Address of the instruction that raised it. */
  pcLo = 0;
  pcHi = 0;
}

/** An MMIO exit: address, size in bytes, direction and (for writes) data. */
export class MmioExit {
  address = 0;
  size = 0;
  isWrite = false;
  dataLo = 0;
  dataHi = 0;
  range: MmioRange | null = null;
}

export interface CpuOptions {
  /** Feature set of the vCPU; instructions of absent features UNDEF. Defaults to the features the core implements. */
  readonly features?: FeatureSet;
  /** Translation of addresses (identity over a PhysicalBus, or a process address space). */
  readonly memory: AddressTranslator;
  /** Asked about system-register accesses and trappable instructions. Default: everything allowed. */
  readonly trapPolicy?: TrapPolicy;
  /** Exceptions taken from EL0 stop the core (like a user-mode emulator) instead of vectoring to EL1. */
  readonly hostedExceptions?: boolean;
  /** Whether EL2 is implemented. */
  readonly el2?: boolean;
  /**
   * The hypervisor runs on the host at EL2: an exception taken to EL2 (HVC, a trap the policy routes
   * to EL2) stops the core with Exit.EXCEPTION, `exception` describing it, instead of entering EL2.
   */
  readonly hostedEl2?: boolean;
  /**
   * Executions of an address after which the straight-line block starting there is translated to a
   * JavaScript function (default 16); `false` interprets every instruction.
   */
  readonly translateAfter?: number | false;
}

/** Executes one instruction word on the core. */
export type Handler = (c: Cpu, word: number) => void;
/** Maps an instruction word to an op id (a handler id tagged with its access class) under a feature set (0 is never returned). */
export type InstructionDecoder = (word: number, features: FeatureSet) => number;

/**
 * A translated block: runs straight-line instructions from its start address with `budget` left,
 * leaves PC at the next instruction to execute and returns how many it retired (at most `length`).
 */
export type BlockFunction = (c: Cpu, x: Int32Array, budget: number) => number;

/** One translated block of a code page. */
export class TranslatedBlock {
  constructor(
    readonly run: BlockFunction,
    /** The most instructions one run retires: the loop enters only with at least this budget. */
    readonly length: number,
  ) {}
}

/** The instruction set the core dispatches on: its decoder and the FP/SVE/SME enables of its op ids. */
export interface InstructionSet {
  readonly decode: InstructionDecoder;
  /**
   * Translates the block starting at `page` slot `index` for dispatch table `handlers`, or null when
   * its first instruction cannot start one.
   */
  translate(cpu: Cpu, page: CodePage, index: number, handlers: readonly Handler[]): TranslatedBlock | null;
  /** Handlers by op id, with the ops of every access class in the `blocked` mask taking their trap. */
  dispatchTable(blocked: number): readonly Handler[];
  /** The access classes (CPACR_EL1 FPEN/ZEN/SMEN, the trap policy) the core's current EL may not use. */
  blockedClasses(cpu: Cpu): number;
}

/** Installed once by ../exec/instruction-set. */
let installed: InstructionSet | null = null;

/** Installs the instruction set; the core never imports it, so exec may import the core. */
export function installInstructionSet(set: InstructionSet): void {
  installed = set;
}

const TLB_SIZE = 256;
const TLB_MASK = TLB_SIZE - 1;

/** The predecoded instructions of one code page. */
export class CodePage {
  readonly ops = new Int32Array(PAGE_SIZE / 4);
  readonly words = new Int32Array(PAGE_SIZE / 4);
  /** Translated blocks by start slot. */
  readonly blocks: (TranslatedBlock | null)[] = new Array<TranslatedBlock | null>(PAGE_SIZE / 4).fill(null);
  /** Executions of each slot while it has no block; it is translated when this reaches the threshold. */
  readonly heat = new Uint8Array(PAGE_SIZE / 4);
  constructor(
    readonly vpn: number,
    readonly baseLo: number,
    /** Complemented when the page is dropped, so a loop holding it refetches. */
    public baseHi: number,
    public mapping: PageMapping,
  ) {}

  /** Forgets every decode and translation (the page's code was written). */
  dropDecodes(): void {
    this.ops.fill(0);
    this.blocks.fill(null);
    this.heat.fill(0);
  }
}

/** Internal failure of the core (a bug, never a guest action). */
export class CoreInvariantError extends CpuError {
  constructor(message: string) {
    super("CORE_INVARIANT", message);
  }
}

export class Cpu {
  /** X0-X30 as lo/hi int32 pairs at [2n, 2n+1]; [62,63] read as XZR; [64,65] the selected SP. */
  readonly x = new Int32Array(68);
  /** SP_EL0, SP_EL1, SP_EL2 while not selected, lo/hi pairs. */
  readonly spBank = new Int32Array(6);
  /** V0-V31, 16 bytes each, little-endian lanes; several views over one buffer. */
  readonly v = new Uint8Array(32 * 16);
  readonly v16 = new Uint16Array(this.v.buffer);
  readonly v32 = new Int32Array(this.v.buffer);
  readonly vf32 = new Float32Array(this.v.buffer);
  readonly vf64 = new Float64Array(this.v.buffer);
  /**
   * PC, the executing instruction's address and the 64-bit scratch result as int32 slots: typed-array
   * storage keeps them untagged (a class field holding a non-Smi int32 would box it as a HeapNumber).
   */
  private readonly s32 = new Int32Array(8);

  get pcLo(): number {
    return this.s32[0]!;
  }
  set pcLo(v: number) {
    this.s32[0] = v;
  }
  get pcHi(): number {
    return this.s32[1]!;
  }
  set pcHi(v: number) {
    this.s32[1] = v;
  }
  /**
   * Address of the instruction executing now: the loop advances PC before dispatch, so it is
   * PC - 4 until the handler writes PC (handlers read it before they branch or raise).
   */
  get instLo(): number {
    return (this.s32[0]! - 4) | 0;
  }
  get instHi(): number {
    return this.s32[0] === 0 ? (this.s32[1]! - 1) | 0 : this.s32[1]!;
  }
  /** Scratch result of 64-bit helpers (lo/hi), so no helper allocates. */
  get rlo(): number {
    return this.s32[4]!;
  }
  set rlo(v: number) {
    this.s32[4] = v;
  }
  get rhi(): number {
    return this.s32[5]!;
  }
  set rhi(v: number) {
    this.s32[5] = v;
  }
  n = 0;
  z = 0;
  c = 0;
  vf = 0;
  /** PSTATE.{D,A,I,F} as bits 3..0. */
  daif = 0xf;
  el = 0;
  spSel = 0;
  pan = 0;
  uao = 0;
  dit = 0;
  ssbs = 0;
  tco = 0;
  btype = 0;
  il = 0;
  ss = 0;
  fpcr = 0;
  fpsr = 0;
  /** Exclusive monitor: armed address (as a number) and size, -1 when open. */
  exclusiveAddress = -1;
  exclusiveSize = 0;
  /** Retired instructions before the current `run` slice's loop; CNTVCT derives from it. */
  instret = 0;
  /** The budget the current loop started with: with `left`, how far into the slice an instruction is. */
  loopBudget = 0;
  /** Pending interrupt lines. */
  irqLine = false;
  fiqLine = false;
  stop = 0;
  readonly exception = new ExceptionRecord();
  readonly mmio = new MmioExit();
  readonly sysregs = new SystemRegisterFile();
  readonly features: FeatureSet;
  readonly trapPolicy: TrapPolicy;
  readonly hostedExceptions: boolean;
  readonly hasEl2: boolean;
  readonly hostedEl2: boolean;
  readonly memory: AddressTranslator;
  /** Hooks into exclusive/SC etc. */
  private mmioReadPending = false;
  private mmioReadLo = 0;
  private mmioReadHi = 0;
  private readonly tlbReadTag = new Float64Array(TLB_SIZE).fill(-1);
  private readonly tlbReadView: DataView[];
  private readonly tlbReadOff = new Int32Array(TLB_SIZE);
  private readonly tlbWriteTag = new Float64Array(TLB_SIZE).fill(-1);
  private readonly tlbWriteView: DataView[];
  private readonly tlbWriteOff = new Int32Array(TLB_SIZE);
  private readonly codePages = new Map<number, CodePage>();
  /** Direct-mapped front of `codePages` by VPN, so a branch to another page rarely needs the map. */
  private readonly codeCache: (CodePage | null)[] = new Array<CodePage | null>(TLB_SIZE).fill(null);
  private code: CodePage | null = null;
  private readonly slotTpidrEl0: number;
  /** The dispatch table for the access classes blocked now (`accessBlocked`). */
  private handlers: readonly Handler[];
  private readonly instructionSet: InstructionSet;
  private readonly decode: InstructionDecoder;
  /** Access classes (FP, SVE, SME) blocked at the current EL; refreshed by `refreshAccessEnables`. */
  accessBlocked = 0;
  /** 15 when SCTLR_ELx.SA/SA0 checks the stack pointer's alignment at the current EL, else 0. */
  spAlignMask = 0;
  /** Budget left when the current instruction started (read after an abandoned instruction). */
  left = 0;
  /** Executions before a slot is translated; 0 when translation is off. */
  private readonly translateAfter: number;

  constructor(options: CpuOptions) {
    this.features = options.features ?? FeatureSet.all();
    this.memory = options.memory;
    this.trapPolicy = options.trapPolicy ?? ALLOW_ALL;
    this.hostedExceptions = options.hostedExceptions ?? false;
    this.hasEl2 = options.el2 ?? true;
    if (installed === null)
      throw new CoreInvariantError("no instruction set installed (import @a64vm/cpu, not its internals)");
    this.instructionSet = installed;
    this.decode = installed.decode;
    this.hostedEl2 = options.hostedEl2 ?? false;
    const after = options.translateAfter ?? 16;
    if (after !== false && (!Number.isInteger(after) || after < 1 || after > 255))
      throw new RangeError(`translateAfter must be an integer 1..255 or false, not ${after}`);
    this.translateAfter = after === false ? 0 : after;
    const dummy = new DataView(new ArrayBuffer(8));
    this.tlbReadView = new Array<DataView>(TLB_SIZE).fill(dummy);
    this.tlbWriteView = new Array<DataView>(TLB_SIZE).fill(dummy);
    for (const k of Object.values(SYSREG)) this.sysregs.define(k);
    this.sysregs.define(SYSREG.MIDR_EL1, 0x410fd4f0n);
    this.sysregs.define(SYSREG.MPIDR_EL1, 0x80000000n);
    this.sysregs.define(SYSREG.CTR_EL0, 0x8444c004n);
    this.sysregs.define(SYSREG.DCZID_EL0, 0x4n);
    this.sysregs.define(SYSREG.CNTFRQ_EL0, 100_000_000n);
    this.sysregs.define(SYSREG.SCTLR_EL1, 0x30d00800n);
    this.slotTpidrEl0 = this.sysregs.slotOf(SYSREG.TPIDR_EL0);
    this.handlers = installed.dispatchTable(0);
    this.refreshAccessEnables();
  }

  /**
   * Recomputes which access classes trap at the current EL and picks the dispatch table for them.
   * Called on run, exception entry, ERET and writes to the enabling registers, never per instruction.
   */
  refreshAccessEnables(): void {
    this.spAlignMask = this.stackAlignmentChecked() ? 15 : 0;
    const blocked = this.instructionSet.blockedClasses(this);
    if (blocked === this.accessBlocked) return;
    this.accessBlocked = blocked;
    this.handlers = this.instructionSet.dispatchTable(blocked);
    // Translated blocks call the handlers of the table they were made for.
    for (const page of this.codePages.values()) {
      page.blocks.fill(null);
      page.heat.fill(0);
    }
  }

  /** SCTLR_EL1.SA0 at EL0, SCTLR_EL1.SA at EL1, SCTLR_EL2.SA at EL2 (the EL2&0 regime's SCTLR_EL2 at EL0 under TGE). */
  private stackAlignmentChecked(): boolean {
    const regs = this.sysregs;
    const tge = this.el === 0 && this.hasEl2 && (regs.lo(regs.slotOf(SYSREG.HCR_EL2)) & (1 << 27)) !== 0;
    const sctlr = regs.lo(regs.slotOf(this.el === 2 || tge ? SYSREG.SCTLR_EL2 : SYSREG.SCTLR_EL1));
    return ((sctlr >>> (this.el === 0 ? 4 : 3)) & 1) === 1;
  }

  /** The SP alignment fault (EC 0x26) of a load or store using a misaligned SP as its base. */
  spAlignmentFault(): never {
    return this.raise(EC.SP_ALIGN, 0);
  }

  /** Index of SP in `x` for a load/store base, after SCTLR_ELx.SA's alignment check. */
  stackBase(): number {
    if ((this.x[64]! & this.spAlignMask) !== 0) this.spAlignmentFault();
    return 64;
  }

  // ---- register API (BigInt at the boundary; never used by the hot loop) ----

  /** Reads X0-X30 (31 reads as zero). */
  getX(n: number): bigint {
    checkRegister(n, 31);
    return (BigInt(this.x[n * 2 + 1]! >>> 0) << 32n) | BigInt(this.x[n * 2]! >>> 0);
  }

  setX(n: number, value: bigint): void {
    checkRegister(n, 30);
    this.x[n * 2] = Number(BigInt.asUintN(32, value)) | 0;
    this.x[n * 2 + 1] = Number(BigInt.asUintN(32, value >> 32n)) | 0;
  }

  get sp(): bigint {
    return (BigInt(this.x[65]! >>> 0) << 32n) | BigInt(this.x[64]! >>> 0);
  }

  set sp(value: bigint) {
    this.x[64] = Number(BigInt.asUintN(32, value)) | 0;
    this.x[65] = Number(BigInt.asUintN(32, value >> 32n)) | 0;
  }

  get pc(): bigint {
    return (BigInt(this.pcHi >>> 0) << 32n) | BigInt(this.pcLo >>> 0);
  }

  set pc(value: bigint) {
    this.pcLo = Number(BigInt.asUintN(32, value)) | 0;
    this.pcHi = Number(BigInt.asUintN(32, value >> 32n)) | 0;
  }

  /** NZCV as bits 31..28. */
  get nzcv(): number {
    return ((this.n << 31) | (this.z << 30) | (this.c << 29) | (this.vf << 28)) >>> 0;
  }

  set nzcv(value: number) {
    this.n = (value >>> 31) & 1;
    this.z = (value >>> 30) & 1;
    this.c = (value >>> 29) & 1;
    this.vf = (value >>> 28) & 1;
  }

  /** V register n as a 128-bit BigInt. */
  getV(n: number): bigint {
    checkRegister(n, 31);
    let r = 0n;
    for (let i = 3; i >= 0; i--) r = (r << 32n) | BigInt(this.v32[n * 4 + i]! >>> 0);
    return r;
  }

  setV(n: number, value: bigint): void {
    checkRegister(n, 31);
    for (let i = 0; i < 4; i++) this.v32[n * 4 + i] = Number(BigInt.asUintN(32, value >> BigInt(32 * i))) | 0;
  }

  /** Copies V0-V31, FPCR and FPSR out to @a64vm/fpstate's FP/SIMD structure (vCPU put / save). */
  saveFpsimd(regs: FpsimdRegisters): void {
    const v = this.v32;
    for (let n = 0; n < 32; n++) regs.writeV(n, v[n * 4]!, v[n * 4 + 1]!, v[n * 4 + 2]!, v[n * 4 + 3]!);
    regs.fpcr = this.fpcr;
    regs.fpsr = this.fpsr;
  }

  /** Loads V0-V31, FPCR and FPSR from @a64vm/fpstate's FP/SIMD structure (vCPU load / restore). */
  loadFpsimd(regs: FpsimdRegisters): void {
    const v = this.v32;
    for (let n = 0; n < 32; n++) {
      const base = regs.wordIndex(n);
      for (let i = 0; i < 4; i++) v[n * 4 + i] = regs.words[base + i]!;
    }
    this.fpcr = regs.fpcr;
    this.fpsr = regs.fpsr;
  }

  /** Copies FPMR to fpstate's register; FPMR is state only a VM with FEAT_FPMR has. */
  saveFpmr(reg: FpmrRegister): void {
    if (!this.features.has("FEAT_FPMR")) return;
    const slot = this.sysregs.slotOf(SYSREG.FPMR);
    reg.setWords(this.sysregs.lo(slot), this.sysregs.hi(slot));
  }

  loadFpmr(reg: FpmrRegister): void {
    if (!this.features.has("FEAT_FPMR")) return;
    this.sysregs.setPair(this.sysregs.slotOf(SYSREG.FPMR), reg.lo | 0, reg.hi | 0);
  }

  /** TPIDR_EL0 fast path for the user-mode runner. */
  set tpidrEl0(value: bigint) {
    this.sysregs.setPair(
      this.slotTpidrEl0,
      Number(BigInt.asUintN(32, value)) | 0,
      Number(BigInt.asUintN(32, value >> 32n)) | 0,
    );
  }

  get tpidrEl0Slot(): number {
    return this.slotTpidrEl0;
  }

  /** Selects exception level and stack pointer, banking SP as the architecture does. */
  setPstateElSp(el: number, spSel: number): void {
    const old = this.el === 0 || this.spSel === 0 ? 0 : this.el;
    const now = el === 0 || spSel === 0 ? 0 : el;
    if (old !== now) {
      this.spBank[old * 2] = this.x[64]!;
      this.spBank[old * 2 + 1] = this.x[65]!;
      this.x[64] = this.spBank[now * 2]!;
      this.x[65] = this.spBank[now * 2 + 1]!;
    }
    this.el = el;
    this.spSel = spSel;
  }

  /** Reads a banked stack pointer SP_ELn as lo/hi into rlo/rhi. */
  readSpEl(n: number): void {
    const sel = this.el === 0 || this.spSel === 0 ? 0 : this.el;
    if (sel === n) {
      this.rlo = this.x[64]!;
      this.rhi = this.x[65]!;
    } else {
      this.rlo = this.spBank[n * 2]!;
      this.rhi = this.spBank[n * 2 + 1]!;
    }
  }

  writeSpEl(n: number, lo: number, hi: number): void {
    const sel = this.el === 0 || this.spSel === 0 ? 0 : this.el;
    if (sel === n) {
      this.x[64] = lo;
      this.x[65] = hi;
    } else {
      this.spBank[n * 2] = lo;
      this.spBank[n * 2 + 1] = hi;
    }
  }

  /** PSTATE packed as SPSR_ELx stores it. */
  packedPstate(): number {
    return (
      ((this.n << 31) |
        (this.z << 30) |
        (this.c << 29) |
        (this.vf << 28) |
        (this.dit << 24) |
        (this.uao << 23) |
        (this.pan << 22) |
        (this.ss << 21) |
        (this.il << 20) |
        (this.ssbs << 12) |
        (this.btype << 10) |
        (this.daif << 6) |
        (this.el << 2) |
        (this.el === 0 ? 0 : this.spSel)) >>>
      0
    );
  }

  /** Restores PSTATE from an SPSR value (ERET); an illegal return sets PSTATE.IL instead. */
  restorePstate(spsr: number): void {
    const m = spsr & 0x1f;
    const targetEl = (m >>> 2) & 3;
    const illegal =
      (m & 0x10) !== 0 || targetEl > this.el || (targetEl === 2 && !this.hasEl2) || targetEl === 3 || (m & 2) !== 0;
    this.nzcv = spsr;
    this.dit = (spsr >>> 24) & 1;
    this.uao = (spsr >>> 23) & 1;
    this.pan = (spsr >>> 22) & 1;
    this.ss = (spsr >>> 21) & 1;
    this.ssbs = (spsr >>> 12) & 1;
    this.btype = (spsr >>> 10) & 3;
    this.daif = (spsr >>> 6) & 0xf;
    if (illegal) {
      // An illegal return keeps EL and SP; the next instruction takes the Illegal Execution State exception.
      this.il = 1;
      this.refreshAccessEnables();
      return;
    }
    this.il = (spsr >>> 20) & 1;
    this.setPstateElSp(targetEl, m & 1);
    this.refreshAccessEnables();
  }

  // ---- exceptions ----

  /**
   * Takes a synchronous exception for the instruction at instLo/instHi. From EL0 with
   * `hostedExceptions`, it stops the core instead. Always ends by throwing ABANDON.
   */
  raise(ec: number, iss: number, far = 0, toEl2 = false): never {
    this.takeSync(ec, iss, far, toEl2, this.instLo, this.instHi);
    throw ABANDON;
  }

  /** UNDEF of the current instruction (EC 0x00). */
  undefined(): never {
    return this.raise(EC.UNKNOWN, 0);
  }

  /** Enters a synchronous exception with ELR = the given address (no throw). */
  takeSync(ec: number, iss: number, far: number, toEl2: boolean, elrLo: number, elrHi: number): void {
    const e = this.exception;
    e.ec = ec;
    e.iss = iss;
    e.far = far;
    e.il = ec === EC.UNKNOWN ? 1 : 1;
    e.pcLo = elrLo;
    e.pcHi = elrHi;
    if (this.hostedExceptions && this.el === 0 && !toEl2) {
      this.pcLo = elrLo;
      this.pcHi = elrHi;
      this.stop = Exit.EXCEPTION;
      return;
    }
    let target = toEl2 ? 2 : Math.max(1, this.el);
    if (target === 1 && this.el === 0 && this.hasEl2 && (this.sysregs.get(SYSREG.HCR_EL2)! & (1n << 27n)) !== 0n)
      target = 2;
    if (ec === EC.HVC64) target = Math.max(2, this.el);
    if (this.hostedEl2 && target === 2) {
      this.pcLo = elrLo;
      this.pcHi = elrHi;
      this.stop = Exit.EXCEPTION;
      return;
    }
    const esr = (ec << 26) | (1 << 25) | (iss & 0x1ffffff);
    this.enter(target, 0, esr >>> 0, far, elrLo, elrHi, ec >= 0x20 && ec <= 0x25);
  }

  /** Vectors to `target` with exception type offset `kind` (0 sync, 0x80 IRQ, 0x100 FIQ, 0x180 SError). */
  private enter(
    target: number,
    kind: number,
    esr: number,
    far: number,
    elrLo: number,
    elrHi: number,
    setFar: boolean,
  ): void {
    const regs = this.sysregs;
    const spsr = this.packedPstate();
    const fromLower = target > this.el;
    const vectorBase = fromLower ? 0x400 : this.spSel === 1 ? 0x200 : 0;
    const e1 = target === 1;
    regs.set(e1 ? SYSREG.SPSR_EL1 : SYSREG.SPSR_EL2, BigInt(spsr));
    regs.set(e1 ? SYSREG.ELR_EL1 : SYSREG.ELR_EL2, (BigInt(elrHi >>> 0) << 32n) | BigInt(elrLo >>> 0));
    if (kind === 0) regs.set(e1 ? SYSREG.ESR_EL1 : SYSREG.ESR_EL2, BigInt(esr));
    if (setFar) regs.set(e1 ? SYSREG.FAR_EL1 : SYSREG.FAR_EL2, BigInt(far));
    this.setPstateElSp(target, 1);
    this.daif = 0xf;
    this.il = 0;
    this.ss = 0;
    this.btype = 0;
    const vbar = regs.get(e1 ? SYSREG.VBAR_EL1 : SYSREG.VBAR_EL2)! + BigInt(vectorBase + kind);
    this.pc = vbar;
    this.exclusiveAddress = -1;
    this.refreshAccessEnables();
  }

  /** Takes a pending, unmasked IRQ or FIQ before the next instruction; returns whether it did. */
  private takeInterrupt(): boolean {
    const fiq = this.fiqLine && (this.daif & 1) === 0;
    const irq = this.irqLine && (this.daif & 2) === 0;
    if (!fiq && !irq) return false;
    this.enter(Math.max(1, this.el), fiq ? 0x100 : 0x80, 0, 0, this.pcLo, this.pcHi, false);
    return true;
  }

  // ---- memory: translation with TLBs ----

  /** Drops every cached translation and predecoded page (after a mapping change). */
  flushTranslations(): void {
    this.tlbReadTag.fill(-1);
    this.tlbWriteTag.fill(-1);
    for (const page of this.codePages.values()) page.baseHi = ~page.baseHi;
    this.codePages.clear();
    this.codeCache.fill(null);
    this.code = null;
  }

  /** Drops every cached write translation, so the next store to each page notes it in the dirty log again. */
  dropWriteTranslations(): void {
    this.tlbWriteTag.fill(-1);
  }

  /** Drops the cached translations of one page (after a protection or mapping change of that page). */
  invalidatePage(vpn: number): void {
    const i = vpn & TLB_MASK;
    if (this.tlbReadTag[i] === vpn) this.tlbReadTag[i] = -1;
    if (this.tlbWriteTag[i] === vpn) this.tlbWriteTag[i] = -1;
    const page = this.codePages.get(vpn);
    if (page !== undefined) {
      this.codePages.delete(vpn);
      page.baseHi = ~page.baseHi;
      if (this.code === page) this.code = null;
    }
  }

  private translateFault(lo: number, hi: number, write: boolean, fetch: boolean): never {
    const address = (hi >>> 0) * 4294967296 + (lo >>> 0);
    if (fetch) {
      // Translation fault, level 3: IFSC 0b000111.
      this.takeSync(this.el === 0 ? EC.IABORT_LOWER : EC.IABORT_SAME, 0x07, address, false, lo, hi);
      throw ABANDON;
    }
    const wnr = write ? 1 << 6 : 0;
    return this.raise(this.el === 0 ? EC.DABORT_LOWER : EC.DABORT_SAME, wnr | 0x07, address);
  }

  private permissionFault(lo: number, hi: number, write: boolean): never {
    const address = (hi >>> 0) * 4294967296 + (lo >>> 0);
    const wnr = write ? 1 << 6 : 0;
    // Permission fault, level 3: DFSC 0b001111.
    return this.raise(this.el === 0 ? EC.DABORT_LOWER : EC.DABORT_SAME, wnr | 0x0f, address);
  }

  /** Alignment fault (DFSC 0b100001) for exclusives, atomics and device memory. */
  alignmentFault(lo: number, hi: number, write: boolean): never {
    const address = (hi >>> 0) * 4294967296 + (lo >>> 0);
    return this.raise(this.el === 0 ? EC.DABORT_LOWER : EC.DABORT_SAME, (write ? 1 << 6 : 0) | 0x21, address);
  }

  private mappingFor(lo: number, hi: number, write: boolean): PageMapping {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    const m = this.memory.lookup(vpn);
    if (m === null) return this.translateFault(lo, hi, write, false);
    if ((m.perms & (write ? PERM_WRITE : PERM_READ)) === 0) return this.permissionFault(lo, hi, write);
    if (write && m.ram !== null) m.ram.noteWrite(m.offset);
    return m;
  }

  /** Fills the read TLB for the page of (lo, hi); returns the entry index or -1 for device pages. */
  private fillRead(lo: number, hi: number): number {
    const m = this.mappingFor(lo, hi, false);
    if (m.view === null) return -1;
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    const i = vpn & TLB_MASK;
    this.tlbReadTag[i] = vpn;
    this.tlbReadView[i] = m.view;
    this.tlbReadOff[i] = m.offset;
    return i;
  }

  private fillWrite(lo: number, hi: number): number {
    const m = this.mappingFor(lo, hi, true);
    if (m.view === null) return -1;
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    const page = this.codePages.get(vpn);
    if (page !== undefined) {
      // A store to a predecoded page: drop its decodes so the next fetch sees the new code.
      page.dropDecodes();
      return -2 - (vpn & TLB_MASK);
    }
    const i = vpn & TLB_MASK;
    this.tlbWriteTag[i] = vpn;
    this.tlbWriteView[i] = m.view;
    this.tlbWriteOff[i] = m.offset;
    return i;
  }

  /** Byte-at-a-time access for page-crossing and device accesses. */
  private slowRead(lo: number, hi: number, size: number): void {
    const first = this.mappingFor(lo, hi, false);
    if (first.mmio !== null) {
      this.mmioRead(first, lo, hi, size);
      return;
    }
    let rlo = 0;
    let rhi = 0;
    for (let k = 0; k < size; k++) {
      const alo = (lo + k) | 0;
      const ahi = alo >>> 0 < lo >>> 0 ? (hi + 1) | 0 : hi;
      const m = this.mappingFor(alo, ahi, false);
      if (m.view === null) {
        this.mmioRead(m, alo, ahi, size);
        return;
      }
      const b = m.view.getUint8(m.offset + (alo & 0xfff));
      if (k < 4) rlo |= b << (8 * k);
      else rhi |= b << (8 * (k - 4));
    }
    this.rlo = rlo;
    this.rhi = rhi;
  }

  private slowWrite(lo: number, hi: number, size: number, vlo: number, vhi: number): void {
    const first = this.mappingFor(lo, hi, true);
    if (first.mmio !== null) {
      this.mmioWrite(first, lo, hi, size, vlo, vhi);
      return;
    }
    for (let k = 0; k < size; k++) {
      const alo = (lo + k) | 0;
      const ahi = alo >>> 0 < lo >>> 0 ? (hi + 1) | 0 : hi;
      const m = this.mappingFor(alo, ahi, true);
      const vpn = (ahi >>> 0) * 1048576 + (alo >>> 12);
      const page = this.codePages.get(vpn);
      if (page !== undefined) page.dropDecodes();
      const b = k < 4 ? vlo >>> (8 * k) : vhi >>> (8 * (k - 4));
      m.view!.setUint8(m.offset + (alo & 0xfff), b & 0xff);
    }
  }

  private mmioRead(m: PageMapping, lo: number, _hi: number, size: number): void {
    if ((lo & (size - 1)) !== 0) this.alignmentFault(lo, _hi, false);
    const address = m.physical + (lo & 0xfff);
    if (this.mmioReadPending && this.mmio.address === address && !this.mmio.isWrite) {
      this.mmioReadPending = false;
      this.rlo = this.mmioReadLo;
      this.rhi = this.mmioReadHi;
      return;
    }
    const x = this.mmio;
    x.address = address;
    x.size = size;
    x.isWrite = false;
    x.dataLo = 0;
    x.dataHi = 0;
    x.range = m.mmio;
    const instLo = this.instLo;
    const instHi = this.instHi;
    this.pcLo = instLo;
    this.pcHi = instHi;
    this.stop = Exit.MMIO;
    throw ABANDON;
  }

  private mmioWrite(m: PageMapping, lo: number, hi: number, size: number, vlo: number, vhi: number): void {
    if ((lo & (size - 1)) !== 0) this.alignmentFault(lo, hi, true);
    const x = this.mmio;
    x.address = m.physical + (lo & 0xfff);
    x.size = size;
    x.isWrite = true;
    x.dataLo = size >= 4 ? vlo : vlo & ((1 << (8 * size)) - 1);
    x.dataHi = size === 8 ? vhi : 0;
    x.range = m.mmio;
    this.stop = Exit.MMIO;
  }

  /** Supplies the data of an MMIO read exit; the next `run` re-executes the load and consumes it. */
  completeMmioRead(lo: number, hi = 0): void {
    this.mmioReadPending = true;
    this.mmioReadLo = lo;
    this.mmioReadHi = hi;
  }

  read8(lo: number, hi: number): number {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbReadTag[i] !== vpn) {
      i = this.fillRead(lo, hi);
      if (i < 0) {
        this.slowRead(lo, hi, 1);
        return this.rlo & 0xff;
      }
    }
    return this.tlbReadView[i]!.getUint8(this.tlbReadOff[i]! + (lo & 0xfff));
  }

  read16(lo: number, hi: number): number {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbReadTag[i] !== vpn || (lo & 0xfff) > 0xffe) {
      i = (lo & 0xfff) > 0xffe ? -1 : this.fillRead(lo, hi);
      if (i < 0) {
        this.slowRead(lo, hi, 2);
        return this.rlo & 0xffff;
      }
    }
    return this.tlbReadView[i]!.getUint16(this.tlbReadOff[i]! + (lo & 0xfff), true);
  }

  read32(lo: number, hi: number): number {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbReadTag[i] !== vpn || (lo & 0xfff) > 0xffc) {
      i = (lo & 0xfff) > 0xffc ? -1 : this.fillRead(lo, hi);
      if (i < 0) {
        this.slowRead(lo, hi, 4);
        return this.rlo;
      }
    }
    return this.tlbReadView[i]!.getInt32(this.tlbReadOff[i]! + (lo & 0xfff), true);
  }

  /** 64-bit load into rlo/rhi. */
  read64(lo: number, hi: number): void {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbReadTag[i] !== vpn || (lo & 0xfff) > 0xff8) {
      i = (lo & 0xfff) > 0xff8 ? -1 : this.fillRead(lo, hi);
      if (i < 0) {
        this.slowRead(lo, hi, 8);
        return;
      }
    }
    const view = this.tlbReadView[i]!;
    const o = this.tlbReadOff[i]! + (lo & 0xfff);
    this.rlo = view.getInt32(o, true);
    this.rhi = view.getInt32(o + 4, true);
  }

  write8(lo: number, hi: number, value: number): void {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbWriteTag[i] !== vpn) {
      i = this.fillWrite(lo, hi);
      if (i < 0) {
        this.slowWrite(lo, hi, 1, value, 0);
        return;
      }
    }
    this.tlbWriteView[i]!.setUint8(this.tlbWriteOff[i]! + (lo & 0xfff), value);
  }

  write16(lo: number, hi: number, value: number): void {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbWriteTag[i] !== vpn || (lo & 0xfff) > 0xffe) {
      i = (lo & 0xfff) > 0xffe ? -1 : this.fillWrite(lo, hi);
      if (i < 0) {
        this.slowWrite(lo, hi, 2, value, 0);
        return;
      }
    }
    this.tlbWriteView[i]!.setUint16(this.tlbWriteOff[i]! + (lo & 0xfff), value, true);
  }

  write32(lo: number, hi: number, value: number): void {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbWriteTag[i] !== vpn || (lo & 0xfff) > 0xffc) {
      i = (lo & 0xfff) > 0xffc ? -1 : this.fillWrite(lo, hi);
      if (i < 0) {
        this.slowWrite(lo, hi, 4, value, 0);
        return;
      }
    }
    this.tlbWriteView[i]!.setInt32(this.tlbWriteOff[i]! + (lo & 0xfff), value, true);
  }

  write64(lo: number, hi: number, vlo: number, vhi: number): void {
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    let i = vpn & TLB_MASK;
    if (this.tlbWriteTag[i] !== vpn || (lo & 0xfff) > 0xff8) {
      i = (lo & 0xfff) > 0xff8 ? -1 : this.fillWrite(lo, hi);
      if (i < 0) {
        this.slowWrite(lo, hi, 8, vlo, vhi);
        return;
      }
    }
    const view = this.tlbWriteView[i]!;
    const o = this.tlbWriteOff[i]! + (lo & 0xfff);
    view.setInt32(o, vlo, true);
    view.setInt32(o + 4, vhi, true);
  }

  // ---- fetch and the run loop ----

  private codePageAt(lo: number, hi: number): CodePage {
    if ((lo & 3) !== 0) {
      this.takeSync(EC.PC_ALIGN, 0, (hi >>> 0) * 4294967296 + (lo >>> 0), false, lo, hi);
      throw ABANDON;
    }
    const vpn = (hi >>> 0) * 1048576 + (lo >>> 12);
    const cached = this.codeCache[vpn & TLB_MASK]!;
    // A dropped page's complemented baseHi never matches.
    if (cached !== null && cached.vpn === vpn && cached.baseHi === hi) return cached;
    const known = this.codePages.get(vpn);
    if (known !== undefined) {
      this.codeCache[vpn & TLB_MASK] = known;
      return known;
    }
    const m = this.memory.lookup(vpn);
    if (m === null || m.view === null || (m.perms & PERM_EXEC) === 0) return this.translateFault(lo, hi, false, true);
    const page = new CodePage(vpn, lo & ~0xfff, hi, m);
    this.codePages.set(vpn, page);
    this.codeCache[vpn & TLB_MASK] = page;
    // Stores to this page must see the slow path, which invalidates its decodes.
    const i = vpn & TLB_MASK;
    if (this.tlbWriteTag[i] === vpn) this.tlbWriteTag[i] = -1;
    return page;
  }

  /** The op id of `page` slot `i`, predecoding it if needed (for the translator). */
  opAt(page: CodePage, i: number): number {
    const op = page.ops[i]!;
    return op !== 0 ? op : this.predecode(page, i);
  }

  private predecode(page: CodePage, i: number): number {
    const m = page.mapping;
    const word = m.view!.getInt32(m.offset + i * 4, true);
    page.words[i] = word;
    const op = this.decode(word, this.features);
    page.ops[i] = op;
    return op;
  }

  /** Asks the core to return from `run` after the current instruction. */
  requestStop(): void {
    this.stop = Exit.STOPPED;
  }

  /** Runs up to `budget` instructions; returns why it stopped. */
  run(budget: number): ExitCode {
    this.stop = 0;
    // The host may have changed EL, CPACR_EL1 or its trap policy's answers since the last run.
    this.refreshAccessEnables();
    let remaining = budget;
    while (remaining > 0) {
      if (this.irqLine || this.fiqLine) this.takeInterrupt();
      let left: number;
      try {
        left = this.loop(remaining);
      } catch (e) {
        if (e !== ABANDON) throw e;
        // An instruction abandoned in fetch still consumes budget, so a faulting vector cannot spin forever.
        left = Math.min(this.left, remaining - 1);
      }
      this.instret += remaining - left;
      remaining = left;
      this.x[62] = 0;
      this.x[63] = 0;
      if (this.stop !== 0) return this.stop as ExitCode;
    }
    return Exit.BUDGET;
  }

  /**
   * The interpreter loop. Everything on its cold paths is a method call, so an optimised (OSR)
   * version never meets a property access it has no feedback for.
   */
  private loop(budget: number): number {
    const x = this.x;
    this.left = budget;
    this.loopBudget = budget;
    let code = this.code ?? this.enterPage();
    let remaining = budget;
    while (remaining > 0) {
      const lo = this.pcLo;
      if (((lo ^ code.baseLo) & ~0xfff) !== 0 || this.pcHi !== code.baseHi) code = this.enterPage();
      const i = (lo >>> 2) & 1023;
      const block = code.blocks[i]!;
      if (block !== null) {
        if (block.length <= remaining) {
          remaining -= block.run(this, x, remaining);
          this.left = remaining;
          if (this.stop !== 0) return remaining;
          continue;
        }
      } else if (code.heat[i] !== 255 && ++code.heat[i]! === this.translateAfter) {
        this.translateAt(code, i);
        continue;
      }
      let op = code.ops[i]!;
      if (op === 0) op = this.predecode(code, i);
      this.pcLo = (lo + 4) | 0;
      if (lo === -4) this.carryPc();
      this.left = --remaining;
      this.handlers[op]!(this, code.words[i]!);
      x[62] = 0;
      x[63] = 0;
      if (this.stop !== 0) return remaining;
    }
    return remaining;
  }

  /** Translates the block at `page` slot `i` (a cold path: the loop then re-dispatches). */
  private translateAt(page: CodePage, i: number): void {
    // While PSTATE.IL is set every instruction traps; inline code would not.
    if (this.il === 1) return;
    const block = this.instructionSet.translate(this, page, i, this.handlers);
    if (block !== null) page.blocks[i] = block;
    else page.heat[i] = 255;
  }

  private enterPage(): CodePage {
    this.code = null;
    const page = this.codePageAt(this.pcLo, this.pcHi);
    this.code = page;
    return page;
  }

  private carryPc(): void {
    this.pcHi = (this.pcHi + 1) | 0;
  }

  /** Answers the trap policy for a system-register access; raises UNDEF/EL2 trap when not allowed. */
  checkSysregAccess(k: number, isRead: boolean, iss: number): void {
    const action = this.trapPolicy.systemRegister(k, isRead, this.el);
    if (action === 0) return;
    if (action === 1) this.undefined();
    this.raise(EC.SYSREG, iss, 0, true);
  }
}

function checkRegister(n: number, max: number): void {
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RegisterArgumentError(`register number ${n} outside 0..${max}`);
}
