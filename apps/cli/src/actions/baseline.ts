import { baselineOf } from "@a64vm/sysreg";
import { CommandFailure, UsageError } from "../errors";
import { loadHost } from "../hosts";
import { printJson, printLine, table } from "../output";

export interface BaselineOptions {
  readonly strict?: boolean;
  readonly json?: boolean;
}

/** The action of `a64vm baseline`, loaded when the command runs. */
export function action(specs: string[], options: BaselineOptions): void {
  if (specs.length < 2)
    throw new UsageError("baseline needs at least two hosts, e.g. `a64vm baseline neoverse-n2 neoverse-v2`");
  const hosts = specs.map((spec) => loadHost(spec, { strict: options.strict === true }));
  const b = baselineOf(hosts.map((h) => h.profile));
  const hex = (v: bigint) => `0x${v.toString(16)}`;
  if (options.json === true) {
    printJson({
      hosts: hosts.map((h) => ({
        name: h.profile.name,
        midr: hex(h.profile.midr),
        source: h.profile.source,
        warnings: h.warnings.map((w) => w.message),
      })),
      features: b.features.names(),
      count: b.features.size,
      dropped: b.dropped,
      midr: b.midr === null ? null : hex(b.midr),
      idRegisters: Object.fromEntries(Object.entries(b.idRegisters).map(([k, v]) => [k, hex(v)])),
      changes: b.changes.map((c) => ({ ...c, from: hex(c.from), to: hex(c.to) })),
      conflicts: b.conflicts,
      violations: b.violations.map((v) => ({ message: v.message, constraint: v.constraint })),
    });
  } else {
    printLine(`Baseline of ${b.hosts.join(", ")}: ${b.features.size} features`);
    if (b.dropped.length > 0) {
      printLine("");
      printLine(`Left out (${b.dropped.length}):`);
      printLine(table([["FEATURE", "WHY"], ...b.dropped.map((d) => [d.feature, d.reason])]));
    }
    printLine("");
    if (b.changes.length === 0) {
      printLine("Every host already shows exactly this: nothing to write.");
    } else {
      printLine("ID register values to write (KVM_SET_ONE_REG) before the VM first runs:");
      const rows = [["HOST", "REGISTER", "HOST VALUE", "WRITE"]];
      for (const c of b.changes) rows.push([c.host, c.register, hex(c.from), hex(c.to)]);
      printLine(table(rows));
    }
    if (b.midr === null)
      printLine("MIDR differs between the hosts; writing it needs KVM_CAP_ARM_WRITABLE_IMP_ID_REGS.");
    if (b.violations.length > 0) {
      printLine("");
      printLine("Architecture-version rules the baseline breaks (guests do not read the version):");
      for (const v of b.violations) printLine(`  ${v.constraint}  (${v.message})`);
    }
    for (const c of b.conflicts) printLine(`conflict: ${c.host}: ${c.message}`);
  }
  if (b.conflicts.length > 0) {
    const first = b.conflicts[0]!;
    throw new CommandFailure(
      `${b.conflicts.length} baseline value${b.conflicts.length === 1 ? "" : "s"} KVM would refuse, first on ${first.host}: ${first.message}`,
    );
  }
}
