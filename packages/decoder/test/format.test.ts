import { describe, expect, it } from "vitest";
import { enc, unallocated } from "../src/encodings/format";
import { EncodingSyntaxError } from "../src/errors";

const dp = { cls: "dp-imm", feature: null } as const;

describe("the encoding-line format", () => {
  it("parses fixed bits and named fields MSB first", () => {
    const line = enc("ADD_imm", "sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:5", dp);
    expect(line.mask >>> 0).toBe(0x7f800000);
    expect(line.value >>> 0).toBe(0x11000000);
    expect(line.fields).toEqual([
      { name: "sf", lsb: 31, width: 1 },
      { name: "sh", lsb: 22, width: 1 },
      { name: "imm12", lsb: 10, width: 12 },
      { name: "rn", lsb: 5, width: 5 },
      { name: "rd", lsb: 0, width: 5 },
    ]);
  });

  it("keeps a name on fixed fields (`rt=11111`) and treats x as don't-care", () => {
    const line = enc("RET", "1101011 0010 11111 000000 rn:5 rt=00000", { cls: "branch", feature: null });
    expect(line.fields.map((f) => f.name)).toEqual(["rn", "rt"]);
    expect(line.mask >>> 0).toBe(0xfffffc1f);
    expect(unallocated("0 xx 100101 1x xxxxxxxxxxxxxxxx xxxxx", "t").mask >>> 0).toBe(0x9fc00000);
  });

  it("rejects a pattern that is not 32 bits", () => {
    expect(() => enc("SHORT", "1 0 imm:5", dp)).toThrow(EncodingSyntaxError);
    expect(() => enc("LONG", "imm:32 1", dp)).toThrow(/longer than 32 bits/);
  });

  it("rejects unknown features, repeated fields and bad tokens", () => {
    expect(() => enc("X", "imm:32", { cls: "dp-imm", feature: "FEAT_NOPE" as never })).toThrow(/unknown feature/);
    expect(() => enc("X", "a:16 a:16", dp)).toThrow(/appears twice/);
    expect(() => enc("X", "a:16 2:16", dp)).toThrow(EncodingSyntaxError);
  });

  it("names a bad line by its encoding name", () => {
    try {
      enc("BROKEN", "1", dp);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EncodingSyntaxError);
      expect((e as EncodingSyntaxError).code).toBe("ENCODING_SYNTAX");
      expect((e as EncodingSyntaxError).encoding).toBe("BROKEN");
    }
  });
});
