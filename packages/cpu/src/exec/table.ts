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

/** Registers an instruction form; returns its id. */
export function define(name: string, fn: Handler): number {
  HANDLERS.push(fn);
  HANDLER_NAMES.push(name);
  return HANDLERS.length - 1;
}
