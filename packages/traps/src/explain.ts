// Why an access traps: for one encoding and one VM, the controls that trap it, the rule and feature
// behind each, and what the hypervisor then does, in words (what `a64vm explain-trap` prints).
import type { TrapConfiguration } from "./configure";
import type { TrappableEncoding } from "./encodings";
import { type FiringControl, firingControls } from "./firing";
import { findEncoding } from "./lookup";
import { describeRequirement, satisfies } from "./requirement";
import { describeRoute } from "./route";

export type { FiringControl };

import { TrapRouter } from "./router";

/** What a guest's access does on this VM. */
export type TrapOutcome =
  /** Runs without a trap. */
  | "native"
  /** UNDEFINED in hardware: the host lacks the feature, or the direction is not allowed. */
  | "hardware-undef"
  /** Traps to the hypervisor, which routes it. */
  | "trapped"
  /** The VM lacks the feature but no control on this host traps it: the guest reaches the host's register. */
  | "unguarded";

export interface TrapExplanation {
  readonly entry: TrappableEncoding;
  readonly isWrite: boolean;
  readonly feature: string;
  readonly hostHasFeature: boolean;
  readonly vmHasFeature: boolean;
  readonly outcome: TrapOutcome;
  readonly firing: readonly FiringControl[];
  /** The packed route of the trapped access (for a non-nested vCPU); 0 when it does not trap. */
  readonly route: number;
  /** One sentence. */
  readonly summary: string;
}

/** One router per configuration, so explaining many accesses builds its tables once. */
const ROUTERS = new WeakMap<TrapConfiguration, TrapRouter>();

function routerFor(config: TrapConfiguration): TrapRouter {
  let router = ROUTERS.get(config);
  if (router === undefined) {
    router = new TrapRouter(config);
    ROUTERS.set(config, router);
  }
  return router;
}

/** Explains an access to `target` (a name, generic name or entry) on the VM `config` describes. */
export function explainTrap(
  config: TrapConfiguration,
  target: string | TrappableEncoding,
  isWrite = false,
): TrapExplanation {
  const entry = typeof target === "string" ? findEncoding(target) : target;
  const feature = describeRequirement(entry.feature);
  const hostHasFeature = satisfies(entry.feature, config.host);
  const vmHasFeature = satisfies(entry.feature, config.vm);
  const firing = firingControls(config, entry, isWrite);
  const directionAllowed = isWrite ? entry.access !== "ro" : entry.access !== "wo";
  const access = `${isWrite ? "a write to" : "a read of"} ${entry.name}`;
  let outcome: TrapOutcome;
  let route = 0;
  let summary: string;
  if (!directionAllowed) {
    outcome = "hardware-undef";
    summary = `${access} is UNDEFINED: the ${entry.kind} is ${entry.access === "ro" ? "read-only" : "write-only"}`;
  } else if (!hostHasFeature) {
    outcome = "hardware-undef";
    summary = `${access} is UNDEFINED in hardware: the host lacks ${feature}`;
  } else if (firing.length > 0) {
    outcome = "trapped";
    route = routerFor(config).route(entry.key, isWrite);
    summary = `${access} traps to EL2 (${firing.map((f) => f.control).join(", ")}) and is ${describeRoute(route)}`;
  } else if (!vmHasFeature) {
    outcome = "unguarded";
    summary = `${access} is not trapped although the VM lacks ${feature}: no control on this host catches it`;
  } else {
    outcome = "native";
    summary = `${access} runs without a trap${feature === "always" ? "" : ` (${feature} advertised)`}`;
  }
  return { entry, isWrite, feature, hostHasFeature, vmHasFeature, outcome, firing, route, summary };
}
