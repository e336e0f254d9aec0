/**
 * CNTVCT_EL0 and RNDR/RNDRRS: both derive from the instructions retired before the reading one,
 * so a guest reads the same values however a run is sliced (and so across a snapshot or migration).
 * Arm ARM D23.2 "RNDR": a successful read sets NZCV to 0b0000; the register is read-only (MSR UNDEFs)
 * and exists only with FEAT_RNG.
 */
import { FeatureSet } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { EC, SYSREG } from "../src/index";
import { machine } from "./machine";

const MRS_X0_RNDR = 0xd53b2400;
const MRS_X1_RNDRRS = 0xd53b2421;
const MSR_RNDR_X0 = 0xd51b2400;
const MRS_X3_CNTVCT = 0xd53be043;
const MRS_X4_CNTVCT = 0xd53be044;
const NOP = 0xd503201f;
const esrEc = (esr: bigint) => Number(esr >> 26n);

/** Runs `words` to the end in slices of `slice` instructions and returns the final X0..X4. */
function runSliced(words: readonly number[], slice: number): bigint[] {
  const { cpu } = machine(words);
  for (let left = words.length; left > 0; left -= slice) cpu.run(Math.min(slice, left));
  return [0, 1, 2, 3, 4].map((n) => cpu.getX(n));
}

describe("the virtual counter and the random-number registers", () => {
  const program = [NOP, NOP, MRS_X3_CNTVCT, NOP, MRS_X0_RNDR, MRS_X1_RNDRRS, NOP, MRS_X4_CNTVCT];

  it("reads CNTVCT_EL0 as the number of instructions retired before the MRS", () => {
    const [, , , x3, x4] = runSliced(program, program.length);
    expect(x3).toBe(2n);
    expect(x4).toBe(7n);
  });

  it("gives the same CNTVCT and RNDR values whatever the run's slices", () => {
    const whole = runSliced(program, program.length);
    for (const slice of [1, 2, 3, 5]) expect(runSliced(program, slice)).toEqual(whole);
  });

  it("returns 64 varied bits from RNDR and RNDRRS and clears NZCV on success", () => {
    const { cpu } = machine([0xf1000000 /* subs x0, x0, #0: Z=1 */, MRS_X0_RNDR, MRS_X1_RNDRRS]);
    cpu.run(3);
    expect(cpu.nzcv).toBe(0);
    const [r0, r1] = [cpu.getX(0), cpu.getX(1)];
    expect(r0).not.toBe(r1);
    expect(r0 >> 32n).not.toBe(0n);
    expect(r0 & 0xffff_ffffn).not.toBe(0n);
  });

  it("UNDEFs an MSR to RNDR, and MRS RNDR when the vCPU lacks FEAT_RNG", () => {
    const write = machine([MSR_RNDR_X0]);
    write.cpu.run(1);
    expect(esrEc(write.cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.UNKNOWN);
    const hidden = machine([MRS_X0_RNDR], { features: FeatureSet.all().without("FEAT_RNG") });
    hidden.cpu.run(1);
    expect(esrEc(hidden.cpu.sysregs.get(SYSREG.ESR_EL1)!)).toBe(EC.UNKNOWN);
  });
});
