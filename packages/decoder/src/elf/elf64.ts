/**
 * A minimal little-endian ELF64 reader for AArch64 images: section headers, their names, and the
 * symbol table, enough to disassemble executable sections with symbols and to benchmark on real code.
 */
import { DecoderError } from "../errors";

/** Bytes that are not a little-endian ELF64 AArch64 image, or whose headers point outside the file. */
export class ElfFormatError extends DecoderError {
  constructor(message: string) {
    super("ELF_FORMAT", `not a readable AArch64 ELF64 image: ${message}`);
  }
}

export interface ElfSection {
  readonly name: string;
  readonly type: number;
  readonly flags: bigint;
  readonly address: bigint;
  readonly offset: number;
  readonly size: number;
  /** SHF_EXECINSTR is set. */
  readonly executable: boolean;
}

export interface ElfSymbol {
  readonly name: string;
  readonly value: bigint;
  readonly size: bigint;
  /** STT_FUNC = 2, STT_OBJECT = 1, STT_NOTYPE = 0 ... */
  readonly type: number;
  readonly section: number;
}

export interface ElfImage {
  readonly entry: bigint;
  readonly sections: readonly ElfSection[];
  readonly symbols: readonly ElfSymbol[];
  readonly bytes: Uint8Array;
}

const SHF_EXECINSTR = 0x4n;
const SHT_SYMTAB = 2;
const SHT_NOBITS = 8;
const EM_AARCH64 = 183;

function cString(bytes: Uint8Array, at: number): string {
  let end = at;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return new TextDecoder().decode(bytes.subarray(at, end));
}

/** Parses an ELF64 little-endian AArch64 image; throws ElfFormatError on anything else. */
export function parseElf64(bytes: Uint8Array): ElfImage {
  if (bytes.length < 64 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfFormatError("missing the \\x7fELF magic");
  }
  if (bytes[4] !== 2) throw new ElfFormatError("not ELF64");
  if (bytes[5] !== 1) throw new ElfFormatError("not little-endian");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(18, true) !== EM_AARCH64)
    throw new ElfFormatError(`machine ${view.getUint16(18, true)} is not AArch64`);
  const entry = view.getBigUint64(24, true);
  const shoff = Number(view.getBigUint64(40, true));
  const shentsize = view.getUint16(58, true);
  const shnum = view.getUint16(60, true);
  const shstrndx = view.getUint16(62, true);
  if (shoff + shnum * shentsize > bytes.length || (shnum > 0 && shentsize < 64)) {
    throw new ElfFormatError("section headers lie outside the file");
  }
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    const type = view.getUint32(at + 4, true);
    const offset = Number(view.getBigUint64(at + 24, true));
    const size = Number(view.getBigUint64(at + 32, true));
    if (type !== SHT_NOBITS && offset + size > bytes.length)
      throw new ElfFormatError(`section ${i} lies outside the file`);
    raw.push({
      nameOffset: view.getUint32(at, true),
      type,
      flags: view.getBigUint64(at + 8, true),
      address: view.getBigUint64(at + 16, true),
      offset,
      size,
      link: view.getUint32(at + 40, true),
      entsize: Number(view.getBigUint64(at + 56, true)),
    });
  }
  const names = raw[shstrndx];
  const sections: ElfSection[] = raw.map((s) => ({
    name: names === undefined ? "" : cString(bytes, names.offset + s.nameOffset),
    type: s.type,
    flags: s.flags,
    address: s.address,
    offset: s.offset,
    size: s.size,
    executable: (s.flags & SHF_EXECINSTR) !== 0n,
  }));
  const symbols: ElfSymbol[] = [];
  for (const s of raw) {
    if (s.type !== SHT_SYMTAB || s.entsize < 24) continue;
    const strtab = raw[s.link];
    if (strtab === undefined) continue;
    for (let at = s.offset; at + 24 <= s.offset + s.size; at += s.entsize) {
      symbols.push({
        name: cString(bytes, strtab.offset + view.getUint32(at, true)),
        type: bytes[at + 4]! & 15,
        section: view.getUint16(at + 6, true),
        value: view.getBigUint64(at + 8, true),
        size: view.getBigUint64(at + 16, true),
      });
    }
  }
  return { entry, sections, symbols, bytes };
}

/** The 32-bit little-endian instruction words of a section (a copy, aligned for Uint32Array). */
export function sectionWords(image: ElfImage, section: ElfSection): Uint32Array {
  const count = Math.floor(section.size / 4);
  const words = new Uint32Array(count);
  const view = new DataView(image.bytes.buffer, image.bytes.byteOffset + section.offset, count * 4);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}
