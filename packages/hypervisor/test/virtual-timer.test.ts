/** The EL1 virtual timer's registers as the hypervisor emulates them (Arm ARM, the Generic Timer). */
import { SystemRegisterFile } from "@a64vm/cpu";
import { describe, expect, it } from "vitest";
import {
  CNTV_CTL,
  CNTV_CVAL,
  CNTV_TVAL,
  defineVirtualTimer,
  readVirtualTimer,
  writeVirtualTimer,
} from "../src/vm/virtual-timer";

function timer() {
  const regs = new SystemRegisterFile();
  defineVirtualTimer(regs);
  return regs;
}

describe("virtual timer", () => {
  it("sets ISTATUS only while enabled with the count at or past CVAL; ISTATUS cannot be written", () => {
    const regs = timer();
    writeVirtualTimer(regs, CNTV_CVAL, 1000n, 0n);
    writeVirtualTimer(regs, CNTV_CTL, 0b111n, 0n);
    expect(readVirtualTimer(regs, CNTV_CTL, 999n)).toBe(0b011n);
    expect(readVirtualTimer(regs, CNTV_CTL, 1000n)).toBe(0b111n);
    writeVirtualTimer(regs, CNTV_CTL, 0b010n, 0n);
    expect(readVirtualTimer(regs, CNTV_CTL, 5000n)).toBe(0b010n);
  });

  it("reads TVAL as the low 32 bits of CVAL - CNTVCT and sign-extends a written TVAL into CVAL", () => {
    const regs = timer();
    writeVirtualTimer(regs, CNTV_TVAL, 0xffff_fff6n, 100n); // -10
    expect(readVirtualTimer(regs, CNTV_CVAL, 0n)).toBe(90n);
    expect(readVirtualTimer(regs, CNTV_TVAL, 100n)).toBe(0xffff_fff6n);
    writeVirtualTimer(regs, CNTV_TVAL, 0x7fff_ffffn, 100n);
    expect(readVirtualTimer(regs, CNTV_CVAL, 0n)).toBe(100n + 0x7fff_ffffn);
    expect(readVirtualTimer(regs, CNTV_TVAL, 100n)).toBe(0x7fff_ffffn);
  });
});
