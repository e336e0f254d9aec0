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
import type { Command } from "commander";
import { CommandFailure, UsageError } from "../errors";
import { printLine } from "../output";

interface DisasmOptions {
  words?: boolean;
  features?: boolean;
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

/** ` // FEAT_LSE` after an instruction that needs features, when --features asks for it. */
function featureNote(word: number, options: DisasmOptions): string {
  if (options.features !== true) return "";
  const needs = featureList(decode(word).feature);
  return needs.length === 0 ? "" : `\t// ${needs.join(", ")}`;
}

function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    throw new UsageError("cannot read words from stdin");
  }
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

function disassembleElf(path: string, options: DisasmOptions): void {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CommandFailure(`cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const image = parseElf64(bytes);
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
      const text = disassemble(word, address).replace(" ", "\t");
      lines.push(`${address.toString(16).padStart(8, " ")}: ${hex8(word)}     \t${text}${featureNote(word, options)}`);
      if (lines.length >= 4096) printLine(lines.splice(0).join("\n"));
    }
    if (lines.length > 0) printLine(lines.join("\n"));
  });
}

/** `a64vm disasm`: LLVM-exact disassembly of hex words from stdin or of an ELF's executable sections. */
export function registerDisasm(program: Command): void {
  program
    .command("disasm")
    .description("disassemble A64 words from stdin (--words) or an ELF file's executable sections")
    .argument("[file]", "an AArch64 ELF64 file")
    .option("--words", "read whitespace-separated 32-bit hex words from stdin")
    .option("--features", "append the FEAT_* each instruction requires")
    .addHelpText(
      "after",
      "\nExamples:\n  $ echo d53b4440 91000420 | a64vm disasm --words\n  $ a64vm disasm --features ./busybox | head",
    )
    .action((file: string | undefined, options: DisasmOptions) => {
      if (options.words === true) {
        if (file !== undefined) throw new UsageError("give either --words (stdin) or a FILE, not both");
        const words = parseWords(readStdin());
        const out: string[] = [];
        for (const word of words) out.push(`${hex8(word)}\t${disassemble(word)}${featureNote(word, options)}`);
        if (out.length > 0) printLine(out.join("\n"));
        return;
      }
      if (file === undefined) throw new UsageError("disasm needs --words or a FILE");
      disassembleElf(file, options);
    });
}
