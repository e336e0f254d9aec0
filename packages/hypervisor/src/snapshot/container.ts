/**
 * The snapshot container: a versioned, checksummed sequence of tagged sections, some compressed.
 *
 *   "A64VMSNP" | u16 version | u16 0 | u32 section count
 *   per section: 4-char tag | u32 flags (bit 0: deflate) | u64 stored length | u64 raw length | payload
 *   SHA-256 (or HMAC-SHA-256 with a key) of everything before it
 *
 * Decoding checks, in order, the magic, the version, that every length lies inside the file
 * (truncation), the digest (corruption or tampering), then inflates; any failure throws a typed
 * error before anything is returned. Files are written atomically: temporary file, fsync, rename.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { HypervisorError } from "../errors";

const MAGIC = new TextEncoder().encode("A64VMSNP");
export const SNAPSHOT_FORMAT_VERSION = 1;
const HEADER = 16;
const SECTION_HEADER = 24;
const DIGEST = 32;
const FLAG_DEFLATE = 1;

export class SnapshotError extends HypervisorError {}

export class SnapshotFormatError extends SnapshotError {
  constructor(message: string) {
    super("SNAPSHOT_FORMAT", `snapshot: ${message}`);
  }
}
export class SnapshotVersionError extends SnapshotError {
  readonly version: number;
  constructor(version: number) {
    super(
      "SNAPSHOT_VERSION",
      `snapshot: format version ${version} is not supported (this build reads ${SNAPSHOT_FORMAT_VERSION})`,
    );
    this.version = version;
  }
}
export class SnapshotTruncatedError extends SnapshotError {
  constructor(message: string) {
    super("SNAPSHOT_TRUNCATED", `snapshot: truncated: ${message}`);
  }
}
export class SnapshotCorruptError extends SnapshotError {
  constructor(message: string) {
    super("SNAPSHOT_CORRUPT", `snapshot: corrupted: ${message}`);
  }
}

export interface SnapshotSection {
  /** Four ASCII characters, e.g. "CONF", "VCPU", "FPST", "DEVS", "MEM ". */
  readonly tag: string;
  readonly data: Uint8Array;
  readonly compress?: boolean;
}

export interface SnapshotSealOptions {
  /** With a key, the trailer is an HMAC-SHA-256, so a modified file cannot be re-sealed without it. */
  readonly key?: Uint8Array;
}

function digest(bytes: Uint8Array, key: Uint8Array | undefined): Uint8Array {
  return key === undefined
    ? createHash("sha256").update(bytes).digest()
    : createHmac("sha256", key).update(bytes).digest();
}

function checkTag(tag: string): void {
  if (!/^[\x20-\x7e]{4}$/.test(tag))
    throw new SnapshotFormatError(`section tag '${tag}' is not four printable ASCII characters`);
}

export function encodeSnapshot(sections: readonly SnapshotSection[], options: SnapshotSealOptions = {}): Uint8Array {
  const tags = new Set<string>();
  const stored = sections.map((s) => {
    checkTag(s.tag);
    if (tags.has(s.tag)) throw new SnapshotFormatError(`duplicate section '${s.tag}'`);
    tags.add(s.tag);
    const payload = s.compress === true ? new Uint8Array(deflateRawSync(s.data)) : s.data;
    return { tag: s.tag, flags: s.compress === true ? FLAG_DEFLATE : 0, payload, rawLength: s.data.length };
  });
  const bodyLength = stored.reduce((n, s) => n + SECTION_HEADER + s.payload.length, HEADER);
  const out = new Uint8Array(bodyLength + DIGEST);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(8, SNAPSHOT_FORMAT_VERSION, true);
  view.setUint32(12, stored.length, true);
  let at = HEADER;
  for (const s of stored) {
    out.set(new TextEncoder().encode(s.tag), at);
    view.setUint32(at + 4, s.flags, true);
    view.setBigUint64(at + 8, BigInt(s.payload.length), true);
    view.setBigUint64(at + 16, BigInt(s.rawLength), true);
    out.set(s.payload, at + SECTION_HEADER);
    at += SECTION_HEADER + s.payload.length;
  }
  out.set(digest(out.subarray(0, bodyLength), options.key), bodyLength);
  return out;
}

/** Decodes and verifies a snapshot; returns its sections by tag, in file order. */
export function decodeSnapshot(bytes: Uint8Array, options: SnapshotSealOptions = {}): Map<string, Uint8Array> {
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError("not an a64vm snapshot (bad magic)");
  }
  if (bytes.length < HEADER + DIGEST)
    throw new SnapshotTruncatedError(`${bytes.length} bytes is shorter than the header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8, true);
  if (version !== SNAPSHOT_FORMAT_VERSION) throw new SnapshotVersionError(version);
  if (view.getUint16(10, true) !== 0) throw new SnapshotCorruptError("reserved header bits are set");
  const count = view.getUint32(12, true);
  const layout: { tag: string; flags: number; at: number; length: number; rawLength: number }[] = [];
  let at = HEADER;
  for (let i = 0; i < count; i++) {
    if (at + SECTION_HEADER > bytes.length - DIGEST)
      throw new SnapshotTruncatedError(`section ${i + 1} of ${count} is missing`);
    const tag = new TextDecoder().decode(bytes.subarray(at, at + 4));
    const flags = view.getUint32(at + 4, true);
    const length = view.getBigUint64(at + 8, true);
    const rawLength = view.getBigUint64(at + 16, true);
    if (length > BigInt(bytes.length - DIGEST - at - SECTION_HEADER)) {
      throw new SnapshotTruncatedError(`section '${tag}' declares ${length} bytes past the end of the file`);
    }
    layout.push({ tag, flags, at: at + SECTION_HEADER, length: Number(length), rawLength: Number(rawLength) });
    at += SECTION_HEADER + Number(length);
  }
  if (at !== bytes.length - DIGEST) {
    throw new (at < bytes.length - DIGEST ? SnapshotCorruptError : SnapshotTruncatedError)(
      `sections end at byte ${at}, the checksum is expected at ${bytes.length - DIGEST}`,
    );
  }
  const expected = digest(bytes.subarray(0, at), options.key);
  if (!timingSafeEqual(expected, bytes.subarray(at))) {
    throw new SnapshotCorruptError(
      options.key === undefined ? "checksum mismatch" : "authentication failed (modified, or sealed with another key)",
    );
  }
  const sections = new Map<string, Uint8Array>();
  for (const s of layout) {
    checkTag(s.tag);
    if (sections.has(s.tag)) throw new SnapshotFormatError(`duplicate section '${s.tag}'`);
    if ((s.flags & ~FLAG_DEFLATE) !== 0)
      throw new SnapshotFormatError(`section '${s.tag}' has unknown flags 0x${s.flags.toString(16)}`);
    const payload = bytes.subarray(s.at, s.at + s.length);
    let data: Uint8Array;
    if ((s.flags & FLAG_DEFLATE) !== 0) {
      try {
        data = new Uint8Array(inflateRawSync(payload, { maxOutputLength: Math.max(1, s.rawLength) }));
      } catch {
        throw new SnapshotCorruptError(`section '${s.tag}' does not inflate`);
      }
    } else {
      data = payload.slice();
    }
    if (data.length !== s.rawLength)
      throw new SnapshotCorruptError(`section '${s.tag}' has ${data.length} bytes, ${s.rawLength} declared`);
    sections.set(s.tag, data);
  }
  return sections;
}

/** Writes atomically: a reader sees the old file or the whole new one, never a partial file. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const fd = openSync(temporary, "wx", 0o644);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function readSnapshotFile(path: string, options: SnapshotSealOptions = {}): Map<string, Uint8Array> {
  return decodeSnapshot(new Uint8Array(readFileSync(path)), options);
}
