/**
 * The crypto extension against the standards' published answers, run on a64vm alone (the same
 * program is compared with qemu-aarch64 in programs.test.ts). 128-bit values print as
 * `hi64:lo64`, so bytes and words read right to left.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPLEMENTED_FEATURES } from "../src/index";
import { runA64vm } from "./user-runner";

const BIN = join(import.meta.dirname, "programs", "bin");

describe.each(["crypto-O0", "crypto-O2"])("%s on a64vm", (name) => {
  const run = runA64vm(join(BIN, name), []);
  const value = (key: string) => run.stdout.match(new RegExp(`^${key.replace(/[.()]/g, "\\$&")}=(.*)$`, "m"))?.[1];

  it("exits 0", () => expect(run.status).toBe(0));
  it("AES-128 encrypts FIPS-197 C.1 to 69c4e0d8... and decrypts back", () => {
    expect(value("aes128.ct")).toBe("0x5ac5b47080b7cdd8:0x30047b6ad8e0c469");
    expect(value("aes128.pt")).toBe("0xffeeddccbbaa9988:0x7766554433221100");
  });
  it('SHA-1("abc") is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d', () => {
    expect(value("sha1.abcd")).toBe("0x7850c26cba3e2571:0x4706816aa9993e36");
    expect(value("sha1.e")).toBe("0x000000009cd0d89d");
  });
  it('SHA-256("abc") is ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad', () => {
    expect(value("sha256.abcd")).toBe("0x5dae2223414140de:0x8f01cfeaba7816bf");
    expect(value("sha256.efgh")).toBe("0xf20015adb410ff61:0x96177a9cb00361a3");
  });
  it("SM4 encrypts GB/T 32907 example 1 to 681edf34 d206965e 86b3e94f 536e4246", () => {
    expect(value("sm4.ct")).toBe("0x681edf34d206965e:0x86b3e94f536e4246");
  });
});

describe("feature gating", () => {
  it.each([
    ["FEAT_AES", "crypto-O2"],
    ["FEAT_SHA256", "crypto-O2"],
    ["FEAT_SM4", "crypto-O2"],
  ])("a vCPU without %s kills %s with SIGILL", (feature, name) => {
    const run = runA64vm(join(BIN, name), [], "", IMPLEMENTED_FEATURES.without(feature));
    expect(run.status).toBe(132);
    expect(run.stderr).toMatch(/SIGILL: illegal instruction/);
  });
});
