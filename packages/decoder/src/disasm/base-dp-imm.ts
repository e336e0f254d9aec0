/** Disassembly of base data processing (immediate) with LLVM's preferred aliases. */
import { type FormatterTable, hex, r, rsp, sext, target } from "./format";

/** The value of a logical immediate (DecodeBitMasks, element replicated to the register size). */
export function bitmaskValue(sf: number, n: number, immr: number, imms: number): bigint {
  const len = 31 - Math.clz32((n << 6) | (~imms & 0x3f));
  const esize = 1 << len;
  const levels = esize - 1;
  const s = imms & levels;
  const rot = immr & levels;
  const emask = (1n << BigInt(esize)) - 1n;
  const ones = (1n << BigInt(s + 1)) - 1n;
  const elem = rot === 0 ? ones : ((ones >> BigInt(rot)) | (ones << BigInt(esize - rot))) & emask;
  const size = sf ? 64 : 32;
  let v = 0n;
  for (let i = 0; i < size; i += esize) v |= elem << BigInt(i);
  return v;
}

function onlyOneChunk(v: bigint, size: number): boolean {
  for (let shift = 0; shift < size; shift += 16) {
    if ((v & ~(0xffffn << BigInt(shift))) === 0n) return true;
  }
  return false;
}

/** True when MOVZ or MOVN of the register size can build v (LLVM then keeps the ORR spelling). */
function moveWideCan(v: bigint, size: number): boolean {
  const mask = (1n << BigInt(size)) - 1n;
  return onlyOneChunk(v & mask, size) || onlyOneChunk(~v & mask, size);
}

function signed(v: bigint, sf: number): bigint {
  return sf ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v);
}

function addSub(name: string, alias: "cmp" | "cmn" | null) {
  return (_: unknown, f: Readonly<Record<string, number>>): string => {
    const sf = f.sf!;
    const imm = `#${f.imm12!}${f.sh ? ", lsl #12" : ""}`;
    const setsFlags = alias !== null;
    if (setsFlags && f.rd === 31) return `${alias} ${rsp(sf, f.rn!)}, ${imm}`;
    if (name === "add" && f.sh === 0 && f.imm12 === 0 && (f.rd === 31 || f.rn === 31)) {
      return `mov ${rsp(sf, f.rd!)}, ${rsp(sf, f.rn!)}`;
    }
    const rd = setsFlags ? r(sf, f.rd!) : rsp(sf, f.rd!);
    return `${name} ${rd}, ${rsp(sf, f.rn!)}, ${imm}`;
  };
}

function logical(name: string) {
  return (_: unknown, f: Readonly<Record<string, number>>): string => {
    const sf = f.sf!;
    const v = bitmaskValue(sf, f.n!, f.immr!, f.imms!);
    if (name === "ands" && f.rd === 31) return `tst ${r(sf, f.rn!)}, ${hex(v)}`;
    if (name === "orr" && f.rn === 31 && !moveWideCan(v, sf ? 64 : 32)) {
      return `mov ${rsp(sf, f.rd!)}, #${signed(v, sf)}`;
    }
    const rd = name === "ands" ? r(sf, f.rd!) : rsp(sf, f.rd!);
    return `${name} ${rd}, ${r(sf, f.rn!)}, ${hex(v)}`;
  };
}

function minMax(name: string, isSigned: boolean) {
  return (_: unknown, f: Readonly<Record<string, number>>): string =>
    `${name} ${r(f.sf!, f.rd!)}, ${r(f.sf!, f.rn!)}, #${isSigned ? sext(f.imm8!, 8) : f.imm8!}`;
}

function bitfield(kind: "sbfm" | "bfm" | "ubfm") {
  return (_: unknown, f: Readonly<Record<string, number>>): string => {
    const sf = f.sf!;
    const size = sf ? 64 : 32;
    const immr = f.immr!;
    const imms = f.imms!;
    const rd = r(sf, f.rd!);
    const rn = r(sf, f.rn!);
    if (kind === "bfm") {
      if (imms < immr) {
        return `bfi ${rd}, ${rn}, #${(size - immr) % size}, #${imms + 1}`;
      }
      return `bfxil ${rd}, ${rn}, #${immr}, #${imms - immr + 1}`;
    }
    if (kind === "sbfm") {
      if (imms === size - 1) return `asr ${rd}, ${rn}, #${immr}`;
      if (immr === 0 && imms === 7) return `sxtb ${rd}, ${r(0, f.rn!)}`;
      if (immr === 0 && imms === 15) return `sxth ${rd}, ${r(0, f.rn!)}`;
      if (immr === 0 && imms === 31 && sf) return `sxtw ${rd}, ${r(0, f.rn!)}`;
      if (imms < immr) return `sbfiz ${rd}, ${rn}, #${size - immr}, #${imms + 1}`;
      return `sbfx ${rd}, ${rn}, #${immr}, #${imms - immr + 1}`;
    }
    if (imms === size - 1) return `lsr ${rd}, ${rn}, #${immr}`;
    if (imms + 1 === immr) return `lsl ${rd}, ${rn}, #${size - 1 - imms}`;
    if (!sf && immr === 0 && imms === 7) return `uxtb ${rd}, ${rn}`;
    if (!sf && immr === 0 && imms === 15) return `uxth ${rd}, ${rn}`;
    if (imms < immr) return `ubfiz ${rd}, ${rn}, #${size - immr}, #${imms + 1}`;
    return `ubfx ${rd}, ${rn}, #${immr}, #${imms - immr + 1}`;
  };
}

function moveWide(kind: "movn" | "movz" | "movk") {
  return (_: unknown, f: Readonly<Record<string, number>>): string => {
    const sf = f.sf!;
    const rd = r(sf, f.rd!);
    const shift = f.hw! * 16;
    const imm16 = f.imm16!;
    const plain = `${kind} ${rd}, #${imm16}${shift ? `, lsl #${shift}` : ""}`;
    if (kind === "movk") return plain;
    if (imm16 === 0 && shift !== 0) return plain;
    const v = BigInt(imm16) << BigInt(shift);
    if (kind === "movz") return `mov ${rd}, #${signed(v, sf)}`;
    if (!sf && imm16 === 0xffff) return plain;
    return `mov ${rd}, #${signed(~v, sf)}`;
  };
}

export const BASE_DP_IMM_FORMAT: FormatterTable = {
  ADR: (_, f, pc) => `adr ${r(1, f.rd!)}, ${target(pc, sext((f.immhi! << 2) | f.immlo!, 21))}`,
  ADRP: (_, f, pc) => {
    const offset = BigInt(sext((f.immhi! << 2) | f.immlo!, 21)) * 4096n;
    return `adrp ${r(1, f.rd!)}, ${pc === null ? `#${offset}` : target(pc & ~0xfffn, offset)}`;
  },
  ADD_imm: addSub("add", null),
  ADDS_imm: addSub("adds", "cmn"),
  SUB_imm: addSub("sub", null),
  SUBS_imm: addSub("subs", "cmp"),
  ADDG: (_, f) => `addg ${rsp(1, f.rd!)}, ${rsp(1, f.rn!)}, #${f.uimm6! * 16}, #${f.uimm4!}`,
  SUBG: (_, f) => `subg ${rsp(1, f.rd!)}, ${rsp(1, f.rn!)}, #${f.uimm6! * 16}, #${f.uimm4!}`,
  SMAX_imm: minMax("smax", true),
  UMAX_imm: minMax("umax", false),
  SMIN_imm: minMax("smin", true),
  UMIN_imm: minMax("umin", false),
  AND_imm: logical("and"),
  ORR_imm: logical("orr"),
  EOR_imm: logical("eor"),
  ANDS_imm: logical("ands"),
  MOVN: moveWide("movn"),
  MOVZ: moveWide("movz"),
  MOVK: moveWide("movk"),
  SBFM: bitfield("sbfm"),
  BFM: bitfield("bfm"),
  UBFM: bitfield("ubfm"),
  EXTR: (_, f) => {
    const sf = f.sf!;
    if (f.rn === f.rm) return `ror ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, #${f.imms!}`;
    return `extr ${r(sf, f.rd!)}, ${r(sf, f.rn!)}, ${r(sf, f.rm!)}, #${f.imms!}`;
  },
};
