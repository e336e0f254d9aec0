/** FMOV Xd, Vn.D[1] and FMOV Vd.D[1], Xn: the upper 64 bits of a vector register to and from a GPR. */
import { define } from "./table";

/** FMOV Xd, Vn.D[1] (1 00 11110 10 1 01 110 000000 n d); Xd = 31 is XZR. */
export const FMOV_X_D1 = define("FMOV_X_D1", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  if (d === 31) return;
  c.x[d * 2] = c.v32[n * 4 + 2]!;
  c.x[d * 2 + 1] = c.v32[n * 4 + 3]!;
});

/** FMOV Vd.D[1], Xn (1 00 11110 10 1 01 111 000000 n d): the lower half of Vd is kept; Xn = 31 is XZR. */
export const FMOV_D1_X = define("FMOV_D1_X", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  c.v32[d * 4 + 2] = n === 31 ? 0 : c.x[n * 2]!;
  c.v32[d * 4 + 3] = n === 31 ? 0 : c.x[n * 2 + 1]!;
});

/** The handler for an FMOV to or from D[1], or -1. */
export function decodeFmovUpper(w: number): number {
  if ((w & 0xfffffc00) >>> 0 === 0x9eae0000) return FMOV_X_D1;
  if ((w & 0xfffffc00) >>> 0 === 0x9eaf0000) return FMOV_D1_X;
  return -1;
}
