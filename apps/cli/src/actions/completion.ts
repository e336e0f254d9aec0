import { FEATURE_NAMES, HOST_PROFILE_NAMES } from "@a64vm/sysreg";
import type { Command } from "commander";
import { bashScript, completionModel, zshScript } from "../completion";
import { version } from "../version";

/** The action of `a64vm completion`, loaded when the command runs. */
export function action(shell: "bash" | "zsh", program: Command): void {
  const model = completionModel(program, HOST_PROFILE_NAMES, FEATURE_NAMES);
  process.stdout.write(shell === "bash" ? bashScript(model, version) : zshScript(model, version));
}
