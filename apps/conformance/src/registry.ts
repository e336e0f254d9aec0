/** Every conformance test, by id. Workers import this too, so it must have no side effects. */
import type { ConformanceTest } from "./model";
import { deviceTree } from "./tests/device-tree";
import { snapshotCorruption } from "./tests/snapshot-corruption";

export const TESTS: readonly ConformanceTest[] = [deviceTree, snapshotCorruption];

const byId = new Map(TESTS.map((t) => [t.id, t]));

export function testById(id: string): ConformanceTest | undefined {
  return byId.get(id);
}
