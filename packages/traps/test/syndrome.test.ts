import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../src/errors";
import {
  decodeSysRegSyndrome,
  eretSyndrome,
  fpSyndrome,
  hvcSyndrome,
  SMTC,
  smcSyndrome,
  smeSyndrome,
  svcSyndrome,
  sveSyndrome,
  sysRegSyndrome,
  undefSyndrome,
  WFX,
  wfxSyndrome,
} from "../src/syndrome";

describe("ESR_EL2 syndromes (Arm ARM D24.2.40)", () => {
  it("builds EC 0x18 for MRS x5, FPMR: Op0 3, Op2 2, Op1 3, CRn 4, Rt 5, CRm 4, direction read, IL 1", () => {
    const esr = sysRegSyndrome(0xda22, 5, true);
    expect(esr >>> 26).toBe(0x18);
    expect((esr >>> 25) & 1).toBe(1);
    expect(esr).toBe(
      ((0x18 << 26) | (1 << 25) | (3 << 20) | (2 << 17) | (3 << 14) | (4 << 10) | (5 << 5) | (4 << 1) | 1) >>> 0,
    );
    expect(decodeSysRegSyndrome(esr)).toEqual({
      ec: 0x18,
      il: true,
      op0: 3,
      op1: 3,
      crn: 4,
      crm: 4,
      op2: 2,
      rt: 5,
      isRead: true,
    });
  });

  it("sets direction 0 for a write (MSR or SYS)", () => {
    expect(sysRegSyndrome(0xda22, 0, false) & 1).toBe(0);
  });

  it("uses the ECs of the classes that do not use 0x18", () => {
    expect(fpSyndrome() >>> 26).toBe(0x07);
    expect(sveSyndrome()).toBe(0x66000000);
    expect(smeSyndrome(SMTC.ZT0_DISABLED)).toBe(((0x1d << 26) | (1 << 25) | 4) >>> 0);
    expect(hvcSyndrome(0)).toBe(0x5a000000);
    expect(smcSyndrome(0x1234)).toBe(0x5e001234);
    expect(svcSyndrome(7)).toBe(0x56000007);
    expect(eretSyndrome("ERETAB")).toBe(((0x1a << 26) | (1 << 25) | 3) >>> 0);
    expect(undefSyndrome()).toBe(0x02000000);
  });

  it("reports CV=1, COND=0b1110 and the WFx type and timeout register from AArch64", () => {
    expect(wfxSyndrome(WFX.WFI)).toBe(0x07e00000);
    expect(wfxSyndrome(WFX.WFE)).toBe(0x07e00001);
    expect(wfxSyndrome(WFX.WFIT, 3)).toBe((0x07e00000 | (3 << 5) | (1 << 2) | 2) >>> 0);
  });

  it("rejects out-of-range fields with a typed error", () => {
    expect(() => sysRegSyndrome(0xda22, 32, true)).toThrow(InvalidArgumentError);
    expect(() => hvcSyndrome(0x10000)).toThrow(InvalidArgumentError);
    expect(() => wfxSyndrome(4)).toThrow(InvalidArgumentError);
    expect(() => smeSyndrome(-1)).toThrow(InvalidArgumentError);
  });
});
