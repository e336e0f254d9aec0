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
    .option("--snapshot-at <n>", "with --snapshot: stop at this instruction, write a snapshot, carry on")
    .option("--snapshot <file>", "where --snapshot-at writes the whole-VM snapshot (a64vm restore resumes it)")
    .option("--trace <what>", "one line on stderr per VM exit or trapped access: exits, traps or exits,traps")
    .addHelpText(
      "after",
      "\nExamples:\n  $ a64vm run apps/cli/guests/hello.elf\n  $ a64vm run apps/cli/guests/fpmr-demo.elf --host fujitsu-monaka --features -FPMR" +
        "\n  $ a64vm run apps/cli/guests/fpmr-demo.elf --host neoverse-v2 --trace traps" +
        "\n\n--trace lines (stable; fields separated by spaces):" +
        "\n  exit vcpu=N pc=0x... mmio read|write addr=0x... size=N [data=0x...] | hvc PSCI_FUNCTION (0x...) |" +
        "\n       sysreg read|write REGISTER | idle | system-event off|reset | internal-error esr=0x... far=0x...: WHY" +
        "\n  trap vcpu=N pc=0x... read|write REGISTER -> EL2|UNDEF by CONTROL[,CONTROL]|none: ROUTE (as explain-trap names them)",
    )
    .action(async (guest: string, options: RunOptions) => (await import("../actions/run")).action(guest, options));
}
