/**
 * AdvSIMD integer two-register misc forms (SUQADD/USQADD, CLS/CLZ, SQABS/SQNEG,
 * SQXTN/UQXTN/SQXTUN(2), SHLL(2), scalar ABS/NEG/CMxx #0) against qemu-aarch64,
 * vector and scalar, every lane size, with FPSR.QC.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "@a64vm/decoder";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { buildBlockProgram, poolOf, randomFpcr, STATE_BYTES } from "./random-blocks";
import { runA64vm, runQemu } from "./user-runner";

const VECTOR = /^(SUQADD|USQADD|CLS|CLZ|SQABS|SQNEG|SQXTN|UQXTN|SQXTUN|SHLL)_v$/;
const SCALAR = /^(SUQADD|USQADD|SQABS|SQNEG|SQXTN|UQXTN|SQXTUN|ABS|NEG|CM(GT|EQ|LT|GE|LE)_zero)_s$/;
const INTEGER_MISC = poolOf((o) => o.cls === "simd" && (VECTOR.test(o.name) || SCALAR.test(o.name)));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD integer two-register misc forms against qemu-aarch64", () => {
  it.each([0x3a1c, 0x5a1cc, 0x0a1cc00d])("seed %i: 300 blocks of 3 instructions agree", (seed) => {
    const program = buildBlockProgram(seed, 300, 3, INTEGER_MISC, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-simd-misc-"));
    try {
      const path = join(dir, "simd-misc.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, []);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(ours.stderr).toBe("");
      for (let b = 0; b < 300; b++) {
        const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        if (a !== q) expect.fail(`block ${b} differs:\n${program.blocks[b]!.map((w) => disassemble(w)).join("\n")}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const FP_NAMES =
  /^(FCVT[NMAP][SU]|FCM(GT|EQ|LT|GE|LE)_zero)_(v|vh|s|sh)$|^FCVT(N|L|XN)_(v|s)$|^(URECPE|URSQRTE)_v$|^FRECPX_(s|sh)$|^(FRECPE|FRSQRTE)_(v|vh|s|sh)$/;
const FP_MISC = poolOf((o) => o.cls === "simd" && FP_NAMES.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))("AdvSIMD FP two-register misc forms against qemu-aarch64", () => {
  it.each([0xf1c, 0xf1cc0, 0x0f1cc00d])("seed %i: 300 blocks of 2 instructions agree under a random FPCR", (seed) => {
    const program = buildBlockProgram(seed, 300, 2, FP_MISC, randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-simd-misc-fp-"));
    try {
      const path = join(dir, "simd-misc-fp.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const ours = runA64vm(path, []);
      const theirs = runQemu(path, []);
      expect(theirs.status).toBe(0);
      expect(ours.stderr).toBe("");
      for (let b = 0; b < 300; b++) {
        const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
        if (a !== q) expect.fail(`block ${b} differs:\n${program.blocks[b]!.map((w) => disassemble(w)).join("\n")}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const FRINT_JS_NAMES = /^(FRINT(32|64)[ZX](_v)?$|FJCVTZS|FMOV_x_d1|FMOV_d1_x|FCVT[NPMA][SU]_fpr)/;
const FRINT_JS = poolOf((o) => FRINT_JS_NAMES.test(o.name));
// Fixed-point SCVTF/UCVTF feed the conversions fractional, in-range and boundary values.
const FRINT_JS_FED = poolOf((o) => FRINT_JS_NAMES.test(o.name) || /^[SU]CVTF_fix/.test(o.name));

describe.skipIf(!haveTools("qemu-aarch64"))(
  "FEAT_FRINTTS, FEAT_JSCVT and FMOV to or from D[1] against qemu-aarch64",
  () => {
    it.each([
      [0x7717, FRINT_JS],
      [0x77170, FRINT_JS_FED],
      [0x0771700d, FRINT_JS_FED],
    ])("seed %i: 300 blocks of 4 instructions agree under a random FPCR", (seed, pool) => {
      const program = buildBlockProgram(seed, 300, 4, pool, randomFpcr);
      const dir = mkdtempSync(join(tmpdir(), "a64vm-frint-js-"));
      try {
        const path = join(dir, "frint-js.elf");
        writeFileSync(path, program.elf, { mode: 0o755 });
        const ours = runA64vm(path, []);
        const theirs = runQemu(path, []);
        expect(theirs.status).toBe(0);
        expect(ours.stderr).toBe("");
        for (let b = 0; b < 300; b++) {
          const a = ours.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
          const q = theirs.stdout.slice(b * STATE_BYTES, (b + 1) * STATE_BYTES);
          if (a !== q) expect.fail(`block ${b} differs:\n${program.blocks[b]!.map((w) => disassemble(w)).join("\n")}`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
