/**
 * The cryptographic extension and polynomial multiply: AES, SHA1, SHA256, SHA512, SHA3, SM3, SM4
 * and PMULL/PMULL2, as the Arm ARM pseudocode defines them. 128-bit values are four 32-bit words
 * (word 0 = bits 31:0); 64-bit arithmetic works on hi/lo word pairs, never on BigInt.
 */
import type { Cpu } from "../core/cpu";
import { UNDEF } from "./branch";
import { define } from "./table";

/** Result staging so Vd may alias a source; module-level, never reallocated. */
const R = new Int32Array(4);
const RB = new Uint8Array(R.buffer);
/** Scratch 128-bit operands. */
const X = new Int32Array(4);
const Y = new Int32Array(4);
const XB = new Uint8Array(X.buffer);

function rol(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

function ror(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

function load(dst: Int32Array, c: Cpu, reg: number): void {
  const v32 = c.v32;
  dst[0] = v32[reg * 4]!;
  dst[1] = v32[reg * 4 + 1]!;
  dst[2] = v32[reg * 4 + 2]!;
  dst[3] = v32[reg * 4 + 3]!;
}

function store(c: Cpu, d: number, src: Int32Array): void {
  const v32 = c.v32;
  v32[d * 4] = src[0]!;
  v32[d * 4 + 1] = src[1]!;
  v32[d * 4 + 2] = src[2]!;
  v32[d * 4 + 3] = src[3]!;
}

// ---------------------------------------------------------------------------------------------
// GF(2^8) tables, computed once: the AES S-box (FIPS 197) and the SM4 S-box (GB/T 32907), each an
// affine map around the field inverse.

function gfMul(a: number, b: number, poly: number): number {
  let r = 0;
  while (b !== 0) {
    if ((b & 1) !== 0) r ^= a;
    a <<= 1;
    if ((a & 0x100) !== 0) a ^= poly;
    b >>>= 1;
  }
  return r;
}

function gfInverses(poly: number): Uint8Array {
  const inv = new Uint8Array(256);
  for (let a = 1; a < 256; a++) for (let b = 1; b < 256; b++) if (gfMul(a, b, poly) === 1) inv[a] = b;
  return inv;
}

const AES_SBOX = new Uint8Array(256);
const AES_INV_SBOX = new Uint8Array(256);
const SM4_SBOX = new Uint8Array(256);
{
  const inv = gfInverses(0x11b);
  for (let x = 0; x < 256; x++) {
    const b = inv[x]!;
    let s = b;
    for (let k = 1; k <= 4; k++) s ^= ((b << k) | (b >>> (8 - k))) & 0xff;
    AES_SBOX[x] = s ^ 0x63;
    AES_INV_SBOX[s ^ 0x63] = x;
  }
  // SM4: S(x) = A·inv(A·x ⊕ 0xd3) ⊕ 0xd3 over x^8+x^7+x^6+x^5+x^4+x^2+1; A's columns, MSB first.
  const columns = [0xe5, 0xf2, 0x79, 0xbc, 0x5e, 0x2f, 0x97, 0xcb];
  const affine = (x: number) => {
    let r = 0;
    for (let i = 0; i < 8; i++) if (((x >>> (7 - i)) & 1) !== 0) r ^= columns[i]!;
    return r;
  };
  const sm4Inv = gfInverses(0x1f5);
  for (let x = 0; x < 256; x++) SM4_SBOX[x] = affine(sm4Inv[affine(x) ^ 0xd3]!) ^ 0xd3;
}

// ---------------------------------------------------------------------------------------------
// AES

/** AESE/AESD (XOR with the round key, (Inv)ShiftRows, (Inv)SubBytes) and AESMC/AESIMC. */
export const AES = define("AES", (c, w) => {
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  load(X, c, n);
  if (opcode <= 5) {
    load(Y, c, d);
    for (let i = 0; i < 4; i++) X[i]! ^= Y[i]!;
    const decrypt = opcode === 5;
    const box = decrypt ? AES_INV_SBOX : AES_SBOX;
    // State byte r + 4c is row r of column c; ShiftRows moves row r left by r columns.
    for (let col = 0; col < 4; col++) {
      for (let row = 0; row < 4; row++) {
        const from = decrypt ? (col - row + 4) & 3 : (col + row) & 3;
        RB[row + 4 * col] = box[XB[row + 4 * from]!]!;
      }
    }
  } else {
    const inverse = opcode === 7;
    for (let col = 0; col < 4; col++) {
      const a0 = XB[4 * col]!;
      const a1 = XB[4 * col + 1]!;
      const a2 = XB[4 * col + 2]!;
      const a3 = XB[4 * col + 3]!;
      if (inverse) {
        RB[4 * col] = mul(a0, 14) ^ mul(a1, 11) ^ mul(a2, 13) ^ mul(a3, 9);
        RB[4 * col + 1] = mul(a0, 9) ^ mul(a1, 14) ^ mul(a2, 11) ^ mul(a3, 13);
        RB[4 * col + 2] = mul(a0, 13) ^ mul(a1, 9) ^ mul(a2, 14) ^ mul(a3, 11);
        RB[4 * col + 3] = mul(a0, 11) ^ mul(a1, 13) ^ mul(a2, 9) ^ mul(a3, 14);
      } else {
        RB[4 * col] = xtime(a0) ^ xtime(a1) ^ a1 ^ a2 ^ a3;
        RB[4 * col + 1] = a0 ^ xtime(a1) ^ xtime(a2) ^ a2 ^ a3;
        RB[4 * col + 2] = a0 ^ a1 ^ xtime(a2) ^ xtime(a3) ^ a3;
        RB[4 * col + 3] = xtime(a0) ^ a0 ^ a1 ^ a2 ^ xtime(a3);
      }
    }
  }
  store(c, d, R);
});

function xtime(a: number): number {
  return ((a << 1) ^ ((a >>> 7) * 0x1b)) & 0xff;
}

function mul(a: number, k: number): number {
  return gfMul(a, k, 0x11b);
}

// ---------------------------------------------------------------------------------------------
// SHA1 and SHA256

function choose(x: number, y: number, z: number): number {
  return ((y ^ z) & x) ^ z;
}

function majority(x: number, y: number, z: number): number {
  return (x & y) | ((x | y) & z);
}

/** SHA1C/SHA1P/SHA1M, SHA1SU0, SHA256H/SHA256H2, SHA256SU1: the three-register SHA forms. */
export const SHA3REG = define("SHA3REG", (c, w) => {
  const m = (w >>> 16) & 31;
  const opcode = (w >>> 12) & 7;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  load(X, c, d);
  switch (opcode) {
    case 0:
    case 1:
    case 2: {
      // Four SHA1 rounds: X = (a, b, c, d) in words 0..3, the running e in Y.
      let e = v32[n * 4]!;
      for (let i = 0; i < 4; i++) {
        const b = X[1]!;
        const cc = X[2]!;
        const dd = X[3]!;
        const t = opcode === 0 ? choose(b, cc, dd) : opcode === 1 ? b ^ cc ^ dd : majority(b, cc, dd);
        e = (e + rol(X[0]!, 5) + t + v32[m * 4 + i]!) | 0;
        X[1] = rol(b, 30);
        const top = X[3]!;
        X[3] = X[2]!;
        X[2] = X[1]!;
        X[1] = X[0]!;
        X[0] = e;
        e = top;
      }
      store(c, d, X);
      return;
    }
    case 3:
      // SHA1SU0: (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm
      R[0] = X[2]! ^ X[0]! ^ v32[m * 4]!;
      R[1] = X[3]! ^ X[1]! ^ v32[m * 4 + 1]!;
      R[2] = v32[n * 4]! ^ X[2]! ^ v32[m * 4 + 2]!;
      R[3] = v32[n * 4 + 1]! ^ X[3]! ^ v32[m * 4 + 3]!;
      store(c, d, R);
      return;
    case 4:
    case 5: {
      // SHA256H keeps the hash's X (= Vd), SHA256H2 its Y (= Vd): Vd is updated either way.
      load(Y, c, n);
      if (opcode === 4) sha256Hash(X, Y, c, m);
      else sha256Hash(Y, X, c, m);
      store(c, d, X);
      return;
    }
    case 6: {
      // SHA256SU1: T0 = Vm<31:0> : Vn<127:32>, the schedule's sigma1 over Vm<127:64> then the new words.
      const t0 = [v32[n * 4 + 1]!, v32[n * 4 + 2]!, v32[n * 4 + 3]!, v32[m * 4]!];
      R[0] = (sigma1(v32[m * 4 + 2]!) + X[0]! + t0[0]!) | 0;
      R[1] = (sigma1(v32[m * 4 + 3]!) + X[1]! + t0[1]!) | 0;
      R[2] = (sigma1(R[0]!) + X[2]! + t0[2]!) | 0;
      R[3] = (sigma1(R[1]!) + X[3]! + t0[3]!) | 0;
      store(c, d, R);
      return;
    }
    default:
      return c.undefined();
  }
});

function sigma1(x: number): number {
  return ror(x, 17) ^ ror(x, 19) ^ (x >>> 10);
}

/** SHA256hash: four rounds on (X, Y) with message words Vm; both updated in place. */
function sha256Hash(x: Int32Array, y: Int32Array, c: Cpu, m: number): void {
  const v32 = c.v32;
  for (let e = 0; e < 4; e++) {
    const chs = choose(y[0]!, y[1]!, y[2]!);
    const maj = majority(x[0]!, x[1]!, x[2]!);
    const s1 = ror(y[0]!, 6) ^ ror(y[0]!, 11) ^ ror(y[0]!, 25);
    const s0 = ror(x[0]!, 2) ^ ror(x[0]!, 13) ^ ror(x[0]!, 22);
    const t1 = (y[3]! + s1 + chs + v32[m * 4 + e]!) | 0;
    const xTop = (t1 + x[3]!) | 0;
    const yTop = (t1 + s0 + maj) | 0;
    // ROL(Y:X, 32): X takes Y's new top word at the bottom, Y takes X's.
    x[3] = x[2]!;
    x[2] = x[1]!;
    x[1] = x[0]!;
    x[0] = yTop;
    y[3] = y[2]!;
    y[2] = y[1]!;
    y[1] = y[0]!;
    y[0] = xTop;
  }
}

/** SHA1H, SHA1SU1, SHA256SU0: the two-register SHA forms. */
export const SHA2REG = define("SHA2REG", (c, w) => {
  const opcode = (w >>> 12) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  load(Y, c, n);
  if (opcode === 0) {
    R[0] = rol(Y[0]!, 30);
    R[1] = R[2] = R[3] = 0;
  } else if (opcode === 1) {
    // SHA1SU1: T = Vd ^ (Vn >> 32), each word rotated left by 1, the top also taking ROL(T<31:0>, 2).
    load(X, c, d);
    const t0 = X[0]! ^ Y[1]!;
    const t1 = X[1]! ^ Y[2]!;
    const t2 = X[2]! ^ Y[3]!;
    const t3 = X[3]!;
    R[0] = rol(t0, 1);
    R[1] = rol(t1, 1);
    R[2] = rol(t2, 1);
    R[3] = rol(t3, 1) ^ rol(t0, 2);
  } else {
    // SHA256SU0: T = Vn<31:0> : Vd<127:32>; sigma0 of each word plus the matching word of Vd.
    load(X, c, d);
    for (let e = 0; e < 4; e++) {
      const t = e < 3 ? X[e + 1]! : Y[0]!;
      R[e] = ((ror(t, 7) ^ ror(t, 18) ^ (t >>> 3)) + v32[d * 4 + e]!) | 0;
    }
  }
  store(c, d, R);
});

// ---------------------------------------------------------------------------------------------
// 64-bit helpers on hi/lo pairs: the result lands in (rh, rl).

let rh = 0;
let rl = 0;

function ror64(hi: number, lo: number, n: number): void {
  if (n >= 32) {
    const t = hi;
    hi = lo;
    lo = t;
    n -= 32;
  }
  if (n === 0) {
    rh = hi;
    rl = lo;
    return;
  }
  rl = (lo >>> n) | (hi << (32 - n));
  rh = (hi >>> n) | (lo << (32 - n));
}

/** Σ of three right rotations and (shift 0) or one right shift, as SHA512's sigma functions. */
function sigma64(hi: number, lo: number, a: number, b: number, cShift: number, cIsShift: boolean): void {
  ror64(hi, lo, a);
  let h = rh;
  let l = rl;
  ror64(hi, lo, b);
  h ^= rh;
  l ^= rl;
  if (cIsShift) {
    l ^= (lo >>> cShift) | (hi << (32 - cShift));
    h ^= hi >>> cShift;
  } else {
    ror64(hi, lo, cShift);
    h ^= rh;
    l ^= rl;
  }
  rh = h;
  rl = l;
}

/** (rh, rl) = a + b, 64-bit wrapping. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0);
  rl = lo | 0;
  rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) | 0;
}

/** SHA512H/H2/SU1, RAX1, SM3PARTW1/2, SM4EKEY: the 0xCE60 three-register group. */
export const CE3REG = define("CE3REG", (c, w) => {
  const m = (w >>> 16) & 31;
  const op = (((w >>> 14) & 1) << 2) | ((w >>> 10) & 3);
  const n = (w >>> 5) & 31;
  const d = w & 31;
  load(X, c, n);
  load(Y, c, m);
  switch (op) {
    case 0:
      sha512h(c, d);
      return;
    case 1:
      sha512h2(c, d);
      return;
    case 2: {
      // SHA512SU1: W + sigma1(X) + Y, per 64-bit lane.
      const v32 = c.v32;
      for (let lane = 0; lane < 2; lane++) {
        sigma64(X[lane * 2 + 1]!, X[lane * 2]!, 19, 61, 6, true);
        add64(rh, rl, Y[lane * 2 + 1]!, Y[lane * 2]!);
        add64(rh, rl, v32[d * 4 + lane * 2 + 1]!, v32[d * 4 + lane * 2]!);
        R[lane * 2] = rl;
        R[lane * 2 + 1] = rh;
      }
      break;
    }
    case 3:
      // RAX1: Vn ^ ROL(Vm, 1) per 64-bit lane.
      for (let lane = 0; lane < 2; lane++) {
        const lo = Y[lane * 2]!;
        const hi = Y[lane * 2 + 1]!;
        R[lane * 2] = X[lane * 2]! ^ ((lo << 1) | (hi >>> 31));
        R[lane * 2 + 1] = X[lane * 2 + 1]! ^ ((hi << 1) | (lo >>> 31));
      }
      break;
    case 4:
      sm3PartW1(c, d);
      break;
    case 5:
      sm3PartW2(c, d);
      break;
    case 6:
      // SM4EKEY: four key-schedule rounds on Vn with the constants in Vm.
      sm4Rounds(X, Y, true);
      store(c, d, X);
      return;
    default:
      return c.undefined();
  }
  store(c, d, R);
});

function sha512h(c: Cpu, d: number): void {
  const v32 = c.v32;
  // X = Vn, Y = Vm, W = Vd; Y<127:64> is (Y[3], Y[2]).
  sigma64(Y[3]!, Y[2]!, 14, 18, 41, false);
  let sh = rh;
  let sl = rl;
  let th = (Y[3]! & X[1]!) ^ (~Y[3]! & X[3]!);
  let tl = (Y[2]! & X[0]!) ^ (~Y[2]! & X[2]!);
  add64(th, tl, sh, sl);
  add64(rh, rl, v32[d * 4 + 3]!, v32[d * 4 + 2]!);
  const hiH = rh;
  const hiL = rl;
  add64(hiH, hiL, Y[1]!, Y[0]!);
  const tmpH = rh;
  const tmpL = rl;
  sigma64(tmpH, tmpL, 14, 18, 41, false);
  sh = rh;
  sl = rl;
  th = (tmpH & Y[3]!) ^ (~tmpH & X[1]!);
  tl = (tmpL & Y[2]!) ^ (~tmpL & X[0]!);
  add64(th, tl, sh, sl);
  add64(rh, rl, v32[d * 4 + 1]!, v32[d * 4]!);
  R[0] = rl;
  R[1] = rh;
  R[2] = hiL;
  R[3] = hiH;
  store(c, d, R);
}

function sha512h2(c: Cpu, d: number): void {
  const v32 = c.v32;
  sigma64(Y[1]!, Y[0]!, 28, 34, 39, false);
  let th = (X[1]! & Y[3]!) ^ (X[1]! & Y[1]!) ^ (Y[3]! & Y[1]!);
  let tl = (X[0]! & Y[2]!) ^ (X[0]! & Y[0]!) ^ (Y[2]! & Y[0]!);
  add64(th, tl, rh, rl);
  add64(rh, rl, v32[d * 4 + 3]!, v32[d * 4 + 2]!);
  const hiH = rh;
  const hiL = rl;
  sigma64(hiH, hiL, 28, 34, 39, false);
  const sh = rh;
  const sl = rl;
  th = (hiH & Y[1]!) ^ (hiH & Y[3]!) ^ (Y[3]! & Y[1]!);
  tl = (hiL & Y[0]!) ^ (hiL & Y[2]!) ^ (Y[2]! & Y[0]!);
  add64(th, tl, sh, sl);
  add64(rh, rl, v32[d * 4 + 1]!, v32[d * 4]!);
  R[0] = rl;
  R[1] = rh;
  R[2] = hiL;
  R[3] = hiH;
  store(c, d, R);
}

/** SHA512SU0 (op 0) and SM4E (op 1): the two-register 0xCEC08 group. */
export const CE2REG = define("CE2REG", (c, w) => {
  const n = (w >>> 5) & 31;
  const d = w & 31;
  load(X, c, d);
  load(Y, c, n);
  if (((w >>> 10) & 3) === 1) {
    sm4Rounds(X, Y, false);
    store(c, d, X);
    return;
  }
  // SHA512SU0: W<63:0> + sigma0(W<127:64>), W<127:64> + sigma0(Vn<63:0>).
  sigma64(X[3]!, X[2]!, 1, 8, 7, true);
  add64(X[1]!, X[0]!, rh, rl);
  R[0] = rl;
  R[1] = rh;
  sigma64(Y[1]!, Y[0]!, 1, 8, 7, true);
  add64(X[3]!, X[2]!, rh, rl);
  R[2] = rl;
  R[3] = rh;
  store(c, d, R);
});

// ---------------------------------------------------------------------------------------------
// SHA3

/** EOR3, BCAX, SM3SS1: the four-register group. */
export const CE4REG = define("CE4REG", (c, w) => {
  const op = (w >>> 21) & 3;
  const m = (w >>> 16) & 31;
  const a = (w >>> 10) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  if (op === 2) {
    // SM3SS1: ROL(ROL(Vn<127:96>, 12) + Vm<127:96> + Va<127:96>, 7) in the top word, the rest zero.
    R[3] = rol((rol(v32[n * 4 + 3]!, 12) + v32[m * 4 + 3]! + v32[a * 4 + 3]!) | 0, 7);
    R[0] = R[1] = R[2] = 0;
  } else {
    for (let i = 0; i < 4; i++) {
      const vn = v32[n * 4 + i]!;
      const vm = v32[m * 4 + i]!;
      const va = v32[a * 4 + i]!;
      R[i] = op === 0 ? vn ^ vm ^ va : vn ^ (vm & ~va);
    }
  }
  store(c, d, R);
});

/** XAR: ROR(Vn ^ Vm, imm6) per 64-bit lane. */
export const XAR = define("XAR", (c, w) => {
  const m = (w >>> 16) & 31;
  const imm6 = (w >>> 10) & 63;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  for (let lane = 0; lane < 2; lane++) {
    const lo = v32[n * 4 + lane * 2]! ^ v32[m * 4 + lane * 2]!;
    const hi = v32[n * 4 + lane * 2 + 1]! ^ v32[m * 4 + lane * 2 + 1]!;
    ror64(hi, lo, imm6);
    R[lane * 2] = rl;
    R[lane * 2 + 1] = rh;
  }
  store(c, d, R);
});

// ---------------------------------------------------------------------------------------------
// SM3 and SM4

/** SM3TT1A/SM3TT1B/SM3TT2A/SM3TT2B: one compression-round half with Vm's word imm2. */
export const SM3TT = define("SM3TT", (c, w) => {
  const m = (w >>> 16) & 31;
  const imm2 = (w >>> 12) & 3;
  const op = (w >>> 10) & 3;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  load(X, c, d);
  const word = v32[m * 4 + imm2]!;
  const top = v32[n * 4 + 3]!;
  let t: number;
  if (op < 2) {
    const ss2 = top ^ rol(X[3]!, 12);
    const ff = op === 0 ? X[1]! ^ X[3]! ^ X[2]! : (X[3]! & X[1]!) | (X[3]! & X[2]!) | (X[1]! & X[2]!);
    t = (ff + X[0]! + ss2 + word) | 0;
    R[1] = rol(X[2]!, 9);
  } else {
    const gg = op === 2 ? X[1]! ^ X[3]! ^ X[2]! : (X[3]! & X[2]!) | (~X[3]! & X[1]!);
    const tt2 = (gg + X[0]! + top + word) | 0;
    t = tt2 ^ rol(tt2, 9) ^ rol(tt2, 17);
    R[1] = rol(X[2]!, 19);
  }
  R[0] = X[1]!;
  R[2] = X[3]!;
  R[3] = t;
  store(c, d, R);
});

function sm3Permute(x: number): number {
  return x ^ rol(x, 15) ^ rol(x, 23);
}

function sm3PartW1(c: Cpu, d: number): void {
  const v32 = c.v32;
  // X = Vn, Y = Vm
  for (let i = 0; i < 3; i++) R[i] = v32[d * 4 + i]! ^ X[i]! ^ rol(Y[i + 1]!, 15);
  for (let i = 0; i < 3; i++) R[i] = sm3Permute(R[i]!);
  R[3] = sm3Permute(v32[d * 4 + 3]! ^ X[3]! ^ rol(R[0]!, 15));
}

function sm3PartW2(c: Cpu, d: number): void {
  const v32 = c.v32;
  let low = 0;
  for (let i = 0; i < 4; i++) {
    const t = X[i]! ^ rol(Y[i]!, 7);
    if (i === 0) low = t;
    R[i] = v32[d * 4 + i]! ^ t;
  }
  R[3] = R[3]! ^ sm3Permute(rol(low, 15));
}

/** Four SM4 rounds on state `s` with round keys (or key-schedule constants) `k`; `s` updated. */
function sm4Rounds(s: Int32Array, k: Int32Array, keySchedule: boolean): void {
  for (let i = 0; i < 4; i++) {
    const x = s[3]! ^ s[2]! ^ s[1]! ^ k[i]!;
    const b =
      SM4_SBOX[x & 0xff]! |
      (SM4_SBOX[(x >>> 8) & 0xff]! << 8) |
      (SM4_SBOX[(x >>> 16) & 0xff]! << 16) |
      (SM4_SBOX[x >>> 24]! << 24);
    const l = keySchedule ? b ^ rol(b, 13) ^ rol(b, 23) : b ^ rol(b, 2) ^ rol(b, 10) ^ rol(b, 18) ^ rol(b, 24);
    const next = l ^ s[0]!;
    s[0] = s[1]!;
    s[1] = s[2]!;
    s[2] = s[3]!;
    s[3] = next;
  }
}

// ---------------------------------------------------------------------------------------------
// PMULL

/** Carry-less 32x32 multiply into (rh, rl). */
function clmul32(a: number, b: number): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 32; i++) {
    if (((b >>> i) & 1) !== 0) {
      lo ^= a << i;
      if (i !== 0) hi ^= a >>> (32 - i);
    }
  }
  rl = lo;
  rh = hi;
}

/** PMULL/PMULL2: polynomial multiply long, 8x8->16 (AdvSIMD) and 64x64->128 (FEAT_PMULL). */
export const PMULL = define("PMULL", (c, w) => {
  const q = (w >>> 30) & 1;
  const size = (w >>> 22) & 3;
  const m = (w >>> 16) & 31;
  const n = (w >>> 5) & 31;
  const d = w & 31;
  const v32 = c.v32;
  if (size === 3) {
    const a0 = v32[n * 4 + q * 2]!;
    const a1 = v32[n * 4 + q * 2 + 1]!;
    const b0 = v32[m * 4 + q * 2]!;
    const b1 = v32[m * 4 + q * 2 + 1]!;
    clmul32(a0, b0);
    R[0] = rl;
    R[1] = rh;
    clmul32(a1, b1);
    R[2] = rl;
    R[3] = rh;
    clmul32(a0, b1);
    R[1] = R[1]! ^ rl;
    R[2] = R[2]! ^ rh;
    clmul32(a1, b0);
    R[1] = R[1]! ^ rl;
    R[2] = R[2]! ^ rh;
  } else {
    const v = c.v;
    for (let e = 0; e < 8; e++) {
      const a = v[n * 16 + q * 8 + e]!;
      const b = v[m * 16 + q * 8 + e]!;
      let p = 0;
      for (let i = 0; i < 8; i++) if (((b >>> i) & 1) !== 0) p ^= a << i;
      RB[e * 2] = p;
      RB[e * 2 + 1] = p >>> 8;
    }
  }
  store(c, d, R);
});

/**
 * The handler for a word of the crypto encoding space, or -1 when the word is not in it (the
 * caller decodes on). Feature tags (FEAT_AES ... FEAT_SM4, FEAT_PMULL) are applied by decodeA64.
 */
export function decodeCrypto(w: number): number {
  if ((w & 0xfffe0c00) >>> 0 === 0x4e280800) {
    const opcode = (w >>> 12) & 31;
    return opcode >= 4 && opcode <= 7 ? AES : UNDEF;
  }
  if ((w & 0xffe08c00) >>> 0 === 0x5e000000) return ((w >>> 12) & 7) <= 6 ? SHA3REG : UNDEF;
  if ((w & 0xfffe0c00) >>> 0 === 0x5e280800) return ((w >>> 12) & 31) <= 2 ? SHA2REG : UNDEF;
  if ((w & 0xbf20fc00) >>> 0 === 0x0e20e000) {
    const size = (w >>> 22) & 3;
    return size === 0 || size === 3 ? PMULL : UNDEF;
  }
  if (w >>> 24 !== 0xce) return -1;
  const op = (w >>> 21) & 7;
  const bit15 = (w >>> 15) & 1;
  if (op <= 2 && bit15 === 0) return CE4REG;
  if (op === 4) return XAR;
  if (op === 2 && ((w >>> 14) & 3) === 2) return SM3TT;
  if (op === 3 && bit15 === 1 && ((w >>> 12) & 3) === 0) return ((w >>> 10) & 7) === 7 ? UNDEF : CE3REG;
  if ((w & 0xfffff800) >>> 0 === 0xcec08000) return CE2REG;
  return UNDEF;
}
