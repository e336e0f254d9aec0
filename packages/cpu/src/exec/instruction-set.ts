/** Installs the A64 handler table and decoder into the core; import `Cpu` from here, not from ../core. */
import { Cpu, installInstructionSet } from "../core/cpu";
import { decodeA64 } from "./decode";
import { HANDLERS } from "./table";

installInstructionSet(HANDLERS, decodeA64);

export { Cpu };
