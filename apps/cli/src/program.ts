import { Command, CommanderError } from "commander";
import { registerBaseline } from "./commands/baseline";
import { registerCompletion } from "./commands/completion";
import { registerDemo } from "./commands/demo";
import { registerDisasm } from "./commands/disasm";
import { registerExplainTrap } from "./commands/explain-trap";
import { registerFeatures } from "./commands/features";
import { registerHosts } from "./commands/hosts";
import { registerMigrate } from "./commands/migrate";
import { registerReglist } from "./commands/reglist";
import { registerRestore } from "./commands/restore";
import { registerRun } from "./commands/run";
import { registerSchema } from "./commands/schema";
import { registerSysreg } from "./commands/sysreg";
import { registerTraps } from "./commands/traps";
import { registerUser } from "./commands/user";
import { version } from "./version";

/** The a64vm command tree; every command registers itself from ./commands. */
export function buildProgram(): Command {
  const program = new Command("a64vm")
    .description("Arm64 virtualisation modelled the way KVM/arm64 does it")
    .version(version, "-V, --version")
    .option("--debug", "print stack traces for failures")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  registerFeatures(program);
  registerDisasm(program);
  registerHosts(program);
  registerDemo(program);
  registerReglist(program);
  registerMigrate(program);
  registerRestore(program);
  registerRun(program);
  registerTraps(program);
  registerExplainTrap(program);
  registerBaseline(program);
  registerSysreg(program);
  registerUser(program);
  registerSchema(program);
  registerCompletion(program);
  return program;
}

export { CommanderError };
