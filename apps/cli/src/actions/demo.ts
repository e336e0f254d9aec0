import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { liveMigrate, MigrationRefusedError, VirtMachine } from "@a64vm/hypervisor";
import { CommandFailure } from "../errors";
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

  // 3. Live migration: identical output across a move, with its figures; refusal with the reason.
  let moved = "";
  const write = (b: number) => {
    moved += String.fromCharCode(b);
  };
  const source = VirtMachine.create("neoverse-v2", {}, write);
  source.load(new Uint8Array(readFileSync(hello)));
  source.run(100_000);
  const outcome = liveMigrate(source, "neoverse-v2", write);
  if (outcome.kind !== "migrated") throw new CommandFailure(`demo: the guest stopped during pre-copy`);
  const finished = outcome.machine.run(50_000_000);
  const unmoved = runGuest("neoverse-v2", hello, "");
  header(3, "A guest migrated live between two Neoverse V2 hosts at instruction 100000", {
    command: `a64vm migrate ${shown(hello)} --from neoverse-v2 --to neoverse-v2 --at 100000`,
    output: moved,
  });
  const r = outcome.report;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  printLine(
    `    ${plural(r.rounds.length, "pre-copy round")} while the guest ran (${r.rounds.map((x) => x.pagesSent).join(", ")} pages), ` +
      `then stop-and-copy of ${plural(r.finalPages, "page")} and ${r.registers} registers: ${r.pagesSent} pages in all`,
  );
  printLine(
    `    downtime ${r.downtimeInstructions} guest instructions (${r.downtimeMs.toFixed(1)} ms); ${finished.kind}; output identical to an unmigrated run: ${moved === unmoved.output ? "yes" : "NO"}`,
  );
  let refusal = "accepted (unexpected)";
  try {
    liveMigrate(
      VirtMachine.create("fujitsu-monaka", {}, () => {}),
      "neoverse-v2",
      () => {},
    );
  } catch (error) {
    if (!(error instanceof MigrationRefusedError)) throw error;
    const first = ["FEAT_FPMR", "FEAT_FP8"].filter((f) => error.missing.includes(f as never));
    const rest = error.missing.length - first.length;
    refusal = `host neoverse-v2 lacks ${first.join(", ")}${rest > 0 ? ` and ${rest} more features` : ""} that the VM has`;
  }
  printLine(paint(`   $ a64vm migrate ${shown(fpmrDemo)} --from fujitsu-monaka --to neoverse-v2`, "cyan"));
  printLine(`    refused: ${refusal}`);
  printLine();
  printLine(
    "More: a64vm features fujitsu-monaka --diff neoverse-v2 · a64vm baseline fujitsu-monaka neoverse-v2 · a64vm traps --host fujitsu-monaka · a64vm reglist --host fujitsu-monaka",
  );
}
