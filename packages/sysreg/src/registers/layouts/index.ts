// Every register layout a64vm knows, gathered from the files that own them.
import type { RegisterLayout } from "../layout";
import { LAYOUTS as ID_REGISTER_LAYOUTS } from "./id-registers";
import { LAYOUTS as OTHER_LAYOUTS } from "./others";
import { LAYOUTS as TRAP_CONTROL_LAYOUTS } from "./trap-controls";

export const ALL_LAYOUTS: readonly RegisterLayout[] = [
  ...ID_REGISTER_LAYOUTS,
  ...TRAP_CONTROL_LAYOUTS,
  ...OTHER_LAYOUTS,
];
