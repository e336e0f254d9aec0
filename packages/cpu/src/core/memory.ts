/**
 * Guest memory as the core sees it: a physical bus of RAM regions and MMIO ranges, and the
 * page mappings a translator hands to the core's TLBs. Stage-1/stage-2 translation slot in as an
 * `AddressTranslator`; instruction semantics only ever see the core's load/store helpers.
 */
import { MemoryLayoutError } from "../errors";

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 1 << PAGE_SHIFT;

/** Access permissions of a page mapping. */
export const PERM_READ = 1;
export const PERM_WRITE = 2;
export const PERM_EXEC = 4;
export const PERM_RWX = PERM_READ | PERM_WRITE | PERM_EXEC;

/** A device window on the bus: accesses to it stop the core with an MMIO exit. */
export class MmioRange {
  constructor(
    readonly base: number,
    readonly size: number,
    readonly name: string,
  ) {}
}

/**
 * One 4 KiB page as a translation result: RAM bytes (`view` at byte `offset`) or a device
 * window (`mmio`, with `physical` the page's physical address). Objects are created once per page
 * and reused, so a TLB fill never allocates.
 */
export class PageMapping {
  constructor(
    public view: DataView | null,
    public offset: number,
    public perms: number,
    public mmio: MmioRange | null,
    public physical: number,
    /** The RAM region behind `view` (stores through this mapping are noted in its dirty log). */
    public ram: RamRegion | null = null,
  ) {}
}

/** Turns a virtual page number into a mapping, or null when the access must fault. */
export interface AddressTranslator {
  lookup(vpn: number): PageMapping | null;
}

/**
 * The pages of a RAM region written since the last collection, one bit per 4 KiB page: the
 * analogue of KVM_GET_DIRTY_LOG. Stores are noted on the core's write-TLB fill, so after a
 * collection every core must drop its write translations (as KVM write-protects collected pages).
 */
export class DirtyPageLog {
  readonly pages: number;
  readonly #bits: Uint32Array;

  constructor(pages: number) {
    this.pages = pages;
    this.#bits = new Uint32Array((pages + 31) >>> 5);
  }

  mark(page: number): void {
    this.#bits[page >>> 5]! |= 1 << (page & 31);
  }

  /** Marks every page dirty (the first pre-copy round sends all of memory). */
  markAll(): void {
    this.#bits.fill(0xffff_ffff);
    const spare = this.#bits.length * 32 - this.pages;
    if (spare > 0) this.#bits[this.#bits.length - 1] = 0xffff_ffff >>> spare;
  }

  isDirty(page: number): boolean {
    return (this.#bits[page >>> 5]! & (1 << (page & 31))) !== 0;
  }

  /** The dirty pages in ascending order; the log is cleared. */
  collect(): Uint32Array {
    const bits = this.#bits;
    let count = 0;
    for (let w = 0; w < bits.length; w++) {
      let v = bits[w]!;
      while (v !== 0) {
        v &= v - 1;
        count++;
      }
    }
    const pages = new Uint32Array(count);
    let n = 0;
    for (let w = 0; w < bits.length; w++) {
      let v = bits[w]!;
      while (v !== 0) {
        const low = v & -v;
        pages[n++] = w * 32 + 31 - Math.clz32(low);
        v ^= low;
      }
      bits[w] = 0;
    }
    return pages;
  }
}

/** A RAM region of the physical bus: little-endian bytes with a DataView over them. */
export class RamRegion {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  #dirtyLog: DirtyPageLog | null = null;
  constructor(
    readonly base: number,
    readonly size: number,
  ) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  /** The dirty log, while logging is on. */
  get dirtyLog(): DirtyPageLog | null {
    return this.#dirtyLog;
  }

  /** Starts logging stores (KVM_MEM_LOG_DIRTY_PAGES) with an empty log; returns it. */
  startDirtyLog(): DirtyPageLog {
    this.#dirtyLog ??= new DirtyPageLog(this.size / PAGE_SIZE);
    return this.#dirtyLog;
  }

  stopDirtyLog(): void {
    this.#dirtyLog = null;
  }

  /** Called by the core when it maps the page at byte `offset` for writing. */
  noteWrite(offset: number): void {
    const log = this.#dirtyLog;
    if (log !== null) log.mark(offset >>> PAGE_SHIFT);
  }
}

/**
 * The physical address space: RAM regions and MMIO ranges, page-aligned and non-overlapping.
 * With the MMU off it is also the translator (VA = PA).
 */
export class PhysicalBus implements AddressTranslator {
  private readonly ram: RamRegion[] = [];
  private readonly devices: MmioRange[] = [];
  private readonly pages = new Map<number, PageMapping>();

  /** Adds `size` bytes of zeroed RAM at `base`; returns the region so loaders can fill it. */
  addRam(base: number, size: number): RamRegion {
    this.checkWindow(base, size);
    const region = new RamRegion(base, size);
    this.ram.push(region);
    return region;
  }

  /** Adds a device window: accesses to it become MMIO exits. */
  addMmio(base: number, size: number, name: string): MmioRange {
    this.checkWindow(base, size);
    const range = new MmioRange(base, size, name);
    this.devices.push(range);
    return range;
  }

  lookup(vpn: number): PageMapping | null {
    const known = this.pages.get(vpn);
    if (known !== undefined) return known;
    const address = vpn * PAGE_SIZE;
    for (const r of this.ram) {
      if (address >= r.base && address < r.base + r.size) {
        const m = new PageMapping(r.view, address - r.base, PERM_RWX, null, address, r);
        this.pages.set(vpn, m);
        return m;
      }
    }
    for (const d of this.devices) {
      if (address >= d.base && address < d.base + d.size) {
        const m = new PageMapping(null, 0, PERM_READ | PERM_WRITE, d, address);
        this.pages.set(vpn, m);
        return m;
      }
    }
    return null;
  }

  /** The RAM region holding `address`, or undefined. */
  regionAt(address: number): RamRegion | undefined {
    return this.ram.find((r) => address >= r.base && address < r.base + r.size);
  }

  private checkWindow(base: number, size: number): void {
    if (!Number.isSafeInteger(base) || !Number.isSafeInteger(size) || size <= 0) {
      throw new MemoryLayoutError(`bad window base=${base} size=${size}`);
    }
    if (base % PAGE_SIZE !== 0 || size % PAGE_SIZE !== 0) {
      throw new MemoryLayoutError(`window 0x${base.toString(16)}+0x${size.toString(16)} is not page-aligned`);
    }
    const overlaps = (b: number, s: number) => base < b + s && b < base + size;
    if (this.ram.some((r) => overlaps(r.base, r.size)) || this.devices.some((d) => overlaps(d.base, d.size))) {
      throw new MemoryLayoutError(`window 0x${base.toString(16)}+0x${size.toString(16)} overlaps another`);
    }
  }
}
