/**
 * A static AArch64 Linux executable run at EL0 on the core: ELF loading, the initial stack,
 * and the run loop that turns SVC exits into system calls and faults into signals.
 */
import { randomFillSync } from "node:crypto";
import { FeatureSet } from "@a64vm/sysreg";
import { EC, Exit } from "../core/constants";
import { PAGE_SIZE } from "../core/memory";
import { SYSREG } from "../core/sysregs";
import { GuestMemoryError } from "../errors";
import { EXTENSION_FEATURES } from "../exec/extensions";
import { Cpu } from "../exec/instruction-set";
import { PROT_EXEC, PROT_READ, PROT_WRITE, pageAlignUp, UserAddressSpace } from "./address-space";
import { PF_R, PF_W, PF_X, PT_LOAD, PT_PHDR, parseElf } from "./elf";
import { hwcap, hwcap2 } from "./hwcaps";
import { LinuxSyscalls, ProcessExit } from "./syscalls";

/** The features the core executes; `a64vm user` restricts from here. */
export const IMPLEMENTED_FEATURES: FeatureSet = FeatureSet.of(
  "FEAT_AA64",
  "FEAT_AA64EL0",
  "FEAT_AA64EL1",
  "FEAT_EL0",
  "FEAT_EL1",
  "FEAT_FP",
  "FEAT_AdvSIMD",
  "FEAT_CRC32",
  "FEAT_LSE",
  "FEAT_LRCPC",
  "FEAT_AES",
  "FEAT_PMULL",
  "FEAT_SHA1",
  "FEAT_SHA256",
  "FEAT_SHA512",
  "FEAT_SHA3",
  "FEAT_SM3",
  "FEAT_SM4",
  "FEAT_FP16",
  "FEAT_PAuth",
  "FEAT_BF16",
  ...EXTENSION_FEATURES,
);

/**
 * Linux's EL0 pointer authentication: fresh random keys per exec, EnIA/EnIB/EnDA/EnDB set, and
 * 48-bit user addresses with the top byte ignored (TBI0, TBID0 clear: instruction pointers keep
 * their top byte too, so PACs sit in bits 54:48 and a failed AUTI* marks bits 54:53, as under qemu-aarch64).
 */
function enablePointerAuth(cpu: Cpu): void {
  const keys = randomFillSync(new BigUint64Array(10));
  const registers = [
    SYSREG.APIAKEYLO_EL1,
    SYSREG.APIAKEYHI_EL1,
    SYSREG.APIBKEYLO_EL1,
    SYSREG.APIBKEYHI_EL1,
    SYSREG.APDAKEYLO_EL1,
    SYSREG.APDAKEYHI_EL1,
    SYSREG.APDBKEYLO_EL1,
    SYSREG.APDBKEYHI_EL1,
    SYSREG.APGAKEYLO_EL1,
    SYSREG.APGAKEYHI_EL1,
  ];
  for (const [i, k] of registers.entries()) cpu.sysregs.set(k, keys[i]!);
  const enables = (1n << 31n) | (1n << 30n) | (1n << 27n) | (1n << 13n);
  cpu.sysregs.set(SYSREG.SCTLR_EL1, cpu.sysregs.get(SYSREG.SCTLR_EL1)! | enables);
  cpu.sysregs.set(SYSREG.TCR_EL1, 16n | (1n << 37n));
}

export interface UserProgramOptions {
  /** argv[0] is the program name as the guest sees it. */
  readonly argv: readonly string[];
  readonly env?: readonly string[];
  readonly features?: FeatureSet;
  /** Host fds standing for the guest's 0, 1, 2. */
  readonly stdio?: readonly [number, number, number];
  /** Watches a long run: told the instruction count between slices, and before the guest writes to a host fd. */
  readonly observer?: RunObserver;
  /** The core's block translation threshold (CpuOptions.translateAfter); `false` interprets only. */
  readonly translateAfter?: number | false;
}

/** A progress display's view of a run (the CLI's progress line). */
export interface RunObserver {
  slice(instructions: number): void;
  beforeOutput(): void;
}

/** How a guest process ended: exit status as a shell reports it (128+signal for signals). */
export interface UserRunResult {
  readonly exitCode: number;
  readonly signal: string | null;
  readonly message: string | null;
  readonly instructions: number;
  readonly seconds: number;
}

const STACK_TOP = 0x7fff_f000_0000;
const STACK_SIZE = 8 * 1024 * 1024;
const STATIC_PIE_BASE = 0x5555_5555_0000;
const AT = {
  NULL: 0,
  PHDR: 3,
  PHENT: 4,
  PHNUM: 5,
  PAGESZ: 6,
  BASE: 7,
  FLAGS: 8,
  ENTRY: 9,
  UID: 11,
  EUID: 12,
  GID: 13,
  EGID: 14,
  PLATFORM: 15,
  HWCAP: 16,
  CLKTCK: 17,
  SECURE: 23,
  RANDOM: 25,
  HWCAP2: 26,
  EXECFN: 31,
} as const;

export class UserProcess {
  readonly memory = new UserAddressSpace();
  readonly cpu: Cpu;
  readonly syscalls: LinuxSyscalls;
  private readonly observer: RunObserver | null;
  readonly features: FeatureSet;
  /** The instruction word at the PC of the last fatal signal (0 when none). */
  lastWord = 0;

  constructor(
    image: Uint8Array,
    readonly options: UserProgramOptions,
  ) {
    this.features = options.features ?? IMPLEMENTED_FEATURES;
    this.cpu = new Cpu({
      memory: this.memory,
      features: this.features,
      hostedExceptions: true,
      ...(options.translateAfter !== undefined ? { translateAfter: options.translateAfter } : {}),
    });
    this.memory.onInvalidate = (vpn) => this.cpu.invalidatePage(vpn);
    this.cpu.setPstateElSp(0, 0);
    this.cpu.daif = 0;
    if (this.features.has("FEAT_PAuth")) enablePointerAuth(this.cpu);
    this.syscalls = new LinuxSyscalls(this.cpu, this.memory, options.stdio ?? [0, 1, 2], options.observer);
    this.observer = options.observer ?? null;
    this.load(image);
  }

  private load(image: Uint8Array): void {
    const elf = parseElf(image);
    const loads = elf.segments.filter((s) => s.type === PT_LOAD);
    const bias = loads.length > 0 && loads[0]!.vaddr === 0 ? STATIC_PIE_BASE : 0;
    let end = 0;
    let phdr = 0;
    for (const seg of loads) {
      const start = Math.floor((seg.vaddr + bias) / PAGE_SIZE) * PAGE_SIZE;
      const top = pageAlignUp(seg.vaddr + bias + seg.memsz);
      const prot =
        (seg.flags & PF_R ? PROT_READ : 0) | (seg.flags & PF_W ? PROT_WRITE : 0) | (seg.flags & PF_X ? PROT_EXEC : 0);
      this.memory.mapAnonymous(start, top - start, prot);
      this.memory.write(seg.vaddr + bias, image.subarray(seg.offset, seg.offset + seg.filesz), true);
      end = Math.max(end, top);
      if (elf.phoff >= seg.offset && elf.phoff < seg.offset + seg.filesz)
        phdr = seg.vaddr + bias + (elf.phoff - seg.offset);
    }
    const phdrSeg = elf.segments.find((s) => s.type === PT_PHDR);
    if (phdrSeg !== undefined) phdr = phdrSeg.vaddr + bias;
    this.memory.brkStart = end;
    this.memory.brkEnd = end;
    this.buildStack(elf.entry + bias, phdr, elf.phnum, elf.phentsize);
  }

  private buildStack(entry: number, phdr: number, phnum: number, phent: number): void {
    const mem = this.memory;
    mem.mapAnonymous(STACK_TOP - STACK_SIZE, STACK_SIZE, PROT_READ | PROT_WRITE);
    let sp = STACK_TOP;
    const pushBytes = (bytes: Uint8Array): number => {
      sp -= bytes.length;
      mem.write(sp, bytes);
      return sp;
    };
    const pushString = (s: string): number => pushBytes(Buffer.from(`${s}\0`, "utf8"));
    const execfn = pushString(this.options.argv[0] ?? "");
    const platform = pushString("aarch64");
    const random = pushBytes(randomFillSync(new Uint8Array(16)));
    const argv = this.options.argv.map(pushString);
    const env = (this.options.env ?? []).map(pushString);
    const auxv: [number, number | bigint][] = [
      [AT.PHDR, phdr],
      [AT.PHENT, phent],
      [AT.PHNUM, phnum],
      [AT.PAGESZ, PAGE_SIZE],
      [AT.BASE, 0],
      [AT.FLAGS, 0],
      [AT.ENTRY, entry],
      [AT.UID, 0],
      [AT.EUID, 0],
      [AT.GID, 0],
      [AT.EGID, 0],
      [AT.PLATFORM, platform],
      [AT.HWCAP, hwcap(this.features)],
      [AT.HWCAP2, hwcap2(this.features)],
      [AT.CLKTCK, 100],
      [AT.SECURE, 0],
      [AT.RANDOM, random],
      [AT.EXECFN, execfn],
      [AT.NULL, 0],
    ];
    const words: (number | bigint)[] = [argv.length, ...argv, 0, ...env, 0];
    for (const [k, v] of auxv) words.push(k, v);
    sp = Math.floor((sp - words.length * 8) / 16) * 16;
    for (const [i, value] of words.entries()) mem.writeU64(sp + i * 8, BigInt(value));
    this.cpu.sp = BigInt(sp);
    this.cpu.pc = BigInt(entry);
  }

  /** Runs to exit; `slice` instructions between checks. */
  run(slice = 1 << 22): UserRunResult {
    const cpu = this.cpu;
    const started = performance.now();
    const finish = (exitCode: number, signal: string | null, message: string | null): UserRunResult => ({
      exitCode,
      signal,
      message,
      instructions: cpu.instret,
      seconds: (performance.now() - started) / 1000,
    });
    for (;;) {
      const why = cpu.run(slice);
      if (why === Exit.BUDGET) {
        this.observer?.slice(cpu.instret);
        continue;
      }
      if (why !== Exit.EXCEPTION) return finish(134, "SIGABRT", `unexpected core exit ${why}`);
      const e = cpu.exception;
      const pc = `0x${((e.pcHi >>> 0) * 4294967296 + (e.pcLo >>> 0)).toString(16)}`;
      if (e.ec === EC.SVC64) {
        try {
          this.syscalls.dispatch();
        } catch (err) {
          if (err instanceof ProcessExit) return finish(err.status, null, null);
          throw err;
        }
        continue;
      }
      if (e.ec === EC.UNKNOWN) {
        const word = this.wordAt(e.pcLo, e.pcHi);
        this.lastWord = Number.parseInt(word, 16) | 0;
        return finish(132, "SIGILL", `SIGILL: illegal instruction 0x${word} at pc ${pc}`);
      }
      if (e.ec === EC.BRK64) return finish(133, "SIGTRAP", `SIGTRAP: brk #0x${e.iss.toString(16)} at pc ${pc}`);
      if ((e.iss & 0x3f) === 0x21 || e.ec === EC.PC_ALIGN || e.ec === EC.SP_ALIGN) {
        return finish(135, "SIGBUS", `SIGBUS: misaligned access to 0x${e.far.toString(16)} at pc ${pc}`);
      }
      return finish(
        139,
        "SIGSEGV",
        `SIGSEGV: access to 0x${e.far.toString(16)} at pc ${pc} (EC 0x${e.ec.toString(16)})`,
      );
    }
  }

  private wordAt(lo: number, hi: number): string {
    try {
      const b = this.memory.read((hi >>> 0) * 4294967296 + (lo >>> 0), 4);
      return new DataView(b.buffer).getUint32(0, true).toString(16).padStart(8, "0");
    } catch (e) {
      if (e instanceof GuestMemoryError) return "????????";
      throw e;
    }
  }
}
