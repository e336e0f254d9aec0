/** Reads the parts of a static AArch64 ELF64 executable a loader needs. */
import { ElfFormatError } from "../errors";

export interface ElfSegment {
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly filesz: number;
  readonly memsz: number;
}

export interface ElfImage {
  readonly entry: number;
  readonly phoff: number;
  readonly phentsize: number;
  readonly phnum: number;
  readonly segments: readonly ElfSegment[];
  readonly isDynamic: boolean;
}

export const PT_LOAD = 1;
export const PT_INTERP = 3;
export const PT_PHDR = 6;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export function parseElf(bytes: Uint8Array): ElfImage {
  if (bytes.length < 64 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfFormatError("not an ELF file");
  }
  if (bytes[4] !== 2 || bytes[5] !== 1) throw new ElfFormatError("not a little-endian ELF64 file");
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = v.getUint16(16, true);
  const machine = v.getUint16(18, true);
  if (machine !== 183) throw new ElfFormatError(`not an AArch64 ELF (e_machine ${machine})`);
  if (type !== 2 && type !== 3) throw new ElfFormatError(`not an executable (e_type ${type})`);
  const entry = Number(v.getBigUint64(24, true));
  const phoff = Number(v.getBigUint64(32, true));
  const phentsize = v.getUint16(54, true);
  const phnum = v.getUint16(56, true);
  if (phoff + phentsize * phnum > bytes.length || phentsize < 56) throw new ElfFormatError("truncated program headers");
  const segments: ElfSegment[] = [];
  let isDynamic = false;
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    const seg: ElfSegment = {
      type: v.getUint32(o, true),
      flags: v.getUint32(o + 4, true),
      offset: Number(v.getBigUint64(o + 8, true)),
      vaddr: Number(v.getBigUint64(o + 16, true)),
      filesz: Number(v.getBigUint64(o + 32, true)),
      memsz: Number(v.getBigUint64(o + 40, true)),
    };
    if (seg.type === PT_INTERP) isDynamic = true;
    if (seg.type === PT_LOAD && seg.offset + seg.filesz > bytes.length)
      throw new ElfFormatError("segment beyond end of file");
    segments.push(seg);
  }
  if (isDynamic)
    throw new ElfFormatError("dynamically linked executables are not supported (PT_INTERP); link with -static");
  if (type === 3 && segments.some((s) => s.type === PT_LOAD && s.vaddr === 0)) {
    // static-pie: loaded at a fixed base by the loader.
  }
  return { entry, phoff, phentsize, phnum, segments, isDynamic };
}
