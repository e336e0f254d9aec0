import {
  decodeRegisterValue,
  formatGenericName,
  formatRegisterValue,
  layoutsOf,
  lookupSysReg,
  type RegisterLayout,
  SYSREG_CATALOGUE,
  type SysRegInfo,
} from "@a64vm/sysreg";
import { UsageError } from "../errors";
import { printJson, printLine, table } from "../output";

export interface SysregOptions {
  readonly value?: string;
  readonly variant?: string;
  readonly all?: boolean;
  readonly json?: boolean;
}

/** KVM ONE_REG id of a system register: U64 size, sysreg class, the encoding key as index. */
const KVM_SYSREG_ID_BASE = 0x6030_0000_0013_0000n;

/** The action of `a64vm sysreg`, loaded when the command runs. */
export function action(text: string | undefined, options: SysregOptions): void {
  const json = options.json === true;
  if (text === undefined) {
    if (options.value !== undefined)
      throw new UsageError("--value needs a register, e.g. `a64vm sysreg fpmr --value 0x30041`");
    listCatalogue(json);
    return;
  }
  const info = lookupSysReg(text);
  const value = options.value === undefined ? undefined : parseValue(options.value);
  const layouts = layoutsOf(info.name);
  const choice = options.variant === undefined ? {} : { variant: options.variant };
  if (options.variant !== undefined && !layouts.some((l) => l.variant === options.variant)) {
    const known = layouts.map((l) => l.variant).filter((v) => v !== undefined);
    throw new UsageError(
      `${info.name} has no layout variant '${options.variant}'${known.length > 0 ? ` (variants: ${known.join(", ")})` : ""}`,
    );
  }
  const decodable = layouts.length > 0;
  if (json) {
    printJson({
      ...describe(info),
      layouts: layouts.map((l) => ({
        variant: l.variant ?? null,
        fields: l.fields.map((f) => ({
          name: f.name,
          msb: f.msb,
          lsb: f.lsb,
          signed: f.signed === true,
          values: f.values ?? [],
        })),
      })),
      value: value === undefined ? null : decodedJson(info, value, decodable, choice),
    });
    return;
  }
  printDetails(info, layouts);
  if (value !== undefined) {
    printLine("");
    printLine(
      decodable
        ? formatRegisterValue(info.name, value, { ...choice, allFields: options.all === true })
        : `${info.name} = ${hex(value)} (a64vm has no field layout for ${info.name})`,
    );
  }
}

function decodedJson(info: SysRegInfo, value: bigint, decodable: boolean, choice: { variant?: string }) {
  if (!decodable) return { raw: hex(value), text: null, layout: null, fields: [], res0Set: null, res1Clear: null };
  const d = decodeRegisterValue(info.name, value, choice);
  return {
    raw: hex(value),
    text: formatRegisterValue(info.name, value, choice),
    layout: d.layout.variant ?? null,
    fields: d.fields.map((f) => ({
      name: f.name,
      msb: f.field.msb,
      lsb: f.field.lsb,
      value: hex(f.value),
      signedValue: f.signedValue.toString(),
      valueName: f.valueName ?? null,
    })),
    res0Set: hex(d.res0Set),
    res1Clear: hex(d.res1Clear),
  };
}

function describe(info: SysRegInfo) {
  return {
    name: info.name,
    named: info.named,
    generic: formatGenericName(info.encoding),
    encoding: info.encoding,
    key: hex(BigInt(info.key)),
    kvmRegId: hex(KVM_SYSREG_ID_BASE | BigInt(info.key)),
    access: info.access,
    minEl: info.minEl,
    features: info.features,
  };
}

function listCatalogue(json: boolean): void {
  if (json) {
    printJson({ registers: SYSREG_CATALOGUE.map(describe), count: SYSREG_CATALOGUE.length });
    return;
  }
  const rows = [["NAME", "ENCODING", "ACCESS", "EL", "FEATURES"]];
  for (const r of SYSREG_CATALOGUE) {
    rows.push([r.name, formatGenericName(r.encoding), access(r), `EL${r.minEl}`, r.features.join(",") || "-"]);
  }
  printLine(table(rows));
}

function printDetails(info: SysRegInfo, layouts: readonly RegisterLayout[]): void {
  const e = info.encoding;
  const rows = [
    ["register", info.named ? info.name : `${info.name} (no name in LLVM 22: IMPLEMENTATION DEFINED or unallocated)`],
    ["encoding", `${formatGenericName(e)}  op0=${e.op0} op1=${e.op1} CRn=${e.crn} CRm=${e.crm} op2=${e.op2}`],
    ["KVM ONE_REG id", hex(KVM_SYSREG_ID_BASE | BigInt(info.key))],
    ["access", `${access(info)} from EL${info.minEl}`],
    ["requires", info.features.length === 0 ? "nothing beyond the base architecture" : info.features.join(", ")],
  ];
  printLine(table(rows));
  for (const layout of layouts) {
    printLine("");
    printLine(`fields${layout.variant !== undefined ? ` (${layout.variant})` : ""}:`);
    const fieldRows = [["FIELD", "BITS", "VALUES"]];
    for (const f of layout.fields) {
      const bits = f.msb === f.lsb ? `[${f.lsb}]` : `[${f.msb}:${f.lsb}]`;
      const values = (f.values ?? []).map((v) => `${v.value}=${v.name}`).join(" ");
      fieldRows.push([f.name, bits, `${f.signed === true ? "signed " : ""}${values}`.trim()]);
    }
    printLine(table(fieldRows));
  }
}

function access(info: SysRegInfo): string {
  return info.access === "read-write" ? "MRS, MSR" : info.access === "read" ? "MRS (read-only)" : "MSR (write-only)";
}

const VALUE = /^(0x[0-9a-f]+(?:_[0-9a-f]+)*|[0-9]+)$/i;

function parseValue(text: string): bigint {
  const t = text.trim();
  if (!VALUE.test(t)) throw new UsageError(`--value '${text}' is not a number; give hex (0x30041) or decimal`);
  const v = BigInt(t.replaceAll("_", ""));
  if (v >= 1n << 64n) throw new UsageError(`--value '${text}' is wider than 64 bits`);
  return v;
}

function hex(v: bigint): string {
  return `0x${v.toString(16)}`;
}
