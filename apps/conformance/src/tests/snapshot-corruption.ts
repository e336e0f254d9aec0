/** Host-side: every single-byte corruption of a small snapshot is refused with a typed error. */
import { decodeSnapshot, encodeSnapshot, SnapshotError } from "@a64vm/hypervisor";
import { type ConformanceTest, failed, passed } from "../model";
import { randomSource } from "../random";

export const snapshotCorruption: ConformanceTest = {
  id: "host/snapshot-corruption",
  title: "every byte-flip of a small snapshot is rejected",
  variations: () => [{ features: "", label: "full" }],
  run(spec) {
    const random = randomSource(spec.seed);
    const memory = Uint8Array.from({ length: 2048 }, () => Math.floor(random() * 4));
    const sections = [
      { tag: "CONF", data: new TextEncoder().encode(JSON.stringify({ host: spec.host })) },
      { tag: "MEM ", data: memory, compress: true },
    ];
    const snapshot = encodeSnapshot(sections);
    for (let i = 0; i < snapshot.length; i++) {
      const bad = snapshot.slice();
      bad[i]! ^= 1 + Math.floor(random() * 255);
      try {
        decodeSnapshot(bad);
        return failed(`a flip of byte ${i} of ${snapshot.length} was accepted`);
      } catch (error) {
        if (!(error instanceof SnapshotError)) return failed(`byte ${i}: untyped error ${String(error)}`);
      }
    }
    return passed;
  },
};
