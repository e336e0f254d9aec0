// The packed result of a routing decision: one number, never an object, so routing allocates nothing.
import { COARSE_TRAPS } from "./coarse-traps";
import { CONTROL_REGISTERS } from "./controls";
import { type HandlerName, handlerName } from "./handlers";

/** What happens to a trapped access. */
export const ROUTE = {
  /** Emulated by the hypervisor's handler. */
  LOCAL: 1,
  /** An UNDEFINED exception is injected into the guest. */
  UNDEF: 2,
  /** Forwarded to the guest hypervisor at virtual EL2. */
  FORWARD: 3,
} as const;
export type RouteKind = (typeof ROUTE)[keyof typeof ROUTE];

/** Why. */
export const REASON = {
  HANDLED: 0,
  NO_ENTRY: 1,
  FEATURE_ABSENT: 2,
  FINE_GRAINED_UNDEF: 3,
  NOT_READABLE: 4,
  NOT_WRITABLE: 5,
  NO_HANDLER: 6,
  COARSE_TRAP: 7,
  FINE_GRAINED_TRAP: 8,
} as const;
export type RouteReason = (typeof REASON)[keyof typeof REASON];

const KIND_MASK = 0x3;
const HANDLER_SHIFT = 2;
const HANDLER_MASK = 0x1f;
const REASON_SHIFT = 7;
const REASON_MASK = 0xf;
const DETAIL_SHIFT = 11;
const DETAIL_MASK = 0xff;

/** Packs a route; `detail` is the coarse trap index (COARSE_TRAP) or control register index (FINE_GRAINED_TRAP). */
export function packRoute(kind: RouteKind, reason: RouteReason, handler = 0, detail = 0): number {
  return kind | (handler << HANDLER_SHIFT) | (reason << REASON_SHIFT) | (detail << DETAIL_SHIFT);
}

export function routeKind(route: number): RouteKind {
  return (route & KIND_MASK) as RouteKind;
}

export function routeReason(route: number): RouteReason {
  return ((route >>> REASON_SHIFT) & REASON_MASK) as RouteReason;
}

export function routeHandler(route: number): HandlerName {
  return handlerName((route >>> HANDLER_SHIFT) & HANDLER_MASK);
}

export function routeDetail(route: number): number {
  return (route >>> DETAIL_SHIFT) & DETAIL_MASK;
}

/** The route in words: "handled locally by fp", "UNDEF: the VM lacks the feature", "forwarded to vEL2 (TID3)". */
export function describeRoute(route: number): string {
  const kind = routeKind(route);
  const reason = routeReason(route);
  if (kind === ROUTE.LOCAL) return `handled locally by the ${routeHandler(route)} handler`;
  if (kind === ROUTE.FORWARD) {
    const detail = routeDetail(route);
    const by =
      reason === REASON.COARSE_TRAP
        ? `the guest hypervisor's ${COARSE_TRAPS[detail]?.register ?? "?"}.${COARSE_TRAPS[detail]?.name ?? "?"} asks for it`
        : `the guest hypervisor's ${CONTROL_REGISTERS[detail] ?? "?"} fine-grained bit asks for it`;
    return `forwarded to virtual EL2: ${by}`;
  }
  switch (reason) {
    case REASON.NO_ENTRY:
      return "UNDEF: not a trappable encoding a64vm knows (handled locally, no handler)";
    case REASON.FEATURE_ABSENT:
      return "UNDEF: the VM does not advertise the feature";
    case REASON.FINE_GRAINED_UNDEF:
      return "UNDEF: its fine-grained trap bit is in the VM's UNDEF set";
    case REASON.NOT_READABLE:
      return "UNDEF: the register is write-only";
    case REASON.NOT_WRITABLE:
      return "UNDEF: the register is read-only";
    default:
      return "UNDEF: no emulation handler";
  }
}
