/**
 * Compiles SVE syntax templates: the SVE-only placeholders below, every other placeholder as
 * disasm/simd-template.ts spells it.
 *   {R:Vq}   the 128-bit AdvSIMD arrangement of the element size (v3.16b .. v3.2d)
 *   {aimm}   unsigned imm8 (bits 12:5) shifted left 8 when bit 13 is set; a shifted 0 keeps `, lsl #8`
 *   {R:zQs}  z register with the element of an indexed quadword form; {R:zQi} the same with its index
 *   {R:Zp2s} {R:Zp4b}  list of 2 or 4 consecutive registers from field R (any element, q included)
 *   {R:Zc2b} {R:Zc2h}  list of 2 consecutive registers from any register of field R (wrapping after z31)
 *   {R:zi23} z register with no element and the index bit 23 (`z5[1]`)
 *   {Xb3}    byte element z(18:16).b[i] with i = bit 22 then bits 20:19
 *   {R:rsz}  w or x register by bit 22; {g4:pzm4} governing predicate p(13:10) with /m or /z by bit 4
 *   {R:zsd22} z register with .s or .d elements by bit 22; {R:zhsd22} .h or .s by bit 22
 *   {b3i4} {b3i3} {b3i2}  FP8 indexed byte element z(18:16).b[i]: i = bits 20:19 then 11:10, 11, or none
 *   {rot16} / {rot10}  complex rotation #90 or #270 by bit 16 or bit 10; {vlx10} vlx2/vlx4 by bit 10
 *   {pmovT} {pmovi}  PMOV element letter and `[index]` (none for bytes); {pdpair4} `{ pD.T, pD+1.T }`
 *   {pnn5}  the number of predicate-as-counter pn8-pn15 from bits 7:5
 *   {rsub:lsb:width:base}  base minus a field
 *   {rot10}  complex rotation #90 or #270 by bit 10
 *   {simm8}  signed imm8 (bits 12:5); {uimm8} unsigned
 */
import type { Formatter } from "./format";
import { SIZE_LETTER } from "./fp-operands";
import { compileTemplate, zList } from "./simd-template";

type Piece = Formatter;

/** Element size of an indexed quadword form: the lowest set bit of bits 20:16 (i:tsz). */
function quadIndexSize(w: number): number {
  const tsz = (w >>> 16) & 31;
  return 31 - Math.clz32(tsz & -tsz);
}

/** PMOV's element selector bits 23, 22, 18, 17: the highest set bit gives the size, the bits below it the index. */
function pmovSelector(w: number): number {
  return (((w >>> 22) & 3) << 2) | ((w >>> 17) & 3);
}

const QUAD_ARRANGEMENT = ["16b", "8h", "4s", "2d"] as const;

function svePiece(body: string): Piece | null {
  if (body.startsWith("rsub:")) return rsubPiece(body);
  const colon = body.indexOf(":");
  if (colon > 0) {
    const reg = body.slice(0, colon);
    const kind = body.slice(colon + 1);
    const lsb = ({ d: 0, n: 5, m: 16 } as Record<string, number>)[reg];
    if (body === "g4:pzm4") return (i) => `p${(i.word >>> 10) & 15}/${(i.word >>> 4) & 1 ? "m" : "z"}`;
    if (lsb === undefined) return null;
    const list = /^Zp([24])([bhsdq])$/.exec(kind);
    if (list !== null) {
      // Multi-vector list of 2 or 4 consecutive registers, the first a multiple of the count.
      const count = Number(list[1]);
      const element = list[2]!;
      const align = count === 2 ? 0x1e : 0x1c;
      return (i) => zList((i.word >>> lsb) & align, count, element);
    }
    const consecutive = /^Zc2([bh])$/.exec(kind);
    if (consecutive !== null) return (i) => zList((i.word >>> lsb) & 31, 2, consecutive[1]!);
    if (kind === "zi23") return (i) => `z${(i.word >>> lsb) & 31}[${(i.word >>> 23) & 1}]`;
    if (kind === "rsz") {
      return (i) => {
        const n = (i.word >>> lsb) & 31;
        const x = (i.word >>> 22) & 1;
        return n === 31 ? (x ? "xzr" : "wzr") : `${x ? "x" : "w"}${n}`;
      };
    }
    if (kind === "Vq") return (i) => `v${(i.word >>> lsb) & 31}.${QUAD_ARRANGEMENT[(i.word >>> 22) & 3]}`;
    if (kind === "zQs") return (i) => `z${(i.word >>> lsb) & 31}.${SIZE_LETTER[quadIndexSize(i.word)]}`;
    if (kind === "zQi") {
      return (i) => {
        const esize = quadIndexSize(i.word);
        return `z${(i.word >>> lsb) & 31}.${SIZE_LETTER[esize]}[${((i.word >>> 16) & 31) >>> (esize + 1)}]`;
      };
    }
    if (kind === "zsd22") return (i) => `z${(i.word >>> lsb) & 31}.${(i.word >>> 22) & 1 ? "d" : "s"}`;
    if (kind === "zhsd22") return (i) => `z${(i.word >>> lsb) & 31}.${(i.word >>> 22) & 1 ? "s" : "h"}`;
    return null;
  }
  switch (body) {
    case "Xb3":
      return (i) => `z${(i.word >>> 16) & 7}.b[${(((i.word >>> 22) & 1) << 2) | ((i.word >>> 19) & 3)}]`;
    case "aimm":
      return (i) => {
        const imm = (i.word >>> 5) & 255;
        if (((i.word >>> 13) & 1) === 0) return `${imm}`;
        return imm === 0 ? "0, lsl #8" : `${imm << 8}`;
      };
    case "b3i4":
      return (i) => `z${(i.word >>> 16) & 7}.b[${(((i.word >>> 19) & 3) << 2) | ((i.word >>> 10) & 3)}]`;
    case "b3i3":
      return (i) => `z${(i.word >>> 16) & 7}.b[${(((i.word >>> 19) & 3) << 1) | ((i.word >>> 11) & 1)}]`;
    case "b3i2":
      return (i) => `z${(i.word >>> 16) & 7}.b[${(i.word >>> 19) & 3}]`;
    case "pnn5":
      return (i) => `${8 + ((i.word >>> 5) & 7)}`;
    case "rot16":
      return (i) => ((i.word >>> 16) & 1 ? "270" : "90");
    case "vlx10":
      return (i) => ((i.word >>> 10) & 1 ? "vlx4" : "vlx2");
    case "pmovT":
      return (i) => SIZE_LETTER[31 - Math.clz32(pmovSelector(i.word))]!;
    case "pmovi":
      return (i) => {
        const selector = pmovSelector(i.word);
        const top = 31 - Math.clz32(selector);
        return top === 0 ? "" : `[${selector & ((1 << top) - 1)}]`;
      };
    case "pdpair4":
      return (i) => {
        const t = SIZE_LETTER[(i.word >>> 22) & 3];
        return `{ p${i.word & 15}.${t}, p${((i.word & 15) + 1) & 15}.${t} }`;
      };
    case "rot10":
      return (i) => ((i.word >>> 10) & 1 ? "270" : "90");
    case "simm8":
      return (i) => `${(i.word << 19) >> 24}`;
    case "uimm8":
      return (i) => `${(i.word >>> 5) & 255}`;
    default:
      return null;
  }
}

/** A formatter printing an SVE `template` for a word. */
export function compileSveTemplate(template: string): Formatter {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{([^}]+)\}/g)) {
    const text = template.slice(at, match.index);
    if (text !== "") pieces.push(() => text);
    pieces.push(svePiece(match[1]!) ?? compileTemplate(match[0]));
    at = match.index + match[0].length;
  }
  const tail = template.slice(at);
  if (tail !== "") pieces.push(() => tail);
  return (insn, fields, pc) => {
    let out = "";
    for (const piece of pieces) out += piece(insn, fields, pc);
    return out;
  };
}

/** `{rsub:lsb:width:base}`: base minus the field, e.g. the right shift of a narrowing shift. */
function rsubPiece(body: string): Piece | null {
  const m = /^rsub:(\d+):(\d+):(\d+)$/.exec(body);
  if (m === null) return null;
  const lsb = Number(m[1]);
  const mask = (1 << Number(m[2])) - 1;
  const base = Number(m[3]);
  return (i) => `${base - ((i.word >>> lsb) & mask)}`;
}
