import { FeatureSet } from "@a64vm/sysreg";
import { SnapshotFormatError, SnapshotMismatchError } from "./errors";
import { FpRegisterSet, transferAll } from "./fp-register-set";
import { FP_FEATURES } from "./host";
import type { FpLayout } from "./layout";
import { FPCR_DEFINED_MASK, FPSR_DEFINED_MASK } from "./parts/fpsimd";
import { SVCR_ZA } from "./parts/sme";
import { FP_STATE_KINDS, type FpParts, type FpStateKindName, fpStateKind } from "./state-kinds";
import type { VcpuFpState } from "./vcpu-fp-state";

/** First bytes of every FP state snapshot: "A64F". */
export const FP_SNAPSHOT_MAGIC = 0x46343641;
/** The format version this code writes and reads. */
export const FP_SNAPSHOT_VERSION = 1;

type Params = Record<string, number>;

/** How one kind's part is written into and read from a snapshot section. */
interface PartCodec<P> {
  /** Shape parameters that the destination must match exactly. */
  shape(part: P, layout: FpLayout): Params;
  payloadBytes(part: P): number;
  write(part: P, out: DataView, offset: number): void;
  /** Reads into a zeroed part of the destination's shape; throws SnapshotFormatError on bad content. */
  read(part: P, input: DataView, offset: number, length: number): void;
}

function writeWords(words: Uint32Array | Uint16Array, out: DataView, offset: number): number {
  const size = words.BYTES_PER_ELEMENT;
  for (let i = 0; i < words.length; i++)
    if (size === 4) out.setUint32(offset + i * 4, words[i]!, true);
    else out.setUint16(offset + i * 2, words[i]!, true);
  return offset + words.length * size;
}

function readWords(words: Uint32Array | Uint16Array, input: DataView, offset: number): number {
  const size = words.BYTES_PER_ELEMENT;
  for (let i = 0; i < words.length; i++)
    words[i] = size === 4 ? input.getUint32(offset + i * 4, true) : input.getUint16(offset + i * 2, true);
  return offset + words.length * size;
}

function expectLength(kind: string, length: number, expected: number): void {
  if (length !== expected)
    throw new SnapshotFormatError(`${kind} section has ${length} payload bytes, expected ${expected}`);
}

const V_BYTES = 16;

/** The codec of every kind: the mapped type makes a new kind without a codec a compile error. */
const CODECS: { [K in FpStateKindName]: PartCodec<FpParts[K]> } = {
  fpsimd: {
    shape: () => ({}),
    payloadBytes: () => 8 + 32 * V_BYTES,
    write(part, out, offset) {
      out.setUint32(offset, part.fpsr, true);
      out.setUint32(offset + 4, part.fpcr, true);
      for (let n = 0; n < 32; n++)
        for (let i = 0; i < 4; i++) out.setUint32(offset + 8 + n * V_BYTES + i * 4, part.getWord(n, i), true);
    },
    read(part, input, offset, length) {
      expectLength("fpsimd", length, 8 + 32 * V_BYTES);
      const fpsr = input.getUint32(offset, true);
      const fpcr = input.getUint32(offset + 4, true);
      if ((fpsr & ~FPSR_DEFINED_MASK) !== 0 || (fpcr & ~FPCR_DEFINED_MASK) !== 0)
        throw new SnapshotFormatError("fpsimd section sets RES0 bits of FPSR or FPCR");
      part.fpsr = fpsr;
      part.fpcr = fpcr;
      for (let n = 0; n < 32; n++) {
        const o = offset + 8 + n * V_BYTES;
        part.writeV(
          n,
          input.getUint32(o, true),
          input.getUint32(o + 4, true),
          input.getUint32(o + 8, true),
          input.getUint32(o + 12, true),
        );
      }
    },
  },
  sve: {
    shape: (part, layout) => ({ vl: layout.vl, bits: part.vl, ffr: part.hasFfr ? 1 : 0 }),
    payloadBytes: (part) => (part.z.length + (part.p.length + part.ffr.length) / 2) * 4,
    write(part, out, offset) {
      offset = writeWords(part.z, out, offset);
      offset = writeWords(part.p, out, offset);
      writeWords(part.ffr, out, offset);
    },
    read(part, input, offset, length) {
      expectLength("sve", length, (part.z.length + (part.p.length + part.ffr.length) / 2) * 4);
      offset = readWords(part.z, input, offset);
      offset = readWords(part.p, input, offset);
      readWords(part.ffr, input, offset);
    },
  },
  sme: {
    shape: (part) => ({ svl: part.svl }),
    payloadBytes: (part) => 4 + (part.zaEnabled ? part.za.length * 4 : 0),
    write(part, out, offset) {
      out.setUint32(offset, part.svcr, true);
      if (part.zaEnabled) writeWords(part.za, out, offset + 4);
    },
    read(part, input, offset, length) {
      if (length < 4) throw new SnapshotFormatError("sme section is shorter than SVCR");
      const svcr = input.getUint32(offset, true);
      if ((svcr & ~0b11) !== 0)
        throw new SnapshotFormatError(`sme section: SVCR ${svcr} sets bits other than SM and ZA`);
      const za = (svcr & SVCR_ZA) !== 0;
      expectLength("sme", length, 4 + (za ? part.za.length * 4 : 0));
      part.svcr = svcr;
      if (za) readWords(part.za, input, offset + 4);
    },
  },
  zt0: {
    shape: () => ({}),
    payloadBytes: (part) => part.words.length * 4,
    write: (part, out, offset) => void writeWords(part.words, out, offset),
    read(part, input, offset, length) {
      expectLength("zt0", length, part.words.length * 4);
      readWords(part.words, input, offset);
    },
  },
  fpmr: {
    shape: () => ({}),
    payloadBytes: () => 8,
    write(part, out, offset) {
      out.setUint32(offset, part.lo, true);
      out.setUint32(offset + 4, part.hi, true);
    },
    read(part, input, offset, length) {
      expectLength("fpmr", length, 8);
      const lo = input.getUint32(offset, true);
      const hi = input.getUint32(offset + 4, true);
      part.setWords(lo, hi);
      if (part.lo !== lo || part.hi !== hi) throw new SnapshotFormatError("fpmr section sets RES0 bits of FPMR");
    },
  },
};

// biome-ignore lint/suspicious/noExplicitAny: one codec per kind, indexed by the kind's own name
const codecOf = (name: FpStateKindName): PartCodec<any> => CODECS[name];

const ascii = new TextEncoder();
const text = new TextDecoder("ascii", { fatal: true });

/**
 * Serialises the vCPU's FP state for a snapshot: a header (magic, version, the VM's FP features) and one
 * named section per kind the VM has, each with its shape parameters and payload. Nothing else is written.
 */
export function serialiseFpState(state: VcpuFpState): Uint8Array {
  state.assertNotLive("serialise the FP state");
  const regs = state.registers;
  const features = ascii.encode(regs.layout.features.intersect(FP_FEATURES).toString());
  const sections = regs.kinds.map((k) => {
    const part = regs[k.name]!;
    const codec = codecOf(k.name);
    const params = Object.entries(codec.shape(part, regs.layout));
    const head = 1 + k.name.length + 1 + params.reduce((n, [key]) => n + 1 + key.length + 4, 0) + 4;
    return { name: k.name, part, codec, params, head, payload: codec.payloadBytes(part) as number };
  });
  const total = 8 + 2 + features.length + sections.reduce((n, s) => n + s.head + s.payload, 0);
  const bytes = new Uint8Array(total);
  const out = new DataView(bytes.buffer);
  out.setUint32(0, FP_SNAPSHOT_MAGIC, true);
  out.setUint16(4, FP_SNAPSHOT_VERSION, true);
  out.setUint16(6, sections.length, true);
  out.setUint16(8, features.length, true);
  bytes.set(features, 10);
  let o = 10 + features.length;
  for (const s of sections) {
    out.setUint8(o++, s.name.length);
    bytes.set(ascii.encode(s.name), o);
    o += s.name.length;
    out.setUint8(o++, s.params.length);
    for (const [key, value] of s.params) {
      out.setUint8(o++, key.length);
      bytes.set(ascii.encode(key), o);
      o += key.length;
      out.setUint32(o, value, true);
      o += 4;
    }
    out.setUint32(o, s.payload, true);
    o += 4;
    s.codec.write(s.part, out, o);
    o += s.payload;
  }
  return bytes;
}

/** One section of a snapshot, as read from its self-description. */
export interface FpSnapshotSection {
  readonly kind: string;
  readonly params: Readonly<Params>;
  readonly payloadOffset: number;
  readonly payloadBytes: number;
}

/** What a snapshot holds, without applying it. */
export interface FpSnapshotDescription {
  readonly version: number;
  /** The VM's FP features, in FeatureSet's textual form. */
  readonly features: string;
  readonly sections: readonly FpSnapshotSection[];
}

/** Parses a snapshot's header and section table; throws SnapshotFormatError on anything malformed. */
export function describeFpSnapshot(bytes: Uint8Array): FpSnapshotDescription {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotFormatError("expected a Uint8Array");
  const input = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const need = (n: number, what: string) => {
    if (o + n > bytes.length) throw new SnapshotFormatError(`truncated in ${what} at byte ${o}`);
  };
  const str = (n: number, what: string) => {
    need(n, what);
    try {
      const decoded = text.decode(bytes.subarray(o, o + n));
      o += n;
      return decoded;
    } catch {
      throw new SnapshotFormatError(`${what} at byte ${o} is not ASCII`);
    }
  };
  need(10, "header");
  if (input.getUint32(0, true) !== FP_SNAPSHOT_MAGIC)
    throw new SnapshotFormatError("bad magic (not an FP state snapshot)");
  const version = input.getUint16(4, true);
  if (version !== FP_SNAPSHOT_VERSION)
    throw new SnapshotFormatError(`version ${version} is not supported (this reader knows ${FP_SNAPSHOT_VERSION})`);
  const count = input.getUint16(6, true);
  const featureLength = input.getUint16(8, true);
  o = 10;
  const features = str(featureLength, "feature list");
  const sections: FpSnapshotSection[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < count; s++) {
    need(1, "section name length");
    const kind = str(input.getUint8(o++), "section name");
    if (seen.has(kind)) throw new SnapshotFormatError(`section '${kind}' appears twice`);
    seen.add(kind);
    need(1, "parameter count");
    const paramCount = input.getUint8(o++);
    const params: Params = {};
    for (let p = 0; p < paramCount; p++) {
      need(1, "parameter name length");
      const key = str(input.getUint8(o++), "parameter name");
      need(4, "parameter value");
      params[key] = input.getUint32(o, true);
      o += 4;
    }
    need(4, "payload length");
    const payloadBytes = input.getUint32(o, true);
    o += 4;
    need(payloadBytes, `${kind} payload`);
    sections.push({ kind, params, payloadOffset: o, payloadBytes });
    o += payloadBytes;
  }
  if (o !== bytes.length) throw new SnapshotFormatError(`${bytes.length - o} bytes after the last section`);
  return { version, features, sections };
}

/**
 * Replaces the vCPU's FP state with a snapshot's. The snapshot must hold exactly the kinds the destination
 * VM has, at the same shapes (vector lengths, FFR); otherwise SnapshotMismatchError lists every difference.
 * Nothing changes unless the whole snapshot is valid.
 */
export function restoreFpState(state: VcpuFpState, bytes: Uint8Array): void {
  state.assertNotLive("restore the FP state");
  const description = describeFpSnapshot(bytes);
  const dest = state.registers;
  const problems: string[] = [];
  const known = new Set<string>(FP_STATE_KINDS.map((k) => k.name));
  for (const section of description.sections) {
    if (!known.has(section.kind)) {
      problems.push(`${section.kind}: unknown kind of FP state`);
      continue;
    }
    const kind = fpStateKind(section.kind as FpStateKindName);
    const part = dest[kind.name];
    if (part === null) {
      problems.push(
        `${kind.name}: the snapshot holds ${kind.title} but the destination does not advertise ${kind.requires}`,
      );
      continue;
    }
    const want = codecOf(kind.name).shape(part, dest.layout);
    for (const key of new Set([...Object.keys(want), ...Object.keys(section.params)]))
      if (want[key] !== section.params[key])
        problems.push(
          `${kind.name}: ${key} ${section.params[key] ?? "absent"} in the snapshot, ${want[key] ?? "absent"} at the destination`,
        );
  }
  for (const k of dest.kinds)
    if (!description.sections.some((s) => s.kind === k.name))
      problems.push(`${k.name}: the destination advertises ${k.requires} but the snapshot holds no ${k.title}`);
  if (problems.length > 0) throw new SnapshotMismatchError(problems);

  const scratch = new FpRegisterSet(dest.layout);
  const input = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Kind order, not section order: V registers (fpsimd) must land before Z (sve) overwrites them.
  for (const k of scratch.kinds) {
    const section = description.sections.find((s) => s.kind === k.name)!;
    codecOf(k.name).read(scratch[k.name], input, section.payloadOffset, section.payloadBytes);
  }
  dest.reset();
  transferAll(scratch, dest);
}

/** The VM's FP features recorded in a snapshot. */
export function snapshotFeatures(bytes: Uint8Array): FeatureSet {
  return FeatureSet.parse(describeFpSnapshot(bytes).features);
}
