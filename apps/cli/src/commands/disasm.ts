import type { Command } from "commander";
import type { DisasmOptions } from "../actions/disasm";

/** `a64vm disasm`: LLVM-exact disassembly of hex words from stdin or of an ELF's executable sections. */
export function registerDisasm(program: Command): void {
  program
    .command("disasm")
    .description("disassemble A64 words from stdin (--words) or an ELF file's executable sections")
    .argument("[file]", "an AArch64 ELF64 file")
    .option("--words", "read whitespace-separated 32-bit hex words from stdin")
    .option("--features", "append the FEAT_* each instruction requires")
    .option("--host <NAME|FILE.json>", "with --features: also name the features this host lacks")
    .addHelpText(
      "after",
      "\nExamples:\n  $ echo d53b4440 91000420 | a64vm disasm --words\n  $ a64vm disasm --features ./busybox | head\n  $ echo f8200020 | a64vm disasm --words --host cortex-a53",
    )
    .action(async (file: string | undefined, options: DisasmOptions) =>
      (await import("../actions/disasm")).action(file, options),
    );
}
