import { describeRoute, explainTrap, routeHandler, routeKind, UnknownEncodingError } from "@a64vm/traps";
import type { Command } from "commander";
import { UsageError } from "../errors";
import { printJson, printLine } from "../output";
import { type TrapVmOptions, trapVm } from "./traps";

const KIND_NAMES = ["", "local", "undef", "forward"] as const;

/** `a64vm explain-trap`: what an access to one register or instruction does on a VM, and why. */
export function registerExplainTrap(program: Command): void {
  program
    .command("explain-trap")
    .description("explain whether a guest's access to a register or SYS instruction traps, which rule, and its route")
    .argument("<target>", "a register or instruction (FPMR, TLBI_VMALLE1IS, S3_3_C4_C4_2) or an encoding key (0xda22)")
    .option("--host <host>", "a built-in host (see `a64vm hosts`) or a custom host FILE.json")
    .option("--features <list>", "change the VM's features: +X adds, -Y removes (the host's list without --host)")
    .option("--write", "explain a write (MSR or SYS) instead of a read")
    .option("--json", "print one JSON document")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ a64vm explain-trap --host neoverse-v2 ID_AA64PFR0_EL1",
        "  $ a64vm explain-trap --features +EL2,+HCX,+FP FPMR --write",
        "  $ a64vm explain-trap --host neoverse-v2 --features -SVE,-SVE2 ZCR_EL1 --json",
      ].join("\n"),
    )
    .action((target: string, options: TrapVmOptions & { write?: boolean }) => {
      const { hostName, config } = trapVm(options);
      let x: ReturnType<typeof explainTrap>;
      try {
        x = explainTrap(config, target, options.write === true);
      } catch (error) {
        if (error instanceof UnknownEncodingError) throw new UsageError(error.message);
        throw error;
      }
      const e = x.entry.encoding;
      const encoding = `op0=${e.op0} op1=${e.op1} CRn=${e.crn} CRm=${e.crm} op2=${e.op2} (key 0x${x.entry.key.toString(16)})`;
      if (options.json === true) {
        printJson({
          host: hostName,
          target: x.entry.name,
          encoding: { ...e, key: x.entry.key },
          access: x.isWrite ? "write" : "read",
          feature: x.feature,
          hostHasFeature: x.hostHasFeature,
          vmHasFeature: x.vmHasFeature,
          outcome: x.outcome,
          firing: x.firing.map((f) => ({ control: f.control, kind: f.kind, why: f.words })),
          route:
            x.route === 0
              ? null
              : { kind: KIND_NAMES[routeKind(x.route)], handler: routeHandler(x.route), why: describeRoute(x.route) },
          summary: x.summary,
        });
        return;
      }
      printLine(`${x.entry.name}: ${encoding}, ${x.entry.kind}, ${x.entry.access}`);
      if (x.feature === "always") printLine("needs no feature: every AArch64 CPU has it");
      else {
        const vm = x.vmHasFeature ? "advertises it" : "does not advertise it";
        printLine(`needs ${x.feature}: host ${x.hostHasFeature ? "has it" : "lacks it"}, VM ${vm}`);
      }
      for (const f of x.firing) printLine(`traps by ${f.control} (${f.kind}): ${f.words}`);
      if (x.route !== 0) printLine(`route: ${describeRoute(x.route)}`);
      printLine(x.summary);
    });
}
