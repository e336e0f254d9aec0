import type { Command } from "commander";

/** `a64vm demo`: the mission in one screen, each step naming the command that reproduces it. */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("tell the FPMR story with built-in guests: exact feature sets, UNDEF, trap configuration, migration")
    .addHelpText("after", "\nExamples:\n  $ a64vm demo\n  $ NO_COLOR=1 a64vm demo > demo.txt")
    .action(async () => (await import("../actions/demo")).action());
}
