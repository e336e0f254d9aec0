/**
 * The VM's answer to the core's trap questions, from @a64vm/traps: a system-register access the
 * VM's features do not allow UNDEFs (its route is UNDEF); an ID register traps to the hypervisor
 * (KVM runs guests with HCR_EL2.TID3 set and emulates them from the VM's values); the rest runs.
 */
import { TrapAction, type TrapActionCode, type TrapPolicy, Trappable, type TrappableKind } from "@a64vm/cpu";
import { ID_SPACE_KEYS } from "@a64vm/sysreg";
import { configure, createRouter, REASON, routeReason, type TrapConfiguration, type TrapRouter } from "@a64vm/traps";
import { VIRTUAL_TIMER_KEYS } from "./virtual-timer";
import type { Vm } from "./vm";

// Routes that mean "this VM cannot have this access" even when no control traps it: the feature is
// not advertised, its fine-grained bit is in the VM's UNDEF set, or the direction does not exist.
const UNDEF_REASONS = new Uint8Array(16);
for (const r of [REASON.FEATURE_ABSENT, REASON.FINE_GRAINED_UNDEF, REASON.NOT_READABLE, REASON.NOT_WRITABLE]) {
  UNDEF_REASONS[r] = 1;
}

// 1: an ID register (read emulated from the VM's values, HCR_EL2.TID3); 2: the virtual timer, emulated.
const ID_SPACE = new Uint8Array(1 << 16);
for (const key of ID_SPACE_KEYS) ID_SPACE[key] = 1;
for (const key of VIRTUAL_TIMER_KEYS) ID_SPACE[key] = 2;

/** Counts of what the policy decided, for `--trace traps` and tests. */
export interface TrapCounts {
  undef: number;
  trappedToHypervisor: number;
}

export class VmTrapPolicy implements TrapPolicy {
  readonly configuration: TrapConfiguration;
  readonly router: TrapRouter;
  readonly counts: TrapCounts = { undef: 0, trappedToHypervisor: 0 };
  /** Called for each decision other than ALLOW (set by `--trace traps`). */
  onTrap: ((key: number, isRead: boolean, action: TrapActionCode, route: number) => void) | null = null;

  constructor(vm: Vm) {
    this.configuration = configure(vm.host.features, vm.features);
    this.router = createRouter(this.configuration);
  }

  systemRegister(key: number, isRead: boolean, el: number): TrapActionCode {
    if (el >= 2) return TrapAction.ALLOW;
    const route = this.router.route(key, !isRead);
    let action: TrapActionCode = TrapAction.ALLOW;
    if (ID_SPACE[key] === 1) action = isRead ? TrapAction.TRAP_EL2 : TrapAction.UNDEF;
    else if (ID_SPACE[key] === 2) action = TrapAction.TRAP_EL2;
    else if (UNDEF_REASONS[routeReason(route)] === 1) action = TrapAction.UNDEF;
    if (action === TrapAction.UNDEF) this.counts.undef++;
    else if (action === TrapAction.TRAP_EL2) this.counts.trappedToHypervisor++;
    if (action !== TrapAction.ALLOW) this.onTrap?.(key, isRead, action, route);
    return action;
  }

  instruction(kind: TrappableKind, el: number): TrapActionCode {
    if (el >= 2) return TrapAction.ALLOW;
    // PSCI is the firmware of the virt board: HVC goes to the hypervisor; there is no EL3 for SMC.
    if (kind === Trappable.HVC) return TrapAction.TRAP_EL2;
    if (kind === Trappable.SMC) return TrapAction.UNDEF;
    return TrapAction.ALLOW;
  }
}
