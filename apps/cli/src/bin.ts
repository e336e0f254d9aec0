import { CommandFailure, UsageError } from "./errors";
import { buildProgram, CommanderError } from "./program";

/** Runs the CLI; returns the exit status (0 ok, 1 failure, 2 usage error). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) {
        return 0;
      }
      // One line: commander puts its "(Did you mean ...?)" hint on a second line.
      process.stderr.write(`a64vm: ${error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ")}\n`);
      return 2;
    }
    const exitCode = error instanceof UsageError || (await isSysregError(error)) ? 2 : 1;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`a64vm: ${message}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
    return error instanceof CommandFailure ? 1 : exitCode;
  }
}

/** A bad register, feature or host name from @a64vm/sysreg is a usage error; loaded only on this path. */
async function isSysregError(error: unknown): Promise<boolean> {
  if (error instanceof CommandFailure) return false;
  const { SysregError } = await import("@a64vm/sysreg");
  return error instanceof SysregError;
}

process.exitCode = await main(process.argv.slice(2));
