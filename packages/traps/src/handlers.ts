// The identities of the hypervisor's emulation handlers: a trapped access handled locally names one.

/** Handler names; a handler's packed id is its index (0 = no handler: the access UNDEFs). */
export const HANDLERS = [
  "none",
  "sysreg-file",
  "id-register",
  "vm-register",
  "set-way",
  "cache-maintenance",
  "tlbi",
  "address-translation",
  "pmu",
  "debug",
  "trace",
  "spe",
  "amu",
  "ras",
  "lor",
  "timer",
  "gic",
  "pauth-keys",
  "mte",
  "gcs",
  "fp",
  "sve",
  "sme",
  "nested-el2",
] as const;

export type HandlerName = (typeof HANDLERS)[number];

export function handlerId(name: HandlerName): number {
  return HANDLERS.indexOf(name);
}

/** The handler a packed id stands for ("none" for ids out of range). */
export function handlerName(id: number): HandlerName {
  return HANDLERS[id] ?? "none";
}
