import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { busyboxArm64Path, findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { a64vm as runCli } from "./run-cli";

/** Runs the built CLI with `input` on stdin. */
function a64vm(args: readonly string[], input = "") {
  return runCli(args, {}, { input });
}

describe("a64vm disasm --words", () => {
  it("prints each word as 8 lowercase hex digits, a TAB and LLVM's text", () => {
    const run = a64vm(["disasm", "--words"], "D503201F 0x91000420\n  ffffffff\t14000001\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("d503201f\tnop\n91000420\tadd x0, x1, #1\nffffffff\t<undefined>\n14000001\tb #4\n");
  });

  it("appends the features an instruction needs with --features", () => {
    const run = a64vm(["disasm", "--words", "--features"], "b8200020 d503201f");
    expect(run.stdout).toBe("b8200020\tldadd w0, w0, [x1]\t// FEAT_LSE\nd503201f\tnop\n");
  });

  it("names the features a host lacks with --host (Cortex-A53 predates FEAT_LSE, Neoverse V2 has it)", () => {
    expect(a64vm(["disasm", "--words", "--host", "cortex-a53"], "f8200020 d503201f").stdout).toBe(
      "f8200020\tldadd x0, x0, [x1]\t// FEAT_LSE (cortex-a53 lacks FEAT_LSE)\nd503201f\tnop\n",
    );
    expect(a64vm(["disasm", "--words", "--host", "neoverse-v2"], "f8200020").stdout).toBe(
      "f8200020\tldadd x0, x0, [x1]\t// FEAT_LSE\n",
    );
  });

  it("rejects an unknown host before printing anything (exit 2)", () => {
    const run = a64vm(["disasm", "--words", "--host", "nosuch"], "d503201f");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("rejects a token that is not a 32-bit hex word, printing nothing else (exit 2)", () => {
    const run = a64vm(["disasm", "--words"], "d503201f 123456789 nop");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("not a 32-bit hex word: '123456789'");
  });

  it("needs --words or a file", () => {
    expect(a64vm(["disasm"]).status).toBe(2);
  });
});

describe("a64vm disasm FILE", () => {
  it("fails with exit 1 on a file that cannot be read", () => {
    const run = a64vm(["disasm", "/nonexistent/a.elf"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read");
  });

  it.skipIf(!existsSync(busyboxArm64Path))("disassembles busybox's executable sections like llvm-objdump -d", () => {
    const run = a64vm(["disasm", busyboxArm64Path]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines).toContain("Disassembly of section .text:");
    expect(lines).toContain("0000000000400280 <.init>:");
    expect(lines).toContain("  400280: d503201f     \tnop");
    expect(lines).toContain("  40028c: 9402d7ee     \tbl\t0x4b6244");
  });
});

describe.skipIf(!haveTools("clang", "ld.lld", "llvm-objdump"))("a64vm disasm on a program built by clang-22", () => {
  it("prints the same listing as llvm-objdump -d, symbols of branch targets included", () => {
    const dir = mkdtempSync(join(tmpdir(), "a64vm-disasm-"));
    const source = join(dir, "t.s");
    writeFileSync(
      source,
      ".text\n.globl _start\n_start:\n  bl helper\n  b.eq _start\n  cbz x1, helper\n  adrp x0, data\n  ret\nhelper:\n  nop\n  ret\n.data\ndata: .word 1\n",
    );
    const object = join(dir, "t.o");
    const elf = join(dir, "t.elf");
    spawnSync(findTool("clang")!, ["--target=aarch64-none-elf", "-c", source, "-o", object]);
    spawnSync(findTool("ld.lld")!, [object, "-o", elf]);
    const expected = spawnSync(findTool("llvm-objdump")!, ["-d", elf], { encoding: "utf8" }).stdout;
    const ours = a64vm(["disasm", elf]).stdout;
    const listing = (text: string) => text.slice(text.indexOf("Disassembly of section .text:")).trim();
    expect(listing(ours)).toBe(listing(expected));
  });
});
