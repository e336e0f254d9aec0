/** Runs a conformance guest (apps/conformance/guests/NAME.elf) on a64vm's virt board. */
import { readFileSync } from "node:fs";
import { type MachineOptions, type MachineResult, VirtMachine } from "@a64vm/hypervisor";
import { conformanceHost } from "../hosts";

/** Enough for every guest of the suite; a guest that needs more is a failure, not a hang. */
export const GUEST_BUDGET = 50_000_000;

const images = new Map<string, Uint8Array>();

export function guestPath(name: string): string {
  // From src/guest/ and dist/ alike the guests folder is under the app root.
  const base = import.meta.url.includes("/src/guest/") ? "../../guests/" : "../guests/";
  return decodeURIComponent(new URL(`${base}${name}.elf`, import.meta.url).pathname);
}

export function guestImage(name: string): Uint8Array {
  let image = images.get(name);
  if (image === undefined) {
    image = new Uint8Array(readFileSync(guestPath(name)));
    images.set(name, image);
  }
  return image;
}

export interface GuestRun {
  readonly machine: VirtMachine;
  readonly result: MachineResult;
  readonly output: string;
}

export type GuestMachineOptions = MachineOptions;

/** A machine on the host with the feature changes applied, loaded with the guest, not yet run. */
export function loadGuest(
  name: string,
  host: string,
  features: string,
  options: GuestMachineOptions = {},
): { machine: VirtMachine; output: () => string } {
  const bytes: number[] = [];
  const profile = conformanceHost(host);
  const machine = VirtMachine.create(profile, { ...options, features }, (b) => bytes.push(b));
  machine.load(guestImage(name));
  return { machine, output: () => String.fromCharCode(...bytes) };
}

/** Runs the guest to power-off (or whatever stops it first). */
export function runGuest(name: string, host: string, features: string, options: GuestMachineOptions = {}): GuestRun {
  const { machine, output } = loadGuest(name, host, features, options);
  const result = machine.run(GUEST_BUDGET);
  return { machine, result, output: output() };
}

/** Why a guest run did not end in PSCI SYSTEM_OFF, or null when it did. */
export function abnormalEnd(result: MachineResult): string | null {
  if (result.kind === "powered-off") return null;
  if (result.kind === "internal-error") {
    const e = result.exit;
    return `internal error on vCPU ${result.vcpu}: ${e.message} (ESR 0x${e.esr.toString(16)}, PC 0x${e.pc.toString(16)})`;
  }
  return `the guest stopped with '${result.kind}' after ${result.instructions} instructions`;
}
