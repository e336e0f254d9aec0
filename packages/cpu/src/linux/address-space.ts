/**
 * A Linux process's virtual address space: page mappings with protections, anonymous and
 * file-backed (copied) memory, brk, and host-side copy helpers for the syscall layer.
 */
import { type AddressTranslator, PAGE_SIZE, PageMapping, PERM_EXEC, PERM_READ, PERM_WRITE } from "../core/memory";
import { GuestMemoryError } from "../errors";

export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;

/** Linux PROT_* to the core's PERM_* bits (they coincide, kept explicit). */
function permsOf(prot: number): number {
  return (prot & PROT_READ ? PERM_READ : 0) | (prot & PROT_WRITE ? PERM_WRITE : 0) | (prot & PROT_EXEC ? PERM_EXEC : 0);
}

export function pageAlignUp(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

/** Called when mappings change so the core drops cached translations. */
export type InvalidateHook = (vpn: number) => void;

export class UserAddressSpace implements AddressTranslator {
  private readonly pages = new Map<number, PageMapping>();
  /** Next address handed out by mmap without a hint (grows down). */
  private mmapTop: number;
  brkStart = 0;
  brkEnd = 0;
  onInvalidate: InvalidateHook = () => {};

  constructor(mmapTop = 0x7f00_0000_0000) {
    this.mmapTop = mmapTop;
  }

  lookup(vpn: number): PageMapping | null {
    return this.pages.get(vpn) ?? null;
  }

  isMapped(address: number, length: number): boolean {
    for (let a = Math.floor(address / PAGE_SIZE); a < Math.ceil((address + length) / PAGE_SIZE); a++) {
      if (this.pages.has(a)) return true;
    }
    return false;
  }

  /** Maps fresh zeroed pages over [address, address+length) (page-aligned), replacing old ones. */
  mapAnonymous(address: number, length: number, prot: number): void {
    const size = pageAlignUp(length);
    const view = new DataView(new ArrayBuffer(size));
    const first = address / PAGE_SIZE;
    for (let i = 0; i < size / PAGE_SIZE; i++) {
      this.pages.set(first + i, new PageMapping(view, i * PAGE_SIZE, permsOf(prot), null, address + i * PAGE_SIZE));
      this.onInvalidate(first + i);
    }
  }

  unmap(address: number, length: number): void {
    const first = Math.floor(address / PAGE_SIZE);
    const count = Math.ceil(length / PAGE_SIZE);
    for (let i = 0; i < count; i++) {
      if (this.pages.delete(first + i)) this.onInvalidate(first + i);
    }
  }

  /** Changes protections; returns false if any page in the range is unmapped. */
  protect(address: number, length: number, prot: number): boolean {
    const first = Math.floor(address / PAGE_SIZE);
    const count = Math.ceil(length / PAGE_SIZE);
    for (let i = 0; i < count; i++) if (!this.pages.has(first + i)) return false;
    for (let i = 0; i < count; i++) {
      this.pages.get(first + i)!.perms = permsOf(prot);
      this.onInvalidate(first + i);
    }
    return true;
  }

  /** Protection of the page holding `address` as PROT_* bits, or -1. */
  protectionAt(address: number): number {
    const m = this.pages.get(Math.floor(address / PAGE_SIZE));
    return m === undefined ? -1 : m.perms;
  }

  /** Finds a free, page-aligned range of `length` bytes below the mmap top. */
  findFree(length: number): number {
    const size = pageAlignUp(length);
    let candidate = this.mmapTop - size;
    while (this.isMapped(candidate, size)) candidate -= PAGE_SIZE * 16;
    this.mmapTop = candidate;
    return candidate;
  }

  /** Moves brk; returns the new break (unchanged on failure, as Linux does). */
  setBrk(target: number): number {
    if (target < this.brkStart) return this.brkEnd;
    const oldTop = pageAlignUp(this.brkEnd);
    const newTop = pageAlignUp(target);
    if (newTop > oldTop) {
      if (this.isMapped(oldTop, newTop - oldTop)) return this.brkEnd;
      this.mapAnonymous(oldTop, newTop - oldTop, PROT_READ | PROT_WRITE);
    } else if (newTop < oldTop) {
      this.unmap(newTop, oldTop - newTop);
    }
    this.brkEnd = target;
    return target;
  }

  private page(address: number, write: boolean): PageMapping {
    const m = this.pages.get(Math.floor(address / PAGE_SIZE));
    if (m === undefined || m.view === null || (write && (m.perms & PERM_WRITE) === 0)) {
      throw new GuestMemoryError(address, `bad guest address 0x${address.toString(16)}`);
    }
    return m;
  }

  /** Copies guest bytes out (EFAULT-style GuestMemoryError when unmapped). */
  read(address: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const a = address + done;
      const m = this.page(a, false);
      const inPage = a % PAGE_SIZE;
      const n = Math.min(length - done, PAGE_SIZE - inPage);
      out.set(new Uint8Array(m.view!.buffer, m.view!.byteOffset + m.offset + inPage, n), done);
      done += n;
    }
    return out;
  }

  /** Copies bytes into guest memory; `force` ignores write protection (loader). */
  write(address: number, data: Uint8Array, force = false): void {
    let done = 0;
    while (done < data.length) {
      const a = address + done;
      const m = this.page(a, !force);
      const inPage = a % PAGE_SIZE;
      const n = Math.min(data.length - done, PAGE_SIZE - inPage);
      new Uint8Array(m.view!.buffer, m.view!.byteOffset + m.offset + inPage, n).set(data.subarray(done, done + n));
      this.onInvalidate(Math.floor(a / PAGE_SIZE));
      done += n;
    }
  }

  readU64(address: number): bigint {
    const b = this.read(address, 8);
    return new DataView(b.buffer).getBigUint64(0, true);
  }

  writeU64(address: number, value: bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
    this.write(address, b);
  }

  /** Reads a NUL-terminated string (at most `max` bytes). */
  readCString(address: number, max = 4096): string {
    const bytes: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.read(address + i, 1)[0]!;
      if (b === 0) break;
      bytes.push(b);
    }
    return Buffer.from(bytes).toString("utf8");
  }
}
