/** FCVT{N,P,M,A}{S,U} Wd/Xd, Hn/Sn/Dn: FP to a general register with an explicit rounding (FPToFixed). */
import { D, fpToFixed, H, resultHi, resultLo, S } from "./fp-lane";
import { define } from "./table";

/** sf 0 0 11110 ftype 1 rmode:2 opcode:3 000000 n d; rounding from rmode (00 with opcode 1xx: ties away). */
export const FCVT_ROUNDED_GPR = define("FCVT_ROUNDED_GPR", (c, w) => {
  const sf = w >>> 31;
  const ftype = (w >>> 22) & 3;
  const rmode = (w >>> 19) & 3;
  const opcode = (w >>> 16) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const f = ftype === 0 ? S : ftype === 1 ? D : H;
  const rounding = opcode >= 4 ? 4 : rmode === 0 ? 0 : rmode === 1 ? 1 : 2;
  const v32 = c.v32;
  const hi = f === D ? v32[n * 4 + 1]! : f === S ? v32[n * 4]! : c.v16[n * 8]!;
  const lo = f === D ? v32[n * 4]! : 0;
  fpToFixed(c, f, hi, lo, 0, rounding, sf === 1 ? 64 : 32, (opcode & 1) === 1);
  if (d === 31) return;
  c.x[d * 2] = resultLo;
  c.x[d * 2 + 1] = sf === 1 ? resultHi : 0;
});

/** The handler for an FCVT{N,P,M,A}{S,U} to a general register, or -1. */
export function decodeFcvtRoundedGpr(w: number): number {
  if ((w & 0x7f20fc00) >>> 0 !== 0x1e200000) return -1;
  const ftype = (w >>> 22) & 3;
  if (ftype === 2) return -1;
  const rm = (((w >>> 19) & 3) << 3) | ((w >>> 16) & 7);
  const ok = rm === 0 || rm === 1 || rm === 8 || rm === 9 || rm === 16 || rm === 17 || rm === 4 || rm === 5;
  return ok ? FCVT_ROUNDED_GPR : -1;
}
