/**
 * Compiles SVE syntax templates: the SVE-only placeholders below, every other placeholder as
 * disasm/simd-template.ts spells it.
 *   {R:Vq}   the 128-bit AdvSIMD arrangement of the element size (v3.16b .. v3.2d)
 *   {aimm}   unsigned imm8 (bits 12:5) shifted left 8 when bit 13 is set; a shifted 0 keeps `, lsl #8`
 *   {R:zQs}  z register with the element of an indexed quadword form; {R:zQi} the same with its index
 *   {R:zsd22} z register with .s or .d elements by bit 22; {R:zhsd22} .h or .s by bit 22
 *   {rot10}  complex rotation #90 or #270 by bit 10
 *   {simm8}  signed imm8 (bits 12:5); {uimm8} unsigned
 */
import type { Formatter } from "./format";
import { SIZE_LETTER } from "./fp-operands";
import { compileTemplate } from "./simd-template";

type Piece = Formatter;

/** Element size of an indexed quadword form: the lowest set bit of bits 20:16 (i:tsz). */
function quadIndexSize(w: number): number {
  const tsz = (w >>> 16) & 31;
  return 31 - Math.clz32(tsz & -tsz);
}

const QUAD_ARRANGEMENT = ["16b", "8h", "4s", "2d"] as const;

function svePiece(body: string): Piece | null {
  const colon = body.indexOf(":");
  if (colon > 0) {
    const reg = body.slice(0, colon);
    const kind = body.slice(colon + 1);
    const lsb = ({ d: 0, n: 5, m: 16 } as Record<string, number>)[reg];
    if (lsb === undefined) return null;
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
    case "aimm":
      return (i) => {
        const imm = (i.word >>> 5) & 255;
        if (((i.word >>> 13) & 1) === 0) return `${imm}`;
        return imm === 0 ? "0, lsl #8" : `${imm << 8}`;
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
