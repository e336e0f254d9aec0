/** The handler table the run loop dispatches on: one entry per instruction form, indexed by id. */
import type { Handler } from "../core/cpu";

export type { Handler };

/** Handlers by id; id 0 means "not yet predecoded" and is never dispatched. */
export const HANDLERS: Handler[] = [
  () => {
    throw new Error("handler 0 dispatched");
  },
];
/** Names by id, for diagnostics and the decoder cross-check. */
export const HANDLER_NAMES: string[] = ["<none>"];

/**
 * Per id: the form may change PC, the exception level, the enables or the run state (branches,
 * exception generation, system instructions), so a translated block ends before it.
 */
export const IS_CONTROL: boolean[] = [true];

/** Registers a straight-line instruction form (it changes no PC or system state); returns its id. */
export function define(name: string, fn: Handler): number {
  HANDLERS.push(fn);
  HANDLER_NAMES.push(name);
  IS_CONTROL.push(false);
  return HANDLERS.length - 1;
}

/** Registers a form that may write PC or system state (see IS_CONTROL); returns its id. */
export function defineControl(name: string, fn: Handler): number {
  const id = define(name, fn);
  IS_CONTROL[id] = true;
  return id;
}
