/**
 * Compiles SME syntax templates into formatters. Placeholders read the line's named fields; a field
 * list `a.b` concatenates fields, most significant first.
 *   {w8:f} {w12:f}   w8+f / w12+f (vector select registers)
 *   {*k:f}           f*k;  {r2:f} {r4:f}  the range `2f:2f+1` / `4f:4f+3`
 *   {hv:f}           h or v (tile slice direction)
 *   {L2:f:e} {L4:f:e} multi-vector list starting at z(f*2) / z(f*4);  {A2:f:e} {A4:f:e} at z(f)
 *   {S2:t.z:e} {S4:t.z:e} strided list from z(16t+z): (z, z+8) / (z, z+4, z+8, z+12)
 *   {z:f:e} {z:f:e:i} z(f).e, optionally indexed by field list i;  {z:f} a bare zN
 *   {z2:f:e} {zh:f:e} {H2:f:e}  z(2f), z(16+2f), and the pair from z(16+2f) (quarter-tile products)
 *   {N2:f}           the bare pair { z(2f), z(2f+1) } (LUTI4 with two index vectors)
 *   {P2:f}           the bare pair { z(f), z(f+1) }, wrapping after z31 (LUTI6 index vectors)
 *   {R3:f}           the bare range { z(f) - z(f+2) } (LUTI6 from ZT0)
 *   {zamask:f}       the tile list of ZERO's 8-bit mask
 *   {zk:f}          z20-z23, z28-z31 by a 3-bit field
 *   {p:f} {pn:f} {pn8:f}  pN, pnN, pn(8+f);  {x:f} {xsp:f}  xN/xzr, xN/sp
 *   {imm:f:k:c}      f*k + c (signed when the field list starts with `-`)
 * Anything else is an AdvSIMD/SVE placeholder (simd-template.ts) reading fixed bit positions.
 */
import type { FieldSpec } from "../encodings/format";
import type { Formatter } from "./format";
import { compileTemplate, zList } from "./simd-template";

type Read = (f: Readonly<Record<string, number>>) => number;
type Piece = (f: Readonly<Record<string, number>>, formatter: Parameters<Formatter>) => string;

/** A reader of `a.b.c`: the named fields concatenated, first most significant; `-a` sign-extends. */
function reader(spec: string, widths: ReadonlyMap<string, number>): Read {
  const signed = spec.startsWith("-");
  const names = (signed ? spec.slice(1) : spec).split(".");
  let total = 0;
  const parts = names.map((name) => {
    const width = widths.get(name);
    if (width === undefined) throw new Error(`unknown field '${name}' in SME template`);
    total += width;
    return [name, width] as const;
  });
  const shift = 32 - total;
  if (parts.length === 1) {
    const name = parts[0]![0];
    return signed ? (f) => (f[name]! << shift) >> shift : (f) => f[name]!;
  }
  return (f) => {
    let v = 0;
    for (const [name, width] of parts) v = (v << width) | f[name]!;
    return signed ? (v << shift) >> shift : v;
  };
}

function list(first: number, count: number, stride: number, element: string): string {
  if (stride === 1) return zList(first & 31, count, element);
  let out = "{ ";
  for (let i = 0; i < count; i++) out += `${i ? ", " : ""}z${first + i * stride}.${element}`;
  return `${out} }`;
}

/** LLVM's spelling of a ZERO tile mask: all of ZA, a .h tile, .s tiles (no spaces), else .d tiles. */
function zeroMask(mask: number): string {
  if (mask === 0xff) return "{za}";
  if (mask === 0x55 || mask === 0xaa) return `{za${mask === 0x55 ? 0 : 1}.h}`;
  const tiles: string[] = [];
  if (mask >>> 4 === (mask & 15) && mask !== 0) {
    for (let t = 0; t < 4; t++) if ((mask >>> t) & 1) tiles.push(`za${t}.s`);
    return `{${tiles.join(",")}}`;
  }
  for (let t = 0; t < 8; t++) if ((mask >>> t) & 1) tiles.push(`za${t}.d`);
  return `{${tiles.join(", ")}}`;
}

function piece(body: string, widths: ReadonlyMap<string, number>): Piece {
  const [kind, spec = "", a, b] = body.split(":");
  const has = spec !== "" && spec.split(".").every((n) => widths.has(n.replace(/^-/, "")));
  if (has) {
    const v = reader(spec, widths);
    const [high, low] = spec.split(".");
    const strided: Read = (f) => (f[high!]! << 4) | f[low!]!;
    switch (kind) {
      case "w8":
        return (f) => `w${8 + v(f)}`;
      case "w12":
        return (f) => `w${12 + v(f)}`;
      case "r2":
        return (f) => `${2 * v(f)}:${2 * v(f) + 1}`;
      case "r4":
        return (f) => `${4 * v(f)}:${4 * v(f) + 3}`;
      case "hv":
        return (f) => (v(f) ? "v" : "h");
      case "L2":
        return (f) => list(v(f) * 2, 2, 1, a!);
      case "L4":
        return (f) => list(v(f) * 4, 4, 1, a!);
      case "A2":
        return (f) => list(v(f), 2, 1, a!);
      case "A4":
        return (f) => list(v(f), 4, 1, a!);
      case "S2":
        return (f) => list(strided(f), 2, 8, a!);
      case "S4":
        return (f) => list(strided(f), 4, 4, a!);
      case "z": {
        if (a === undefined) return (f) => `z${v(f)}`;
        if (b === undefined) return (f) => `z${v(f)}.${a}`;
        const index = reader(b, widths);
        return (f) => `z${v(f)}.${a}[${index(f)}]`;
      }
      case "z2":
        return (f) => `z${2 * v(f)}.${a}`;
      case "zh":
        return (f) => `z${16 + 2 * v(f)}.${a}`;
      case "H2":
        return (f) => list(16 + 2 * v(f), 2, 1, a!);
      case "N2":
        return (f) => `{ z${2 * v(f)}, z${2 * v(f) + 1} }`;
      case "P2":
        return (f) => `{ z${v(f)}, z${(v(f) + 1) & 31} }`;
      case "R3":
        return (f) => `{ z${v(f)} - z${v(f) + 2} }`;
      case "zamask":
        return (f) => zeroMask(v(f));
      case "zk":
        // The sparse outer products' index vector: z20-z23 or z28-z31.
        return (f) => `z${20 + ((v(f) >>> 2) << 3) + (v(f) & 3)}`;
      case "p":
        return (f) => `p${v(f)}`;
      case "pn":
        return (f) => `pn${v(f)}`;
      case "pn8":
        return (f) => `pn${8 + v(f)}`;
      case "x":
        return (f) => (v(f) === 31 ? "xzr" : `x${v(f)}`);
      case "xsp":
        return (f) => (v(f) === 31 ? "sp" : `x${v(f)}`);
      case "imm": {
        const k = Number(a ?? "1");
        const c = Number(b ?? "0");
        return (f) => `${v(f) * k + c}`;
      }
      default:
        if (kind!.startsWith("*")) {
          const k = Number(kind!.slice(1));
          return (f) => `${v(f) * k}`;
        }
    }
  }
  const fallback = compileTemplate(`{${body}}`);
  return (_, args) => fallback(...args);
}

/** A formatter printing `template`, whose placeholders refer to `fields`. */
export function compileSmeTemplate(template: string, fields: readonly FieldSpec[]): Formatter {
  const widths = new Map(fields.map((f) => [f.name, f.width]));
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{([^{} ]+)\}/g)) {
    const text = template.slice(at, match.index);
    if (text !== "") pieces.push(() => text);
    pieces.push(piece(match[1]!, widths));
    at = match.index + match[0].length;
  }
  const tail = template.slice(at);
  if (tail !== "") pieces.push(() => tail);
  return (...args) => {
    let out = "";
    for (const p of pieces) out += p(args[1], args);
    return out;
  };
}
