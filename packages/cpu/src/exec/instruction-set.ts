/** Installs the A64 handler table, decoder and block translator into the core; import `Cpu` from here, not from ../core. */
import { Cpu, installInstructionSet } from "../core/cpu";
import { decodeTagged, dispatchTable } from "./access-dispatch";
import { blockedClasses } from "./fp-enable";
import { translate } from "./translate";

installInstructionSet({ decode: decodeTagged, dispatchTable, blockedClasses, translate });

export { Cpu };
