/** Installs the A64 handler table and decoder into the core; import `Cpu` from here, not from ../core. */
import { Cpu, installInstructionSet } from "../core/cpu";
import { decodeTagged, dispatchTable } from "./access-dispatch";
import { blockedClasses } from "./fp-enable";

installInstructionSet({ decode: decodeTagged, dispatchTable, blockedClasses });

export { Cpu };
