import { existsSync, readFileSync } from "node:fs";
import { busyboxArm64Path, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { ElfFormatError, parseElf64, sectionWords } from "../src/index";

describe("parseElf64", () => {
  it("rejects bytes without the ELF magic, with a typed error", () => {
    expect(() => parseElf64(new Uint8Array(64))).toThrow(ElfFormatError);
  });

  it("rejects an ELF64 image for another machine", () => {
    const bytes = new Uint8Array(64);
    bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    new DataView(bytes.buffer).setUint16(18, 62, true);
    expect(() => parseElf64(bytes)).toThrow(/not AArch64/);
  });

  it("rejects section headers that point past the end of the file", () => {
    const bytes = new Uint8Array(64);
    bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    const view = new DataView(bytes.buffer);
    view.setUint16(18, 183, true);
    view.setBigUint64(40, 1000n, true);
    view.setUint16(58, 64, true);
    view.setUint16(60, 3, true);
    expect(() => parseElf64(bytes)).toThrow(/outside the file/);
  });
});

describe.skipIf(!(existsSync(busyboxArm64Path) || haveTools("busybox-arm64")))("busybox-static:arm64", () => {
  it("has an executable .text whose words the decoder reads", () => {
    const image = parseElf64(new Uint8Array(readFileSync(busyboxArm64Path)));
    const text = image.sections.find((s) => s.name === ".text");
    expect(text?.executable).toBe(true);
    const words = sectionWords(image, text!);
    expect(words.length).toBe(Math.floor(text!.size / 4));
    expect(image.entry >= text!.address && image.entry < text!.address + BigInt(text!.size)).toBe(true);
  });
});
