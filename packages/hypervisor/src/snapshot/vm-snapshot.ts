/**
 * Whole-VM snapshot files on the sealed container (./container.ts):
 *
 *   "CONF"  JSON: source host, RAM size, nested, quantum, feature names, entry, per-vCPU
 *           KVM_ARM_VCPU_INIT choices (PMU, SVE vector length), power state and instruction count
 *   "IDRG"  the ID registers: u32 count, then (u32 encoding key, u64 value)
 *   "VCPU"  per vCPU: u32 count, then (u64 KVM register ID, value in the ID's size, little-endian):
 *           every register of the register list that is not FP state (CNTVCT_EL0 included)
 *   "FPST"  the same for FP state: V0-V31, FPSR, FPCR, SVE Z/P/FFR/VLS, FPMR, ZCR/SMCR/SVCR
 *   "DEVS"  JSON: the PL011's registers and receive FIFO, the PSCI power states
 *   "MEM "  deflated: u32 page count, the page indexes (ascending), the pages (zero pages omitted)
 *
 * Only registers in the VM's register list are written, so an unadvertised feature has no field;
 * on restore the sets must match the destination VM's register lists exactly. Any malformed field
 * is a SnapshotFormatError; the container already refused truncation, corruption and tampering.
 */
import { type FeatureName, FeatureSet, lookupSysReg } from "@a64vm/sysreg";
import type { VirtMachine } from "../board/machine";
import type { Pl011State } from "../board/pl011";
import type { PowerState } from "../board/psci";
import { decodeRegId, KVM_REGS_OFFSET, regSizeBytes } from "../kvm/reg-id";
import {
  captureMachineState,
  createDestination,
  type Destination,
  loadMachineState,
  type MachineState,
  nonZeroPages,
  PAGE_BYTES,
  type VcpuState,
} from "../vm/machine-state";
import {
  decodeSnapshot,
  encodeSnapshot,
  readSnapshotFile,
  SnapshotFormatError,
  type SnapshotSealOptions,
  writeFileAtomic,
} from "./container";

/** A decoded snapshot: the machine state and guest memory (non-zero pages). */
export interface VmSnapshot {
  readonly state: MachineState;
  /** Page indexes from the start of RAM, ascending. */
  readonly pages: Uint32Array;
  /** The pages' bytes, PAGE_BYTES each, in the order of `pages`. */
  readonly memory: Uint8Array;
}

/** FP control registers that are system registers (their encoding keys). */
const FP_SYSREG_KEYS = new Set(["FPMR", "ZCR_EL1", "SMCR_EL1", "SVCR"].map((name) => lookupSysReg(name).key));

/** Whether a register ID is FP/SIMD, SVE, SME or FPMR state (the "FPST" section). */
export function isFpRegister(id: bigint): boolean {
  const d = decodeRegId(id);
  if (d === null) return false;
  switch (d.kind) {
    case "core":
      return d.offset >= KVM_REGS_OFFSET.v(0);
    case "sysreg":
      return FP_SYSREG_KEYS.has(Number(id & 0xffffn));
    case "fw":
      return false;
    default:
      return true;
  }
}

/** Captures a stopped machine into snapshot bytes. */
export function encodeVmSnapshot(machine: VirtMachine, options: SnapshotSealOptions = {}): Uint8Array {
  const state = captureMachineState(machine);
  const pages = nonZeroPages(machine.vm.ram);
  const memory = new Uint8Array(4 + pages.length * (4 + PAGE_BYTES));
  const view = new DataView(memory.buffer);
  view.setUint32(0, pages.length, true);
  pages.forEach((page, i) => {
    view.setUint32(4 + i * 4, page, true);
    const at = page * PAGE_BYTES;
    memory.set(machine.vm.ram.bytes.subarray(at, at + PAGE_BYTES), 4 + pages.length * 4 + i * PAGE_BYTES);
  });
  const conf = {
    sourceHost: state.sourceHost,
    ramSize: state.ramSize.toString(),
    nested: state.nested,
    quantum: state.quantum,
    features: state.features.names(),
    entry: `0x${state.entry.toString(16)}`,
    vcpus: state.vcpus.map((v) => ({
      pmu: v.pmu,
      sveVectorLength: v.sveVectorLength,
      poweredOn: v.poweredOn,
      instructions: v.instructions,
    })),
  };
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  return encodeSnapshot(
    [
      { tag: "CONF", data: json(conf) },
      { tag: "IDRG", data: encodeIdRegisters(state.idRegisters) },
      { tag: "VCPU", data: encodeRegisters(state.vcpus, (id) => !isFpRegister(id)) },
      { tag: "FPST", data: encodeRegisters(state.vcpus, isFpRegister) },
      { tag: "DEVS", data: json({ uart: state.uart, psci: state.psci }) },
      { tag: "MEM ", data: memory, compress: true },
    ],
    options,
  );
}

/** Writes a snapshot of a stopped machine atomically (temporary file + rename). */
export function writeVmSnapshot(path: string, machine: VirtMachine, options: SnapshotSealOptions = {}): number {
  const bytes = encodeVmSnapshot(machine, options);
  writeFileAtomic(path, bytes);
  return bytes.length;
}

/** Verifies and decodes snapshot bytes; throws a SnapshotError subclass on any defect. */
export function decodeVmSnapshot(bytes: Uint8Array, options: SnapshotSealOptions = {}): VmSnapshot {
  return fromSections(decodeSnapshot(bytes, options));
}

export function readVmSnapshotFile(path: string, options: SnapshotSealOptions = {}): VmSnapshot {
  return fromSections(readSnapshotFile(path, options));
}

/**
 * A machine on `destination` that continues exactly where the snapshot was taken. Refuses with
 * MigrationRefusedError (naming missing features, or the vector length) and creates nothing
 * visible when the destination cannot run the VM.
 */
export function restoreVmSnapshot(
  snapshot: VmSnapshot,
  destination: Destination,
  onOutput: (byte: number) => void,
): VirtMachine {
  const { state, pages, memory } = snapshot;
  const target = createDestination(state, destination, onOutput);
  if (BigInt(target.vm.ram.size) !== state.ramSize) throw bad("RAM size does not match the machine");
  const ram = target.vm.ram.bytes;
  pages.forEach((page, i) => {
    ram.set(memory.subarray(i * PAGE_BYTES, (i + 1) * PAGE_BYTES), page * PAGE_BYTES);
  });
  loadMachineState(target, state);
  return target;
}

// ---- sections ----

function bad(what: string): SnapshotFormatError {
  return new SnapshotFormatError(what);
}

function encodeIdRegisters(values: ReadonlyMap<number, bigint>): Uint8Array {
  const out = new Uint8Array(4 + values.size * 12);
  const view = new DataView(out.buffer);
  view.setUint32(0, values.size, true);
  let at = 4;
  for (const [key, value] of values) {
    view.setUint32(at, key, true);
    view.setBigUint64(at + 4, value, true);
    at += 12;
  }
  return out;
}

function encodeRegisters(vcpus: readonly VcpuState[], keep: (id: bigint) => boolean): Uint8Array {
  const chunks: number[] = [];
  const u32 = (v: number) => chunks.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const bytes = (v: bigint, n: number) => {
    for (let i = 0; i < n; i++) chunks.push(Number((v >> BigInt(8 * i)) & 0xffn));
  };
  u32(vcpus.length);
  for (const vcpu of vcpus) {
    const ids = [...vcpu.registers.keys()].filter(keep);
    u32(ids.length);
    for (const id of ids) {
      bytes(id, 8);
      bytes(vcpu.registers.get(id)!, regSizeBytes(id));
    }
  }
  return Uint8Array.from(chunks);
}

/** Reads fields in order, refusing any read past the end. */
class Reader {
  at = 0;
  readonly #view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly section: string,
  ) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  #need(n: number): void {
    if (this.at + n > this.bytes.length) throw bad(`section '${this.section}' ends inside a field`);
  }
  u32(): number {
    this.#need(4);
    const v = this.#view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  u64(): bigint {
    this.#need(8);
    const v = this.#view.getBigUint64(this.at, true);
    this.at += 8;
    return v;
  }
  littleEndian(n: number): bigint {
    this.#need(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(this.bytes[this.at + i]!);
    this.at += n;
    return v;
  }
  end(): void {
    if (this.at !== this.bytes.length)
      throw bad(`section '${this.section}' has ${this.bytes.length - this.at} stray bytes`);
  }
}

function decodeRegisters(data: Uint8Array, tag: string, fp: boolean): Map<bigint, bigint>[] {
  const r = new Reader(data, tag);
  const count = r.u32();
  const vcpus: Map<bigint, bigint>[] = [];
  for (let v = 0; v < count; v++) {
    const n = r.u32();
    const registers = new Map<bigint, bigint>();
    for (let i = 0; i < n; i++) {
      const id = r.u64();
      if (decodeRegId(id) === null) throw bad(`'${tag}' holds 0x${id.toString(16)}, not a KVM/arm64 register ID`);
      if (isFpRegister(id) !== fp) throw bad(`register 0x${id.toString(16)} is in the wrong section '${tag}'`);
      if (registers.has(id)) throw bad(`'${tag}' holds register 0x${id.toString(16)} twice`);
      registers.set(id, r.littleEndian(regSizeBytes(id)));
    }
    vcpus.push(registers);
  }
  r.end();
  return vcpus;
}

function section(sections: Map<string, Uint8Array>, tag: string): Uint8Array {
  const data = sections.get(tag);
  if (data === undefined) throw bad(`section '${tag}' is missing`);
  return data;
}

function json(sections: Map<string, Uint8Array>, tag: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(section(sections, tag)));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SnapshotFormatError) throw error;
  }
  throw bad(`section '${tag}' is not a JSON object`);
}

function field<T>(object: Record<string, unknown>, name: string, is: (v: unknown) => v is T, what: string): T {
  const value = object[name];
  if (!is(value)) throw bad(`'${name}' is not ${what}`);
  return value;
}

const isBool = (v: unknown): v is boolean => typeof v === "boolean";
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isString = (v: unknown): v is string => typeof v === "string";
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !isArray(v);
const isPower = (v: unknown): v is PowerState => v === "on" || v === "off" || v === "on-pending";
const isByte = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xff;

function bigintOf(text: string, name: string): bigint {
  if (!/^(0x[0-9a-f]+|\d+)$/.test(text)) throw bad(`'${name}' is not an unsigned integer`);
  return BigInt(text);
}

function featuresOf(names: unknown[]): FeatureSet {
  if (!names.every(isString)) throw bad("'features' is not a list of feature names");
  try {
    return FeatureSet.of(...(names as FeatureName[]));
  } catch {
    throw bad(`'features' names an unknown feature`);
  }
}

function uartOf(value: Record<string, unknown>): Pl011State {
  const registers = ["cr", "lcrH", "ibrd", "fbrd", "ifls", "imsc", "ris", "dmacr"] as const;
  const out = { rx: field(value, "rx", isArray, "a list") } as Record<string, unknown>;
  if (!(out.rx as unknown[]).every(isByte)) throw bad("'rx' is not a list of bytes");
  for (const name of registers) {
    const v = field(value, name, isCount, "a register value");
    if (v > 0xffff) throw bad(`'${name}' is not a 16-bit register value`);
    out[name] = v;
  }
  return out as unknown as Pl011State;
}

function fromSections(sections: Map<string, Uint8Array>): VmSnapshot {
  const known = new Set(["CONF", "IDRG", "VCPU", "FPST", "DEVS", "MEM "]);
  for (const tag of sections.keys()) if (!known.has(tag)) throw bad(`unknown section '${tag}'`);
  const conf = json(sections, "CONF");
  const devs = json(sections, "DEVS");
  const ramSize = bigintOf(field(conf, "ramSize", isString, "a size"), "ramSize");
  if (ramSize === 0n || ramSize % BigInt(PAGE_BYTES) !== 0n || ramSize > 1n << 32n)
    throw bad("'ramSize' is not a RAM size");
  const vcpuConf = field(conf, "vcpus", isArray, "a list");
  const core = decodeRegisters(section(sections, "VCPU"), "VCPU", false);
  const fp = decodeRegisters(section(sections, "FPST"), "FPST", true);
  const psci = field(devs, "psci", isArray, "a list");
  if (vcpuConf.length === 0 || vcpuConf.length > 8) throw bad("'vcpus' does not hold 1 to 8 vCPUs");
  if (core.length !== vcpuConf.length || fp.length !== vcpuConf.length || psci.length !== vcpuConf.length) {
    throw bad("the sections disagree on the number of vCPUs");
  }
  if (!psci.every(isPower)) throw bad("'psci' is not a list of power states");
  const vcpus = vcpuConf.map((entry, i): VcpuState => {
    if (!isObject(entry)) throw bad(`vCPU ${i} is not an object`);
    const sveVectorLength = field(entry, "sveVectorLength", isCount, "a vector length");
    if (sveVectorLength % 128 !== 0 || sveVectorLength > 2048) throw bad(`vCPU ${i}: bad SVE vector length`);
    return {
      pmu: field(entry, "pmu", isBool, "a boolean"),
      sveVectorLength,
      poweredOn: field(entry, "poweredOn", isBool, "a boolean"),
      instructions: field(entry, "instructions", isCount, "a count"),
      registers: new Map([...core[i]!, ...fp[i]!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
  });
  const ids = new Reader(section(sections, "IDRG"), "IDRG");
  const idRegisters = new Map<number, bigint>();
  for (let n = ids.u32(), i = 0; i < n; i++) {
    const key = ids.u32();
    if (key > 0xffff || idRegisters.has(key)) throw bad(`ID register key 0x${key.toString(16)} is invalid or repeated`);
    idRegisters.set(key, ids.u64());
  }
  ids.end();
  const { pages, memory } = decodeMemory(section(sections, "MEM "), Number(ramSize) / PAGE_BYTES);
  const state: MachineState = {
    sourceHost: field(conf, "sourceHost", isString, "a host name"),
    ramSize,
    nested: field(conf, "nested", isBool, "a boolean"),
    quantum: field(conf, "quantum", isCount, "a count"),
    features: featuresOf(field(conf, "features", isArray, "a list")),
    idRegisters,
    vcpus,
    psci: psci as PowerState[],
    uart: uartOf(field(devs, "uart", isObject, "an object")),
    entry: bigintOf(field(conf, "entry", isString, "an address"), "entry"),
  };
  if (state.quantum === 0) throw bad("'quantum' is zero");
  return { state, pages, memory };
}

function decodeMemory(data: Uint8Array, ramPages: number): { pages: Uint32Array; memory: Uint8Array } {
  const r = new Reader(data, "MEM ");
  const count = r.u32();
  if (count > ramPages) throw bad(`'MEM ' holds ${count} pages; the RAM has ${ramPages}`);
  const pages = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const page = r.u32();
    if (page >= ramPages || (i > 0 && page <= pages[i - 1]!))
      throw bad(`'MEM ' page index ${page} is out of order or range`);
    pages[i] = page;
  }
  if (data.length - r.at !== count * PAGE_BYTES) throw bad(`'MEM ' does not hold ${count} whole pages`);
  return { pages, memory: data.subarray(r.at) };
}
