import { readFileSync } from "node:fs";
import {
  decode,
  disassemble,
  type ElfImage,
  type ElfSection,
  type FeatureRequirement,
  parseElf64,
  sectionWords,
} from "@a64vm/decoder";
import { type FeatureSet, hostFeatures } from "@a64vm/sysreg";
import { CommandFailure, UsageError } from "../errors";
import { loadHost } from "../hosts";
import { printLine } from "../output";

export interface DisasmOptions {
  words?: boolean;
  features?: boolean;
  host?: string;
}

/** The feature annotation settings: on or off, and the host whose missing features are marked. */
interface FeatureMarks {
  readonly enabled: boolean;
  readonly hostName: string | null;
  readonly host: FeatureSet | null;
}

function hex8(word: number): string {
  return (word >>> 0).toString(16).padStart(8, "0");
}

/** Parses whitespace-separated 32-bit hex words (optional 0x); the whole input or nothing. */
export function parseWords(text: string): Uint32Array {
  const tokens = text.split(/\s+/).filter((t) => t !== "");
  const words = new Uint32Array(tokens.length);
  tokens.forEach((token, i) => {
    const digits = token.replace(/^0x/i, "");
    if (!/^[0-9a-f]{1,8}$/i.test(digits)) throw new UsageError(`not a 32-bit hex word: '${token}' (word ${i + 1})`);
    words[i] = Number.parseInt(digits, 16);
  });
  return words;
}

function featureList(feature: FeatureRequirement): string[] {
  if (feature === null) return [];
  return typeof feature === "string" ? [feature] : [...feature];
}

/**
 * ` // FEAT_LSE` after an instruction that needs features (--features); with --host, the features
 * that host lacks are named again: ` // FEAT_LSE (cortex-a53 lacks FEAT_LSE)`.
 */
function featureNote(word: number, marks: FeatureMarks): string {
  if (!marks.enabled) return "";
  const needs = featureList(decode(word).feature);
  if (needs.length === 0) return "";
  const lacking = marks.host === null ? [] : needs.filter((f) => !marks.host!.has(f));
  const suffix = lacking.length === 0 ? "" : ` (${marks.hostName} lacks ${lacking.join(", ")})`;
  return `\t// ${needs.join(", ")}${suffix}`;
}

function featureMarks(options: DisasmOptions): FeatureMarks {
  if (options.host === undefined) return { enabled: options.features === true, hostName: null, host: null };
  const host = loadHost(options.host);
  return { enabled: true, hostName: host.profile.name, host: hostFeatures(host.profile) };
}

function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    throw new UsageError("cannot read words from stdin");
  }
}

/** Named code and data symbols sorted by address, for `<sym+0xoff>` after PC-relative targets. */
class SymbolIndex {
  private readonly addresses: bigint[] = [];
  private readonly names: string[] = [];

  constructor(image: ElfImage) {
    const named = image.symbols
      .filter((s) => s.name !== "" && s.type <= 2 && s.section !== 0 && !s.name.startsWith("$"))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    for (const s of named) {
      this.addresses.push(s.value);
      this.names.push(s.name);
    }
  }

  /** `<name>` or `<name+0x10>` for the closest symbol at or below an address, or "" when none. */
  describe(address: bigint): string {
    let lo = 0;
    let hi = this.addresses.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.addresses[mid]! <= address) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return "";
    const offset = address - this.addresses[found]!;
    return offset === 0n ? ` <${this.names[found]}>` : ` <${this.names[found]}+0x${offset.toString(16)}>`;
  }
}

const PC_RELATIVE = new Set(["ADR", "ADRP", "LDR_lit", "LDRSW_lit", "PRFM_lit", "LDR_fp_lit"]);

/** The text llvm-objdump prints: PC-relative targets as addresses, followed by their symbol. */
function objdumpText(word: number, address: bigint, symbols: SymbolIndex): string {
  const text = disassemble(word, address);
  const insn = decode(word);
  if (insn.cls !== "branch" && !PC_RELATIVE.has(insn.name)) return text;
  const target = /0x([0-9a-f]+)$/.exec(text);
  return target === null ? text : text + symbols.describe(BigInt(`0x${target[1]}`));
}

/** The symbols of a section by address, for labels and `<sym+off>` annotations. */
function sectionSymbols(image: ElfImage, index: number): Map<bigint, string> {
  const out = new Map<bigint, string>();
  for (const s of image.symbols) {
    if (s.section === index && s.name !== "" && (s.type === 2 || s.type === 0) && !s.name.startsWith("$")) {
      out.set(s.value, s.name);
    }
  }
  return out;
}

function disassembleElf(path: string, marks: FeatureMarks): void {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CommandFailure(`cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const image = parseElf64(bytes);
  const symbolIndex = new SymbolIndex(image);
  printLine();
  printLine(`${path}:\tfile format elf64-littleaarch64`);
  image.sections.forEach((section: ElfSection, index) => {
    if (!section.executable || section.size === 0) return;
    const symbols = sectionSymbols(image, index);
    printLine();
    printLine(`Disassembly of section ${section.name}:`);
    if (!symbols.has(section.address)) {
      printLine();
      printLine(`${section.address.toString(16).padStart(16, "0")} <${section.name}>:`);
    }
    const words = sectionWords(image, section);
    const lines: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const address = section.address + BigInt(i * 4);
      const label = symbols.get(address);
      if (label !== undefined) lines.push("", `${address.toString(16).padStart(16, "0")} <${label}>:`);
      const word = words[i]!;
      const text = objdumpText(word, address, symbolIndex).replace(" ", "\t");
      lines.push(`${address.toString(16).padStart(8, " ")}: ${hex8(word)}     \t${text}${featureNote(word, marks)}`);
      if (lines.length >= 4096) printLine(lines.splice(0).join("\n"));
    }
    if (lines.length > 0) printLine(lines.join("\n"));
  });
}

/** The action of `a64vm disasm`, loaded when the command runs. */
export function action(file: string | undefined, options: DisasmOptions): void {
  const marks = featureMarks(options);
  if (options.words === true) {
    if (file !== undefined) throw new UsageError("give either --words (stdin) or a FILE, not both");
    const words = parseWords(readStdin());
    const out: string[] = [];
    for (const word of words) out.push(`${hex8(word)}\t${disassemble(word)}${featureNote(word, marks)}`);
    if (out.length > 0) printLine(out.join("\n"));
    return;
  }
  if (file === undefined) throw new UsageError("disasm needs --words or a FILE");
  disassembleElf(file, marks);
}
