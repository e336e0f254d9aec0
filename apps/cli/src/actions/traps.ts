import { FeatureSet, featuresOf, parseFeatureChanges } from "@a64vm/sysreg";
import {
  CONTROL_REGISTERS,
  configure,
  describeRequirement,
  FeatureNotOnHostError,
  registerRequirement,
  type TrapConfiguration,
} from "@a64vm/traps";
import { UsageError } from "../errors";
import { printJson, printLine, table } from "../output";
import { vmFromOptions } from "../vm-spec";

export interface TrapVmOptions {
  readonly host?: string;
  readonly features?: string;
  readonly json?: boolean;
}

/** The VM a traps command is about: a host (profile, file, or the --features list alone) and its VM. */
export function trapVm(options: TrapVmOptions): { hostName: string; config: TrapConfiguration } {
  let hostName: string;
  let host: FeatureSet;
  let vm: FeatureSet;
  if (options.host === undefined) {
    // Without a host, the feature list is the host, and the VM advertises all of it.
    hostName = "features";
    host = FeatureSet.parse(options.features ?? "");
    vm = host;
  } else {
    // The VM KVM would create on this host, restricted by --features (what depends on a hidden feature goes too).
    const spec = vmFromOptions(options.host, options.features);
    hostName = spec.host.profile.name;
    host = featuresOf(spec.host.profile.idRegisters);
    // A feature the user hides stays hidden even where KVM cannot lower its ID field (SVE is a vCPU feature).
    const removed = options.features === undefined ? FeatureSet.EMPTY : parseFeatureChanges(options.features).remove;
    vm = spec.vm.features.difference(removed);
  }
  try {
    return { hostName, config: configure(host, vm) };
  } catch (error) {
    if (error instanceof FeatureNotOnHostError) throw new UsageError(`${error.message} (host ${hostName})`);
    throw error;
  }
}

/** The action of `a64vm traps`, loaded when the command runs. */
export function action(options: TrapVmOptions): void {
  const { hostName, config } = trapVm(options);
  if (options.json === true) {
    printJson(configurationJson(hostName, config));
    return;
  }
  printLine(`host ${hostName}; VM features ${config.vm.size}; CPTR_EL2 layout ${config.cptrLayout}`);
  for (const register of CONTROL_REGISTERS) {
    printLine();
    const need = registerRequirement(register);
    if (!config.available[register]) {
      printLine(`${register}: not on this host (needs ${need === null ? "?" : describeRequirement(need)})`);
      continue;
    }
    const undef = config.undef[register];
    printLine(`${register} = ${hex(config.values[register])}${undef !== 0n ? `  (UNDEF set ${hex(undef)})` : ""}`);
    const rows = [["FIELD", "BITS", "VALUE", "TRAPS", "FEATURE", "WHY"]];
    for (const b of config.bits.filter((x) => x.register === register)) {
      rows.push([
        b.field,
        b.msb === b.lsb ? `${b.lsb}` : `${b.msb}:${b.lsb}`,
        `${b.value}`,
        b.traps ? "yes" : "",
        describeRequirement(b.rule.needs),
        b.reason,
      ]);
    }
    printLine(table(rows));
  }
}

function hex(value: bigint): string {
  return `0x${value.toString(16).padStart(16, "0")}`;
}

function configurationJson(hostName: string, config: TrapConfiguration) {
  return {
    host: hostName,
    vmFeatures: config.vm.names(),
    cptrLayout: config.cptrLayout,
    registers: CONTROL_REGISTERS.map((register) => ({
      register,
      available: config.available[register],
      value: hex(config.values[register]),
      undef: hex(config.undef[register]),
      fields: config.bits
        .filter((b) => b.register === register)
        .map((b) => ({
          field: b.field,
          msb: b.msb,
          lsb: b.lsb,
          value: b.value,
          traps: b.traps,
          kind: b.rule.kind,
          feature: describeRequirement(b.rule.needs),
          state: b.state,
          reason: b.reason,
        })),
    })),
  };
}
