/**
 * Flattened device tree (DTB, version 17) as a named tree: nodes with properties and children,
 * serialised to the binary format a guest finds at x0 on entry, and parsed back.
 */
import { HypervisorError } from "../errors";

const FDT_MAGIC = 0xd00dfeed;
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;
const HEADER_SIZE = 40;

/** A malformed device tree blob. */
export class FdtFormatError extends HypervisorError {
  constructor(message: string) {
    super("EFDT", `device tree: ${message}`);
  }
}

export interface FdtNode {
  readonly name: string;
  readonly properties: Map<string, Uint8Array>;
  readonly children: FdtNode[];
}

export function fdtNode(name: string, properties: Record<string, Uint8Array> = {}, children: FdtNode[] = []): FdtNode {
  return { name, properties: new Map(Object.entries(properties)), children };
}

/** Property value encoders, as dtc writes them. */
export const prop = {
  empty: (): Uint8Array => new Uint8Array(0),
  u32: (...cells: readonly number[]): Uint8Array => {
    const out = new Uint8Array(4 * cells.length);
    const view = new DataView(out.buffer);
    cells.forEach((c, i) => {
      view.setUint32(4 * i, c >>> 0);
    });
    return out;
  },
  /** 64-bit values as two big-endian cells each (for #address-cells = #size-cells = 2). */
  u64: (...values: readonly bigint[]): Uint8Array => {
    const out = new Uint8Array(8 * values.length);
    const view = new DataView(out.buffer);
    values.forEach((v, i) => {
      view.setBigUint64(8 * i, BigInt.asUintN(64, v));
    });
    return out;
  },
  string: (s: string): Uint8Array => new TextEncoder().encode(`${s}\0`),
  strings: (...list: readonly string[]): Uint8Array => new TextEncoder().encode(list.map((s) => `${s}\0`).join("")),
} as const;

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialises a tree; the memory reservation map is empty. */
export function serializeFdt(root: FdtNode, bootCpuId = 0): Uint8Array {
  const strings: number[] = [];
  const stringOffsets = new Map<string, number>();
  const structWords: Uint8Array[] = [];
  let structSize = 0;
  const emit = (bytes: Uint8Array) => {
    structWords.push(bytes);
    structSize += bytes.length;
  };
  const token = (t: number) => emit(prop.u32(t));
  const padded = (bytes: Uint8Array) => {
    const out = new Uint8Array(align4(bytes.length));
    out.set(bytes);
    return out;
  };
  const stringOffset = (name: string) => {
    let off = stringOffsets.get(name);
    if (off === undefined) {
      off = strings.length;
      stringOffsets.set(name, off);
      for (const b of new TextEncoder().encode(`${name}\0`)) strings.push(b);
    }
    return off;
  };
  const walk = (node: FdtNode) => {
    token(FDT_BEGIN_NODE);
    emit(padded(prop.string(node.name)));
    for (const [name, value] of node.properties) {
      token(FDT_PROP);
      emit(prop.u32(value.length, stringOffset(name)));
      emit(padded(value));
    }
    for (const child of node.children) walk(child);
    token(FDT_END_NODE);
  };
  walk(root);
  token(FDT_END);

  const memRsvOffset = HEADER_SIZE;
  const memRsvSize = 16;
  const structOffset = memRsvOffset + memRsvSize;
  const stringsOffset = structOffset + structSize;
  const total = align4(stringsOffset + strings.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const header = [
    FDT_MAGIC,
    total,
    structOffset,
    stringsOffset,
    memRsvOffset,
    17,
    16,
    bootCpuId,
    strings.length,
    structSize,
  ];
  header.forEach((v, i) => {
    view.setUint32(4 * i, v);
  });
  let at = structOffset;
  for (const chunk of structWords) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(strings, stringsOffset);
  return out;
}

/** Parses a blob back into a tree; throws FdtFormatError on any inconsistency. */
export function parseFdt(blob: Uint8Array): FdtNode {
  if (blob.length < HEADER_SIZE) throw new FdtFormatError(`blob of ${blob.length} bytes is shorter than its header`);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (view.getUint32(0) !== FDT_MAGIC) throw new FdtFormatError("bad magic");
  const total = view.getUint32(4);
  const structOffset = view.getUint32(8);
  const stringsOffset = view.getUint32(12);
  const stringsSize = view.getUint32(32);
  const structSize = view.getUint32(36);
  if (total > blob.length || structOffset + structSize > total || stringsOffset + stringsSize > total) {
    throw new FdtFormatError("header offsets point outside the blob");
  }
  const decoder = new TextDecoder();
  const cString = (from: number, limit: number) => {
    let end = from;
    while (end < limit && blob[end] !== 0) end++;
    if (end >= limit) throw new FdtFormatError("unterminated string");
    return { text: decoder.decode(blob.subarray(from, end)), next: end + 1 };
  };
  let at = structOffset;
  const end = structOffset + structSize;
  const word = () => {
    if (at + 4 > end) throw new FdtFormatError("structure block ends early");
    const w = view.getUint32(at);
    at += 4;
    return w;
  };
  const stack: FdtNode[] = [];
  let root: FdtNode | null = null;
  for (;;) {
    const t = word();
    if (t === FDT_BEGIN_NODE) {
      const { text, next } = cString(at, end);
      at = align4(next - structOffset) + structOffset;
      const node = fdtNode(text);
      if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
      else if (root === null) root = node;
      else throw new FdtFormatError("more than one root node");
      stack.push(node);
    } else if (t === FDT_PROP) {
      const len = word();
      const nameOff = word();
      const node = stack[stack.length - 1];
      if (node === undefined) throw new FdtFormatError("property outside a node");
      if (at + len > end) throw new FdtFormatError("property value runs past the structure block");
      if (nameOff >= stringsSize) throw new FdtFormatError("property name offset outside the strings block");
      const { text } = cString(stringsOffset + nameOff, stringsOffset + stringsSize);
      node.properties.set(text, blob.slice(at, at + len));
      at += align4(len);
    } else if (t === FDT_END_NODE) {
      if (stack.pop() === undefined) throw new FdtFormatError("unbalanced end of node");
    } else if (t === FDT_NOP) {
      // nothing
    } else if (t === FDT_END) {
      break;
    } else {
      throw new FdtFormatError(`unknown token ${t}`);
    }
  }
  if (root === null || stack.length !== 0) throw new FdtFormatError("unbalanced tree");
  return root;
}

/** Finds a node by path ("/cpus/cpu@0"). */
export function findFdtNode(root: FdtNode, path: string): FdtNode | undefined {
  let node: FdtNode | undefined = root;
  for (const part of path.split("/").filter(Boolean)) {
    node = node?.children.find((c) => c.name === part);
  }
  return node;
}
