import { decodeRegId, formatRegId } from "@a64vm/hypervisor";
import { findSysRegByEncoding } from "@a64vm/sysreg";
import { printJson, printLine, table } from "../output";
import { vmFromOptions } from "../vm-spec";

const CORE_NAMES: Record<number, string> = { 248: "SP_EL0", 256: "PC", 264: "PSTATE", 272: "SP_EL1", 280: "ELR_EL1" };

/** A name for a register ID, as a KVM user would call it. */
export function regIdName(id: bigint): string {
  const d = decodeRegId(id);
  if (d === null) return "?";
  switch (d.kind) {
    case "core":
      if (d.offset < 248) return `X${d.offset / 8}`;
      if (d.offset >= 288 && d.offset < 328) return `SPSR[${(d.offset - 288) / 8}]`;
      if (d.offset >= 336 && d.offset < 848) return `V${(d.offset - 336) / 16}`;
      if (d.offset === 848) return "FPSR";
      if (d.offset === 852) return "FPCR";
      return CORE_NAMES[d.offset] ?? `core+${d.offset}`;
    case "sysreg": {
      const info = findSysRegByEncoding(d.encoding);
      return info?.named === true
        ? info.name
        : `S${d.encoding.op0}_${d.encoding.op1}_C${d.encoding.crn}_C${d.encoding.crm}_${d.encoding.op2}`;
    }
    case "fw":
      return (
        ["KVM_REG_ARM_PSCI_VERSION", "SMCCC_ARCH_WORKAROUND_1", "SMCCC_ARCH_WORKAROUND_2", "SMCCC_ARCH_WORKAROUND_3"][
          d.index
        ] ?? `FW${d.index}`
      );
    case "sve-z":
      return `Z${d.n}`;
    case "sve-p":
      return `P${d.n}`;
    case "sve-ffr":
      return "FFR";
    case "sve-vls":
      return "SVE_VLS";
  }
}

/** The action of `a64vm reglist`, loaded when the command runs. */
export function action(options: {
  host: string;
  features?: string;
  pmu?: boolean;
  nested?: boolean;
  json?: boolean;
}): void {
  const { vm } = vmFromOptions(options.host, options.features, { nested: options.nested === true });
  const ids = vm.createVcpu({ pmu: options.pmu === true }).regList();
  if (options.json === true) {
    printJson({
      host: vm.host.profile.name,
      features: vm.features.names(),
      count: ids.length,
      registers: ids.map((id) => ({ id: formatRegId(id), name: regIdName(id) })),
    });
    return;
  }
  printLine(table([["ID", "NAME"], ...ids.map((id) => [formatRegId(id), regIdName(id)])]));
  printLine(`${ids.length} registers`);
}
