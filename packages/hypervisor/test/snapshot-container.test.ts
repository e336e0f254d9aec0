import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  decodeSnapshot,
  encodeSnapshot,
  readSnapshotFile,
  SnapshotCorruptError,
  SnapshotError,
  SnapshotFormatError,
  SnapshotTruncatedError,
  SnapshotVersionError,
  writeFileAtomic,
} from "../src/index";

const scratch = mkdtempSync(join(tmpdir(), "a64vm-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = encodeSnapshot([
  { tag: "CONF", data: new TextEncoder().encode('{"host":"neoverse-v2"}') },
  { tag: "MEM ", data: new Uint8Array(4096).fill(7), compress: true },
]);

describe("the snapshot container", () => {
  it("round-trips any set of sections, compressed or not", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            tag: fc.stringMatching(/^[A-Z]{4}$/),
            data: fc.uint8Array({ maxLength: 600 }),
            compress: fc.boolean(),
          }),
          { selector: (s) => s.tag, maxLength: 6 },
        ),
        (sections) => {
          const decoded = decodeSnapshot(encodeSnapshot(sections));
          expect([...decoded.keys()]).toEqual(sections.map((s) => s.tag));
          for (const s of sections) expect(decoded.get(s.tag)).toEqual(s.data);
        },
      ),
    );
  });

  it("compresses guest memory", () => {
    expect(small.length).toBeLessThan(200);
  });

  it("rejects every single-byte corruption of a small snapshot with a typed error", () => {
    for (let i = 0; i < small.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const bad = small.slice();
        bad[i]! ^= flip;
        expect(() => decodeSnapshot(bad), `byte ${i} ^ ${flip}`).toThrow(SnapshotError);
      }
    }
  });

  it("reports a file cut at any length as truncated (or not a snapshot at all)", () => {
    for (let n = 0; n < small.length; n++) {
      const error = (() => {
        try {
          decodeSnapshot(small.subarray(0, n));
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error, `length ${n}`).toBeInstanceOf(n < 8 ? SnapshotFormatError : SnapshotError);
      if (n >= 16 + 32)
        expect(error, `length ${n}`).toSatisfy(
          (e) => e instanceof SnapshotTruncatedError || e instanceof SnapshotCorruptError,
        );
    }
  });

  it("names an unsupported format version", () => {
    const v2 = small.slice();
    v2[8] = 2;
    expect(() => decodeSnapshot(v2)).toThrow(SnapshotVersionError);
    expect(() => decodeSnapshot(v2)).toThrow(/format version 2 is not supported/);
  });

  it("with a key, refuses a file that was modified and re-sealed without it", () => {
    const key = new TextEncoder().encode("secret");
    const sealed = encodeSnapshot([{ tag: "CONF", data: new Uint8Array([1, 2, 3]) }], { key });
    expect(decodeSnapshot(sealed, { key }).get("CONF")).toEqual(new Uint8Array([1, 2, 3]));
    const forged = encodeSnapshot([{ tag: "CONF", data: new Uint8Array([9, 9, 9]) }]); // plain SHA-256
    expect(() => decodeSnapshot(forged, { key })).toThrow(/authentication failed/);
  });

  it("rejects duplicate or malformed section tags when writing", () => {
    const data = new Uint8Array(1);
    expect(() =>
      encodeSnapshot([
        { tag: "ABCD", data },
        { tag: "ABCD", data },
      ]),
    ).toThrow(/duplicate section/);
    expect(() => encodeSnapshot([{ tag: "AB", data }])).toThrow(SnapshotFormatError);
  });
});

describe("atomic snapshot files", () => {
  it("replace the old file whole and leave no temporary file behind", () => {
    const path = join(scratch, "vm.snap");
    writeFileSync(path, "old");
    writeFileAtomic(path, small);
    expect(readSnapshotFile(path).get("CONF")).toBeDefined();
    expect(readdirSync(scratch)).toEqual(["vm.snap"]);
  });

  it("leave the old file untouched when the write fails", () => {
    const path = join(scratch, "missing-dir", "vm.snap");
    expect(() => writeFileAtomic(path, small)).toThrow();
    expect(existsSync(path)).toBe(false);
    const kept = join(scratch, "kept.snap");
    writeFileAtomic(kept, small);
    expect(() => writeFileAtomic(join(kept, "not-a-dir"), small)).toThrow();
    expect(new Uint8Array(readFileSync(kept))).toEqual(small);
  });
});
