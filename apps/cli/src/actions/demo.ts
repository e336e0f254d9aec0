import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { checkMigration, migrateMachine, VirtMachine } from "@a64vm/hypervisor";
import { builtInGuest } from "../guests";
import { paint, printLine } from "../output";

interface Step {
  readonly command: string;
  readonly output: string;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** Runs a guest to power-off, collecting its UART output. */
function runGuest(host: string, guest: string, features: string) {
  let output = "";
  const machine = VirtMachine.create(host, { features }, (b) => {
    output += String.fromCharCode(b);
  });
  machine.load(new Uint8Array(readFileSync(guest)));
  const result = machine.run(50_000_000);
  return { machine, output, result };
}

function enFpm(machine: VirtMachine): string {
  const bits = machine.vm.vcpus[0]!.trapPolicy!.configuration.bits;
  const bit = bits.find((b) => b.register === "HCRX_EL2" && b.field === "EnFPM");
  return bit === undefined ? "HCRX_EL2.EnFPM: not computed" : `HCRX_EL2.EnFPM = ${bit.value}: ${bit.reason}`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `    | ${l}`)
    .join("\n");
}

function header(n: number, title: string, step: Step): void {
  printLine();
  printLine(paint(`${n}. ${title}`, "bold"));
  printLine(paint(`   $ ${step.command}`, "cyan"));
  if (step.output !== "") printLine(indent(step.output));
}

/** The action of `a64vm demo`, loaded when the command runs. */
export function action(): void {
  const fpmrDemo = builtInGuest("fpmr-demo");
  const hello = builtInGuest("hello");
  printLine(paint("a64vm demo: what a guest sees with exactly its feature set, and what traps", "bold"));

  // 1. FPMR and FP8 advertised: the guest programs FPMR and the core runs its FP8 conversions.
  const one = runGuest("fujitsu-monaka", fpmrDemo, "");
  header(1, "A VM with FEAT_FPMR and FEAT_FP8 on FUJITSU-MONAKA: the guest sets FPMR and converts FP8", {
    command: `a64vm run ${shown(fpmrDemo)} --host fujitsu-monaka`,
    output: one.output,
  });
  printLine(`    ${enFpm(one.machine)}`);
  printLine("    (E4M3 has no infinity: 500 and 1000 overflow to its NaN 0x7f, raising FPSR.OFC and IXC)");

  // 2. FPMR hidden: everything that depends on it goes, and every access UNDEFs.
  const two = runGuest("fujitsu-monaka", fpmrDemo, "-FPMR");
  header(2, "The same guest with -FPMR: FPMR and FP8 are UNDEF inside the guest", {
    command: `a64vm run ${shown(fpmrDemo)} --host fujitsu-monaka --features -FPMR`,
    output: two.output,
  });
  const lacks = two.machine.vm.host.features.difference(two.machine.vm.features).names();
  printLine(`    the VM lacks these host features: ${lacks.join(", ")}`);
  printLine(`    ${enFpm(two.machine)}`);

  // 3. Migration: identical output across a move; refusal with the reason.
  let moved = "";
  const source = VirtMachine.create("neoverse-v2", {}, (b) => {
    moved += String.fromCharCode(b);
  });
  source.load(new Uint8Array(readFileSync(hello)));
  source.run(100_000);
  const { machine, report } = migrateMachine(source, "neoverse-v2", (b) => {
    moved += String.fromCharCode(b);
  });
  const finished = machine.run(50_000_000);
  const unmoved = runGuest("neoverse-v2", hello, "");
  header(3, "A guest migrated between two Neoverse V2 hosts at instruction 100000", {
    command: `a64vm migrate ${shown(hello)} --from neoverse-v2 --to neoverse-v2 --at 100000`,
    output: moved,
  });
  printLine(
    `    ${report.pagesSent} pages and ${report.registers} registers moved; ${finished.kind}; output identical to an unmigrated run: ${moved === unmoved.output ? "yes" : "NO"}`,
  );
  const fpmrVm = VirtMachine.create("fujitsu-monaka", {}, () => {});
  const check = checkMigration(fpmrVm.vm, "neoverse-v2");
  const first = ["FEAT_FPMR", "FEAT_FP8"].filter((f) => check.missing.includes(f as never));
  const rest = check.missing.length - first.length;
  const refusal = check.ok
    ? "accepted (unexpected)"
    : `host neoverse-v2 lacks ${first.join(", ")}${rest > 0 ? ` and ${rest} more features` : ""} that the VM has`;
  printLine(paint(`   $ a64vm migrate ${shown(fpmrDemo)} --from fujitsu-monaka --to neoverse-v2`, "cyan"));
  printLine(`    refused: ${refusal}`);
  printLine();
  printLine(
    "More: a64vm features fujitsu-monaka --diff neoverse-v2 · a64vm baseline fujitsu-monaka neoverse-v2 · a64vm traps --host fujitsu-monaka · a64vm reglist --host fujitsu-monaka",
  );
}
