/**
 * guest/fp8 and its reference: the reference agrees with values worked out by hand from the OCP
 * format definitions, and the guest's output on a64vm equals what the reference predicts.
 */
import { describe, expect, it } from "vitest";
import { guestFp8 } from "../src/tests/fp8";
import { fp8ToHalf, multiplyAdd, toFp8 } from "../src/tests/fp8-reference";

const E5M2 = 0;
const E4M3 = 1;

describe("the FP8 reference, against hand-worked values", () => {
  it("narrows to E4M3: 448 is the largest normal, 464 ties to it, above that is NaN or 448 with OSC", () => {
    expect(toFp8(E4M3, 448, false, 0, false)).toEqual({ bits: 0x7e, fpsr: 0 });
    expect(toFp8(E4M3, 464, false, 0, false)).toEqual({ bits: 0x7e, fpsr: 0x10 });
    expect(toFp8(E4M3, 465, false, 0, false)).toEqual({ bits: 0x7f, fpsr: 0x14 });
    expect(toFp8(E4M3, -465, false, 0, true)).toEqual({ bits: 0xfe, fpsr: 0x14 });
    expect(toFp8(E4M3, 2 ** -9, false, 0, false)).toEqual({ bits: 0x01, fpsr: 0 });
    expect(toFp8(E4M3, 2 ** -11, false, 0, false)).toEqual({ bits: 0x00, fpsr: 0x18 });
  });

  it("narrows to E5M2: 57344 is the largest normal, 61440 ties away to infinity, NSCALE scales first", () => {
    expect(toFp8(E5M2, 57344, false, 0, false)).toEqual({ bits: 0x7b, fpsr: 0 });
    expect(toFp8(E5M2, 61440, false, 0, false)).toEqual({ bits: 0x7c, fpsr: 0x14 });
    expect(toFp8(E5M2, 1, false, 4, false)).toEqual({ bits: 0x4c, fpsr: 0 });
    expect(toFp8(E5M2, Number.NaN, true, 0, false)).toEqual({ bits: 0x7e, fpsr: 0x01 });
    expect(toFp8(5, 1, false, 0, false)).toEqual({ bits: 0xff, fpsr: 0x01 });
  });

  it("widens to FP16 with LSCALE, signalling NaNs raising IOC", () => {
    expect(fp8ToHalf(E4M3, 0x7e, 0)).toEqual({ bits: 0x5f00, fpsr: 0 });
    expect(fp8ToHalf(E4M3, 0x38, 3)).toEqual({ bits: 0x3000, fpsr: 0 });
    expect(fp8ToHalf(E5M2, 0x7d, 0)).toEqual({ bits: 0x7e00, fpsr: 0x01 });
    expect(fp8ToHalf(E5M2, 0x7c, 0)).toEqual({ bits: 0x7c00, fpsr: 0 });
  });

  it("multiply-adds exactly and rounds once: 1 + 2^-11 + 2^-30 in FP16 rounds up", () => {
    expect(
      multiplyAdd(
        true,
        1,
        [
          [0x10, 0x3c],
          [0x01, 0x04],
        ],
        E5M2,
        E5M2,
        0,
        false,
      ),
    ).toBe(0x3c01);
    expect(multiplyAdd(true, 1, [[0x10, 0x3c]], E5M2, E5M2, 0, false)).toBe(0x3c00);
    expect(multiplyAdd(false, 0, [[0x7c, 0x00]], E5M2, E5M2, 0, false)).toBe(0x7fc00000);
  });
});

describe("guest/fp8 on a64vm", () => {
  for (const features of ["", "-FP8", "-FP8DOT4"]) {
    it(`prints what the reference predicts on fujitsu-monaka with "${features}"`, async () => {
      const spec = { test: guestFp8.id, host: "fujitsu-monaka", features, variation: features || "full", seed: 1 };
      const outcome = await guestFp8.run(spec, { againstQemu: false });
      expect(outcome.message ?? "", outcome.actual).toBe("");
      expect(outcome.status).toBe("passed");
    });
  }
});
