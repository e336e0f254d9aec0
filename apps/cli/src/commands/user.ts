import type { Command } from "commander";
import type { UserOptions } from "../actions/user";

/** `a64vm user PROG [ARGS...]`: runs a static AArch64 Linux executable at EL0. */
export function registerUser(program: Command): void {
  program
    .command("user")
    .description("run a static AArch64 Linux executable on the a64vm core (EL0, Linux syscalls)")
    .argument("<program>", "static AArch64 ELF executable")
    .argument("[args...]", "arguments passed to the guest program")
    .option("--stats", 'print {"instructions":N,"seconds":S,"mips":M} on stderr at exit')
    .option("--features <list>", "restrict the CPU's features, e.g. -LSE,-CRC32")
    .option("--host <name>", "restrict the CPU to what a host profile implements (a64vm hosts)")
    .option("--interpret", "interpret every instruction (no translation of hot blocks to JavaScript)")
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm user ./hello\n  $ a64vm user --stats --features=-LSE ./busybox sha256sum FILE",
    )
    .action(async (path: string, args: string[], options: UserOptions) =>
      (await import("../actions/user")).action(path, args, options),
    );
}
