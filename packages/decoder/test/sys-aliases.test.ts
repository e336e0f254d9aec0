import { readFileSync } from "node:fs";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { generateSysAliases, sysAliasesOutputPath } from "../../../tooling/generators/decoder-sys-aliases";
import { sysAliasText } from "../src/disasm/sys-aliases";

describe("SYS aliases", () => {
  it("spells DC/IC/AT/TLBI with the register LLVM needs, and without it where LLVM omits it", () => {
    expect(sysAliasText("sys", 3, 7, 4, 1, 5)).toBe("dc zva, x5");
    expect(sysAliasText("sys", 0, 8, 7, 0, 31)).toBe("tlbi vmalle1");
    expect(sysAliasText("sys", 0, 8, 7, 0, 3)).toBe("sys #0, c8, c7, #0, x3");
    expect(sysAliasText("sysp", 0, 8, 1, 1, 4)).toBe("tlbip vae1os, x4, x5");
    expect(sysAliasText("sys", 7, 15, 15, 7, 0)).toBeNull();
  });

  describe.skipIf(!haveTools("llvm-mc"))("the generated table", () => {
    it("is what the generator derives from llvm-mc-22 today (regenerate with tooling/generators/decoder-sys-aliases.ts)", () => {
      expect(generateSysAliases()).toBe(readFileSync(sysAliasesOutputPath, "utf8"));
    }, 120_000);
  });
});
