/**
 * Loads a bare-metal guest ELF into guest RAM at its section addresses (VMA = LMA with the MMU
 * off), and places the device tree where the guest finds it in x0.
 */
import { parseElf64 } from "@a64vm/decoder";
import { HypervisorError } from "../errors";
import type { Vm } from "./vm";

const SHF_ALLOC = 0x2n;
const SHT_NOBITS = 8;

export class GuestImageError extends HypervisorError {
  constructor(message: string) {
    super("ENOEXEC", `guest image: ${message}`);
  }
}

export interface LoadedImage {
  readonly entry: bigint;
  readonly lowest: bigint;
  readonly highest: bigint;
}

/** Copies every allocated section into RAM; throws (changing nothing) if one falls outside RAM. */
export function loadGuestElf(vm: Vm, bytes: Uint8Array): LoadedImage {
  let image: ReturnType<typeof parseElf64>;
  try {
    image = parseElf64(bytes);
  } catch (error) {
    throw new GuestImageError(error instanceof Error ? error.message : String(error));
  }
  const base = BigInt(vm.ram.base);
  const end = base + BigInt(vm.ram.size);
  const sections = image.sections.filter((s) => (s.flags & SHF_ALLOC) !== 0n && s.size > 0);
  if (sections.length === 0) throw new GuestImageError("no allocated sections");
  for (const s of sections) {
    if (s.address < base || s.address + BigInt(s.size) > end) {
      throw new GuestImageError(
        `section ${s.name} at 0x${s.address.toString(16)} (+0x${s.size.toString(16)}) is outside RAM 0x${base.toString(16)}-0x${end.toString(16)}`,
      );
    }
  }
  if (image.entry < base || image.entry >= end)
    throw new GuestImageError(`entry 0x${image.entry.toString(16)} is outside RAM`);
  let lowest = end;
  let highest = base;
  for (const s of sections) {
    const at = Number(s.address - base);
    if (s.type === SHT_NOBITS) vm.ram.bytes.fill(0, at, at + s.size);
    else vm.ram.bytes.set(bytes.subarray(s.offset, s.offset + s.size), at);
    if (s.address < lowest) lowest = s.address;
    if (s.address + BigInt(s.size) > highest) highest = s.address + BigInt(s.size);
  }
  return { entry: image.entry, lowest, highest };
}

/** Writes the device tree blob at `address` (in RAM, not overlapping the image). */
export function placeDeviceTree(vm: Vm, blob: Uint8Array, address: bigint, image: LoadedImage): void {
  const base = BigInt(vm.ram.base);
  const end = address + BigInt(blob.length);
  if (address < base || end > base + BigInt(vm.ram.size))
    throw new GuestImageError("the device tree does not fit in RAM");
  if (address < image.highest && end > image.lowest) {
    throw new GuestImageError(`the device tree at 0x${address.toString(16)} overlaps the guest image`);
  }
  vm.ram.bytes.set(blob, Number(address - base));
}
