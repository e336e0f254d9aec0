/**
 * Compiles AdvSIMD syntax templates into formatters. A template is text with placeholders:
 *   {R:K}  register R (d=4:0, n=9:5, m=20:16, a=14:10, t=4:0, m4=19:16) printed as kind K:
 *     vector  T (size:Q), Tw (size+1, Q=1), F (sz:Q, FP), H/B/S/D (by Q), I (from immh and Q),
 *             Iw (immh size+1), or a literal arrangement such as 4s, 16b, 2d
 *     scalar  z (size), zw (size+1), f (sz), Iz (immh size), Izw (immh size+1), b/h/s/d/q
 *     general w, x, r (w unless size is 3)
 *     element E (by size), Eh/Es/Ed, Ef (by sz), E4b/E2h/E2b (dot products), Eb (FP8 byte)
 *   {2} "2" when Q is set; {rshift} {lshift} right/left shift amounts from immh:immb; {=field} a
 *   field's value; {imm8} {imm64} {fpimm} {lsl32} {lsl16} {msl} modified-immediate parts; {rot}.
 *   Copy operands: Ct (arrangement from imm5), Ci/Cd (element of imm5), Cn (element of imm4),
 *   Cr (W or X by element size), Cz (scalar); lists: list16b (len+1 registers), L<count>_<arrangement> (e.g. L2_8h);
 *   structure loads/stores: M<n>/R<n> (lists by size:Q), S<n><e> (one lane), {post:...}.
 */
import type { Formatter } from "./format";
import { bitsOf, fpImmValue } from "./fp-operands";

type Piece = (word: number, fields: Readonly<Record<string, number>>) => string;

const REG_LSB: Readonly<Record<string, number>> = { d: 0, n: 5, m: 16, m5: 16, a: 10, t: 0 };
const INT_ARRANGEMENT = ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"] as const;
const FP_ARRANGEMENT = ["2s", "4s", "1d", "2d"] as const;
const WIDE = ["8h", "4s", "2d", "?"] as const;
const SCALAR = ["b", "h", "s", "d", "q"] as const;
const LITERAL = new Set(["16b", "8b", "4h", "8h", "2s", "4s", "1d", "2d", "1q", "2h", "4b"]);

const q = (w: number): number => (w >>> 30) & 1;
const size = (w: number): number => (w >>> 22) & 3;
const sz = (w: number): number => (w >>> 22) & 1;
/** Element size 0..3 of a shift-by-immediate word: the highest set bit of immh. */
const immhSize = (w: number): number => 31 - Math.clz32((w >>> 19) & 15);

/** The vM.T[i] operand of a by-element instruction for element size 1 (h), 2 (s) or 3 (d). */
function element(w: number, esize: number): string {
  const h = (w >>> 11) & 1;
  const l = (w >>> 21) & 1;
  const m = (w >>> 20) & 1;
  const rm = (w >>> 16) & 15;
  if (esize === 1) return `v${rm}.h[${(h << 2) | (l << 1) | m}]`;
  if (esize === 2) return `v${(m << 4) | rm}.s[${(h << 1) | l}]`;
  return `v${(m << 4) | rm}.d[${h}]`;
}

/** Predicate register fields of SVE lines: g = governing (12:10), pd/pn/pm = 4-bit at 3:0, 8:5, 19:16. */
const PREDICATE_FIELD: Readonly<Record<string, readonly [number, number]>> = {
  g: [10, 3],
  g4: [10, 4],
  g16: [16, 4],
  pn3: [10, 3],
  pm3: [13, 3],
  pd: [0, 4],
  pn: [5, 4],
  pm: [16, 4],
};

function registerPiece(reg: string, kind: string): Piece {
  const lsb = REG_LSB[reg];
  if (reg === "m4") return registerPieceAt(16, 4, kind);
  const predicate = PREDICATE_FIELD[reg];
  if (predicate !== undefined) return registerPieceAt(predicate[0], predicate[1], kind);
  if (lsb === undefined) throw new Error(`unknown register '${reg}' in template`);
  return registerPieceAt(lsb, 5, kind);
}

function registerPieceAt(lsb: number, width: number, kind: string): Piece {
  const n = (w: number): number => bitsOf(w, lsb, width);
  switch (kind) {
    case "T":
      return (w) => `v${n(w)}.${INT_ARRANGEMENT[arr(w)]}`;
    case "Tw":
      return (w) => `v${n(w)}.${WIDE[size(w)]}`;
    case "Tp":
      return (w) => `v${n(w)}.${INT_ARRANGEMENT[arr(w) + 2]}`;
    case "Fn":
      return (w) => `v${n(w)}.${sz(w) ? (q(w) ? "4s" : "2s") : q(w) ? "8h" : "4h"}`;
    case "Fw":
      return (w) => `v${n(w)}.${sz(w) ? "2d" : "4s"}`;
    case "Fp":
      return (w) => `v${n(w)}.${sz(w) ? "2d" : "2s"}`;
    case "F":
      return (w) => `v${n(w)}.${FP_ARRANGEMENT[(sz(w) << 1) | q(w)]}`;
    case "H":
      return (w) => `v${n(w)}.${q(w) ? "8h" : "4h"}`;
    case "Hh":
      return (w) => `v${n(w)}.${q(w) ? "4h" : "2h"}`;
    case "B":
      return (w) => `v${n(w)}.${q(w) ? "16b" : "8b"}`;
    case "S":
      return (w) => `v${n(w)}.${q(w) ? "4s" : "2s"}`;
    case "D":
      return (w) => `v${n(w)}.${q(w) ? "2d" : "1d"}`;
    case "I":
      return (w) => `v${n(w)}.${INT_ARRANGEMENT[(immhSize(w) << 1) | q(w)]}`;
    case "Iw":
      return (w) => `v${n(w)}.${WIDE[immhSize(w)]}`;
    case "z":
      return (w) => `${SCALAR[size(w)]}${n(w)}`;
    case "zw":
      return (w) => `${SCALAR[size(w) + 1]}${n(w)}`;
    case "f":
      return (w) => `${sz(w) ? "d" : "s"}${n(w)}`;
    case "Iz":
      return (w) => `${SCALAR[immhSize(w)]}${n(w)}`;
    case "Izw":
      return (w) => `${SCALAR[immhSize(w) + 1]}${n(w)}`;
    case "w":
      return (w) => (n(w) === 31 ? "wzr" : `w${n(w)}`);
    case "x":
      return (w) => (n(w) === 31 ? "xzr" : `x${n(w)}`);
    case "xsp":
      return (w) => (n(w) === 31 ? "sp" : `x${n(w)}`);
    case "r":
      return (w) => (n(w) === 31 ? (size(w) === 3 ? "xzr" : "wzr") : `${size(w) === 3 ? "x" : "w"}${n(w)}`);
    case "E":
      return (w) => element(w, size(w));
    case "Eh":
      return (w) => element(w, 1);
    case "Es":
      return (w) => element(w, 2);
    case "Ed":
      return (w) => element(w, 3);
    case "Ef":
      return (w) => element(w, sz(w) + 2);
    case "E4b":
      return (w) => `v${bitsOf(w, 16, 5)}.4b[${(((w >>> 11) & 1) << 1) | ((w >>> 21) & 1)}]`;
    case "E2h":
      return (w) => `v${bitsOf(w, 16, 5)}.2h[${(((w >>> 11) & 1) << 1) | ((w >>> 21) & 1)}]`;
    case "Ehl":
      return (w) => `v${bitsOf(w, 16, 5)}.h[${(((w >>> 11) & 1) << 1) | ((w >>> 21) & 1)}]`;
    case "Esh":
      return (w) => `v${bitsOf(w, 16, 5)}.s[${(w >>> 11) & 1}]`;
    case "E2b":
      return (w) => `v${bitsOf(w, 16, 4)}.2b[${(((w >>> 11) & 1) << 2) | (((w >>> 21) & 1) << 1) | ((w >>> 20) & 1)}]`;
    case "Eb":
      // FP8 byte element: Rm is 3 bits and the index is H:L:M:Rm<3>.
      return (w) =>
        `v${bitsOf(w, 16, 3)}.b[${(((w >>> 11) & 1) << 3) | (((w >>> 21) & 1) << 2) | (((w >>> 20) & 1) << 1) | ((w >>> 19) & 1)}]`;
    case "Ct":
      return (w) => `v${n(w)}.${INT_ARRANGEMENT[(copySize(w) << 1) | q(w)]}`;
    case "Ci":
      return (w) => `v${n(w)}.${SCALAR[copySize(w)]}[${imm5(w) >>> (copySize(w) + 1)}]`;
    case "Cd":
      return (w) => `v${n(w)}.${SCALAR[copySize(w)]}[${imm5(w) >>> (copySize(w) + 1)}]`;
    case "Cn":
      return (w) => `v${n(w)}.${SCALAR[copySize(w)]}[${((w >>> 11) & 15) >>> copySize(w)}]`;
    case "Cr":
      return (w) => (copySize(w) === 3 ? (n(w) === 31 ? "xzr" : `x${n(w)}`) : n(w) === 31 ? "wzr" : `w${n(w)}`);
    case "Cz":
      return (w) => `${SCALAR[copySize(w)]}${n(w)}`;
    case "list16b":
      return (w) => registerList(n(w), ((w >>> 13) & 3) + 1, "16b");
    case "pz":
      return (w) => `p${n(w)}/z`;
    case "pm":
      return (w) => `p${n(w)}/m`;
    case "p":
      return (w) => `p${n(w)}`;
    case "pT":
      return (w) => `p${n(w)}.${SVE_SIZE[size(w)]}`;
    case "zT":
      return (w) => `z${n(w)}.${SVE_SIZE[size(w)]}`;
    case "pzm16":
      return (w) => `p${n(w)}/${(w >>> 16) & 1 ? "m" : "z"}`;
    case "pzm":
      return (w) => `p${n(w)}/${(w >>> 14) & 1 ? "m" : "z"}`;
    case "rsp":
      return (w) => (n(w) === 31 ? (size(w) === 3 ? "sp" : "wsp") : `${size(w) === 3 ? "x" : "w"}${n(w)}`);
    case "zX":
      return (w) => `z${n(w)}.${SVE_SIZE_Q[indexedSize(w)]}`;
    case "dupsrc":
      return (w) => {
        const esize = indexedSize(w);
        const index = ((((w >>> 22) & 3) << 5) | ((w >>> 16) & 31)) >>> (esize + 1);
        return index === 0 ? `${SVE_SIZE_Q[esize]}${n(w)}` : `z${n(w)}.${SVE_SIZE_Q[esize]}[${index}]`;
      };
    case "zL":
      return (w) => `z${n(w)}.${SVE_SIZE[bitmaskElement(w)]}`;
    case "zV":
      return (w) => `z${n(w)}.${SVE_SIZE[narrowShiftSize(w)]}`;
    case "zVw":
      return (w) => `z${n(w)}.${SVE_SIZE[narrowShiftSize(w) + 1]}`;
    case "zI":
      // Element of a same-size indexed SVE2 form: sizes 00 and 01 are both halfwords.
      return (w) => `z${n(w)}.${SVE_SIZE[Math.max(size(w), 1)]}`;
    case "Xs":
      // Same-size indexed element: h (index 22:20:19, Zm 18:16), s (20:19, 18:16), d (20, Zm 19:16).
      return (w) => {
        const sz2 = size(w);
        if (sz2 < 2) return `z${(w >>> 16) & 7}.h[${(((w >>> 22) & 1) << 2) | ((w >>> 19) & 3)}]`;
        if (sz2 === 2) return `z${(w >>> 16) & 7}.s[${(w >>> 19) & 3}]`;
        return `z${(w >>> 16) & 15}.d[${(w >>> 20) & 1}]`;
      };
    case "Xl":
      // Widening indexed element: .h[20:19:11] with Zm 18:16, or .s[20:11] with Zm 19:16.
      return (w) =>
        size(w) === 2
          ? `z${(w >>> 16) & 7}.h[${(((w >>> 19) & 3) << 1) | ((w >>> 11) & 1)}]`
          : `z${(w >>> 16) & 15}.s[${(((w >>> 20) & 1) << 1) | ((w >>> 11) & 1)}]`;
    case "Xlh":
      return (w) => `z${(w >>> 16) & 7}.h[${(((w >>> 19) & 3) << 1) | ((w >>> 11) & 1)}]`;
    case "Xh2":
      return (w) => `z${(w >>> 16) & 7}.h[${(w >>> 19) & 3}]`;
    case "Xdot":
      return (w) =>
        size(w) === 2 ? `z${(w >>> 16) & 7}.b[${(w >>> 19) & 3}]` : `z${(w >>> 16) & 15}.h[${(w >>> 20) & 1}]`;
    case "Xc":
      return (w) =>
        size(w) === 2 ? `z${(w >>> 16) & 7}.h[${(w >>> 19) & 3}]` : `z${(w >>> 16) & 15}.s[${(w >>> 20) & 1}]`;
    case "zU":
      return (w) => `z${n(w)}.${SVE_SIZE[unpredicatedShiftSize(w)]}`;
    case "rsf":
      // W or X by the sf bit (12) of an SVE WHILE.
      return (w) => (n(w) === 31 ? ((w >>> 12) & 1 ? "xzr" : "wzr") : `${(w >>> 12) & 1 ? "x" : "w"}${n(w)}`);
    case "zN":
      // Half-width source elements of a widening SVE2 operation.
      return (w) => `z${n(w)}.${SVE_SIZE[size(w) - 1] ?? "?"}`;
    case "zQ":
      // Quarter-width source elements of a dot product.
      return (w) => `z${n(w)}.${SVE_SIZE[size(w) - 2] ?? "?"}`;
    case "zS":
      return (w) => `z${n(w)}.${SVE_SIZE[sveShiftSize(w)]}`;
    case "zr":
      return (w) => `z${n(w)}`;
    default:
      if (/^z[bhsdq]$/.test(kind)) {
        const element = kind[1]!;
        return (w) => `z${n(w)}.${element}`;
      }
      if (/^p[bhsd]$/.test(kind)) {
        const element = kind[1]!;
        return (w) => `p${n(w)}.${element}`;
      }
      if (/^Zp[24][bhsd]$/.test(kind)) {
        // Multi-vector list of 2 or 4 consecutive registers, the first a multiple of the count.
        const count = Number(kind[2]);
        const element = kind[3]!;
        return (w) => zList(w & (count === 2 ? 0x1e : 0x1c), count, element);
      }
      if (/^Z[1-4][bhsdqT]$/.test(kind)) {
        const count = Number(kind[1]);
        const element = kind[2]!;
        return (w) => zList(n(w), count, element === "T" ? SVE_SIZE[size(w)]! : element);
      }
      if (/^[MR][1-4]$/.test(kind)) {
        // Whole-register lists of a structure load/store: arrangement from size (11:10) and Q.
        const count = Number(kind[1]);
        return (w) => registerList(n(w), count, INT_ARRANGEMENT[(((w >>> 10) & 3) << 1) | q(w)]!);
      }
      if (/^S[1-4][bhsd]$/.test(kind)) {
        const count = Number(kind[1]);
        const element = kind[2]!;
        return (w) => `${registerList(n(w), count, element)}[${laneIndex(w, element)}]`;
      }
      if (kind.startsWith("L") && kind[2] === "_") {
        const count = Number(kind[1]);
        const arrangement = kind.slice(3);
        return (w) => registerList(n(w), count, arrangement);
      }
      if (LITERAL.has(kind)) return (w) => `v${n(w)}.${kind}`;
      if (kind.length === 1 && "bhsdq".includes(kind)) return (w) => `${kind}${n(w)}`;
      throw new Error(`unknown operand kind '${kind}' in template`);
  }
}

/** `{ v30.16b, v31.16b, v0.16b }`: consecutive registers wrap from v31 to v0. */
export function registerList(first: number, count: number, arrangement: string): string {
  let out = "{ ";
  for (let i = 0; i < count; i++) out += `${i ? ", " : ""}v${(first + i) & 31}.${arrangement}`;
  return `${out} }`;
}

const SVE_SIZE = ["b", "h", "s", "d"] as const;

const SVE_SIZE_Q = ["b", "h", "s", "d", "q"] as const;

/** Predicate constraint names of element counts and PTRUE; the unnamed values print as `#n`. */
const SVE_PATTERNS: readonly string[] = Array.from({ length: 32 }, (_, i) => {
  const named: Readonly<Record<number, string>> = {
    0: "pow2",
    1: "vl1",
    2: "vl2",
    3: "vl3",
    4: "vl4",
    5: "vl5",
    6: "vl6",
    7: "vl7",
    8: "vl8",
    9: "vl16",
    10: "vl32",
    11: "vl64",
    12: "vl128",
    13: "vl256",
    29: "mul4",
    30: "mul3",
    31: "all",
  };
  return named[i] ?? `#${i}`;
});

/** Element size of DUP (indexed): the lowest set bit of tsz (bits 20:16). */
function indexedSize(w: number): number {
  const tsz = (w >>> 16) & 31;
  return 31 - Math.clz32(tsz & -tsz);
}

/** Element size of an SVE bitmask immediate (N at 17, imms at 10:5): d, s, h, or b for 8/4/2-bit patterns. */
function bitmaskElement(w: number): number {
  if ((w >>> 17) & 1) return 3;
  const imms = (w >>> 5) & 63;
  if ((imms & 0x20) === 0) return 2;
  if ((imms & 0x10) === 0) return 1;
  return 0;
}

/** The element value of an SVE bitmask immediate, replicated to at least 8 bits, in hex. */
function bitmaskHex(w: number): string {
  const n = (w >>> 17) & 1;
  const immr = (w >>> 11) & 63;
  const imms = (w >>> 5) & 63;
  const len = 31 - Math.clz32((n << 6) | (~imms & 63));
  const esize = 1 << len;
  const levels = esize - 1;
  const ones = (1n << BigInt((imms & levels) + 1)) - 1n;
  const rot = immr & levels;
  const mask = (1n << BigInt(esize)) - 1n;
  let element = rot === 0 ? ones : ((ones >> BigInt(rot)) | (ones << BigInt(esize - rot))) & mask;
  const width = 8 << bitmaskElement(w);
  for (let at = esize; at < width; at += esize) element |= element << BigInt(at);
  element &= (1n << BigInt(width)) - 1n;
  return `0x${element.toString(16)}`;
}

/** True when DUP (immediate) can make the element value: LLVM then prints DUPM as `dupm`, else `mov`. */
function dupCanEncode(w: number): boolean {
  const width = 8 << bitmaskElement(w);
  const value = BigInt.asIntN(width, BigInt(bitmaskHex(w)));
  if (value >= -128n && value <= 127n) return true;
  return width > 8 && value % 256n === 0n && value >= -32768n && value <= 32512n;
}

/** Element size of an SVE predicated shift by immediate: highest set bit of tsz (bits 23:22, 9:8). */
function sveShiftSize(w: number): number {
  const tsz = ((w >>> 20) & 0xc) | ((w >>> 8) & 3);
  return 31 - Math.clz32(tsz);
}

/** tsz (bits 23:22, 20:19) of an SVE unpredicated shift by immediate. */
function unpredicatedTsz(w: number): number {
  return ((w >>> 20) & 0xc) | ((w >>> 19) & 3);
}

function unpredicatedShiftSize(w: number): number {
  return 31 - Math.clz32(unpredicatedTsz(w));
}

/** Narrow element size of an SVE2 narrowing/lengthening shift: tsz at bit 22 and bits 20:19. */
function narrowShiftSize(w: number): number {
  return 31 - Math.clz32(((w >>> 20) & 4) | ((w >>> 19) & 3));
}

function narrowShiftImmediate(w: number): number {
  return (((((w >>> 20) & 4) | ((w >>> 19) & 3)) << 3) | ((w >>> 16) & 7)) >>> 0;
}

/** tsz:imm3 of an SVE predicated shift by immediate. */
function sveShiftImmediate(w: number): number {
  return ((((w >>> 20) & 0xc) | ((w >>> 8) & 3)) << 3) | ((w >>> 5) & 7);
}

/** An SVE vector list: `{ z1.s, z2.s }`, or LLVM's range `{ z1.s - z3.s }` for 3-4 registers that do not wrap. */
export function zList(first: number, count: number, element: string): string {
  if (count > 2 && first + count - 1 <= 31) return `{ z${first}.${element} - z${first + count - 1}.${element} }`;
  let out = "{ ";
  for (let i = 0; i < count; i++) out += `${i ? ", " : ""}z${(first + i) & 31}.${element}`;
  return `${out} }`;
}

const PREFETCH_OPS = [
  "pldl1keep",
  "pldl1strm",
  "pldl2keep",
  "pldl2strm",
  "pldl3keep",
  "pldl3strm",
  "#6",
  "#7",
  "pstl1keep",
  "pstl1strm",
  "pstl2keep",
  "pstl2strm",
  "pstl3keep",
  "pstl3strm",
  "#14",
  "#15",
] as const;

/** `, #imm` (or `, #imm, mul vl`) from a signed or unsigned field times a scale; empty when zero. */
function offsetPiece(spec: string): Piece {
  const [kind, scaleText] = spec.split(":");
  const scale = Number(scaleText ?? "1");
  const read: Readonly<Record<string, (w: number) => number>> = {
    vl4: (w) => ((w << 12) >> 28) * scale,
    imm4: (w) => ((w << 12) >> 28) * scale,
    imm6u: (w) => ((w >>> 16) & 63) * scale,
    imm5u: (w) => ((w >>> 16) & 31) * scale,
    vl6: (w) => ((w << 10) >> 26) * scale,
    vl9: (w) => (((((w >>> 16) & 63) << 3) | ((w >>> 10) & 7)) << 23) >> 23,
  };
  const value = read[kind!];
  if (value === undefined) throw new Error(`unknown offset '${spec}'`);
  const mulVl = kind!.startsWith("vl");
  return (w) => {
    const v = value(w);
    if (v === 0) return "";
    return mulVl ? `, #${v}, mul vl` : `, #${v}`;
  };
}

/** The lane of a single-structure load/store: Q:S:size bits, fewer as the element widens. */
function laneIndex(w: number, element: string): number {
  const qs = (q(w) << 1) | ((w >>> 12) & 1);
  const sizeBits = (w >>> 10) & 3;
  if (element === "b") return (qs << 2) | sizeBits;
  if (element === "h") return (qs << 1) | (sizeBits >>> 1);
  if (element === "s") return qs;
  return q(w);
}

/** The post-index part of a structure load/store: `, #bytes` when Rm is 31, else `, xM`. */
function postIndex(spec: string): Piece {
  const amount = Number.parseInt(spec, 10);
  const perQ = spec.endsWith("q");
  const perElement = spec.endsWith("e");
  return (w) => {
    const rm = (w >>> 16) & 31;
    if (rm !== 31) return `, x${rm}`;
    const bytes = perQ ? amount << q(w) : perElement ? amount << ((w >>> 10) & 3) : amount;
    return `, #${bytes}`;
  };
}

const imm5 = (w: number): number => (w >>> 16) & 31;
/** Element size 0..3 of a copy instruction: the lowest set bit of imm5. */
const copySize = (w: number): number => 31 - Math.clz32(imm5(w) & -imm5(w));
/** The modified-immediate byte a:b:c:d:e:f:g:h (bits 18:16 and 9:5). */
const imm8 = (w: number): number => (((w >>> 16) & 7) << 5) | ((w >>> 5) & 31);

/** A 64-bit immediate as LLVM prints it: printf %#016llx (so zero has no 0x). */
function imm64(w: number): string {
  const byte = imm8(w);
  let text = "";
  for (let i = 7; i >= 0; i--) text += (byte >>> i) & 1 ? "ff" : "00";
  if (byte === 0) return text;
  return `0x${text.replace(/^0+/, "").padStart(14, "0")}`;
}

function arr(w: number): number {
  return (size(w) << 1) | q(w);
}

/** The right-shift amount of a shift-by-immediate word: 2 * esize - immh:immb. */
export function rightShift(w: number): number {
  return (16 << immhSize(w)) - ((w >>> 16) & 127);
}

/** The left-shift amount of a shift-by-immediate word: immh:immb - esize. */
export function leftShift(w: number): number {
  return ((w >>> 16) & 127) - (8 << immhSize(w));
}

function placeholderPiece(body: string): Piece {
  if (body.startsWith("post:")) return postIndex(body.slice(5));
  if (body.startsWith("off:")) return offsetPiece(body.slice(4));
  if (body.startsWith("zaslice:")) {
    // A ZA tile slice `za1h.s[w13, 2]`: tile and slice index share bits 3:0 by element size.
    const esize = Number(body.slice(8));
    const letter = ["b", "h", "s", "d", "q"][esize]!;
    const indexBits = esize >= 4 ? 0 : 4 - esize;
    return (w) => {
      const field = w & 15;
      const tile = field >>> indexBits;
      const index = field & ((1 << indexBits) - 1);
      return `{za${tile}${(w >>> 15) & 1 ? "v" : "h"}.${letter}[w${12 + ((w >>> 13) & 3)}, ${index}]}`;
    };
  }
  if (body.startsWith("zat:")) {
    const letter = body[4]!;
    const width = Number(body[5]);
    return (w) => `za${w & ((1 << width) - 1)}.${letter}`;
  }
  if (body === "zav") return (w) => `w${12 + ((w >>> 13) & 3)}, ${w & 15}`;
  if (body === "zavl") return (w) => ((w & 15) === 0 ? "" : `, #${w & 15}, mul vl`);
  if (body === "pnz") return (w) => `pn${8 + ((w >>> 10) & 7)}/z`;
  if (body === "pnc") return (w) => `pn${8 + ((w >>> 10) & 7)}`;
  if (body === "pdpair") {
    return (w) => {
      const first = (w & 14) >>> 0;
      const t = SVE_SIZE[size(w)];
      return `{ p${first}.${t}, p${first + 1}.${t} }`;
    };
  }
  if (body === "pn8") return (w) => `${8 + (w & 7)}`;
  if (body === "T") return (w) => SVE_SIZE[size(w)]!;
  if (body === "vlx") return (w) => ((w >>> 13) & 1 ? "4" : "2");
  if (body === "ptpattern") {
    return (w) => (((w >>> 5) & 31) === 31 ? "" : `, ${SVE_PATTERNS[(w >>> 5) & 31]}`);
  }
  if (body === "psel") {
    // PSEL Pm.T[Wv, imm]: the lowest set bit of tsz (22, 20:18) gives T; i1:tsz shifted gives imm.
    return (w) => {
      const tsz = (((w >>> 22) & 1) << 3) | ((w >>> 18) & 7);
      const esize = 31 - Math.clz32(tsz & -tsz);
      const index = ((((w >>> 23) & 1) << 4) | tsz) >>> (esize + 1);
      return `p${(w >>> 5) & 15}.${SVE_SIZE[esize]}[w${12 + ((w >>> 16) & 3)}, ${index}]`;
    };
  }
  if (body === "bhwd") return (w) => "bhwd"[size(w)]!;
  if (body === "simm6") return (w) => `${(w << 21) >> 26}`;
  if (body === "pattern") {
    // The predicate pattern and multiplier of an element count; `all` with no multiplier is implied.
    return (w) => {
      const pattern = (w >>> 5) & 31;
      const imm = (w >>> 16) & 15;
      if (pattern === 31 && imm === 0) return "";
      return `, ${SVE_PATTERNS[pattern]}${imm === 0 ? "" : `, mul #${imm + 1}`}`;
    };
  }
  if (body === "cpyimm") {
    // A shifted zero keeps its shift in the text; other values print already shifted.
    return (w) => {
      const imm = (w << 19) >> 24;
      const shifted = (w >>> 13) & 1;
      if (shifted && imm === 0) return "0, lsl #8";
      return `${imm * (shifted ? 256 : 1)}`;
    };
  }
  if (body === "fpimm8") return (w) => fpImmValue((w >>> 5) & 255).toFixed(8);
  if (body === "sveimm") return bitmaskHex;
  if (body === "dupmimm") {
    // The MOV alias prints values that fit in 16 signed bits in decimal (LLVM's DUP-style printer).
    return (w) => {
      if (dupCanEncode(w)) return bitmaskHex(w);
      const value = BigInt.asIntN(8 << bitmaskElement(w), BigInt(bitmaskHex(w)));
      return value >= -32768n && value <= 65535n ? `${value}` : bitmaskHex(w);
    };
  }
  if (body === "dupm") return (w) => (dupCanEncode(w) ? "dupm" : "mov");
  if (body === "ext8") return (w) => `${(((w >>> 16) & 31) << 3) | ((w >>> 10) & 7)}`;
  if (body === "vshr") return (w) => `${(16 << narrowShiftSize(w)) - narrowShiftImmediate(w)}`;
  if (body === "vshl") return (w) => `${narrowShiftImmediate(w) - (8 << narrowShiftSize(w))}`;
  if (body === "luti2h") return (w) => `${(((w >>> 22) & 3) << 1) | ((w >>> 12) & 1)}`;
  if (body === "ushr")
    return (w) => `${(16 << unpredicatedShiftSize(w)) - ((unpredicatedTsz(w) << 3) | ((w >>> 16) & 7))}`;
  if (body === "ushl")
    return (w) => `${((unpredicatedTsz(w) << 3) | ((w >>> 16) & 7)) - (8 << unpredicatedShiftSize(w))}`;
  if (body === "sveshr") return (w) => `${(16 << sveShiftSize(w)) - sveShiftImmediate(w)}`;
  if (body === "sveshl") return (w) => `${sveShiftImmediate(w) - (8 << sveShiftSize(w))}`;
  if (body === "simm5") return (w) => `${(w << 11) >> 27}`;
  if (body === "simm5a") return (w) => `${(w << 22) >> 27}`;
  if (body === "adrshift") return (w) => (((w >>> 10) & 3) === 0 ? "" : ` #${(w >>> 10) & 3}`);
  if (body === "adrlsl") return (w) => (((w >>> 10) & 3) === 0 ? "" : `, lsl #${(w >>> 10) & 3}`);
  if (body === "prfop") return (w) => PREFETCH_OPS[w & 15]!;
  if (body === "xs22") return (w) => ((w >>> 22) & 1 ? "sxtw" : "uxtw");
  if (body === "xs14") return (w) => ((w >>> 14) & 1 ? "sxtw" : "uxtw");
  if (body.startsWith("rmz:")) {
    // Like rm:, but Rm = 31 prints as xzr (the SME2 multi-vector forms).
    const shift = Number(body.slice(4));
    return (w) => {
      const rm = (w >>> 16) & 31;
      const reg = rm === 31 ? "xzr" : `x${rm}`;
      return shift === 0 ? `, ${reg}` : `, ${reg}, lsl #${shift}`;
    };
  }
  if (body.startsWith("rm:")) {
    // Scalar-plus-scalar offset register: `, xM` or `, xM, lsl #k`; Rm = 31 (xzr) is omitted.
    const shift = Number(body.slice(3));
    return (w) => {
      const rm = (w >>> 16) & 31;
      if (rm === 31) return "";
      return shift === 0 ? `, x${rm}` : `, x${rm}, lsl #${shift}`;
    };
  }
  if (body.startsWith("=")) {
    const field = body.slice(1);
    return (_, f) => `${f[field]}`;
  }
  if (body === "imm8") return (w) => `${imm8(w)}`;
  if (body === "imm64") return imm64;
  if (body === "fpimm") return (w) => fpImmValue(imm8(w)).toFixed(8);
  if (body === "lsl32") return (w) => (((w >>> 13) & 3) === 0 ? "" : `, lsl #${((w >>> 13) & 3) * 8}`);
  if (body === "lsl16") return (w) => (((w >>> 13) & 1) === 0 ? "" : ", lsl #8");
  if (body === "msl") return (w) => `${(w >>> 12) & 1 ? 16 : 8}`;
  if (body === "2") return (w) => (q(w) ? "2" : "");
  if (body === "rshift") return (w) => `${rightShift(w)}`;
  if (body === "shll") return (w) => `${8 << size(w)}`;
  if (body === "rotc") return (w) => `${((w >>> 10) & 3) * 90}`;
  if (body === "rot3") return (w) => `${((w >>> 11) & 3) * 90}`;
  if (body === "rotadd") return (w) => ((w >>> 12) & 1 ? "270" : "90");
  if (body === "rot") return (w) => `${((w >>> 13) & 3) * 90}`;
  if (body === "lshift") return (w) => `${leftShift(w)}`;
  const colon = body.indexOf(":");
  if (colon < 0) throw new Error(`bad placeholder '{${body}}'`);
  return registerPiece(body.slice(0, colon), body.slice(colon + 1));
}

/** A formatter printing `template` for a word. */
export function compileTemplate(template: string): Formatter {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{([^}]+)\}/g)) {
    const text = template.slice(at, match.index);
    if (text !== "") pieces.push(() => text);
    pieces.push(placeholderPiece(match[1]!));
    at = match.index + match[0].length;
  }
  const tail = template.slice(at);
  if (tail !== "") pieces.push(() => tail);
  return (insn, fields) => {
    let out = "";
    for (const piece of pieces) out += piece(insn.word, fields);
    return out;
  };
}
