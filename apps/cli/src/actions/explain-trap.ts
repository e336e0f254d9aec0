import { describeRoute, explainTrap, routeHandler, routeKind, UnknownEncodingError } from "@a64vm/traps";
import { UsageError } from "../errors";
import { printJson, printLine } from "../output";
import { type TrapVmOptions, trapVm } from "./traps";

const KIND_NAMES = ["", "local", "undef", "forward"] as const;

/** The action of `a64vm explain-trap`, loaded when the command runs. */
export function action(target: string, options: TrapVmOptions & { write?: boolean }): void {
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
}
