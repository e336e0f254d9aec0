import { describe, expect, it } from "vitest";
import { unformattedOpcodes } from "../src/disasm/index";
import { decode, disassemble, InvalidWordError, OPCODES, opcodeId, opcodeOf, UnknownOpcodeError } from "../src/index";

describe("opcode registry", () => {
  it("indexes OPCODES by id with id 0 the undefined instruction", () => {
    expect(OPCODES[0]!.name).toBe("UNDEFINED");
    OPCODES.forEach((info, id) => {
      expect(info.id).toBe(id);
    });
    expect(OPCODES[opcodeId("LDR_uoff")]!.cls).toBe("load-store");
  });

  it("names each opcode once and gives a feature tag per encoding", () => {
    expect(new Set(OPCODES.map((o) => o.name)).size).toBe(OPCODES.length);
    expect(OPCODES[opcodeId("ADDG")]!.feature).toBe("FEAT_MTE");
    expect(OPCODES[opcodeId("BTI")]!.feature).toBe("FEAT_BTI");
    expect(OPCODES[opcodeId("ADD_imm")]!.feature).toBeNull();
  });

  it("throws UnknownOpcodeError for a name that is not an opcode", () => {
    expect(() => opcodeId("FROB")).toThrow(UnknownOpcodeError);
  });

  it("accepts signed and unsigned spellings of a word and rejects non-words", () => {
    expect(opcodeOf(0xd503201f)).toBe(opcodeOf(0xd503201f | 0));
    expect(() => opcodeOf(2 ** 32)).toThrow(InvalidWordError);
    expect(() => opcodeOf(1.5)).toThrow(InvalidWordError);
    expect(() => decode(-(2 ** 31) - 1)).toThrow(InvalidWordError);
  });

  it("has a formatter for every opcode", () => {
    expect(unformattedOpcodes()).toEqual([]);
  });
});

describe("decode", () => {
  it("describes MRS X0, FPMR as a system-register read of 3,3,4,4,2", () => {
    const insn = decode(0xd53b4440);
    expect(insn.name).toBe("MRS");
    expect(insn.cls).toBe("system-register");
    expect(insn.sys).toEqual({
      op0: 3,
      op1: 3,
      crn: 4,
      crm: 4,
      op2: 2,
      rt: 0,
      direction: "read",
      key: 0xda22,
      pair: false,
    });
  });

  it("gives MSR a write direction and field values by name", () => {
    const insn = decode(0xd51b4441);
    expect(insn.sys?.direction).toBe("write");
    expect(insn.sys?.rt).toBe(1);
    expect(insn.fields).toEqual({ op0: 3, op1: 3, crn: 4, crm: 4, op2: 2, rt: 1 });
  });

  it("returns the same frozen descriptor for a repeated word", () => {
    const a = decode(0x91000420);
    expect(decode(0x91000420)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.fields)).toBe(true);
    expect(a.fields).toEqual({ sf: 1, sh: 0, imm12: 1, rn: 1, rd: 0 });
    expect(a.sys).toBeNull();
  });

  it("describes an undefined word with id 0", () => {
    const insn = decode(0xffffffff);
    expect(insn.id).toBe(0);
    expect(insn.cls).toBe("undefined");
    expect(disassemble(0xffffffff)).toBe("<undefined>");
  });
});

describe("feature tags of system-register accesses", () => {
  it("tags MRS X0, FPMR with FEAT_FPMR, as the register requires", () => {
    expect(decode(0xd53b4440).feature).toBe("FEAT_FPMR");
    expect(decode(0xd51b4440).feature).toBe("FEAT_FPMR");
  });

  it("leaves base registers untagged: MRS X0, MIDR_EL1 needs nothing", () => {
    expect(decode(0xd5380000).feature).toBeNull();
  });

  it("tags MSR (immediate) by PSTATE field: PAN needs FEAT_PAN, DAIFSet nothing", () => {
    expect(decode(0xd500409f).feature).toBe("FEAT_PAN");
    expect(decode(0xd50346df).feature).toBeNull();
  });
});

describe("feature tags of SYS operations", () => {
  it("tags TLBI by its form: outer-shareable, range, nXS", () => {
    expect(decode(0xd5088120).feature).toBe("FEAT_TLBIOS");
    expect(decode(0xd5088620).feature).toBe("FEAT_TLBIRANGE");
    expect(decode(0xd5089120).feature).toEqual(["FEAT_XS", "FEAT_TLBIOS"]);
    expect(decode(0xd508871f).feature).toBeNull();
  });

  it("tags DC CVAP with FEAT_DPB and the prediction-restriction operations with FEAT_SPECRES", () => {
    expect(decode(0xd50b7c20).feature).toBe("FEAT_DPB");
    expect(decode(0xd50b7380).feature).toBe("FEAT_SPECRES");
  });
});
