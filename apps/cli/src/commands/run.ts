import type { Command } from "commander";
import type { RunOptions } from "../actions/run";

/** `a64vm run`: a guest ELF on the virt board, its UART on stdout. */
export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run a bare-metal guest ELF on the virt board (UART to stdout, exit 0 after PSCI SYSTEM_OFF)")
    .argument("<guest.elf>", "the guest image, linked for RAM at 0x40000000 (as for qemu-system-aarch64 -M virt)")
    .option("--host <name|file.json>", "the host profile, or a custom host file", "max")
    .option("--features <list>", "restrict the VM's features: -X hides, +X adds (must be on the host)")
    .option("--mem <size>", "guest RAM", "128M")
    .option("--smp <n>", "vCPUs", "1")
    .option("--max-insns <n>", "instruction budget", "100000000")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm run apps/cli/guests/hello.elf\n  $ a64vm run apps/cli/guests/fpmr-demo.elf --host fujitsu-monaka --features -FPMR",
    )
    .action(async (guest: string, options: RunOptions) => (await import("../actions/run")).action(guest, options));
}
