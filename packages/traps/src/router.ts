// Routing of a trapped system-register access in O(1), in KVM's order: no entry -> local; the VM
// lacks the feature or its fine-grained bit is in the UNDEF set -> UNDEF; not running a nested guest
// -> local; the guest hypervisor's own controls ask for it -> forward to vEL2; else local (UNDEF with
// no handler).
import { encodingKey, type SysRegEncoding } from "@a64vm/sysreg";
import type { TrapConfiguration } from "./configure";
import { type ControlRegister, controlIndex, controlLayout } from "./controls";
import { InvalidArgumentError, NotNestedError } from "./errors";
import { FGT_GROUP_REGISTERS, FGT_GROUPS } from "./fine-groups";
import { firingControls } from "./firing";
import { satisfies } from "./requirement";
import { packRoute, REASON, ROUTE } from "./route";
import {
  COARSE_SETS,
  COND_STRIDE,
  CONTROL_COUNT,
  FGT_REGISTER_INDEX,
  TC,
  TRAP_CONFIG,
  TRAPPABLE_ENCODINGS_BY_KEY,
} from "./trap-config";

const READ_UNDEF_SHIFT = 0;
const WRITE_UNDEF_SHIFT = 4;
const HCR = controlIndex("HCR_EL2");
const E2H_BIT = BigInt(controlLayout("HCR_EL2").fields.find((f) => f.name === "E2H")!.lsb);
const LOCAL_ROUTES = new Uint32Array(32).map((_, h) =>
  h === 0 ? packRoute(ROUTE.UNDEF, REASON.NO_HANDLER) : packRoute(ROUTE.LOCAL, REASON.HANDLED, h),
);
const NO_ENTRY = packRoute(ROUTE.UNDEF, REASON.NO_ENTRY);
const NO_HANDLER_ROUTE = packRoute(ROUTE.UNDEF, REASON.NO_HANDLER);
const CONDITIONS = COARSE_SETS.packed;
const START = COARSE_SETS.start;
const UNDEF_ROUTES = new Uint32Array(16).map((_, r) => packRoute(ROUTE.UNDEF, r as 0));

/** One VM's router: its UNDEF map and, for a nested VM, its guest hypervisor's trap controls. */
export class TrapRouter {
  readonly config: TrapConfiguration;
  /** Per encoding key: the UNDEF reason for reads (low nibble) and writes (high nibble), 0 = none. */
  readonly #undef: Uint8Array;
  /** Per key and direction ([key*2 + write]): the route outside a nested guest, precomputed. */
  readonly #routes: Uint32Array;
  readonly #nested: boolean;
  #inNestedGuest = false;
  /** The guest hypervisor's control registers, 32-bit halves: [2*i] low, [2*i+1] high. */
  readonly #guest = new Uint32Array(CONTROL_COUNT * 2);
  /** Per FGT group (1-based): the VM has the FGT registers of that group. */
  readonly #fgtOn = new Uint8Array(FGT_GROUPS.length + 1);
  #guestE2h = 0;
  /** Per encoding key: bit 0 a read, bit 1 a write is trapped by the VM's own configuration (lazy). */
  #trapped: Uint8Array | null = null;
  /** Per key and direction: the route inside a nested guest, memoised until a guest control changes (0 = not yet). */
  readonly #nestedRoutes = new Uint32Array(2 << 16);

  constructor(config: TrapConfiguration) {
    this.config = config;
    this.#nested = config.vm.has("EL2");
    this.#undef = new Uint8Array(1 << 16);
    for (const e of TRAPPABLE_ENCODINGS_BY_KEY.values()) {
      let read = 0;
      let write = 0;
      if (!satisfies(e.feature, config.vm)) {
        read = REASON.FEATURE_ABSENT;
        write = REASON.FEATURE_ABSENT;
      } else if (e.fine !== null) {
        const regs = FGT_GROUP_REGISTERS[e.fine.group];
        if (regs.read !== null && fgtBitSet(config.undef[regs.read], regs.read, e.fine.field))
          read = REASON.FINE_GRAINED_UNDEF;
        if (regs.write !== null && fgtBitSet(config.undef[regs.write], regs.write, e.fine.field))
          write = REASON.FINE_GRAINED_UNDEF;
      }
      if (read === 0 && e.access === "wo") read = REASON.NOT_READABLE;
      if (write === 0 && e.access === "ro") write = REASON.NOT_WRITABLE;
      this.#undef[e.key] = (read << READ_UNDEF_SHIFT) | (write << WRITE_UNDEF_SHIFT);
    }
    this.#routes = new Uint32Array(2 << 16);
    for (let key = 0; key < 1 << 16; key++) {
      for (let write = 0; write < 2; write++) this.#routes[(key << 1) | write] = this.#localRoute(key, write === 1);
    }
    const fgt = config.vm.has("FGT");
    const fgt2 = config.vm.has("FGT2");
    FGT_GROUPS.forEach((g, i) => {
      const on = g.endsWith("2") ? fgt2 : g === "HAFG" ? fgt && config.vm.has("AMUv1") : fgt;
      this.#fgtOn[i + 1] = on ? 1 : 0;
    });
  }

  /**
   * True when the VM's own configuration (the computed HCR_EL2, HCRX_EL2, CPTR_EL2, MDCR_EL2 and FGT
   * values) traps this access to EL2; false when it runs untrapped or is UNDEFINED in hardware (the
   * host lacks its feature). O(1) after a one-time evaluation of the table on first use.
   */
  traps(key: number, isWrite: boolean): boolean {
    if (this.#trapped === null) this.#trapped = this.#evaluateTraps();
    return ((this.#trapped[key & 0xffff]! >>> (isWrite ? 1 : 0)) & 1) === 1;
  }

  #evaluateTraps(): Uint8Array {
    const out = new Uint8Array(1 << 16);
    for (const e of TRAPPABLE_ENCODINGS_BY_KEY.values()) {
      if (!satisfies(e.feature, this.config.host)) continue;
      const read = e.access !== "wo" && firingControls(this.config, e, false).length > 0 ? 1 : 0;
      const write = e.access !== "ro" && firingControls(this.config, e, true).length > 0 ? 2 : 0;
      out[e.key] = read | write;
    }
    return out;
  }

  /** True when the VM advertises EL2 and so has a guest hypervisor. */
  get nested(): boolean {
    return this.#nested;
  }

  /** True while the vCPU runs the guest hypervisor's own guest (virtual EL1/EL0). */
  get inNestedGuest(): boolean {
    return this.#inNestedGuest;
  }

  enterNestedGuest(): void {
    if (!this.#nested) throw new NotNestedError();
    this.#inNestedGuest = true;
  }

  exitNestedGuest(): void {
    this.#inNestedGuest = false;
  }

  /** Sets one of the guest hypervisor's control registers, with the VM's RES0/RES1 applied. */
  setGuestControl(register: ControlRegister, value: bigint): void {
    if (!this.#nested) throw new NotNestedError();
    if (value < 0n || value > 0xffff_ffff_ffff_ffffn) {
      throw new InvalidArgumentError(`${register} value ${value} is not a 64-bit unsigned number`);
    }
    // CPTR_EL2's layout follows the guest hypervisor's own E2H, not the host's.
    const layout = register === "CPTR_EL2" ? controlLayout(register, this.#guestE2h === 1 ? "E2H=1" : "E2H=0") : null;
    const res0 = layout === null ? this.config.res0[register] : layout.res0;
    const res1 = layout === null ? this.config.res1[register] : layout.res1;
    const sanitized = (value & ~res0) | res1;
    const i = controlIndex(register);
    this.#guest[2 * i] = Number(sanitized & 0xffffffffn);
    this.#guest[2 * i + 1] = Number((sanitized >> 32n) & 0xffffffffn);
    if (i === HCR) this.#guestE2h = Number((sanitized >> E2H_BIT) & 1n);
    this.#nestedRoutes.fill(0);
  }

  guestControl(register: ControlRegister): bigint {
    const i = controlIndex(register);
    return (BigInt(this.#guest[2 * i + 1]!) << 32n) | BigInt(this.#guest[2 * i]!);
  }

  /** Routes a trapped access by encoding key; returns a packed route (see `routeKind`...). */
  route(key: number, isWrite: boolean): number {
    const index = ((key & 0xffff) << 1) | (isWrite ? 1 : 0);
    if (!this.#inNestedGuest) return this.#routes[index]!;
    const memo = this.#nestedRoutes[index]!;
    if (memo !== 0) return memo;
    const route = this.evaluate(key, isWrite);
    this.#nestedRoutes[index] = route;
    return route;
  }

  /**
   * The route without the memo: evaluates the guest hypervisor's controls when running its guest.
   * `route` gives the same answer; this is what it computes once per encoding and control change.
   */
  evaluate(key: number, isWrite: boolean): number {
    const local = this.#routes[((key & 0xffff) << 1) | (isWrite ? 1 : 0)]!;
    // Only a present, permitted access of a table entry can be forwarded (KVM's order).
    if (!this.#inNestedGuest || (local !== NO_HANDLER_ROUTE && (local & 3) !== ROUTE.LOCAL)) return local;
    const forward = this.#forward(TRAP_CONFIG[key & 0xffff]!, isWrite);
    return forward !== 0 ? forward : local;
  }

  /** The route outside a nested guest: no entry, UNDEF (absent, fine-grained, direction), or local. */
  #localRoute(key: number, isWrite: boolean): number {
    const cfg = TRAP_CONFIG[key]!;
    if (cfg === 0) return NO_ENTRY;
    const undef = (this.#undef[key]! >>> (isWrite ? WRITE_UNDEF_SHIFT : READ_UNDEF_SHIFT)) & 0xf;
    if (undef !== 0) return UNDEF_ROUTES[undef]!;
    return LOCAL_ROUTES[(cfg >>> TC.HANDLER_SHIFT) & TC.HANDLER_MASK]!;
  }

  /** Routes a trapped access by encoding. */
  routeEncoding(encoding: SysRegEncoding, isWrite: boolean): number {
    const fits = (v: number, bits: number) => Number.isInteger(v) && v >= 0 && v < 1 << bits;
    const { op0, op1, crn, crm, op2 } = encoding;
    if (!(fits(op0, 2) && fits(op1, 3) && fits(crn, 4) && fits(crm, 4) && fits(op2, 3))) {
      throw new InvalidArgumentError(
        `encoding (${op0}, ${op1}, ${crn}, ${crm}, ${op2}) does not fit op0:2 op1:3 CRn:4 CRm:4 op2:3`,
      );
    }
    return this.route(encodingKey(encoding), isWrite);
  }

  #forward(cfg: number, isWrite: boolean): number {
    const dir = isWrite ? 2 : 1;
    const set = (cfg >>> TC.COARSE_SHIFT) & TC.COARSE_MASK;
    const guest = this.#guest;
    const conds = CONDITIONS;
    const e2hWanted = this.#guestE2h + 1;
    for (let p = START[set]! * COND_STRIDE, end = START[set + 1]! * COND_STRIDE; p < end; p += COND_STRIDE) {
      const meta = conds[p]!;
      if (((meta >>> 8) & dir) === 0) continue;
      const e2h = (meta >>> 10) & 3;
      if (e2h !== 0 && e2h !== e2hWanted) continue;
      const r = (meta & 0xff) << 1;
      if (
        (guest[r]! & conds[p + 1]!) >>> 0 === conds[p + 3] &&
        (guest[r + 1]! & conds[p + 2]!) >>> 0 === conds[p + 4]
      ) {
        return packRoute(ROUTE.FORWARD, REASON.COARSE_TRAP, 0, meta >>> 12);
      }
    }
    const group = (cfg >>> TC.GROUP_SHIFT) & TC.GROUP_MASK;
    if (group !== 0 && this.#fgtOn[group] === 1 && (cfg & (isWrite ? TC.FGT_WRITE : TC.FGT_READ)) !== 0) {
      const reg = FGT_REGISTER_INDEX[group * 2 + (isWrite ? 1 : 0)]!;
      const bit = (cfg >>> TC.BIT_SHIFT) & TC.BIT_MASK;
      const word = guest[(reg << 1) + (bit >>> 5)]!;
      const set1 = (word >>> (bit & 31)) & 1;
      const negative = (cfg & TC.NEGATIVE) !== 0 ? 1 : 0;
      if ((set1 ^ negative) === 1) return packRoute(ROUTE.FORWARD, REASON.FINE_GRAINED_TRAP, 0, reg);
    }
    return 0;
  }
}

function fgtBitSet(mask: bigint, register: ControlRegister, field: string): boolean {
  const f = controlLayout(register).fields.find((x) => x.name === field);
  return f !== undefined && ((mask >> BigInt(f.lsb)) & 1n) === 1n;
}

/** A router for a VM's configuration. */
export function createRouter(config: TrapConfiguration): TrapRouter {
  return new TrapRouter(config);
}
