/**
 * The block translator keeps the interpreter's contract: the same architectural state, the same
 * retired-instruction count and the same exceptions and exits, wherever a block starts or stops.
 * Every comparison runs one core translating each block on first use (translateAfter 1) against one
 * that only interprets (translateAfter false).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Cpu, EC, Exit, SYSREG } from "../src/index";
import { machine, RAM_BASE, VBAR } from "./machine";
import { buildBlockProgram, type Pool, randomFpcr } from "./random-blocks";
import { runA64vm } from "./user-runner";

const ADD_X1_X1_1 = 0x91000421;
const LDR_X4_X2 = 0xf9400044;
const STR_X1_X2 = 0xf9000041;
const STR_W3_X5 = 0xb90000a3;
const MOVZ_X0_1 = 0xd2800020;
const MOVZ_X0_2 = 0xd2800040;
const MOVZ_X1_7 = 0xd28000e1;
const FADD_D0_D1_D2 = 0x1e622820;
/** B to `words` instructions away (B . when 0). */
const b = (words: number): number => (0x14000000 | (words & 0x3ffffff)) >>> 0;

const MODES = [
  ["interpreted", false],
  ["translated", 1],
] as const;

/** What a comparison looks at after a run. */
function snapshot(cpu: Cpu): Record<string, bigint | number> {
  return {
    pc: cpu.pc,
    x0: cpu.getX(0),
    x1: cpu.getX(1),
    x4: cpu.getX(4),
    instret: cpu.instret,
    elr: cpu.sysregs.get(SYSREG.ELR_EL1)!,
    esr: cpu.sysregs.get(SYSREG.ESR_EL1)!,
    far: cpu.sysregs.get(SYSREG.FAR_EL1)!,
  };
}

describe("a translated block behaves as the interpreter", () => {
  it("takes a data abort in its middle with the interpreter's ELR, ESR, FAR and count", () => {
    const code = [ADD_X1_X1_1, ADD_X1_X1_1, ADD_X1_X1_1, LDR_X4_X2, ADD_X1_X1_1, ADD_X1_X1_1, b(0)];
    const seen = MODES.map(([, translateAfter]) => {
      const { cpu } = machine(code, { translateAfter });
      cpu.setX(2, 0x1000_0000n); // unmapped
      cpu.run(4);
      return snapshot(cpu);
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]!.elr).toBe(BigInt(RAM_BASE + 12));
    expect(seen[1]!.pc).toBe(BigInt(VBAR + 0x200));
    expect(seen[1]!.x1).toBe(3n);
  });

  it("stops after an MMIO store with PC at the next instruction and the rest unexecuted", () => {
    const code = [ADD_X1_X1_1, ADD_X1_X1_1, STR_X1_X2, ADD_X1_X1_1, ADD_X1_X1_1, b(0)];
    const seen = MODES.map(([, translateAfter]) => {
      const { cpu } = machine(code, { translateAfter });
      cpu.setX(2, 0x0900_0000n);
      expect(cpu.run(100)).toBe(Exit.MMIO);
      expect(cpu.mmio.isWrite).toBe(true);
      expect(cpu.mmio.dataLo).toBe(2);
      return snapshot(cpu);
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]!.pc).toBe(BigInt(RAM_BASE + 12));
    expect(seen[1]!.instret).toBe(3);
  });

  it("is not entered with less budget than its length, so a run retires exactly its budget", () => {
    const code = [ADD_X1_X1_1, ADD_X1_X1_1, ADD_X1_X1_1, ADD_X1_X1_1, ADD_X1_X1_1, ADD_X1_X1_1, b(-6)];
    const { cpu } = machine(code, { translateAfter: 1 });
    for (const budget of [3, 7, 5, 1, 20]) expect(cpu.run(budget)).toBe(Exit.BUDGET);
    expect(cpu.instret).toBe(36);
    // 36 instructions: five passes of seven, then the first ADD of the sixth.
    expect(cpu.getX(1)).toBe(31n);
    expect(cpu.pc).toBe(BigInt(RAM_BASE + 4));
  });

  it("is dropped when the guest stores to its code, so new code runs", () => {
    const code = [MOVZ_X0_1, MOVZ_X1_7, b(0), 0, 0, 0, 0, 0, STR_W3_X5, b(-9)];
    const { cpu } = machine(code, { translateAfter: 1 });
    cpu.run(50);
    expect(cpu.getX(0)).toBe(1n);
    cpu.setX(3, BigInt(MOVZ_X0_2));
    cpu.setX(5, BigInt(RAM_BASE));
    cpu.pc = BigInt(RAM_BASE + 0x20);
    cpu.run(50);
    expect(cpu.getX(0)).toBe(2n);
  });

  it("traps an FP instruction once CPACR_EL1.FPEN traps it, though it ran before", () => {
    const code = [MOVZ_X0_1, FADD_D0_D1_D2, MOVZ_X1_7, b(0)];
    const { cpu } = machine(code, { translateAfter: 1 });
    cpu.sysregs.set(SYSREG.CPACR_EL1, 3n << 20n);
    cpu.run(20);
    expect(cpu.getX(1)).toBe(7n);
    cpu.sysregs.set(SYSREG.CPACR_EL1, 0n);
    cpu.setX(1, 0n);
    cpu.pc = BigInt(RAM_BASE);
    // Two instructions: the MOVZ, then the FADD's trap (the vector holds no code).
    cpu.run(2);
    expect(Number(cpu.sysregs.get(SYSREG.ESR_EL1)! >> 26n)).toBe(EC.FP_ACCESS);
    expect(cpu.sysregs.get(SYSREG.ELR_EL1)).toBe(BigInt(RAM_BASE + 4));
    expect(cpu.getX(1)).toBe(0n);
  });
});

const PROGRAMS = join(import.meta.dirname, "programs", "bin");

describe("whole programs print the same and retire the same count translated as interpreted", () => {
  const programs = readdirSync(PROGRAMS).filter((name) => !name.startsWith("."));
  it.each(programs)("%s", (name) => {
    const [interpreted, translated] = MODES.map(([, after]) =>
      runA64vm(join(PROGRAMS, name), [], "", undefined, after),
    );
    expect(translated).toEqual(interpreted);
    expect(translated!.instructions).toBeGreaterThan(1000);
  });

  const cases: readonly (readonly [Pool, number])[] = [
    ...[0x7a115a7e, 0x1a2b3c4d, 0x0dd0beef, 0x5a5a0001, 0x600dd00d, 0x13371337].map(
      (seed) => ["integer", seed] as const,
    ),
    ...(["simd", "fp", "fp16", "crypto"] as const).map((pool) => [pool, 0x7a115a7e] as const),
  ];
  it.each(cases)("200 random blocks of 24 instructions from the %s pool, seed %i", (pool, seed) => {
    const program = buildBlockProgram(seed, 200, 24, pool, pool === "integer" ? undefined : randomFpcr);
    const dir = mkdtempSync(join(tmpdir(), "a64vm-translate-"));
    try {
      const path = join(dir, "blocks.elf");
      writeFileSync(path, program.elf, { mode: 0o755 });
      const [interpreted, translated] = MODES.map(([, after]) => runA64vm(path, [], "", undefined, after));
      // Output, exit status (a SIGILL included) and retired count: all the same.
      expect(translated).toEqual(interpreted);
      expect(translated!.instructions).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
