import type { Command } from "commander";
import type { SysregOptions } from "../actions/sysreg";

/** `a64vm sysreg [NAME|ENCODING] [--value 0x...]`: the catalogue, or one register with its fields. */
export function registerSysreg(program: Command): void {
  program
    .command("sysreg")
    .description("list the system registers LLVM 22 names, or show one: encoding, access, features, fields")
    .argument("[register]", "a register name (any case) or its generic spelling S<op0>_<op1>_C<n>_C<m>_<op2>")
    .option("--value <value>", "decode this value of the register field by field (hex 0x... or decimal)")
    .option("--variant <variant>", "the layout to decode with, for registers with several (e.g. CPTR_EL2 E2H=1)")
    .option("--all", "with --value, print zero fields too")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm sysreg                              # every register of the catalogue",
        "  $ a64vm sysreg fpmr                         # encoding, KVM id, access, FEAT_FPMR, fields",
        "  $ a64vm sysreg FPMR --value 0x30041         # FPMR = 0x30041 {LSCALE=3, F8D=E4M3, F8S1=E4M3}",
        "  $ a64vm sysreg S3_0_C0_C4_2 --value 0x100000000 --json",
        "  $ a64vm sysreg cptr_el2 --variant E2H=1 --value 0x300000",
      ].join("\n"),
    )
    .action(async (text: string | undefined, options: SysregOptions) =>
      (await import("../actions/sysreg")).action(text, options),
    );
}
