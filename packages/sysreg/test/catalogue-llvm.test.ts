// The catalogue against LLVM 22 (llvm-mc-22 -mattr=+all), in both directions, and its regeneration.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { catalogueOutputPath, generateCatalogue } from "../../../tooling/generators/sysreg-catalogue";
import { encodingFromKey, SYSREG_CATALOGUE, type SysRegInfo } from "../src/index";

const ok = haveTools("llvm-mc");

/** The MRS (read) or MSR (write) word for a register, Rt = X0. */
function word(info: SysRegInfo, read: boolean): number {
  const { op0, op1, crn, crm, op2 } = info.encoding;
  return (
    (0xd5100000 | ((read ? 1 : 0) << 21) | ((op0 - 2) << 19) | (op1 << 16) | (crn << 12) | (crm << 8) | (op2 << 5)) >>>
    0
  );
}

function llvmMc(args: readonly string[], input: string): string {
  return execFileSync(findTool("llvm-mc")!, ["-triple=aarch64", "-mattr=+all", ...args], {
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
}

/** Every (register, direction) pair LLVM accepts for the catalogue. */
const accesses = SYSREG_CATALOGUE.flatMap((info) => [
  ...(info.readable ? [{ info, read: true }] : []),
  ...(info.writable ? [{ info, read: false }] : []),
]);

describe.skipIf(!ok)("catalogue agrees with LLVM 22", () => {
  it("assembles every name, in each direction the catalogue allows, to the catalogue's encoding", () => {
    const source = accesses.map(({ info, read }) => (read ? `mrs x0, ${info.name}` : `msr ${info.name}, x0`));
    const out = llvmMc(["-show-encoding"], `${source.join("\n")}\n`);
    const words = [...out.matchAll(/encoding: \[0x(..),0x(..),0x(..),0x(..)\]/g)].map(
      (m) => Number.parseInt(`${m[4]}${m[3]}${m[2]}${m[1]}`, 16) >>> 0,
    );
    expect(words.length).toBe(accesses.length);
    const wrong = accesses.filter(({ info, read }, i) => words[i] !== word(info, read)).map(({ info }) => info.name);
    expect(wrong).toEqual([]);
  });

  it("disassembles every catalogue encoding to the catalogue's name", () => {
    const bytes = accesses.map(({ info, read }) => {
      const w = word(info, read);
      return [0, 8, 16, 24].map((s) => `0x${((w >>> s) & 0xff).toString(16).padStart(2, "0")}`).join(" ");
    });
    const out = llvmMc(["--disassemble"], `${bytes.join("\n")}\n`);
    const printed = out
      .split("\n")
      .map((l) => /^\s*(?:mrs\s+x0,\s*(\S+)|msr\s+([^,\s]+),\s*x0)\s*$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => (m[1] ?? m[2])!.toUpperCase());
    expect(printed.length).toBe(accesses.length);
    const wrong = accesses
      .filter(({ info }, i) => printed[i] !== info.name)
      .map(({ info }, i) => `${info.name}/${printed[i]}`);
    expect(wrong).toEqual([]);
  });

  it("rejects the MRS of a write-only name and the MSR of a read-only name, as LLVM does", () => {
    const readOnly = SYSREG_CATALOGUE.find((r) => r.name === "MIDR_EL1")!;
    const writeOnly = SYSREG_CATALOGUE.find((r) => r.name === "OSLAR_EL1")!;
    expect(() => llvmMc([], `msr ${readOnly.name}, x0\n`)).toThrow(/expected writable system register/);
    expect(() => llvmMc([], `mrs x0, ${writeOnly.name}\n`)).toThrow(/expected readable system register/);
    expect(encodingFromKey(readOnly.key)).toEqual(readOnly.encoding);
  });

  it("regenerates the committed catalogue exactly from llvm-mc-22", async () => {
    const text = await generateCatalogue(findTool("llvm-mc")!);
    expect(text === readFileSync(catalogueOutputPath, "utf8")).toBe(true);
  }, 300_000);
});
