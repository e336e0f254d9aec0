import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_LAYOUTS,
  decodeRegisterValue,
  encodeRegisterValue,
  findSysReg,
  formatRegisterValue,
  layoutOf,
  layoutsOf,
  type RegisterLayout,
  RegisterValueError,
  SysregError,
  UnknownLayoutError,
} from "../src/index";

const ALL_BITS = (1n << 64n) - 1n;

function fieldMask(l: RegisterLayout): bigint {
  let m = 0n;
  for (const f of l.fields) m |= ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
  return m;
}

describe("register layouts", () => {
  it.each(ALL_LAYOUTS.map((l) => [`${l.register}${l.variant ? `[${l.variant}]` : ""}`, l] as const))(
    "%s has disjoint fields inside 64 bits, apart from its RES0 and RES1 bits",
    (_, l) => {
      let used = 0n;
      for (const f of l.fields) {
        expect(f.lsb).toBeGreaterThanOrEqual(0);
        expect(f.msb).toBeLessThan(64);
        expect(f.msb).toBeGreaterThanOrEqual(f.lsb);
        const mask = ((1n << BigInt(f.msb - f.lsb + 1)) - 1n) << BigInt(f.lsb);
        expect(used & mask).toBe(0n);
        used |= mask;
        for (const v of f.values ?? []) expect(v.value).toBeLessThan(2 ** (f.msb - f.lsb + 1));
      }
      expect(used & l.res0).toBe(0n);
      expect(used & l.res1).toBe(0n);
      expect(l.res0 & l.res1).toBe(0n);
      expect(findSysReg(l.register)?.name).toBe(l.register);
    },
  );

  it("lays out FPMR as the Arm ARM does", () => {
    const fpmr = layoutOf("FPMR");
    const where = Object.fromEntries(fpmr.fields.map((f) => [f.name, [f.msb, f.lsb]]));
    expect(where).toEqual({
      F8S1: [2, 0],
      F8S2: [5, 3],
      F8D: [8, 6],
      OSM: [14, 14],
      OSC: [15, 15],
      LSCALE: [22, 16],
      NSCALE: [31, 24],
      LSCALE2: [37, 32],
    });
    expect(fpmr.fields.find((f) => f.name === "F8D")?.values).toEqual([
      { value: 0, name: "E5M2" },
      { value: 1, name: "E4M3" },
    ]);
  });

  it("finds layouts by any spelling: case, generic name, _EL12 alias", () => {
    expect(layoutOf("fpmr").register).toBe("FPMR");
    expect(layoutOf("S3_3_C4_C4_2").register).toBe("FPMR");
    expect(layoutOf("ZCR_EL12").register).toBe("ZCR_EL1");
    expect(layoutOf("CNTV_CTL_EL02").register).toBe("CNTV_CTL_EL0");
  });

  it("picks a variant of a register with several layouts", () => {
    expect(layoutsOf("SCTLR_EL2").map((l) => l.variant)).toEqual(["E2H=1", "E2H=0"]);
    expect(layoutOf("SCTLR_EL2", "E2H=0").res1).not.toBe(0n);
    expect(() => layoutOf("SCTLR_EL2", "E2H=2")).toThrow(/its layouts: E2H=1, E2H=0/);
  });

  it("rejects a register without a layout with a typed error", () => {
    expect(() => layoutOf("TPIDR_EL0")).toThrow(UnknownLayoutError);
    expect(() => layoutOf("TPIDR_EL0")).toThrow(SysregError);
  });
});

describe("formatRegisterValue", () => {
  it("prints the non-zero fields, most significant first, with value names", () => {
    expect(formatRegisterValue("FPMR", 0x30041n)).toBe("FPMR = 0x30041 {LSCALE=3, F8D=E4M3, F8S1=E4M3}");
  });

  it("prints every field on request", () => {
    expect(formatRegisterValue("FPMR", 0x30041n, { allFields: true })).toBe(
      "FPMR = 0x30041 {LSCALE2=0, NSCALE=0, LSCALE=3, OSC=0, OSM=0, F8D=E4M3, F8S2=E5M2, F8S1=E4M3}",
    );
  });

  it("prints signed fields as signed numbers", () => {
    expect(formatRegisterValue("FPMR", 0xff000000n)).toBe("FPMR = 0xff000000 {NSCALE=-1}");
  });

  it("reports RES0 bits that are set and RES1 bits that are clear", () => {
    expect(formatRegisterValue("FPMR", 0x200n)).toBe("FPMR = 0x200 {!RES0=0x200}");
    expect(formatRegisterValue("VTCR_EL2", 0n)).toBe("VTCR_EL2 = 0x0 {!RES1=0x80000000}");
    const decoded = decodeRegisterValue("FPMR", 0x200n);
    expect(decoded.res0Set).toBe(0x200n);
  });

  it("names exception classes in ESR_ELx and modes in SPSR_ELx", () => {
    expect(formatRegisterValue("ESR_EL2", 0x62000000n)).toBe("ESR_EL2 = 0x62000000 {EC=SYS64, IL=1}");
    expect(formatRegisterValue("ESR_EL1", 0x02000000n)).toBe("ESR_EL1 = 0x2000000 {IL=1}");
    expect(formatRegisterValue("SPSR_EL2", 0x3c5n)).toBe("SPSR_EL2 = 0x3c5 {D=1, A=1, I=1, F=1, M=EL1h}");
  });

  it("labels the variant of a register with several layouts", () => {
    expect(formatRegisterValue("SCTLR_EL2", 0x30c50830n, { variant: "E2H=0" })).toBe(
      "SCTLR_EL2[E2H=0] = 0x30c50830 {}",
    );
  });

  it("formats with the ID-register and trap-control layouts too", () => {
    for (const l of ALL_LAYOUTS) {
      const label = layoutsOf(l.register).length > 1 ? `${l.register}[${l.variant}]` : l.register;
      expect(formatRegisterValue(l, l.res1).startsWith(`${label} = 0x${l.res1.toString(16)} {`)).toBe(true);
      expect(formatRegisterValue(l, l.res1)).not.toContain("!RES");
    }
  });

  it("rejects values that are not 64-bit unsigned integers", () => {
    expect(() => formatRegisterValue("FPMR", -1n)).toThrow(RegisterValueError);
    expect(() => formatRegisterValue("FPMR", 1n << 64n)).toThrow(RegisterValueError);
    expect(() => formatRegisterValue("FPMR", 1.5)).toThrow(RegisterValueError);
  });
});

describe("encodeRegisterValue", () => {
  it("builds a value from field numbers and value names", () => {
    expect(encodeRegisterValue("FPMR", { LSCALE: 3, F8D: "E4M3", f8s1: "e4m3" })).toBe(0x30041n);
    expect(encodeRegisterValue("FPMR", { NSCALE: -1 })).toBe(0xff000000n);
    expect(encodeRegisterValue("VTCR_EL2", {})).toBe(1n << 31n);
  });

  it("rejects unknown fields, unknown value names and values too wide, naming them", () => {
    expect(() => encodeRegisterValue("FPMR", { F8X: 1 })).toThrow(/FPMR has no field F8X/);
    expect(() => encodeRegisterValue("FPMR", { F8D: "E3M4" })).toThrow(/values: E5M2, E4M3/);
    expect(() => encodeRegisterValue("FPMR", { LSCALE: 128 })).toThrow(/does not fit its 7 bits/);
    expect(() => encodeRegisterValue("FPMR", { LSCALE: -1 })).toThrow(RegisterValueError);
  });

  it("round-trips decode then encode for every layout (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_LAYOUTS),
        fc.bigInt({ min: 0n, max: ALL_BITS }),
        fc.boolean(),
        (l, value, viaSigned) => {
          const decoded = decodeRegisterValue(l, value);
          const fields = Object.fromEntries(
            decoded.fields.map((d) => [d.name, viaSigned ? d.signedValue : (d.valueName ?? d.value)]),
          );
          const expected = (value & fieldMask(l)) | l.res1;
          expect(encodeRegisterValue(l, fields)).toBe(expected);
          expect(decoded.res0Set).toBe(value & l.res0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
