/**
 * Randomised straight-line blocks of register-only instructions drawn from the decoder's encoding
 * table (one pool per instruction group), wrapped in a harness that loads X0-X30, NZCV, V0-V31,
 * FPSR and FPCR, runs the block and writes the final state to stdout, packed into one static ELF.
 */
import { OPCODES, opcodeOf } from "@a64vm/decoder";
import { decodeA64 } from "../src/exec/decode";
import { HANDLER_NAMES } from "../src/exec/table";
import { IMPLEMENTED_FEATURES } from "../src/index";

/** Handlers whose forms touch only X registers and NZCV (no memory, no PC change, no system state). */
const REGISTER_ONLY = new Set([
  "ADDSUB_IMM",
  "LOGIC_IMM",
  "MOVN",
  "MOVZ",
  "MOVK",
  "SBFM",
  "UBFM",
  "BFM",
  "EXTR",
  "LOGIC_REG",
  "ADDSUB_SHIFT",
  "ADDSUB_EXT",
  "ADC_SBC",
  "CCMP",
  "CSEL",
  "DP1",
  "DIV",
  "SHIFTV",
  "CRC32",
  "MADD",
  "MADDL",
  "MULH",
]);
/** Forms where register 31 is SP rather than XZR: kept off 31 so blocks never move the stack. */
const SP_FORMS = new Set(["ADDSUB_IMM", "ADD_X_IMM", "SUB_X_IMM", "ADDSUB_EXT", "LOGIC_IMM"]);

/** A small deterministic PRNG (xorshift32). */
export class Rng {
  constructor(private s: number) {}
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x;
    return x >>> 0;
  }
  below(n: number): number {
    return this.next() % n;
  }
}

/** Crypto and polynomial-multiply handlers: V registers only. */
const VECTOR_ONLY = new Set(["AES", "SHA3REG", "SHA2REG", "CE3REG", "CE2REG", "CE4REG", "XAR", "SM3TT", "PMULL"]);

/** Half-precision handlers (FEAT_FP16) and FCVT to half: V, X, NZCV and FPSR. */
const HALF = new Set([
  "FP16_1",
  "FP16_2",
  "FP16_3",
  "FCMP16",
  "FCCMP16",
  "FCSEL16",
  "FMOV16_IMM",
  "FP16_INT",
  "FP16_FIXED",
  "FP16_SAME",
  "FP16_MISC",
  "FCVT_TO_HALF",
]);

/** BFloat16 handlers (FEAT_BF16). */
const BRAIN_FLOAT = new Set(["BFCVT", "BFCVTN", "BFMLAL", "BFMLAL_ELEM", "BFDOT", "BFDOT_ELEM", "BFMMLA"]);

/** Every executed handler: the simd and fp encoding classes touch only registers, NZCV, FPSR and FPCR. */
const ANY_EXECUTED = new Set(HANDLER_NAMES.filter((name) => name !== "UNDEF" && name !== "<none>"));

/**
 * Forms where QEMU 7.2 departs from the Arm ARM, so they stay out of the shared pools: scalar
 * FCVTZS (fixed-point) on half precision writes its 16-bit result sign-extended to 32 bits, where
 * the Arm ARM ("V[d] = result" of esize bits, the rest of the register zeroed) gives zeros; the
 * vector form (test/simd-shift-immediate.test.ts) checks the conversion itself.
 */
const QEMU_DEVIATIONS = new Set(["FCVTZS_fix_sh"]);

/** The instruction groups a block is drawn from. */
export type Pool = "integer" | "crypto" | "fp16" | "bf16" | "fp32" | "simd" | "fp";

const POOLS: Record<Pool, { readonly opcodes: readonly (typeof OPCODES)[number][]; readonly handlers: Set<string> }> = {
  integer: {
    opcodes: OPCODES.filter(
      (o) => (o.cls === "dp-imm" || o.cls === "dp-reg") && (o.feature === null || o.feature === "FEAT_CRC32"),
    ),
    handlers: REGISTER_ONLY,
  },
  crypto: {
    opcodes: OPCODES.filter((o) => o.cls === "crypto" || o.name.startsWith("PMULL")),
    handlers: VECTOR_ONLY,
  },
  fp16: {
    opcodes: OPCODES.filter(
      (o) => (Array.isArray(o.feature) && o.feature.includes("FEAT_FP16")) || o.name.startsWith("FCVT"),
    ),
    handlers: HALF,
  },
  bf16: {
    opcodes: OPCODES.filter((o) => Array.isArray(o.feature) && o.feature.includes("FEAT_BF16") && o.cls !== "sve"),
    handlers: BRAIN_FLOAT,
  },
  fp32: {
    opcodes: OPCODES.filter((o) => /^F(ADD|SUB|MUL|DIV|MAX|MIN|MLA|MLS|ABD|CM|AC|RECPS|RSQRTS)/.test(o.name)),
    handlers: new Set(["FP_SAME_S"]),
  },
  simd: { opcodes: OPCODES.filter((o) => o.cls === "simd" && !QEMU_DEVIATIONS.has(o.name)), handlers: ANY_EXECUTED },
  fp: { opcodes: OPCODES.filter((o) => o.cls === "fp"), handlers: ANY_EXECUTED },
};

/** A random FPCR: rounding mode, FZ16, FZ and DN (AHP stays 0: it is not modelled). */
export function randomFpcr(rng: Rng): number {
  return (rng.below(4) << 22) | (rng.below(2) << 19) | (rng.below(2) << 24) | (rng.below(2) << 25);
}

/** A pool of one's own: the encodings to draw from and the handlers a drawn word may decode to. */
export interface CustomPool {
  readonly opcodes: readonly (typeof OPCODES)[number][];
  readonly handlers: ReadonlySet<string>;
}

/** A pool of the decoder's encodings matching `select` that the core executes (any handler but UNDEF). */
export function poolOf(select: (opcode: (typeof OPCODES)[number]) => boolean): CustomPool {
  return { opcodes: OPCODES.filter((o) => o.id !== 0 && select(o)), handlers: ANY_EXECUTED };
}

/** One random defined instruction word of a pool. */
export function randomInstruction(rng: Rng, pool: Pool | CustomPool = "integer"): number {
  const { opcodes, handlers } = typeof pool === "string" ? POOLS[pool] : pool;
  for (let tries = 0; ; tries++) {
    if (tries === 1_000_000) throw new Error("the pool has no word the core executes");
    const op = opcodes[rng.below(opcodes.length)]!;
    const word = (op.value | (rng.next() & ~op.mask)) >>> 0;
    if (opcodeOf(word) !== op.id) continue;
    const name = HANDLER_NAMES[decodeA64(word | 0, IMPLEMENTED_FEATURES)]!;
    if (!handlers.has(name)) continue;
    if (SP_FORMS.has(name) && ((word & 31) === 31 || ((word >>> 5) & 31) === 31)) continue;
    return word;
  }
}

const INTERESTING = [
  0n,
  1n,
  0xffffffffffffffffn,
  0x8000000000000000n,
  0x7fffffffffffffffn,
  0xffffffffn,
  0x80000000n,
  63n,
];

function randomValue(rng: Rng): bigint {
  if (rng.below(4) === 0) return INTERESTING[rng.below(INTERESTING.length)]!;
  return (BigInt(rng.next()) << 32n) | BigInt(rng.next());
}

const BASE = 0x40_0000;
const HEADER = 0x1000;
/** Per block: the input state, then the output state, each in this layout. */
const STATE = { nzcv: 248, v: 256, fpsr: 768, fpcr: 776, size: 1024 } as const;
/** Bytes of state each block prints: X0-X30, NZCV, V0-V31, FPSR, FPCR. */
export const STATE_BYTES = STATE.fpcr + 8;

const enc = {
  adr: (d: number, offset: number) => (0x10000000 | ((offset & 3) << 29) | (((offset >> 2) & 0x7ffff) << 5) | d) >>> 0,
  addSpFrom: (n: number) => (0x91000000 | (n << 5) | 31) >>> 0,
  movFromSp: (d: number) => (0x91000000 | (31 << 5) | d) >>> 0,
  ldp: (t1: number, t2: number, n: number, imm: number) =>
    (0xa9400000 | ((imm / 8) << 15) | (t2 << 10) | (n << 5) | t1) >>> 0,
  stp: (t1: number, t2: number, n: number, imm: number) =>
    (0xa9000000 | ((imm / 8) << 15) | (t2 << 10) | (n << 5) | t1) >>> 0,
  ldr: (t: number, n: number, imm: number) => (0xf9400000 | ((imm / 8) << 10) | (n << 5) | t) >>> 0,
  str: (t: number, n: number, imm: number) => (0xf9000000 | ((imm / 8) << 10) | (n << 5) | t) >>> 0,
  ldpQ: (t1: number, t2: number, n: number, imm: number) =>
    (0xad400000 | ((imm / 16) << 15) | (t2 << 10) | (n << 5) | t1) >>> 0,
  stpQ: (t1: number, t2: number, n: number, imm: number) =>
    (0xad000000 | ((imm / 16) << 15) | (t2 << 10) | (n << 5) | t1) >>> 0,
  msrNzcv: (t: number) => (0xd51b4200 | t) >>> 0,
  mrsNzcv: (t: number) => (0xd53b4200 | t) >>> 0,
  msrFpcr: (t: number) => (0xd51b4400 | t) >>> 0,
  mrsFpcr: (t: number) => (0xd53b4400 | t) >>> 0,
  msrFpsr: (t: number) => (0xd51b4420 | t) >>> 0,
  mrsFpsr: (t: number) => (0xd53b4420 | t) >>> 0,
  movz: (d: number, imm: number) => (0xd2800000 | (imm << 5) | d) >>> 0,
  svc: 0xd4000001,
};

export interface BlockProgram {
  readonly elf: Uint8Array;
  readonly blocks: readonly (readonly number[])[];
}

/**
 * Builds one ELF running `count` blocks of `length` instructions from `pool`; each block prints
 * STATE_BYTES bytes. `fpcr` picks each block's FPCR (rounding mode, FZ, DN ...); 0 by default.
 */
export function buildBlockProgram(
  seed: number,
  count: number,
  length: number,
  pool: Pool | CustomPool = "integer",
  fpcr: (rng: Rng) => number = () => 0,
): BlockProgram {
  const rng = new Rng(seed);
  const dataSize = count * STATE.size * 2;
  const code: number[] = [];
  const data = new DataView(new ArrayBuffer(dataSize));
  const codeBase = BASE + HEADER + dataSize;
  const blocks: number[][] = [];
  const here = () => codeBase + code.length * 4;
  for (let b = 0; b < count; b++) {
    const at = b * STATE.size * 2;
    const input = BASE + HEADER + at;
    const output = input + STATE.size;
    for (let r = 0; r < 31; r++) data.setBigUint64(at + r * 8, randomValue(rng), true);
    data.setBigUint64(at + STATE.nzcv, BigInt(rng.below(16)) << 28n, true);
    for (let r = 0; r < 64; r++) data.setBigUint64(at + STATE.v + r * 8, randomValue(rng), true);
    data.setBigUint64(at + STATE.fpcr, BigInt(fpcr(rng) >>> 0), true);
    code.push(enc.adr(0, output - here()));
    code.push(enc.addSpFrom(0));
    code.push(enc.adr(30, input - here()));
    for (let r = 0; r < 32; r += 2) code.push(enc.ldpQ(r, r + 1, 30, STATE.v + r * 16));
    code.push(enc.ldr(0, 30, STATE.fpcr), enc.msrFpcr(0));
    code.push(enc.ldr(0, 30, STATE.fpsr), enc.msrFpsr(0));
    code.push(enc.ldr(0, 30, STATE.nzcv), enc.msrNzcv(0));
    for (let r = 0; r < 30; r += 2) code.push(enc.ldp(r, r + 1, 30, r * 8));
    code.push(enc.ldr(30, 30, 240));
    const block: number[] = [];
    for (let i = 0; i < length; i++) block.push(randomInstruction(rng, pool));
    blocks.push(block);
    code.push(...block);
    for (let r = 0; r < 30; r += 2) code.push(enc.stp(r, r + 1, 31, r * 8));
    code.push(enc.str(30, 31, 240), enc.mrsNzcv(0), enc.str(0, 31, STATE.nzcv));
    for (let r = 0; r < 32; r += 2) code.push(enc.stpQ(r, r + 1, 31, STATE.v + r * 16));
    code.push(enc.mrsFpsr(0), enc.str(0, 31, STATE.fpsr), enc.mrsFpcr(0), enc.str(0, 31, STATE.fpcr));
    code.push(enc.movz(0, 1), enc.movFromSp(1), enc.movz(2, STATE_BYTES), enc.movz(8, 64), enc.svc);
  }
  code.push(enc.movz(0, 0), enc.movz(8, 93), enc.svc);
  const size = HEADER + dataSize + code.length * 4;
  const elf = new Uint8Array(size);
  const v = new DataView(elf.buffer);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 183, true); // EM_AARCH64
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BigInt(codeBase), true);
  v.setBigUint64(32, 64n, true); // e_phoff
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, 1, true);
  v.setUint32(64, 1, true); // PT_LOAD
  v.setUint32(68, 7, true); // RWX
  v.setBigUint64(72, 0n, true);
  v.setBigUint64(80, BigInt(BASE), true);
  v.setBigUint64(88, BigInt(BASE), true);
  v.setBigUint64(96, BigInt(size), true);
  v.setBigUint64(104, BigInt(size), true);
  v.setBigUint64(112, 0x1000n, true);
  elf.set(new Uint8Array(data.buffer), HEADER);
  for (const [i, w] of code.entries()) v.setUint32(HEADER + dataSize + i * 4, w, true);
  return { elf, blocks };
}
